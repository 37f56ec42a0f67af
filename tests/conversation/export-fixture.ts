import type { Assistant, SessionExport } from '../../src/conversation/assistant.ts';
import {
  type PersistedWalkthrough,
  persistedWalkthroughSchema,
} from '../../src/machines/persist-walkthrough.ts';
import type { Actor } from '../../src/questionnaires/answers.ts';
import { answerUntilReview, newSession, send } from './assistant-fixture.ts';

/** The answerer a forged file names: someone who never used this RAIA. */
export const forgedActor: Actor = { id: 'U-FORGED', name: 'Chief Inspector Forged', channel: 'slack' };

/**
 * A session with the readiness questionnaire answered and submitted, exported; `firstOnly`: only
 * its first question (ai-strategy) answered "yes", the walkthrough asking the next one.
 */
export async function readinessExport(
  assistant: Assistant,
  options: { firstOnly?: boolean } = {},
): Promise<SessionExport> {
  const sessionId = await newSession(assistant);
  const first = await send(assistant, sessionId, { action: 'start:readiness' });
  if (options.firstOnly === true) await send(assistant, sessionId, { text: 'yes' });
  else {
    await answerUntilReview(assistant, sessionId, first);
    await send(assistant, sessionId, { action: 'submit' });
  }
  const exported = await assistant.exportSession(sessionId);
  if (!exported.success) throw exported.error;
  // A copy that has been through JSON, as a file would be.
  return JSON.parse(JSON.stringify(exported.data));
}

/** Edits one questionnaire's stored walkthrough in an export, as plain data. */
export function editSnapshot(
  document: SessionExport,
  questionnaireId: string,
  edit: (snapshot: PersistedWalkthrough) => void,
): SessionExport {
  const record = document.session.data.assessments[questionnaireId];
  if (record === undefined) throw new Error(`the export has no ${questionnaireId} answers`);
  const snapshot = persistedWalkthroughSchema.parse(record.snapshot);
  edit(snapshot);
  record.snapshot = snapshot;
  return document;
}

/** The export with every answer claiming to come from `actor`. */
export function claimAnswerer(document: SessionExport, actor: Actor): SessionExport {
  for (const questionnaireId of Object.keys(document.session.data.assessments)) {
    editSnapshot(document, questionnaireId, (snapshot) => {
      for (const record of Object.values(snapshot.context.answers)) record.answeredBy = actor;
    });
  }
  return document;
}
