import type { Result } from '../app-error.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { actionLabel } from './action-label.ts';
import type { SessionView } from './assistant.ts';
import { loadWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import type { SessionData, TranscriptEntry } from './session-data.ts';

/**
 * Everything a client needs to redraw a session: transcript, dotted state, answers per questionnaire,
 * and the agency process around them (sign-offs, comments, assignments).
 */
export function sessionView(
  sessionId: string,
  data: SessionData,
  transcript: TranscriptEntry[],
  questionnaires: QuestionnaireRegistry,
): Result<SessionView> {
  const answers: SessionView['answers'] = {};
  let state: string = data.conversation.state;
  for (const [questionnaireId, record] of Object.entries(data.assessments)) {
    const loaded = loadWalkthrough(questionnaires, record);
    if (!loaded.success) return loaded;
    answers[questionnaireId] = {
      definitionId: record.definitionId,
      version: record.version,
      answers: loaded.data.snapshot.context.answers,
    };
    if (
      data.conversation.state === 'walkthrough' &&
      data.conversation.activeQuestionnaireId === questionnaireId
    ) {
      state = `${questionnaireId}.${walkthroughStateName(loaded.data)}`;
    }
  }
  return {
    success: true,
    data: {
      sessionId,
      state,
      transcript: labelOldEntries(data, transcript, questionnaires),
      answers,
      review: {
        systemId: data.systemId ?? null,
        signOffs: { ...data.signOffs },
        comments: [...(data.comments ?? [])],
        assignments: [...(data.assignments ?? [])],
      },
    },
  };
}

/**
 * Entries recorded before clicks kept their labels carry the bare action as their text
 * (`answer:data-types:biometric+images-video`); they are shown by what the questionnaire showed
 * for it, best effort. Today's buttons say nothing about earlier ones, so they are not consulted.
 */
function labelOldEntries(
  data: SessionData,
  transcript: TranscriptEntry[],
  questionnaires: QuestionnaireRegistry,
): TranscriptEntry[] {
  const withoutButtons = { ...data, lastQuickReplies: [] };
  return transcript.map((entry) => {
    if (entry.role !== 'user' || entry.action === undefined || entry.text !== entry.action) return entry;
    const label = actionLabel(withoutButtons, entry.action, questionnaires);
    return label === undefined ? entry : { ...entry, text: label };
  });
}
