import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/knowledge/citation.ts';
import { citationOrigin } from '../../src/knowledge/citation-origin.ts';
import { toCitation } from '../../src/knowledge/grounded-answer.ts';
import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { searchPassages } from '../../src/knowledge/search-passages.ts';

const base: Citation = {
  number: 1,
  id: 'principles-lawfulness',
  resource: 'principles',
  resourceTitle: 'Principles for Responsible AI Innovation',
  title: 'Lawfulness',
  snippet: 'Lawfulness asks...',
};

describe('citationOrigin', () => {
  it('names a Toolkit passage by its resource alone', () => {
    expect(citationOrigin(base)).toBe('Principles for Responsible AI Innovation');
  });

  it('names a legal passage by the legal reference, its instrument and the date it is true as of', async () => {
    const search = searchPassages(
      loadBuiltInKnowledgeBase(),
      'AI Act Article 27 fundamental rights impact assessment',
      {
        limit: 5,
      },
    );
    if (!search.success) throw search.error;
    const legal = search.data.find((hit) => hit.resource === 'law');
    if (legal === undefined) throw new Error('no legal passage found');
    const origin = citationOrigin(toCitation(legal, 1));
    expect(origin).toMatch(
      /^Legal reference \(RAIA, not part of the Toolkit\); .*Art\. 27.*; as of \d{4}-\d\d-\d\d$/,
    );
  });
});
