import type { AgencyCaller } from '../../agency/agency-caller.ts';
import type { AgencyService } from '../../agency/create-agency-service.ts';
import type { SystemOverview } from '../../agency/system-overview.ts';
import { AppError, type Result } from '../../app-error.ts';
import type { Assistant } from '../../conversation/assistant.ts';
import type { Reply } from '../../conversation/reply.ts';
import type { Actor } from '../../questionnaires/answers.ts';
import type { ConversationSessions } from './conversation-sessions.ts';

/** What a register command in a team-chat conversation works with. */
export interface RegisterCommandContext {
  agency: AgencyService;
  assistant: Assistant;
  caller: AgencyCaller & { person: Actor };
  /** Owns the sessions this conversation creates (as the walkthrough's first message would). */
  owner: { organisationId: string; userId: string };
  sessions: ConversationSessions;
  /** RAIA_TIME_ZONE, for the days the replies name. */
  timeZone: string;
}

/** A command's outcome: the session its reply belongs to (for report links) and the reply. */
export type CommandOutcome = Result<{ sessionId: string; reply: Reply }>;

/** The registered system of that name (case and spacing aside), or undefined. */
export async function findSystemNamed(
  context: RegisterCommandContext,
  name: string,
): Promise<Result<SystemOverview | undefined>> {
  const listed = await context.agency.listSystems(context.caller);
  if (!listed.success) return listed;
  const key = comparableName(name);
  return {
    success: true,
    data: listed.data.find((overview) => comparableName(overview.system.name) === key),
  };
}

const comparableName = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');

export function unknownSystemError(name: string): AppError {
  return new AppError(
    'not-found',
    `There is no system called "${name}" in your register. Say "list our systems" to see the names, or "register system ${name}" to add it.`,
  );
}

/**
 * A command that names a system nobody registered, said while an assessment is under way here,
 * is more likely an answer that happens to read like one ("assess the risk of bias"): the
 * walkthrough gets it. Elsewhere the person is told the name is not in the register.
 */
export async function isAnsweringHere(context: RegisterCommandContext): Promise<boolean> {
  if (!context.sessions.currentExists) return false;
  const summary = await context.assistant.summarizeAssessment(context.sessions.current);
  return summary.success && summary.data.state === 'in-progress';
}
