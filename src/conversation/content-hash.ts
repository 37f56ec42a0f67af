import canonicalize from 'canonicalize';
import type { PackResult } from '../frameworks/pack-result-schema.ts';
import type { Answers } from '../questionnaires/answers.ts';
import type { AppliedPack } from '../questionnaires/applied-pack.ts';
import type { QuestionNotes } from '../questionnaires/question-notes.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import type { DecisionRecord } from './session-data.ts';
import { sha256Hex } from './sha256-hex.ts';

/** What a sign-off vouches for: the JSON report carries each of these, so anyone can recompute it. */
export type AssessmentContent = {
  definitionId: string;
  version: string;
  answers: Answers;
  notes: QuestionNotes;
  result: AssessmentResult;
  /**
   * The decision recorded at the end of a risk assessment (the JSON report's `decision`, without
   * its printed wording). Hashed only when present, so an assessment without one keeps the hash it
   * always had.
   */
  decision?: DecisionRecord | undefined;
  /**
   * Each framework pack that applies, with its version and result (the JSON report's `frameworks`,
   * as `{ id: pack.id, version: pack.version, appliedBy, result }`). Hashed only when a pack applies,
   * so an assessment without one keeps the hash it always had.
   */
  frameworks?: ReadonlyArray<AppliedPack & { result: PackResult }> | undefined;
};

/**
 * SHA-256, hex, of the RFC 8785 (JCS) JSON of the assessment's content. JCS fixes key order and
 * number forms, so the same content gives the same hash in any process or runtime, and a filed
 * JSON report can be checked against a sign-off with any JCS library. Throws on text JCS cannot
 * represent (a lone UTF-16 surrogate); the caller turns that into a refusal.
 */
export async function assessmentContentHash(content: AssessmentContent): Promise<string> {
  const { definitionId, version, answers, notes, result, decision, frameworks } = content;
  const text = canonicalize({
    definitionId,
    version,
    answers,
    notes,
    result,
    ...(decision === undefined ? {} : { decision }),
    ...(frameworks === undefined || frameworks.length === 0 ? {} : { frameworks }),
  });
  // Only `undefined` and functions serialise to nothing; an object never does.
  if (text === undefined) throw new TypeError('the assessment content has no JSON form');
  return sha256Hex(new TextEncoder().encode(text));
}
