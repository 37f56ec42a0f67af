import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/knowledge/build-index.ts';
import passagesJson from '../../src/knowledge/generated/passages.json' with { type: 'json' };
import searchIndexJson from '../../src/knowledge/generated/search-index.json' with { type: 'json' };
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';

// As lunr's own serialization test does: the committed JSON must equal a fresh build.
describe('generated knowledge files', () => {
  it('match a fresh build of src/knowledge/corpus (run npm run build:index if not)', async () => {
    const parsed = parseCorpus(await readCorpusFiles());
    if (!parsed.success) throw new Error(`corpus has problems: ${JSON.stringify(parsed.error)}`);
    expect(passagesJson).toEqual(parsed.data);
    expect(searchIndexJson).toEqual(JSON.parse(JSON.stringify(buildIndex(parsed.data))));
  });

  it('load into a knowledge base with every passage findable by id', () => {
    const knowledgeBase = loadBuiltInKnowledgeBase();
    expect(knowledgeBase.byId.size).toBe(knowledgeBase.passages.length);
    for (const passage of knowledgeBase.passages) expect(knowledgeBase.byId.get(passage.id)).toBe(passage);
  });
});
