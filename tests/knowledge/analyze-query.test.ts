import { describe, expect, it } from 'vitest';
import { analyzeQuery, termBoosts } from '../../src/knowledge/analyze-query.ts';

const vocabulary = new Map([
  ['proportionality', 3],
  ['facial', 4],
  ['recognition', 4],
  ['scope', 1],
]);

function terms(text: string) {
  return Object.fromEntries(analyzeQuery(text, [vocabulary]).terms.map(({ term, boost }) => [term, boost]));
}

describe('analyzeQuery', () => {
  it('keeps only words, so lunr syntax cannot reach the index', () => {
    expect(terms('scope: what?')).toEqual({ scope: termBoosts.query });
    expect(terms('+foo -bar ~ ^ * title:x^10')).toEqual({ foo: 1, bar: 1, titl: 1, x: 1, 10: 1, ten: 0.5 });
  });

  it('drops stop words and asking words', () => {
    expect(analyzeQuery('Please tell me what the of is', [vocabulary]).terms).toEqual([]);
  });

  it('adds a spelling correction from the vocabulary at a lower boost', () => {
    expect(terms('proportionalty')).toEqual({
      proportionalti: termBoosts.query,
      proportion: termBoosts.correction,
    });
  });

  it('expands abbreviations and phrases from the synonym table', () => {
    expect(terms('FRT')).toMatchObject({
      frt: termBoosts.query,
      facial: termBoosts.synonym,
      recognit: termBoosts.synonym,
    });
    expect(terms('humans in the loop')).toMatchObject({
      oversight: termBoosts.synonym,
      control: termBoosts.synonym,
    });
  });

  it('searches a number both as a word and as digits', () => {
    expect(terms('five principles')).toMatchObject({ five: termBoosts.query, 5: termBoosts.synonym });
    expect(terms('the 4 components')).toMatchObject({ 4: termBoosts.query, four: termBoosts.synonym });
  });

  it('drops words that ask for a list rather than name its subject', () => {
    expect(Object.keys(terms('how many principles'))).toEqual(['principl']);
    expect(Object.keys(terms('list the principles'))).toEqual(['principl']);
  });

  it('remembers which terms stand for each typed word', () => {
    const [word] = analyzeQuery('ANPR', [vocabulary]).words;
    expect(word?.word).toBe('anpr');
    expect([...(word?.terms ?? [])]).toEqual(expect.arrayContaining(['anpr', 'licenc', 'licens', 'plate']));
  });
});
