import { AppError, type Result } from '../app-error.ts';
import { formatCount } from '../questionnaires/text-limits.ts';
import { assessmentDecisionLabels } from '../reports/assessment-decision-label.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { changeSessionData } from './change-session-data.ts';
import { loadWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { pickQuestionnaire } from './pick-questionnaire.ts';
import type { DecisionRecord } from './session-data.ts';
import { describeSignOff, findSignOff } from './signed-change-refusal.ts';

export type DecisionRequest = Parameters<Assistant['recordDecision']>[1];

/** The most the reasons for a decision hold (decisionRecordSchema). */
export const decisionReasonsLimit = 4000;

/**
 * Records the decision at the end of a completed risk assessment (proceed, proceed with
 * conditions, rescope, do not deploy) with its reasons. A new decision replaces the earlier one
 * and is audited again; the audit says who decided when, never the reasons. Refused once the
 * assessment is signed off, because the decision is part of what the sign-off vouches for.
 */
export async function recordDecision(
  internals: AssistantInternals,
  sessionId: string,
  request: DecisionRequest,
): Promise<Result<DecisionRecord>> {
  const at = request.at ?? internals.now().toISOString();
  const timeZone = internals.reports?.timeZone ?? 'UTC';
  const reasons = request.reasons.trim();
  if (reasons.length > decisionReasonsLimit) {
    return refuse(
      'bad-request',
      `The reasons for a decision can be at most ${formatCount(decisionReasonsLimit)} characters; these have ${formatCount(reasons.length)}. Nothing was saved.`,
    );
  }
  if (request.decision !== 'proceed' && reasons === '') {
    const label = assessmentDecisionLabels[request.decision];
    return refuse(
      'bad-request',
      `"${label}" needs its reasons: write why${request.decision === 'proceed-with-conditions' ? ', and the conditions' : ''}. Nothing was saved.`,
    );
  }
  return changeSessionData({ ...internals, at }, sessionId, (loaded) => {
    const { data } = loaded;
    const picked = pickQuestionnaire(data, request.questionnaireId, internals.questionnaires);
    if (!picked.success) return picked;
    const { questionnaireId, record } = picked.data;
    const signOff = findSignOff(data, questionnaireId);
    if (signOff !== undefined) {
      return refuse(
        'conflict',
        `This assessment was signed off ${describeSignOff(signOff, timeZone)}, and the decision is part of what was signed, so it can no longer change. To decide again, start a reassessment.`,
      );
    }
    if (record === undefined) {
      return refuse(
        'conflict',
        `The "${questionnaireId}" questionnaire has not been started in this session, so there is nothing to decide on yet.`,
      );
    }
    const walkthrough = loadWalkthrough(internals.questionnaires, record);
    if (!walkthrough.success) return walkthrough;
    const { definition } = walkthrough.data;
    if (definition.scoring.kind !== 'risk') {
      return refuse(
        'conflict',
        `A decision is recorded at the end of a risk assessment; the ${definition.title} is not one.`,
      );
    }
    if (walkthroughStateName(walkthrough.data) !== 'completed') {
      return refuse(
        'conflict',
        `The ${definition.title} is not completed yet, so no decision can be recorded. Answer its remaining questions and submit it at the review step, then record the decision.`,
      );
    }
    const decision: DecisionRecord = {
      decision: request.decision,
      reasons,
      decidedBy: request.actor ?? null,
      at,
    };
    return {
      success: true,
      data: {
        data: { ...data, decisions: { ...data.decisions, [questionnaireId]: decision } },
        audit: [
          {
            at,
            ...(request.actor === undefined ? {} : { actor: request.actor }),
            questionnaireId,
            questionId: null,
            event: 'decision-recorded',
          },
        ],
        value: decision,
      },
    };
  });
}

function refuse(code: 'bad-request' | 'conflict', message: string): { success: false; error: AppError } {
  return { success: false, error: new AppError(code, message) };
}
