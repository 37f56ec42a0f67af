import { z } from 'zod';
import { AppError, type Result } from '../app-error.ts';
import { findUnreachableWalkthrough } from '../machines/find-unreachable-walkthrough.ts';
import type { QuestionnaireRegistry } from '../questionnaires/registry.ts';
import { type LoadedWalkthrough, loadWalkthrough } from './load-walkthrough.ts';
import { findAssessment, type SessionData } from './session-data.ts';

const restoreProblemSchema = z.object({ message: z.string() });

/**
 * Checks an imported session's state against the installed definitions and machines: every
 * questionnaire installed, filed under its own id, and in a state a conversation could reach;
 * the conversation pointing at a questionnaire the file holds. A file is data from outside, so
 * anything RAIA itself could never have written is refused rather than repaired.
 */
export function checkImportedSession(
  questionnaires: QuestionnaireRegistry,
  data: SessionData,
): Result<LoadedWalkthrough[]> {
  const runtimes: LoadedWalkthrough[] = [];
  for (const [key, record] of Object.entries(data.assessments)) {
    if (key !== record.definitionId)
      return refuse(`its "${key}" entry holds answers to the ${record.definitionId} questionnaire`);
    if (questionnaires.get(record.definitionId, record.version, record.packs) === undefined) {
      return refuse(
        `it uses questionnaire ${record.definitionId} version ${record.version}, which is not installed here`,
      );
    }
    const loaded = loadWalkthrough(questionnaires, record);
    if (!loaded.success) {
      const reason = restoreProblemSchema.safeParse(loaded.error.cause);
      const detail = reason.success ? ` (${reason.data.message})` : '';
      return refuse(`its ${key} answers cannot be read${detail}`, loaded.error);
    }
    const problem = findUnreachableWalkthrough(loaded.data.machine, loaded.data.snapshot);
    if (problem !== undefined) return refuse(`in its ${key} answers, ${problem}`);
    runtimes.push(loaded.data);
  }
  const { state, activeQuestionnaireId } = data.conversation;
  if (state === 'walkthrough' && activeQuestionnaireId === null)
    return refuse('it is in a questionnaire walkthrough but names no questionnaire in progress');
  // The conversation machine keeps the last questionnaire opened; opening one always stores its record.
  if (activeQuestionnaireId !== null && findAssessment(data, activeQuestionnaireId) === undefined)
    return refuse(`its questionnaire in progress, "${activeQuestionnaireId}", has no answers in the file`);
  return { success: true, data: runtimes };
}

function refuse(reason: string, cause?: unknown): { success: false; error: AppError } {
  return {
    success: false,
    error: new AppError('unprocessable', `This file cannot be imported: ${reason}.`, { cause }),
  };
}
