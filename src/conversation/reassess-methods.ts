import type { Assistant } from './assistant.ts';
import type { AssistantInternals } from './assistant-internals.ts';
import { compareSessions } from './compare-sessions.ts';
import { reassessSession } from './reassess-session.ts';

/** The reassessment half of the agency process (issue 17): start a reassessment, compare two assessments. */
export function createReassessMethods(
  internals: AssistantInternals,
): Pick<Assistant, 'reassess' | 'compareAssessments'> {
  return { reassess: reassessSession(internals), compareAssessments: compareSessions(internals) };
}
