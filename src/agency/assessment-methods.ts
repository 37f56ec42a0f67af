import type { Result } from '../app-error.ts';
import type { SessionOwner } from '../conversation/assistant.ts';
import type { Reply } from '../conversation/reply.ts';
import type {
  AssessmentDecision,
  DecisionRecord,
  SignOffDecision,
  SignOffRecord,
} from '../conversation/session-data.ts';
import {
  changeSystem,
  linkAssessment,
  linkReadiness,
  requireSystem,
} from '../register/register-operations.ts';
import type { AssessmentLink, SystemRecord } from '../register/system-record-schema.ts';
import { type AgencyCaller, requirePermission } from './agency-caller.ts';
import type { AgencyContext } from './agency-context.ts';
import { loadRegister, updateRegister } from './register-access.ts';
import { addOneYear } from './review-date.ts';
import { todayIn } from './system-overview.ts';

/** Questions the register answers for a reassessment, so the carried-over answers start from today's record. */
const registerAnswers = (system: SystemRecord): Record<string, unknown> => ({
  'system-name': system.name,
  'lifecycle-stage': system.lifecycleStage,
  sourcing: system.sourcing,
});

/** Assessments of a system (or of the organisation): starting one, signing it off, reassessing it. */
export function createAssessmentMethods(context: AgencyContext) {
  const { assistant, registerStore, now, timeZone, guard, overviewOf, systemOfSession } = context;
  return {
    /**
     * A new assessment session: of a registered system (risk), or of the organisation (readiness).
     * The session is created first and then linked: a failed link leaves an unlinked session, never
     * a register entry pointing at nothing.
     */
    startAssessment: (
      caller: AgencyCaller,
      request: {
        owner: SessionOwner;
        systemId?: string | undefined;
        questionnaireId: string;
        /** A channel's own id for the session (a Slack thread's); a fresh random one otherwise. */
        sessionId?: string | undefined;
      },
    ): Promise<Result<{ sessionId: string; reply: Reply }>> =>
      guard(async () => {
        requirePermission(caller, 'start-assessment');
        const at = now().toISOString();
        if (request.systemId !== undefined)
          requireSystem(
            (await loadRegister(registerStore, caller.organisationId)).register,
            request.systemId,
            'systemId',
          );
        const created = await assistant.createSession({
          owner: request.owner,
          at,
          ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }),
          ...(request.systemId === undefined ? {} : { systemId: request.systemId }),
        });
        if (!created.success) return created;
        const { sessionId } = created.data;
        const link: AssessmentLink = {
          sessionId,
          questionnaireId: request.questionnaireId,
          startedAt: at,
          startedBy: caller.person,
          reassessmentOf: null,
          trigger: null,
        };
        const { systemId } = request;
        const linked =
          systemId === undefined
            ? await updateRegister(registerStore, caller.organisationId, at, (register) => ({
                success: true,
                data: linkReadiness(register, link),
              }))
            : await updateRegister(registerStore, caller.organisationId, at, (register) =>
                linkAssessment(register, systemId, link),
              );
        if (!linked.success) return linked;
        const started = await assistant.handleTurn({
          sessionId,
          action: `start:${request.questionnaireId}`,
          at,
          ...(caller.person === null ? {} : { actor: caller.person }),
        });
        if (!started.success) return started;
        return { success: true, data: { sessionId, reply: started.data } };
      }),

    signOff: (
      caller: AgencyCaller,
      sessionId: string,
      request: {
        decision: SignOffDecision;
        note: string;
        signatoryName?: string | undefined;
        questionnaireId?: string | undefined;
      },
    ): Promise<Result<SignOffRecord>> =>
      guard(async () => {
        requirePermission(caller, 'sign-off');
        const at = now().toISOString();
        const person = caller.person ?? { id: 'local-user', channel: 'api' };
        const actor =
          request.signatoryName === undefined ? person : { ...person, name: request.signatoryName };
        const signed = await assistant.signOff(sessionId, {
          questionnaireId: request.questionnaireId,
          decision: request.decision,
          note: request.note,
          role: 'reviewer',
          actor,
          at,
        });
        if (!signed.success) return signed;
        // An approved system with no review date gets one a year on, as review tools do; it can be changed.
        const system = await systemOfSession(caller, sessionId);
        if (system !== null && system.nextReviewDate === null && request.decision !== 'rejected') {
          const nextReviewDate = addOneYear(todayIn(timeZone, now()));
          await updateRegister(registerStore, caller.organisationId, at, (register) =>
            changeSystem(register, system.id, { nextReviewDate }, { at, actor: caller.person }),
          );
        }
        return signed;
      }),

    /** The decision at the end of a risk assessment, by someone who may answer it (the assessors). */
    recordDecision: (
      caller: AgencyCaller,
      sessionId: string,
      request: { decision: AssessmentDecision; reasons: string },
    ): Promise<Result<DecisionRecord>> =>
      guard(async () => {
        requirePermission(caller, 'answer');
        return assistant.recordDecision(sessionId, {
          decision: request.decision,
          reasons: request.reasons,
          ...(caller.person === null ? {} : { actor: caller.person }),
        });
      }),

    reassess: (
      caller: AgencyCaller,
      sessionId: string,
      request: { owner: SessionOwner; trigger?: string | undefined; sessionId?: string | undefined },
    ): Promise<Result<{ sessionId: string; reply: Reply; carried: number; dropped: string[] }>> =>
      guard(async () => {
        requirePermission(caller, 'start-assessment');
        const at = now().toISOString();
        const system = await systemOfSession(caller, sessionId);
        const overview = system === null ? null : await overviewOf(system);
        const started = await assistant.reassess(sessionId, {
          owner: request.owner,
          at,
          ...(request.sessionId === undefined ? {} : { sessionId: request.sessionId }),
          ...(caller.person === null ? {} : { actor: caller.person }),
          ...(system === null ? {} : { overrides: registerAnswers(system) }),
        });
        if (!started.success || system === null) return started;
        const trigger = request.trigger ?? (overview?.dueText.join(' ') || null);
        const link: AssessmentLink = {
          sessionId: started.data.sessionId,
          questionnaireId: 'risk',
          startedAt: at,
          startedBy: caller.person,
          reassessmentOf: sessionId,
          trigger: trigger === null ? null : trigger.slice(0, 200),
        };
        const linked = await updateRegister(registerStore, caller.organisationId, at, (register) =>
          linkAssessment(register, system.id, link),
        );
        return linked.success ? started : linked;
      }),
  };
}
