import { AppError, type Result } from '../app-error.ts';
import { diffAssessments } from '../reports/diff-assessments.ts';
import { assessmentSide } from './assessment-side.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { guardStore } from './guard-store.ts';
import { loadSessionData } from './load-session-data.ts';
import type { SessionData } from './session-data.ts';

/**
 * `Assistant.compareAssessments`: the diff from the earlier session (`against`) to this one, each
 * loaded without its transcript and scored as its report is. Two versions of a questionnaire
 * compare by question and risk id.
 */
export function compareSessions(
  internals: Pick<AssistantInternals, 'store' | 'questionnaires' | 'sessions'>,
): Assistant['compareAssessments'] {
  const { store, questionnaires, sessions } = internals;
  return (sessionId, againstSessionId, questionnaireId) =>
    guardStore(async () => {
      const later = await loadSessionData(store, sessionId, sessions);
      if (!later.success) return later;
      const earlier = await loadSessionData(store, againstSessionId, sessions);
      if (!earlier.success) {
        if (earlier.error.code !== 'not-found') return earlier;
        return failure(
          'not-found',
          'The session to compare against was not found: it may have been deleted, or passed its retention period.',
        );
      }
      const picked = pickCompared(later.data.data, earlier.data.data, againstSessionId, questionnaireId);
      if (!picked.success) return picked;
      const after = assessmentSide(questionnaires, sessionId, later.data.data, picked.data);
      if (!after.success) return after;
      const before = assessmentSide(
        questionnaires,
        againstSessionId,
        earlier.data.data,
        picked.data,
        'The earlier session',
      );
      if (!before.success) return before;
      return { success: true, data: diffAssessments(before.data, after.data) };
    });
}

/**
 * The questionnaire named, else the one a reassessment carried over from that very session, else
 * the later session's active one or the only one both have.
 */
function pickCompared(
  later: SessionData,
  earlier: SessionData,
  againstSessionId: string,
  questionnaireId: string | undefined,
): Result<string> {
  if (questionnaireId !== undefined) return { success: true, data: questionnaireId };
  const carried = later.carriedOver;
  if (carried !== undefined && carried.fromSessionId === againstSessionId)
    return { success: true, data: carried.questionnaireId };
  const shared = Object.keys(later.assessments).filter((id) => Object.hasOwn(earlier.assessments, id));
  const active = later.conversation.activeQuestionnaireId;
  const chosen = shared.length === 1 ? shared[0] : shared.find((id) => id === active);
  if (chosen !== undefined) return { success: true, data: chosen };
  if (shared.length === 0)
    return failure('bad-request', 'These two sessions have no questionnaire in common to compare.');
  return failure(
    'bad-request',
    `These two sessions have several questionnaires in common (${shared.join(', ')}): name the one to compare.`,
  );
}

function failure(code: 'not-found' | 'bad-request', message: string) {
  return { success: false as const, error: new AppError(code, message) };
}
