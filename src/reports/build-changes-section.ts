import type { AssessmentDiff } from './assessment-diff.ts';
import { formatReportDay } from './format-report-day.ts';
import type { ChangesSource, ReportChanges } from './report-changes-schema.ts';

const riskChangeWords: Record<AssessmentDiff['risks'][number]['direction'], string> = {
  up: 'Up',
  new: 'Newly rated',
  down: 'Down',
  gone: 'No longer rated',
};
const answerChangeWords: Record<AssessmentDiff['answers'][number]['change'], string> = {
  changed: 'Changed',
  added: 'Added',
  removed: 'Removed',
};

/**
 * The "Changes since the assessment of …" section of a reassessment's report: pure. `kind` is the
 * questionnaire's (a readiness assessment has no risks to count).
 */
export function buildChangesSection(
  source: ChangesSource,
  { timeZone, kind }: { timeZone: string; kind: 'risk' | 'readiness' },
): ReportChanges {
  const day = source.since === null ? null : formatReportDay(source.since, timeZone);
  const title =
    day === null ? 'Changes since the earlier assessment' : `Changes since the assessment of ${day}`;
  const earlier =
    day === null
      ? 'The assessment this one started from'
      : `The assessment of ${day}, which this one started from,`;
  const empty = { risks: [], answers: [], openItems: { opened: [], closed: [] } };
  if (source.kind !== 'compared') {
    const why =
      source.kind === 'gone'
        ? `${earlier} is no longer stored: it was deleted or passed its retention period, so the changes since then cannot be listed.`
        : `${earlier} could not be read, so the changes since then cannot be listed.`;
    return { title, fromSessionId: source.fromSessionId, compared: false, summary: [why], ...empty };
  }
  const { diff } = source;
  return {
    title,
    fromSessionId: source.fromSessionId,
    compared: true,
    summary: summarize(diff, kind),
    risks: diff.risks.map((risk) => ({
      riskId: risk.riskId,
      title: risk.title,
      change: riskChangeWords[risk.direction],
      before: risk.before?.label ?? 'Not rated',
      after: risk.after?.label ?? 'Not rated',
    })),
    answers: diff.answers.map((answer) => ({
      questionId: answer.questionId,
      prompt: answer.prompt,
      change: answerChangeWords[answer.change],
      before: answer.before ?? 'Not answered',
      after: answer.after ?? 'Not answered',
    })),
    openItems: diff.openItems,
  };
}

function summarize(diff: AssessmentDiff, kind: 'risk' | 'readiness'): string[] {
  const versions =
    diff.before.version === diff.after.version
      ? `Both assessments used version ${diff.after.version} of the questionnaire.`
      : `The earlier assessment used version ${diff.before.version} of the questionnaire and this one version ${diff.after.version}; questions and risks are matched by their ids.`;
  const before = diff.overall.before?.label ?? 'none rated';
  const after = diff.overall.after?.label ?? 'none rated';
  const overall =
    diff.overall.before?.id === diff.overall.after?.id
      ? `Overall level unchanged: ${after}.`
      : `Overall level: ${before} before, ${after} now.`;
  const directions = (direction: AssessmentDiff['risks'][number]['direction']) =>
    diff.risks.filter((risk) => risk.direction === direction).length;
  const changes = (change: AssessmentDiff['answers'][number]['change']) =>
    diff.answers.filter((answer) => answer.change === change).length;
  return [
    versions,
    overall,
    ...(kind === 'risk'
      ? [
          `Risks: ${directions('up')} rose, ${directions('new')} newly rated, ${directions('down')} fell, ${directions('gone')} no longer rated.`,
        ]
      : []),
    `Answers: ${changes('changed')} changed, ${changes('added')} added, ${changes('removed')} removed.`,
    `Open items: ${diff.openItems.opened.length} opened, ${diff.openItems.closed.length} closed.`,
  ];
}
