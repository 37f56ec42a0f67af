import { beforeAll, describe, expect, it } from 'vitest';
import { formatCorpusIssue } from '../../src/knowledge/corpus-issue.ts';
import { createKnowledgeBase } from '../../src/knowledge/create-knowledge-base.ts';
import { parseCorpus } from '../../src/knowledge/parse-corpus.ts';
import type { Passage } from '../../src/knowledge/passage-schema.ts';
import { searchPassages } from '../../src/knowledge/search-passages.ts';
import { countWords } from '../../src/knowledge/tokenize-text.ts';
import { readCorpusFiles } from '../../src/runtime/node/read-corpus-files.ts';

let passages: Passage[];
let notes: Passage[];

beforeAll(async () => {
  const parsed = parseCorpus(await readCorpusFiles());
  if (!parsed.success) throw new Error(parsed.error.map(formatCorpusIssue).join('\n'));
  passages = parsed.data;
  notes = passages.filter((passage) => passage.resource === 'practice-notes');
});

const practiceRemark = "(RAIA's summary and practice note, not the Toolkit's text";
const legalRemark = "not legal advice; the agency's legal adviser decides.)";
/** Words that show a passage states or leans on law, so it must carry the not-legal-advice remark. */
const touchesLaw = /\b(?:Article|Annex|AI Act|Directive|laws?|legal)\b/;
/**
 * The articles and Annex III points /work/shared/law/FACTS.md gives; a practice note citing any other
 * would be stating law the researched facts do not support.
 */
const knownArticles = new Set(['4', '5', '6', '10', '11', '14', '26', '27', '28', '49', '73', '74', '86']);
const knownAnnexPoints = new Set(['1', '6', '7']);

function lastLine(passage: Passage): string {
  return passage.text.trim().split('\n').at(-1) ?? '';
}

describe('practice-notes.md', () => {
  it('marks every passage as RAIA summary, never as confirmed Toolkit text', () => {
    expect(notes.length).toBeGreaterThanOrEqual(15);
    for (const passage of notes) {
      expect(passage.basis, passage.id).toBe('summary');
      expect(passage.id, passage.id).toMatch(/^practice-/);
      expect(lastLine(passage), passage.id).toContain(practiceRemark);
    }
  });

  it('ends every passage that touches law with the reminder that it is not legal advice', () => {
    const legal = notes.filter((passage) => touchesLaw.test(passage.text.replace(lastLine(passage), '')));
    expect(legal.length).toBeGreaterThan(0);
    for (const passage of legal) expect(lastLine(passage), passage.id).toContain(legalRemark);
  });

  it('keeps each passage between 120 and 250 words', () => {
    for (const passage of notes) {
      const words = countWords(passage.text);
      expect(words, passage.id).toBeGreaterThanOrEqual(120);
      expect(words, passage.id).toBeLessThanOrEqual(250);
    }
  });

  it('cites only articles and Annex III points the researched legal facts give', () => {
    for (const passage of notes) {
      for (const match of passage.text.matchAll(/\bArticles? (\d+)/g))
        expect(knownArticles, `${passage.id}: Article ${match[1]}`).toContain(match[1]);
      for (const match of passage.text.matchAll(/\bAnnex III point (\d+)/g))
        expect(knownAnnexPoints, `${passage.id}: Annex III point ${match[1]}`).toContain(match[1]);
    }
  });

  it('is found by the words an officer would search with', () => {
    const knowledgeBase = createKnowledgeBase(passages);
    const top = (query: string) => {
      const result = searchPassages(knowledgeBase, query, { limit: 3 });
      return result.success ? result.data.map((hit) => hit.id) : [];
    };
    expect(top('live versus retrospective facial recognition')).toContain(
      'practice-live-vs-retrospective-facial-recognition',
    );
    expect(top('can we use drones for surveillance')).toContain('practice-drones-aerial-surveillance');
    expect(top('gunshot detection sensors')).toContain('practice-gunshot-detection');
    expect(top('speaker recognition voice identification')).toContain('practice-voice-identification');
    expect(top('body-worn camera analytics')).toContain('practice-body-worn-camera-analytics');
    expect(top('OSINT social media monitoring')).toContain('practice-osint-social-media-monitoring');
    expect(top('probabilistic genotyping DNA mixture')).toContain('practice-dna-probabilistic-genotyping');
    expect(top('AFIS fingerprint matching')).toContain('practice-fingerprint-afis');
    expect(top('lie detection emotion recognition')).toContain('practice-lie-emotion-detection');
    expect(top('missing person search')).toContain('practice-missing-person-search');
    expect(top('is AI evidence admissible in court')).toContain('practice-admissibility-ai-evidence');
    expect(top('chain of custody hashing AI outputs')).toContain('practice-chain-of-custody-ai');
    expect(top('adversarial attacks data poisoning')).toContain('practice-adversarial-attacks');
    expect(top('red-teaming before deployment')).toContain('practice-red-teaming');
    expect(top('model card')).toContain('practice-model-cards');
  });
});
