import { AppError, type Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import type { AssessmentResult } from '../scoring/result-schema.ts';
import type { AssessmentSummary } from './assistant.ts';
import { evaluateSessionPacks } from './evaluate-session-packs.ts';
import { findDecision } from './find-decision.ts';
import { frameworkHeadlines, offeredDocuments } from './framework-lines.ts';
import type { LoadedSession } from './load-session-data.ts';
import { loadWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { pickQuestionnaire } from './pick-questionnaire.ts';
import { scoreAssessment } from './score-assessment.ts';
import { findSignOff } from './signed-change-refusal.ts';

/**
 * What the register lists for one assessment, from the blob alone (no transcript is read): its
 * state, its level, how many questions are open and how many wait for an assigned person.
 */
export function summarizeAssessment(
  sessionId: string,
  loaded: LoadedSession,
  questionnaireId: string | undefined,
  questionnaires: QuestionnaireRegistry,
): Result<AssessmentSummary> {
  const { data } = loaded;
  const picked = pickQuestionnaire(data, questionnaireId, questionnaires);
  if (!picked.success) return picked;
  const { record } = picked.data;
  const id = picked.data.questionnaireId;
  const waiting = (data.assignments ?? []).filter((entry) => entry.questionnaireId === id).length;
  const common = { sessionId, questionnaireId: id, waiting, updatedAt: loaded.updatedAt };
  if (record === undefined) {
    const definition = questionnaires.latest(id);
    if (definition === undefined)
      return {
        success: false,
        error: new AppError('internal', `Questionnaire "${id}" is not installed here.`),
      };
    const result = scoreAssessment(definition, {});
    return {
      success: true,
      data: {
        ...common,
        version: definition.version,
        state: 'not-started',
        level: null,
        openItems: result.openItems.length,
        signOff: null,
        decision: null,
        frameworks: [],
        documents: [],
      },
    };
  }
  const walkthrough = loadWalkthrough(questionnaires, record);
  if (!walkthrough.success) return walkthrough;
  const { definition, snapshot } = walkthrough.data;
  const answered = Object.keys(snapshot.context.answers).length > 0;
  const stateName = walkthroughStateName(walkthrough.data);
  const signOff = findSignOff(data, id) ?? null;
  const decision = findDecision(data, id);
  const state: AssessmentSummary['state'] =
    signOff !== null
      ? 'signed-off'
      : stateName === 'completed'
        ? 'completed'
        : stateName === 'intro' && !answered
          ? 'not-started'
          : 'in-progress';
  const result = scoreAssessment(definition, snapshot.context.answers);
  const packs = evaluateSessionPacks(walkthrough.data, result);
  return {
    success: true,
    data: {
      ...common,
      version: record.version,
      state,
      level: answered ? assessmentLevel(result) : null,
      openItems: result.openItems.length,
      signOff,
      decision: decision === undefined ? null : { decision: decision.decision, at: decision.at },
      frameworks: frameworkHeadlines(packs, definition),
      documents: offeredDocuments(packs),
    },
  };
}

/** Risk: the highest residual level among rated risks, else the highest inherent; readiness: the overall level. */
function assessmentLevel(result: AssessmentResult): AssessmentSummary['level'] {
  if (result.kind === 'readiness') {
    const { level, bands } = result.overall;
    return { id: level.id, label: level.label, rank: bands.findIndex((band) => band.id === level.id) };
  }
  if (result.highestResidualLevel !== null) return { ...result.highestResidualLevel };
  let highest: AssessmentSummary['level'] = null;
  for (const risk of result.risks) {
    const inherent = risk.inherentLevel;
    if (inherent !== null && (highest === null || inherent.rank > highest.rank)) highest = { ...inherent };
  }
  return highest;
}
