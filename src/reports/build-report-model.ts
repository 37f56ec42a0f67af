import { countedQuestions } from '../scoring/counted-questions.ts';
import { answerRows } from './answer-rows.ts';
import { buildChangesSection } from './build-changes-section.ts';
import { buildDecisionOutcomes } from './build-decision-outcomes.ts';
import { buildDecisionSection } from './build-decision-section.ts';
import { buildLegalFrameworks } from './build-legal-frameworks.ts';
import { buildReadinessSection } from './build-readiness-section.ts';
import { buildReportRecord } from './build-report-record.ts';
import { buildRiskSection } from './build-risk-section.ts';
import type { PassageLookup } from './passage-lookup.ts';
import type { ReportBundle } from './report-bundle.ts';
import { reportDisclaimer } from './report-bundle.ts';
import type { ChangesSource } from './report-changes-schema.ts';
import type { ReportModel } from './report-model.ts';
import { reportStatus } from './report-status.ts';
import { reportSummary } from './report-summary.ts';
import { openItemReasonText } from './report-wording.ts';
import { signOffLines } from './sign-off-lines.ts';
import type { UnratedReasonSource } from './unrated-risk-reason.ts';

export type ReportModelOptions = {
  /** IANA time zone the dates are written in (RAIA_TIME_ZONE). */
  timeZone: string;
  /** The agency named on the title page; undefined leaves a line to fill in. */
  agency?: string | undefined;
  /** Titles of the Toolkit passages that actions and next steps cite. */
  passages: PassageLookup;
  /** A reassessment's comparison with the assessment it started from (its section "Changes since …"). */
  changes?: ChangesSource | undefined;
};

function assessmentSection(bundle: ReportBundle, source: UnratedReasonSource, passages: PassageLookup) {
  const { definition, result } = bundle;
  const { scoring } = definition;
  if (result.kind === 'readiness' && scoring.kind === 'readiness') {
    return buildReadinessSection({ ...source, scoring, result, passages });
  }
  if (result.kind === 'risk' && scoring.kind === 'risk') {
    const likelihoodScale = definition.scales.find((scale) => scale.id === scoring.likelihoodScale);
    const severityScale = definition.scales.find((scale) => scale.id === scoring.severityScale);
    if (likelihoodScale !== undefined && severityScale !== undefined) {
      return buildRiskSection({ ...source, scoring, likelihoodScale, severityScale, result, passages });
    }
  }
  // Bundles come from scoreAssessment over a definition loadQuestionnaire checked: a bug if reached.
  throw new TypeError(`the ${result.kind} result does not fit the "${definition.id}" definition`);
}

/**
 * Everything a report says, from the answers and the result: pure, so the same bundle, zone and
 * passages always give the same report in every format.
 */
export function buildReportModel(bundle: ReportBundle, options: ReportModelOptions): ReportModel {
  const { definition, answers, result } = bundle;
  const notes = bundle.notes ?? {};
  const shown = new Set(countedQuestions(definition, answers).shown.map(({ question }) => question.id));
  const source: UnratedReasonSource = {
    definition,
    answers,
    notes,
    shown,
    open: new Map(result.openItems.map((item) => [item.questionId, item])),
  };
  const assessment = assessmentSection(bundle, source, options.passages);
  const record = buildReportRecord(bundle, source, options);
  const systemName = record.system?.name ?? null;
  const decision = buildDecisionSection(result.kind, bundle.meta.decision, options.timeZone);
  const frameworks = legalFrameworks(bundle);
  const decisionOutcomes =
    assessment.kind === 'risk' ? buildDecisionOutcomes(assessment, frameworks) : undefined;
  const sectionTitle = (sectionId: string) =>
    definition.sections.find((section) => section.id === sectionId)?.title ?? sectionId;
  return {
    title: systemName === null ? definition.title : `${definition.title}: ${systemName}`,
    record,
    status: reportStatus(definition, result),
    disclaimer: reportDisclaimer,
    summary: reportSummary(assessment, result),
    ...(decision === undefined ? {} : { decision }),
    ...(decisionOutcomes === undefined ? {} : { decisionOutcomes }),
    ...(options.changes === undefined
      ? {}
      : { changes: buildChangesSection(options.changes, { timeZone: options.timeZone, kind: result.kind }) }),
    assessment,
    ...(frameworks === undefined ? {} : { legalFrameworks: frameworks }),
    openItems: result.openItems.map((item) => ({
      questionId: item.questionId,
      section: sectionTitle(item.sectionId),
      prompt: item.prompt,
      reason: openItemReasonText[item.reason],
    })),
    answers: answerRows(definition, answers, notes).map((row) => ({
      questionId: row.questionId,
      section: row.sectionTitle,
      prompt: row.prompt,
      answer: row.answer,
      answeredBy: row.answeredBy,
      status: row.status,
      note: row.note,
    })),
    signOff: signOffLines(result.kind, bundle.meta.signOff, options.timeZone),
    source: definition.source,
    recorded: {
      answers,
      notes,
      result,
      ...(frameworks === undefined ? {} : { frameworks: bundle.frameworks }),
    },
  };
}

/** Only a risk report carries packs; none given (or an empty list) leaves the report as it was. */
function legalFrameworks(bundle: ReportBundle) {
  const { frameworks, definition, result } = bundle;
  if (result.kind !== 'risk' || frameworks === undefined || frameworks.length === 0) return undefined;
  const prompts = new Map(
    definition.sections.flatMap((section) =>
      section.questions.map((question) => [question.id, question.prompt]),
    ),
  );
  return buildLegalFrameworks(frameworks, (questionId) => prompts.get(questionId) ?? null);
}
