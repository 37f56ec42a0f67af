import { formatCorpusIssue } from '../../src/knowledge/corpus-issue.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';
import { fixtureCorpusDirectory } from './fixture-knowledge-base.ts';

const answerCorpusDirectory = new URL('./fixtures/answers-corpus/', import.meta.url);

/**
 * The small fixture corpus plus passages answers are shaped by: overview lists, numbered steps, a
 * legal reference and a practice note. Kept apart so the search tests keep their own small corpus.
 */
export async function loadAnswerFixtureKnowledgeBase(): Promise<KnowledgeBase> {
  const files = [
    ...(await readCorpusFiles(fixtureCorpusDirectory)),
    ...(await readCorpusFiles(answerCorpusDirectory)).map((file) => ({
      ...file,
      file: `answers-${file.file}`,
    })),
  ];
  const parsed = parseCorpus(files);
  if (!parsed.success) throw new Error(parsed.error.map(formatCorpusIssue).join('\n'));
  return createKnowledgeBase(parsed.data);
}
