import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { importedAnswerChannel } from '../reports/answer-rows.ts';
import { buildReportModel } from '../reports/build-report-model.ts';
import type { DiffSide } from '../reports/diff-assessments.ts';
import type { PassageLookup } from '../reports/passage-lookup.ts';
import { renderFrameworkDocument } from '../reports/render-framework-document.ts';
import { renderReportDocx, wordContentType } from '../reports/render-report-docx.ts';
import { renderReportHtml } from '../reports/render-report-html.ts';
import { renderReportJson } from '../reports/render-report-json.ts';
import { renderReportMarkdown } from '../reports/render-report-markdown.ts';
import type { ReportBundle, ReportImport, ReportSignOff } from '../reports/report-bundle.ts';
import type { ChangesSource } from '../reports/report-changes-schema.ts';
import { reportFileName } from '../reports/report-file-name.ts';
import { answerRecord } from '../scoring/counted-questions.ts';
import type { PackDocumentReference, RenderedReport, ReportFormat, SessionOwner } from './assistant.ts';
import { evaluateSessionPacks } from './evaluate-session-packs.ts';
import { findDecision } from './find-decision.ts';
import { loadWalkthrough } from './load-walkthrough.ts';
import { describeImporter } from './mark-imported-session.ts';
import { reportFrameworksOf } from './report-frameworks.ts';
import { scoreAssessment } from './score-assessment.ts';
import {
  type AssessmentRecord,
  findAssessment,
  type SessionData,
  type SignOffRecord,
} from './session-data.ts';
import { findSignOff } from './signed-change-refusal.ts';

export type SessionReportOptions = {
  questionnaireId?: string | undefined;
  format: ReportFormat;
  generatedAt: string;
  /** IANA zone of the dates and the file name (RAIA_TIME_ZONE). */
  timeZone: string;
  /** RAIA_AGENCY_NAME; without it the session owner's organisation, else a line to fill in. */
  agencyName?: string | undefined;
  owner?: SessionOwner | undefined;
  passages: PassageLookup;
  /**
   * A reassessment's comparison with the assessment it started from, given this report's side
   * (create-assistant.ts loads the earlier session); undefined when there is none to make.
   */
  changesSince?: ((after: DiffSide) => Promise<ChangesSource | undefined>) | undefined;
  /** A framework pack's document instead of the report (see `Assistant.report`). */
  document?: PackDocumentReference | undefined;
};

/**
 * The report of one questionnaire in a session: the one named, else the active one, else the
 * latest. Asynchronous because a Word file is zipped by the docx library, which only packs async.
 */
export async function renderSessionReport(
  sessionId: string,
  data: SessionData,
  questionnaires: QuestionnaireRegistry,
  options: SessionReportOptions,
): Promise<Result<RenderedReport>> {
  const record = pickAssessment(data, options.questionnaireId);
  if (record === undefined) {
    return {
      success: false,
      error: new AppError(
        'not-found',
        options.questionnaireId === undefined
          ? 'This session has no questionnaire answers yet, so there is no report.'
          : `This session has no answers to the "${options.questionnaireId}" questionnaire.`,
      ),
    };
  }
  const loaded = loadWalkthrough(questionnaires, record);
  if (!loaded.success) return loaded;
  const { definition } = loaded.data;
  const answers = loaded.data.snapshot.context.answers;
  // Only people RAIA saw answer; an imported file's account of who answered stays its claim.
  const answeredBy = [
    ...new Set(
      Object.values(answers).flatMap(({ answeredBy: by }) =>
        by === undefined || by.channel === importedAnswerChannel ? [] : [by.name ?? by.id],
      ),
    ),
  ];
  const imports = reportImports(data, definition.id);
  const systemName = answerRecord(answers, 'system-name')?.value;
  const signOff = findSignOff(data, definition.id);
  const decision = findDecision(data, definition.id);
  const result = scoreAssessment(definition, answers);
  const frameworks = reportFrameworksOf(evaluateSessionPacks(loaded.data, result));
  if (options.document !== undefined) {
    const { packId, documentId } = options.document;
    const framework = frameworks.find((candidate) => candidate.pack.id === packId);
    if (framework === undefined) {
      return {
        success: false,
        error: new AppError(
          'not-found',
          `The framework pack "${packId}" does not apply to this assessment, so it has no "${documentId}" document. A pack applies when the deployment applies it or its opening question was answered yes.`,
        ),
      };
    }
    return renderFrameworkDocument({
      framework,
      documentId,
      format: options.format,
      meta: {
        sessionId,
        generatedAt: options.generatedAt,
        timeZone: options.timeZone,
        agency: options.agencyName ?? options.owner?.organisationId,
        ...(typeof systemName === 'string' ? { systemName } : {}),
        ...(signOff === undefined ? {} : { signOff: reportSignOff(signOff) }),
      },
    });
  }
  const bundle: ReportBundle = {
    definition,
    answers,
    notes: loaded.data.snapshot.context.notes,
    result,
    ...(frameworks.length > 0 ? { frameworks } : {}),
    meta: {
      sessionId,
      generatedAt: options.generatedAt,
      ...(answeredBy.length > 0 ? { answeredBy } : {}),
      ...(imports.length > 0 ? { imports } : {}),
      ...(typeof systemName === 'string' ? { systemName } : {}),
      ...(signOff === undefined ? {} : { signOff: reportSignOff(signOff) }),
      ...(decision === undefined ? {} : { decision }),
    },
  };
  const changes = await options.changesSince?.({
    definition,
    answers,
    result: bundle.result,
    sessionId,
  });
  const model = buildReportModel(bundle, {
    timeZone: options.timeZone,
    agency: options.agencyName ?? options.owner?.organisationId,
    passages: options.passages,
    changes,
  });
  const fileName = (extension: string) => reportFileName(model, extension);
  switch (options.format) {
    case 'json':
      return {
        success: true,
        data: {
          contentType: 'application/json; charset=utf-8',
          body: renderReportJson(model),
          fileName: fileName('json'),
        },
      };
    case 'md':
      return {
        success: true,
        data: {
          contentType: 'text/markdown; charset=utf-8',
          body: renderReportMarkdown(model),
          fileName: fileName('md'),
        },
      };
    case 'html':
      return {
        success: true,
        data: {
          contentType: 'text/html; charset=utf-8',
          body: renderReportHtml(model),
          fileName: fileName('html'),
        },
      };
    case 'docx':
      return {
        success: true,
        data: {
          contentType: wordContentType,
          body: await renderReportDocx(model),
          fileName: fileName('docx'),
        },
      };
  }
}

function pickAssessment(
  data: SessionData,
  questionnaireId: string | undefined,
): AssessmentRecord | undefined {
  if (questionnaireId !== undefined) return findAssessment(data, questionnaireId);
  const active = data.conversation.activeQuestionnaireId;
  return (
    (active === null ? undefined : findAssessment(data, active)) ?? Object.values(data.assessments).at(-1)
  );
}

/** The imports that brought this questionnaire's answers, with the answerers the file names. */
function reportImports(data: SessionData, questionnaireId: string): ReportImport[] {
  return (data.imports ?? []).flatMap((entry) => {
    const claim = entry.claims.answeredBy.find((candidate) => candidate.questionnaireId === questionnaireId);
    if (claim === undefined) return [];
    return [
      {
        at: entry.at,
        by: describeImporter(entry.importedBy),
        sha256: entry.sha256,
        hashedOver: entry.hashedOver,
        claimedAnswerers: claim.names,
      },
    ];
  });
}

/** What the report prints of a sign-off (the record's questionnaire and version are the report's own). */
function reportSignOff(signOff: SignOffRecord): ReportSignOff {
  const { decision, note, signatory, role, at, contentHash, imported } = signOff;
  return { decision, note, signatory, role, at, contentHash, ...(imported === true ? { imported } : {}) };
}
