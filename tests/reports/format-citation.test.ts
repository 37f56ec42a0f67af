import { describe, expect, it } from 'vitest';
import { formatCitation, formatCitations, sourceName } from '../../src/reports/format-citation.ts';
import { euAiActPack } from '../frameworks/eu-ai-act-walkthrough.ts';

const { sources } = euAiActPack;

describe('formatCitation', () => {
  it('names the source by the short name its title ends with, and writes an article as "Art."', () => {
    expect(formatCitation('ai-act:5(1)(h)', sources)).toBe('Artificial Intelligence Act Art. 5(1)(h)');
    expect(formatCitation('led:27', sources)).toBe('Law Enforcement Directive Art. 27');
  });

  it('leaves an annex or recital as the source numbers it', () => {
    expect(formatCitation('ai-act:Annex III(6)(a)', sources)).toBe(
      'Artificial Intelligence Act Annex III(6)(a)',
    );
  });

  it('uses the whole title without a bracketed short name, and the id for a source not listed', () => {
    const plain = [{ id: 'method', title: 'A method', reference: 'x', binding: false }];
    expect(sourceName('method', plain)).toBe('A method');
    expect(formatCitation('other:4', plain)).toBe('other Art. 4');
  });
});

describe('formatCitations', () => {
  it('names each source once for its run of articles', () => {
    expect(formatCitations(['ai-act:27(1)', 'ai-act:27(5)', 'led:27'], sources)).toBe(
      'Artificial Intelligence Act Art. 27(1), Art. 27(5); Law Enforcement Directive Art. 27',
    );
  });
});

describe('formatCitation of guidance', () => {
  it('writes a number of a source that does not bind as a section, not an article', () => {
    const method = [
      { id: 'huderia', title: 'HUDERIA methodology (HUDERIA)', reference: 'x', binding: false },
    ];
    expect(formatCitation('huderia:4.3', method)).toBe('HUDERIA 4.3');
  });
});
