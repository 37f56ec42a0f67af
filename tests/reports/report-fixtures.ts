import type { Answers } from '../../src/questionnaires/answers.ts';
import { builtInQuestionnaires } from '../../src/questionnaires/built-in-questionnaires.ts';
import type { Questionnaire } from '../../src/questionnaires/schema.ts';
import { buildReportModel, type ReportModelOptions } from '../../src/reports/build-report-model.ts';
import type { ReportBundle } from '../../src/reports/report-bundle.ts';
import type { ReportModel } from '../../src/reports/report-model.ts';
import { scoreReadiness } from '../../src/scoring/score-readiness.ts';
import { scoreRisk } from '../../src/scoring/score-risk.ts';
import { goldenOptions } from './golden-fixtures.ts';

export const hostileText = '<img src=x onerror=alert(1)>';

/** The report model of a bundle, with the golden reports' passages and zone unless told otherwise. */
export function reportModel(bundle: ReportBundle, options: Partial<ReportModelOptions> = {}): ReportModel {
  return buildReportModel(bundle, { ...goldenOptions, ...options });
}
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

/**
 * The readiness bundle with `text` as its free-text note, the answerer's name and the system
 * name: everything a person types that a report prints.
 */
export function readinessBundleWithText(text: string): ReportBundle {
  const bundle = readinessBundle();
  const note = bundle.answers['leadership-notes'];
  if (note === undefined) throw new Error('the readiness fixture has no note');
  note.value = text;
  note.answeredBy = { id: 'user-9', name: text, channel: 'web' };
  return { ...bundle, meta: { ...bundle.meta, answeredBy: [text], systemName: text } };
}

/** Line endings Markdown renderers (or the editors reviewers paste into) break a line at. */
export const lineEndings = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f'];

/** A free-text answer that, unescaped, would add a heading and a table row and make links. */
export function markdownInjection(lineEnding: string): string {
  return [
    'Before',
    '# Injected heading',
    '| forged | table | row | x | y |',
    '=====',
    'see https://evil.example/login, www.evil.example and boss@evil.example',
  ].join(lineEnding);
}

export const importedFileHash = 'ab'.repeat(32);

/** The readiness bundle as a session imported from a file reports it: answers credited to the import. */
export function importedReadinessBundle(): ReportBundle {
  const bundle = readinessBundle();
  const answers: Answers = Object.fromEntries(
    Object.entries(bundle.answers).map(([id, answer]) => [
      id,
      { ...answer, answeredBy: { id: 'alice', channel: 'import' } },
    ]),
  );
  return {
    ...bundle,
    answers,
    meta: {
      generatedAt: bundle.meta.generatedAt,
      imports: [
        {
          at: '2026-03-01T08:00:00.000Z',
          by: 'alice (police-a)',
          sha256: importedFileHash,
          hashedOver: 'received-bytes',
          claimedAnswerers: ['Chief Inspector Forged', 'Dana | Analyst'],
        },
      ],
    },
  };
}
