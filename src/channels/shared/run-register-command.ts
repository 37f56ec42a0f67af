import { AppError } from '../../app-error.ts';
import { systemInputSchema } from '../../register/system-input-schema.ts';
import { describeSystem, describeSystems } from './describe-systems.ts';
import type { RegisterCommand } from './register-command.ts';
import {
  type CommandOutcome,
  findSystemNamed,
  isAnsweringHere,
  type RegisterCommandContext,
  unknownSystemError,
} from './register-command-context.ts';
import {
  assessSystem,
  decideHere,
  reassessHere,
  showChangesHere,
  signOffHere,
} from './run-assessment-command.ts';
import { textReply } from './text-reply.ts';

const signOffUsage =
  'To sign off this assessment, say "sign off" and your decision (approved, approved with conditions or rejected), then a colon and your note, e.g. "sign off approved with conditions: review the matching threshold before deployment".';

const decideUsage =
  'To record the decision on this assessment, say "decide" and one of proceed, proceed with conditions, rescope or do not deploy, then a colon and your reasons (needed for all but proceed), e.g. "decide rescope: the airport pilot only, until the FRIA is done".';

/**
 * Runs a register command through the agency service with the person's roles: its refusals (a
 * reader registering, a contributor signing off, a frozen assessment) come back as errors whose
 * message the platform shows. Undefined: the text was an answer after all (see isAnsweringHere).
 */
export async function runRegisterCommand(
  context: RegisterCommandContext,
  command: RegisterCommand,
): Promise<CommandOutcome | undefined> {
  const { agency, caller, sessions, timeZone } = context;
  const here = sessions.current;
  const answer = (text: string): CommandOutcome => ({
    success: true,
    data: { sessionId: here, reply: textReply(text) },
  });
  switch (command.kind) {
    case 'list-systems': {
      const listed = await agency.listSystems(caller);
      return listed.success ? answer(describeSystems(listed.data, timeZone)) : listed;
    }
    case 'register-system': {
      const input = systemInputSchema.safeParse({ name: command.systemName });
      if (!input.success)
        return {
          success: false,
          error: new AppError('bad-request', input.error.issues[0]?.message ?? 'That name cannot be used.'),
        };
      const created = await agency.createSystem(caller, input.data);
      if (!created.success) return created;
      const { name, lifecycleStage } = created.data;
      return answer(
        `Registered **${name}** at the ${lifecycleStage} stage. To start its risk assessment, say "assess ${name}" in the conversation where your team will answer it; "stage ${name} pilot" (or another stage) records where it stands.`,
      );
    }
    case 'system-status':
    case 'change-stage':
    case 'assess-system': {
      const found = await findSystemNamed(context, command.systemName);
      if (!found.success) return found;
      if (found.data === undefined) {
        if (await isAnsweringHere(context)) return undefined;
        return { success: false, error: unknownSystemError(command.systemName) };
      }
      const { system } = found.data;
      if (command.kind === 'assess-system') return assessSystem(context, system);
      if (command.kind === 'system-status') {
        const detail = await agency.getSystem(caller, system.id);
        return detail.success ? answer(describeSystem(detail.data, timeZone)) : detail;
      }
      const changed = await agency.changeSystem(caller, system.id, { lifecycleStage: command.stage });
      if (!changed.success) return changed;
      const detail = await agency.getSystem(caller, system.id);
      const due =
        detail.success && detail.data.dueText.length > 0 ? ` **Due:** ${detail.data.dueText.join(' ')}` : '';
      return answer(`**${changed.data.name}** is now at the **${changed.data.lifecycleStage}** stage.${due}`);
    }
    case 'sign-off':
      return signOffHere(context, command);
    case 'sign-off-usage':
      return answer(signOffUsage);
    case 'decide':
      return decideHere(context, command);
    case 'decide-usage':
      return answer(decideUsage);
    case 'reassess':
      return reassessHere(context);
    case 'show-changes':
      return showChangesHere(context);
    default:
      return command satisfies never;
  }
}
