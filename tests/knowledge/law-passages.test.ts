import { beforeAll, describe, expect, it } from 'vitest';
import { citationSchema } from '../../src/knowledge/citation.ts';
import { formatCorpusIssue } from '../../src/knowledge/corpus-issue.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { toCitation } from '../../src/knowledge/grounded-answer.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import type { Passage } from '../../src/knowledge/passage-schema.ts';
import { searchPassages } from '../../src/knowledge/search-passages.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';

let passages: Passage[];
let law: Passage[];

beforeAll(async () => {
  const parsed = parseCorpus(await readCorpusFiles());
  if (!parsed.success) throw new Error(parsed.error.map(formatCorpusIssue).join('\n'));
  passages = parsed.data;
  law = passages.filter((passage) => passage.resource === 'law');
});

function lawPassage(id: string): Passage {
  const passage = law.find((candidate) => candidate.id === id);
  if (!passage) throw new Error(`law.md has no passage "${id}"`);
  return passage;
}

const aiAct = 'Regulation (EU) 2024/1689 (AI Act)';
const lawEnforcementDirective = 'Directive (EU) 2016/680 (Law Enforcement Directive)';
const convention = 'Council of Europe Framework Convention on Artificial Intelligence';
const huderia = 'Council of Europe HUDERIA methodology';

describe('law.md', () => {
  it('holds 12-25 passages, each naming its instrument and the date it is true as of', () => {
    expect(law.length).toBeGreaterThanOrEqual(12);
    expect(law.length).toBeLessThanOrEqual(25);
    for (const passage of law) {
      expect(passage.source, passage.id).toMatch(
        new RegExp(
          `^(?:${[aiAct, lawEnforcementDirective, convention, huderia].map(escapeRegExp).join('|')})`,
        ),
      );
      expect(passage.asOf, passage.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('ends every passage with the reminder that RAIA is not legal advice', () => {
    for (const passage of law) {
      const lastLine = passage.text.trim().split('\n').at(-1) ?? '';
      expect(lastLine, passage.id).toMatch(/not legal advice/);
      expect(lastLine, passage.id).toMatch(/legal adviser decides/);
    }
  });

  // The facts file read the AI Act and the Directive in their text; the Council of Europe texts and
  // the 2026 amendment only through commentary, so passages stating them are RAIA's summary.
  it('marks as confirmed only passages that rest on an instrument whose text was read', () => {
    for (const passage of law.filter((candidate) => candidate.basis === 'confirmed')) {
      expect(passage.source, passage.id).toMatch(
        new RegExp(`^(?:${escapeRegExp(aiAct)}|${escapeRegExp(lawEnforcementDirective)})`),
      );
    }
    expect(lawPassage('law-coe-framework-convention').basis).toBe('summary');
    expect(lawPassage('law-coe-huderia').basis).toBe('summary');
    expect(lawPassage('law-ai-act-dates-of-application').basis).toBe('summary');
  });

  it('covers the duties of a police deployer the issue names', () => {
    for (const id of [
      'law-ai-act-prohibited-practices',
      'law-ai-act-art5-real-time-remote-biometric-identification',
      'law-ai-act-art5-real-time-authorisation',
      'law-ai-act-annex-iii-high-risk-police',
      'law-ai-act-art6-3-not-high-risk',
      'law-ai-act-art26-deployer-duties',
      'law-ai-act-art26-10-post-remote-biometric-identification',
      'law-ai-act-art27-fria',
      'law-ai-act-art49-restricted-registration',
      'law-ai-act-art73-serious-incidents',
      'law-ai-act-dates-of-application',
      'law-led-art27-dpia',
      'law-led-art11-automated-decisions',
      'law-coe-framework-convention',
      'law-coe-huderia',
      'law-deployer-deliverables-overview',
    ]) {
      expect(() => lawPassage(id)).not.toThrow();
    }
  });

  it('gives the dates of application as amended in 2026, never the superseded one', () => {
    const dates = lawPassage('law-ai-act-dates-of-application').text;
    for (const date of [
      '1 August 2024',
      '2 February 2025',
      '2 August 2025',
      '2 December 2027',
      '2 August 2028',
    ])
      expect(dates).toContain(date);
    for (const passage of law) expect(passage.text, passage.id).not.toContain('2 August 2026');
  });

  it('states the time limits of the Act as the facts give them', () => {
    expect(lawPassage('law-ai-act-art5-real-time-authorisation').text).toContain('24 hours');
    expect(lawPassage('law-ai-act-art26-10-post-remote-biometric-identification').text).toContain('48 hours');
    expect(lawPassage('law-ai-act-art26-deployer-duties').text).toContain('six months');
    const incidents = lawPassage('law-ai-act-art73-serious-incidents').text;
    for (const limit of ['15 days', '10 days', '2 days']) expect(incidents).toContain(limit);
  });

  it('lists the deliverables of a high-risk deployment as one bold bullet each, with their count', () => {
    const overview = lawPassage('law-deployer-deliverables-overview');
    expect(overview.tags).toContain('overview');
    const bullets = overview.text.split('\n').filter((line) => line.startsWith('- '));
    for (const bullet of bullets) expect(bullet).toMatch(/^- \*\*[^*]+\*\*: /);
    const names = bullets.map((bullet) => /^- \*\*([^*]+)\*\*/.exec(bullet)?.[1] ?? '');
    expect(names.join(' | ')).toMatch(/fundamental rights impact assessment/i);
    expect(names.join(' | ')).toMatch(/data protection impact assessment/i);
    expect(names.join(' | ')).toMatch(/registration/i);
    expect(names.join(' | ')).toMatch(/logs/i);
    expect(names.join(' | ')).toMatch(/human oversight/i);
    const words = ['', '', '', '', '', '', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
    expect(overview.text).toContain(`${words[bullets.length]} `);
  });

  it('uses no law-only metadata outside law.md', () => {
    for (const passage of passages.filter((candidate) => candidate.resource !== 'law')) {
      expect(passage.source, passage.id).toBeUndefined();
      expect(passage.asOf, passage.id).toBeUndefined();
    }
  });

  it('is found by the words a legal adviser would search with', () => {
    const knowledgeBase = createKnowledgeBase(passages);
    const top = (query: string) => {
      const result = searchPassages(knowledgeBase, query, { limit: 3 });
      return result.success ? result.data.map((hit) => hit.id) : [];
    };
    expect(top('fundamental rights impact assessment Article 27')).toContain('law-ai-act-art27-fria');
    expect(top('serious incident reporting deadline AI Act')).toContain('law-ai-act-art73-serious-incidents');
    expect(top('Law Enforcement Directive automated individual decisions')).toContain(
      'law-led-art11-automated-decisions',
    );
    expect(top('HUDERIA')).toContain('law-coe-huderia');
  });
});

describe('toCitation', () => {
  it('carries the legal source and as-of date of a law passage, and a Toolkit passage has neither', () => {
    const knowledgeBase = createKnowledgeBase([
      {
        id: 'law-example',
        resource: 'law',
        section: 'AI Act',
        title: 'Deployer duties',
        tags: [],
        basis: 'confirmed',
        text: 'A deployer keeps the logs of a high-risk system for at least six months.',
        source: `${aiAct}, Art. 26`,
        asOf: '2026-12-01',
      },
      {
        id: 'toolkit-example',
        resource: 'principles',
        section: 'Principles',
        title: 'Traceability',
        tags: [],
        basis: 'confirmed',
        text: 'Traceability means the agency keeps logs of what its systems did.',
      },
    ]);
    const result = searchPassages(knowledgeBase, 'logs');
    const citations = result.success ? result.data.map((hit, index) => toCitation(hit, index + 1)) : [];
    const legal = citations.find((citation) => citation.id === 'law-example');
    expect(legal).toMatchObject({ legalSource: `${aiAct}, Art. 26`, asOf: '2026-12-01' });
    expect(citationSchema.parse(legal)).toEqual(legal);
    const toolkit = citations.find((citation) => citation.id === 'toolkit-example');
    expect(toolkit).toBeDefined();
    expect(toolkit).not.toHaveProperty('legalSource');
    expect(toolkit).not.toHaveProperty('asOf');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
