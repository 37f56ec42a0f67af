import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { maximumQueryLength, searchPassages } from '../../src/knowledge/search-passages.ts';
import { loadFixtureKnowledgeBase } from './fixture-knowledge-base.ts';

let knowledgeBase: KnowledgeBase;
beforeAll(async () => {
  knowledgeBase = await loadFixtureKnowledgeBase();
});

function ids(query: string, options = {}): string[] {
  const result = searchPassages(knowledgeBase, query, options);
  if (!result.success) throw result.error;
  return result.data.map((hit) => hit.id);
}

describe('searchPassages', () => {
  it('ranks the passage titled with the query first', () => {
    expect(ids('human oversight')[0]).toBe('principles-human-oversight');
    expect(ids('What does the Toolkit say about large language models?')[0]).toBe('technical-reference-llm');
  });

  it('returns the hit shape with resource title and a bold snippet', () => {
    const result = searchPassages(knowledgeBase, 'likelihood severity', { limit: 1 });
    expect(result.success && result.data[0]).toMatchObject({
      id: 'risk-questionnaire-likelihood-severity',
      resource: 'risk-questionnaire',
      resourceTitle: 'Risk Assessment Questionnaire',
      title: 'Likelihood and severity',
      score: expect.any(Number),
      snippet: expect.stringContaining('**likelihood**'),
    });
    const snippet = result.success ? (result.data[0]?.snippet ?? '') : '';
    expect(snippet).toContain('**severity**');
    expect(snippet.replaceAll('**', '').length).toBeLessThanOrEqual(205);
  });

  it('treats lunr syntax as plain words instead of throwing', () => {
    expect(ids('scope: what?')).toContain('principles-proportionality');
    expect(searchPassages(knowledgeBase, '+foo -bar ~ ^ *').success).toBe(true);
    expect(searchPassages(knowledgeBase, 'title:facial^10 recog* ~2').success).toBe(true);
    expect(ids('title:facial^10 recog*')[0]).toBe('technical-reference-facial-recognition');
  });

  it('rejects empty and whitespace-only input with a clear message', () => {
    for (const query of ['', '   \n\t']) {
      const result = searchPassages(knowledgeBase, query);
      expect(!result.success && result.error.userMessage).toBe(
        'Type a question or some words to search for.',
      );
    }
  });

  it(`rejects input over ${maximumQueryLength} characters`, () => {
    const result = searchPassages(knowledgeBase, 'fairness '.repeat(60));
    expect(!result.success && result.error.code).toBe('bad-request');
    expect(!result.success && result.error.userMessage).toContain('500 characters');
  });

  it('returns no hits for stop words only or unknown words', () => {
    expect(ids('what is the')).toEqual([]);
    expect(ids('sourdough baguette')).toEqual([]);
  });

  it('corrects typos against the indexed words', () => {
    expect(ids('proportionalty')[0]).toBe('principles-proportionality');
    expect(ids('discrimnation')[0]).toBe('principles-non-discrimination');
  });

  it('expands abbreviations and synonyms', () => {
    expect(ids('FRT')[0]).toBe('technical-reference-facial-recognition');
    expect(ids('bias')[0]).toBe('principles-non-discrimination');
    expect(ids('LLM')[0]).toBe('technical-reference-llm');
    expect(ids('ANPR retention')[0]).toBe('technical-reference-plate-readers');
    expect(ids('DPIA')[0]).toBe('risk-questionnaire-personal-data');
    expect(ids('human in the loop')[0]).toBe('principles-human-oversight');
    expect(ids('PII')).toContain('risk-questionnaire-personal-data');
  });

  it('filters by resource and honours the limit', () => {
    expect(
      ids('data', { resource: 'technical-reference' }).every((id) => id.startsWith('technical-reference')),
    ).toBe(true);
    expect(ids('data', { limit: 2 })).toHaveLength(2);
  });

  it('searches several knowledge bases together, merged by score', async () => {
    const other = await loadFixtureKnowledgeBase();
    const merged = searchPassages([knowledgeBase, other], 'proportionality', { limit: 4 });
    const scores = merged.success ? merged.data.map((hit) => hit.score) : [];
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    expect(merged.success && merged.data[0]?.id).toBe('principles-proportionality');
  });
});
