import { loadBuiltInKnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import type { Actor, Answers, AnswerValue } from '../../src/questionnaires/answers.ts';
import type { QuestionNotes } from '../../src/questionnaires/question-notes.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import type { ReportModelOptions } from '../../src/reports/build-report-model.ts';
import { createPassageLookup } from '../../src/reports/passage-lookup.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';

/** The fixed clock of every golden report: 1 December 2026, 18:26 UTC. */
export const goldenGeneratedAt = '2026-12-01T18:26:00.000Z';
const answeredAt = '2026-12-01T15:10:00.000Z';

/** The built-in Toolkit's passage titles, the agency's name and the zone of the golden reports. */
export const goldenOptions: ReportModelOptions = {
  timeZone: 'UTC',
  agency: 'Metropolitan Police, Digital Forensics Unit',
  passages: createPassageLookup(loadBuiltInKnowledgeBase()),
};

const reyes: Actor = { id: 'user-reyes', name: 'Insp. Dana Reyes', channel: 'web' };
const patel: Actor = { id: 'U0PATEL', name: 'Sam Patel', channel: 'slack' };

const registry = createDefaultQuestionnaireRegistry();

function definition(id: string, version: string): Questionnaire {
  const found = registry.get(id, version);
  if (found === undefined) throw new Error(`no built-in ${id} v${version}`);
  return found;
}

function answers(values: Record<string, AnswerValue>, by: (questionId: string) => Actor): Answers {
  return Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value, answeredAt, answeredBy: by(id) }]),
  );
}

const evidence = (text: string, by: Actor = reyes) => ({
  text,
  kind: 'evidence' as const,
  at: answeredAt,
  by,
});
const note = (text: string, by: Actor = reyes) => ({ text, kind: 'note' as const, at: answeredAt, by });

const cctvProfile: Record<string, AnswerValue> = {
  'system-name': 'CCTV face match',
  'system-purpose': 'identification',
  'lifecycle-stage': 'pilot',
  sourcing: 'procured',
  'data-types': ['biometric', 'images-video', 'criminal-records'],
  'affected-groups': ['suspects', 'general-public'],
  autonomy: 'recommends',
  'system-owner': 'Head of Digital Forensics, Det. Supt. R. Okafor',
};

/** A risk as [applies, likelihood, severity, safeguards], or 'no' when it does not apply. */
type RiskAnswers = ['yes' | { unsure: true }, AnswerValue, AnswerValue, AnswerValue] | 'no';

function riskAnswers(risks: Record<string, RiskAnswers>): Record<string, AnswerValue> {
  return Object.fromEntries(
    Object.entries(risks).flatMap(([riskId, entry]) =>
      entry === 'no'
        ? [[`${riskId}-applies`, 'no']]
        : (['applies', 'likelihood', 'severity', 'mitigation'] as const).map((part, index) => [
            `${riskId}-${part}`,
            entry[index] as AnswerValue,
          ]),
    ),
  );
}

function riskBundle(values: Record<string, AnswerValue>, notes: QuestionNotes, answeredBy: string[]) {
  const risk = definition('risk', '3');
  const recorded = answers(values, (id) => (id.startsWith('s') || id.startsWith('b') ? patel : reyes));
  return {
    definition: risk,
    answers: recorded,
    notes,
    result: scoreRisk(risk, recorded),
    meta: {
      sessionId: 'session-golden',
      generatedAt: goldenGeneratedAt,
      answeredBy,
      systemName: 'CCTV face match',
    },
  } satisfies ReportBundle;
}

/** Every required question answered: a vendor face-matching pilot, as an agency would file it. */
export function completedRiskBundle(): ReportBundle {
  const values = {
    ...cctvProfile,
    ...riskAnswers({
      'no-legal-basis': 'no',
      'function-creep': ['yes', 3, 4, 'partial'],
      'disproportionate-biometric-surveillance': ['yes', 2, 5, 'substantial'],
      'harmful-errors': ['yes', 4, 4, 'partial'],
      'security-failure': ['yes', 2, 4, 'substantial'],
      'biometric-misidentification': ['yes', 4, 4, 'partial'],
      'automation-bias': ['yes', 4, 3, 'planned'],
      'opaque-outputs': 'no',
      'privacy-intrusion': ['yes', 3, 3, 'substantial'],
      'biased-outcomes': ['yes', 3, 4, 'partial'],
      'no-redress': ['yes', 2, 3, 'none'],
      'unclear-accountability': 'no',
      'missing-records': ['yes', 1, 2, 'partial'],
      'supplier-dependence': ['yes', 4, 3, 'planned'],
    }),
  };
  const notes: QuestionNotes = {
    'no-legal-basis-applies': evidence(
      'Legal basis: section 12 of the Police Data Act; opinion of the legal service of 3 November 2026.',
    ),
    'function-creep-mitigation': evidence('Purpose limitation in clause 4 of the pilot terms of use.'),
    'biometric-misidentification-mitigation': evidence(
      'Every candidate match is reviewed by a trained examiner (procedure FR-2, version 3).',
      patel,
    ),
    'automation-bias-mitigation': note('Training on automation bias is booked for January 2027.'),
  };
  return riskBundle(values, notes, ['Insp. Dana Reyes', 'Sam Patel']);
}

/** Half of the same assessment: open profile questions, "I don't know" answers, unrated risks. */
export function halfFinishedRiskBundle(): ReportBundle {
  const { sourcing: _sourcing, autonomy: _autonomy, 'system-owner': _owner, ...profile } = cctvProfile;
  const values = {
    ...profile,
    autonomy: { unsure: true as const },
    ...riskAnswers({
      'no-legal-basis': ['yes', 3, 5, 'planned'],
      'function-creep': [{ unsure: true }, 3, { unsure: true }, { unsure: true }],
      'disproportionate-biometric-surveillance': 'no',
    }),
    'harmful-errors-applies': 'yes',
    'harmful-errors-likelihood': 4,
    'harmful-errors-severity': 4,
    'biometric-misidentification-applies': 'yes',
  };
  const notes: QuestionNotes = {
    'no-legal-basis-mitigation': note('The legal service is drafting the opinion; due mid-December.'),
  };
  return riskBundle(values, notes, ['Insp. Dana Reyes', 'Sam Patel']);
}

/** A completed organisational readiness assessment. */
export function readinessGoldenBundle(): ReportBundle {
  const readiness = definition('readiness', '1');
  const values: Record<string, AnswerValue> = {
    'ai-strategy': 'yes',
    'strategy-covers-rights': 2,
    'leadership-involvement': 'sponsors',
    'need-before-adoption': 1,
    'responsible-ai-resources': 1,
    'ai-accountability': 'each-project',
    'ethics-board': 'no',
    'ai-register': 0,
    'risk-assessment-process': 1,
    'incident-handling': 1,
    'legal-review': 3,
    'ai-policy': 'some-uses',
    'impact-assessments': 3,
    'redress-route': 'yes',
    'legal-notes': 'Data protection impact assessments are mandatory for every new system since 2025.',
    'user-training': 1,
    'technical-expertise': 'supplier-only',
    'ethics-training': 0,
    'multidisciplinary-teams': 'no',
    'diverse-perspectives': 1,
    'data-governance': 'defined',
    'data-quality-checks': 2,
    'data-documentation': 2,
    'data-minimization': 3,
    'retention-periods': 'yes',
    'infrastructure-readiness': 'some-systems',
    'robustness-testing': 1,
    'local-performance-testing': 1,
    logging: 2,
    'post-deployment-monitoring': 1,
    'procurement-requirements': 2,
    'supplier-transparency': 'documentation',
    'knowledge-partnerships': 1,
    'exit-terms': 'no',
    'public-information': 1,
    'community-consultation': 0,
    'external-oversight': 'yes',
    'concerns-channel': 2,
  };
  const recorded = answers(values, () => reyes);
  return {
    definition: readiness,
    answers: recorded,
    notes: { 'ai-register': evidence('A spreadsheet of AI systems exists in Digital Forensics only.') },
    result: scoreReadiness(readiness, recorded),
    meta: {
      sessionId: 'session-readiness',
      generatedAt: goldenGeneratedAt,
      answeredBy: ['Insp. Dana Reyes'],
    },
  };
}
