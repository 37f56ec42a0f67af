import { formatCorpusIssue } from '../../src/knowledge/corpus-issue.ts';
import { createKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';

export const fixtureCorpusDirectory = new URL('./fixtures/corpus/', import.meta.url);

/** The small hand-written corpus in fixtures/corpus, parsed and indexed. */
export async function loadFixtureKnowledgeBase(): Promise<KnowledgeBase> {
  const parsed = parseCorpus(await readCorpusFiles(fixtureCorpusDirectory));
  if (!parsed.success) throw new Error(parsed.error.map(formatCorpusIssue).join('\n'));
  return createKnowledgeBase(parsed.data);
}
