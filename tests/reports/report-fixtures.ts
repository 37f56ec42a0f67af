import type { Answers } from '../../src/questionnaires/answers.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';

export const hostileText = '<img src=x onerror=alert(1)>';
const at = '2026-03-01T09:00:00.000Z';
const analyst = { id: 'user-7', name: 'Dana | Analyst', channel: 'web' };

export function builtIn(id: string): Questionnaire {
  const found = builtInQuestionnaires().find((definition) => definition.id === id);
  if (found === undefined) throw new Error(`no built-in ${id}`);
  return found;
}

const meta = {
  generatedAt: '2026-03-02T10:30:00.000Z',
  answeredBy: ['Dana | Analyst'],
  sessionId: 'session-42',
};

/** Readiness half answered, with a hostile free-text note and an "I don't know". */
export function readinessBundle(): ReportBundle {
  const definition = builtIn('readiness');
  const answers: Answers = {
    'ai-strategy': { value: 'yes', answeredAt: at, answeredBy: analyst },
    'strategy-covers-rights': { value: 3, answeredAt: at, answeredBy: analyst },
    'leadership-involvement': {
      value: 'sponsors',
      answeredAt: at,
      proposedByModel: true,
      answeredBy: analyst,
    },
    'need-before-adoption': { value: { unsure: true }, answeredAt: at },
    'leadership-notes': { value: hostileText, answeredAt: at },
    'ai-accountability': { value: 'formal-mandate', answeredAt: at },
    'ethics-board': { value: 'no', answeredAt: at },
    'ethics-board-powers': { value: 'can-stop', answeredAt: at },
  };
  return { definition, answers, result: scoreReadiness(definition, answers), meta };
}

/** A biometric identification system with a few rated risks. */
export function riskBundle(): ReportBundle {
  const definition = builtIn('risk');
  const values: Record<string, Answers[string]['value']> = {
    'system-name': hostileText,
    'system-purpose': 'identification',
    'processes-biometric': 'yes',
    'affected-groups': ['suspects', 'general-public'],
    'biometric-misidentification-applies': 'yes',
    'biometric-misidentification-likelihood': 4,
    'biometric-misidentification-severity': 5,
    'biometric-misidentification-mitigation': 'partial',
    'harmful-errors-applies': 'yes',
    'harmful-errors-likelihood': 2,
    'harmful-errors-severity': { unsure: true },
    'harmful-errors-mitigation': 'none',
    'automation-bias-applies': { unsure: true },
    'automation-bias-likelihood': 4,
    'automation-bias-severity': 5,
    'no-legal-basis-applies': 'no',
  };
  const answers: Answers = Object.fromEntries(
    Object.entries(values).map(([id, value]) => [id, { value, answeredAt: at }]),
  );
  return {
    definition,
    answers,
    result: scoreRisk(definition, answers),
    meta: { ...meta, systemName: hostileText },
  };
}
