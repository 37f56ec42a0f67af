import { AppError, type Result } from '../app-error.ts';
import type { Actor } from '../questionnaires/answers.ts';
import { formatCount } from '../questionnaires/text-limits.ts';
import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { changeSessionData } from './change-session-data.ts';
import { assessmentContentHash } from './content-hash.ts';
import { evaluateSessionPacks } from './evaluate-session-packs.ts';
import { findDecision } from './find-decision.ts';
import { loadWalkthrough, walkthroughStateName } from './load-walkthrough.ts';
import { pickQuestionnaire } from './pick-questionnaire.ts';
import { scoreAssessment } from './score-assessment.ts';
import type { AuditEntry, SignOffRecord } from './session-data.ts';
import { describeSignOff, findSignOff } from './signed-change-refusal.ts';

export type SignOffRequest = Parameters<Assistant['signOff']>[1];

/** The most a sign-off note holds (signOffRecordSchema). */
export const signOffNoteLimit = 4000;

/**
 * Who signs when nobody is signed in: with access control off the one local user holds every
 * role (register/roles.ts), and the record still needs a name to print.
 */
export const localSignatory: Actor = { id: 'local-user', name: 'Local user (no sign-in)', channel: 'api' };

/**
 * Signs off a completed questionnaire: the decision, who signed in which role, when, and the hash
 * of what they signed (content-hash.ts). From then on the questionnaire is frozen
 * (signed-change-refusal.ts), so its questions wait for no one: open assignments are cleared.
 */
export async function signOffAssessment(
  internals: AssistantInternals,
  sessionId: string,
  request: SignOffRequest,
): Promise<Result<SignOffRecord>> {
  const at = request.at ?? internals.now().toISOString();
  const timeZone = internals.reports?.timeZone ?? 'UTC';
  const note = request.note.trim();
  if (note.length > signOffNoteLimit) {
    return badRequest(
      `A sign-off note can be at most ${formatCount(signOffNoteLimit)} characters; this one has ${formatCount(note.length)}.`,
    );
  }
  const role = request.role.trim();
  if (role === '')
    return badRequest('Say in which role the assessment is signed off, for example "reviewer".');
  if (request.decision === 'approved-with-conditions' && note === '')
    return badRequest('Approving with conditions needs the conditions: write them in the note.');
  return changeSessionData({ ...internals, at }, sessionId, async (loaded) => {
    const { data } = loaded;
    const picked = pickQuestionnaire(data, request.questionnaireId, internals.questionnaires);
    if (!picked.success) return picked;
    const { questionnaireId, record } = picked.data;
    const earlier = findSignOff(data, questionnaireId);
    if (earlier !== undefined) {
      return conflict(
        `This assessment was already signed off ${describeSignOff(earlier, timeZone)}; it is signed off once. To assess the system again, start a reassessment.`,
      );
    }
    if (record === undefined)
      return conflict(
        `The "${questionnaireId}" questionnaire has not been started in this session, so there is nothing to sign off yet.`,
      );
    const loadedWalkthrough = loadWalkthrough(internals.questionnaires, record);
    if (!loadedWalkthrough.success) return loadedWalkthrough;
    const { definition, snapshot } = loadedWalkthrough.data;
    if (walkthroughStateName(loadedWalkthrough.data) !== 'completed') {
      return conflict(
        `The ${definition.title} is not completed yet, so it cannot be signed off. Answer its remaining questions and submit it at the review step, then sign it off.`,
      );
    }
    const { answers, notes } = snapshot.context;
    const decision = findDecision(data, questionnaireId);
    const result = scoreAssessment(definition, answers);
    const frameworks = evaluateSessionPacks(loadedWalkthrough.data, result).map(
      ({ pack, appliedBy, result: packResult }) => ({
        id: pack.id,
        version: pack.version,
        appliedBy,
        result: packResult,
      }),
    );
    let contentHash: string;
    try {
      contentHash = await assessmentContentHash({
        definitionId: definition.id,
        version: definition.version,
        answers,
        notes,
        result,
        ...(decision === undefined ? {} : { decision }),
        frameworks,
      });
    } catch (error) {
      return {
        success: false,
        error: new AppError(
          'unprocessable',
          'An answer or note holds a character that cannot be written down exactly (a broken emoji or symbol), so this assessment cannot be signed yet. Change that text, submit again and sign off.',
          { cause: error },
        ),
      };
    }
    const signOff: SignOffRecord = {
      questionnaireId,
      decision: request.decision,
      note,
      signatory: request.actor ?? localSignatory,
      role,
      at,
      contentHash,
      definitionId: definition.id,
      version: definition.version,
    };
    const actor = request.actor === undefined ? {} : { actor: request.actor };
    const waiting = (data.assignments ?? []).filter((entry) => entry.questionnaireId === questionnaireId);
    const audit: AuditEntry[] = [
      { at, ...actor, questionnaireId, questionId: null, event: 'signed-off' },
      ...waiting.map(
        (entry): AuditEntry => ({
          at,
          ...actor,
          questionnaireId,
          questionId: entry.questionId,
          event: 'assignment-cleared',
        }),
      ),
    ];
    const assignments = (data.assignments ?? []).filter((entry) => entry.questionnaireId !== questionnaireId);
    return {
      success: true,
      data: {
        data: {
          ...data,
          signOffs: { ...data.signOffs, [questionnaireId]: signOff },
          ...(data.assignments === undefined ? {} : { assignments }),
        },
        audit,
        value: signOff,
      },
    };
  });
}

function badRequest(message: string): { success: false; error: AppError } {
  return { success: false, error: new AppError('bad-request', message) };
}

function conflict(message: string): { success: false; error: AppError } {
  return { success: false, error: new AppError('conflict', message) };
}
