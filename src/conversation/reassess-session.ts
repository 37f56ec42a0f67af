import { AppError, type Result } from '../app-error.ts';
import { createSessionId } from '../sessions/session-id.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { carryAnswers } from './carry-answers.ts';
import { nextConversation } from './conversation-state.ts';
import { guardStore } from './guard-store.ts';
import { loadSessionData } from './load-session-data.ts';
import {
  applyWalkthroughEvent,
  loadWalkthrough,
  startWalkthrough,
  toAssessmentRecord,
  walkthroughStateName,
} from './load-walkthrough.ts';
import { materializeReply } from './materialize-reply.ts';
import { reassessmentReply } from './reassessment-reply.ts';
import { recordReply } from './record-turn.ts';
import {
  type AuditEntry,
  type CarriedOver,
  createEmptySessionData,
  findAssessment,
  type SessionData,
  type SignOffRecord,
} from './session-data.ts';

type Reassess = Assistant['reassess'];

/**
 * `Assistant.reassess`: a new session for the same system and owner, on the newest version of the
 * signed questionnaire, begun at its first question, with the signed answers waiting as
 * `carriedOver` (never as answers: nothing counts until the person keeps or changes it). The
 * signed session is only read; it stays frozen.
 */
export function reassessSession(internals: AssistantInternals): Reassess {
  const { store, questionnaires, sessions, now, generateId } = internals;
  return (signedSessionId, request) =>
    guardStore(async () => {
      const loaded = await loadSessionData(store, signedSessionId, sessions);
      if (!loaded.success) return loaded;
      const source = loaded.data.data;
      const picked = pickSigned(source, request.questionnaireId);
      if (!picked.success) return picked;
      const { questionnaireId, signOff } = picked.data;
      const record = findAssessment(source, questionnaireId);
      if (record === undefined)
        return failure('internal', 'The signed assessment could not be found in its session.');
      const signed = loadWalkthrough(questionnaires, record);
      if (!signed.success) return signed;
      // The newest version with the packs a new session gets today; pack answers carry like the rest.
      const start = questionnaires.startingPoint(questionnaireId);
      const target = start?.definition;
      if (start === undefined || target === undefined)
        return failure('internal', `The "${questionnaireId}" questionnaire is no longer installed.`);

      const at = request.at ?? now().toISOString();
      const { answers, dropped } = carryAnswers({
        from: { definition: signed.data.definition, answers: signed.data.snapshot.context.answers },
        to: target,
        overrides: request.overrides,
        at,
      });
      const carriedOver: CarriedOver = {
        fromSessionId: signedSessionId,
        questionnaireId,
        fromVersion: record.version,
        toVersion: target.version,
        signedAt: signOff.at,
        answers,
        dropped,
      };
      const runtime = applyWalkthroughEvent(startWalkthrough(target, start.packs), {
        type: 'walkthrough.start',
        at,
      });
      const empty = createEmptySessionData();
      const started: SessionData = {
        ...empty,
        conversation: nextConversation(empty.conversation, { type: 'walkthrough.open', questionnaireId }),
        assessments: { [questionnaireId]: toAssessmentRecord(runtime) },
        ...(source.systemId === undefined ? {} : { systemId: source.systemId }),
        carriedOver,
      };
      const parts = reassessmentReply(runtime, {
        data: started,
        timeZone: internals.reports?.timeZone ?? 'UTC',
        signedDefinition: signed.data.definition,
      });
      const reply = materializeReply(
        parts,
        `${questionnaireId}.${walkthroughStateName(runtime)}`,
        generateId,
      );
      const { data, transcript } = recordReply(started, at, reply);
      const audit: AuditEntry[] = [
        {
          at,
          ...(request.actor === undefined ? {} : { actor: request.actor }),
          questionnaireId,
          questionId: null,
          event: 'reassessment-started',
        },
      ];
      const sessionId = request.sessionId ?? createSessionId();
      await store.create(
        { id: sessionId, createdAt: at, updatedAt: at, owner: request.owner, data },
        { transcript, audit },
      );
      sessions.remember(sessionId, { revision: 0, createdAt: at, updatedAt: at }, data);
      internals.onAudit?.(sessionId, audit);
      return {
        success: true,
        data: { sessionId, reply, carried: Object.keys(answers).length, dropped },
      };
    });
}

/**
 * The signed-off questionnaire to reassess: the one named, else the only one signed, else the
 * active one when it is signed. Only a signed assessment is reassessed: until then it is changed.
 */
function pickSigned(
  data: SessionData,
  questionnaireId: string | undefined,
): Result<{ questionnaireId: string; signOff: SignOffRecord }> {
  const signOffs = data.signOffs ?? {};
  const signedOff = (id: string) => (Object.hasOwn(signOffs, id) ? signOffs[id] : undefined);
  if (questionnaireId !== undefined) {
    const signOff = signedOff(questionnaireId);
    if (signOff === undefined)
      return failure(
        'conflict',
        `This session has no signed-off "${questionnaireId}" assessment, so there is nothing to reassess yet. A reviewer signs the completed assessment off first; until then it can still be changed.`,
      );
    return { success: true, data: { questionnaireId, signOff } };
  }
  const signed = Object.keys(signOffs);
  const active = data.conversation.activeQuestionnaireId;
  const chosen = signed.length === 1 ? signed[0] : signed.find((id) => id === active);
  const signOff = chosen === undefined ? undefined : signedOff(chosen);
  if (chosen !== undefined && signOff !== undefined)
    return { success: true, data: { questionnaireId: chosen, signOff } };
  if (signed.length > 1)
    return failure(
      'bad-request',
      `This session has several signed-off assessments (${signed.join(', ')}): name the one to reassess.`,
    );
  return failure(
    'conflict',
    'This assessment has not been signed off, so there is nothing to reassess yet. A reviewer signs the completed assessment off first; until then it can still be changed.',
  );
}

function failure(code: 'conflict' | 'bad-request' | 'internal', message: string) {
  return { success: false as const, error: new AppError(code, message) };
}
