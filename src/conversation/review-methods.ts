import { addComment } from './add-comment.ts';
import { assignQuestion } from './assign-question.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { guardStore } from './guard-store.ts';
import { loadSessionData } from './load-session-data.ts';
import { recordDecision } from './record-decision.ts';
import { signOffAssessment } from './sign-off-assessment.ts';
import { summarizeAssessment } from './summarize-assessment.ts';

/** The agency process's review methods of the Assistant: sign-off, the decision, comments, assignments, summaries. */
export function createReviewMethods(
  internals: AssistantInternals,
): Pick<
  Assistant,
  'summarizeAssessment' | 'systemOf' | 'signOff' | 'recordDecision' | 'addComment' | 'assignQuestion'
> {
  const { store, sessions, questionnaires } = internals;
  return {
    async summarizeAssessment(sessionId, questionnaireId) {
      return guardStore(async () => {
        const loaded = await loadSessionData(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        return summarizeAssessment(sessionId, loaded.data, questionnaireId, questionnaires);
      });
    },
    async systemOf(sessionId) {
      return guardStore(async () => {
        const loaded = await loadSessionData(store, sessionId, sessions);
        if (!loaded.success) return loaded;
        return { success: true, data: loaded.data.data.systemId ?? null };
      });
    },
    signOff: (sessionId, request) => signOffAssessment(internals, sessionId, request),
    recordDecision: (sessionId, request) => recordDecision(internals, sessionId, request),
    addComment: (sessionId, request) => addComment(internals, sessionId, request),
    assignQuestion: (sessionId, request) => assignQuestion(internals, sessionId, request),
  };
}
