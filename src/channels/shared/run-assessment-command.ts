import { requirePermission } from '../../agency/agency-caller.ts';
import { AppError } from '../../app-error.ts';
import { inlineUserText } from '../../conversation/quote-user-text.ts';
import type { AssessmentDecision, SignOffDecision } from '../../conversation/session-data.ts';
import type { SystemRecord } from '../../register/system-record-schema.ts';
import { assessmentDecisionLabels } from '../../reports/assessment-decision-label.ts';
import { formatReportDay } from '../../reports/format-report-day.ts';
import { signOffDecisionLabels } from '../../reports/sign-off-decision-label.ts';
import { describeChanges } from './describe-changes.ts';
import type { CommandOutcome, RegisterCommandContext } from './register-command-context.ts';
import { textReply, withLeadText } from './text-reply.ts';

const noAssessmentHere = () =>
  new AppError(
    'not-found',
    'There is no assessment in this conversation yet. Say "assess" and a registered system\'s name to start one.',
  );

const conversationFull = () =>
  new AppError(
    'conflict',
    'This conversation holds as many assessments as it can. Please continue in a new channel thread.',
  );

/**
 * "assess <system>": the conversation's next session becomes the system's risk assessment, so
 * everyone in the thread answers it. An assessment still open here is not pushed aside.
 */
export async function assessSystem(
  context: RegisterCommandContext,
  system: SystemRecord,
): Promise<CommandOutcome> {
  const { agency, assistant, caller, sessions } = context;
  const name = inlineUserText(system.name);
  if (sessions.currentExists) {
    const [systemId, summary] = await Promise.all([
      assistant.systemOf(sessions.current),
      assistant.summarizeAssessment(sessions.current),
    ]);
    if (!systemId.success) return systemId;
    const open =
      summary.success && (summary.data.state === 'in-progress' || summary.data.state === 'completed');
    if (systemId.data === system.id && summary.success && summary.data.state !== 'signed-off') {
      const where = await assistant.handleTurn({
        sessionId: sessions.current,
        action: 'where-was-i',
        actor: caller.person,
      });
      if (!where.success) return where;
      return {
        success: true,
        data: {
          sessionId: sessions.current,
          reply: withLeadText(`This conversation is already the risk assessment of **${name}**.`, where.data),
        },
      };
    }
    if (open)
      return {
        success: false,
        error: new AppError(
          'conflict',
          `This conversation already holds an assessment that is not signed off yet. Finish it here, or assess ${system.name} in another conversation with RAIA, such as a new channel thread.`,
        ),
      };
  }
  if (sessions.next === null) return { success: false, error: conversationFull() };
  const started = await agency.startAssessment(caller, {
    owner: context.owner,
    systemId: system.id,
    questionnaireId: 'risk',
    sessionId: sessions.next,
  });
  if (!started.success) return started;
  return {
    success: true,
    data: {
      sessionId: started.data.sessionId,
      reply: withLeadText(
        `Risk assessment of **${name}** started: answer it here, in this conversation.`,
        started.data.reply,
      ),
    },
  };
}

/** "sign off <decision>: <note>": the reviewer's sign-off of this conversation's completed assessment. */
export async function signOffHere(
  context: RegisterCommandContext,
  command: { decision: SignOffDecision; note: string },
): Promise<CommandOutcome> {
  const { agency, caller, sessions } = context;
  if (!sessions.currentExists) return { success: false, error: noAssessmentHere() };
  const signed = await agency.signOff(caller, sessions.current, {
    decision: command.decision,
    note: command.note,
    ...(caller.person.name === undefined ? {} : { signatoryName: caller.person.name }),
  });
  if (!signed.success) return signed;
  const { signatory, at, decision, contentHash } = signed.data;
  const text = [
    `Signed off: **${signOffDecisionLabels[decision]}**, by ${inlineUserText(signatory.name ?? signatory.id)} on ${formatReportDay(at, context.timeZone)}.`,
    ...(signed.data.note === '' ? [] : [`Note: ${inlineUserText(signed.data.note)}`]),
    `Content hash (printed on the report): \`${contentHash}\``,
    'The assessment is now frozen. To assess the system again, say "reassess" here.',
  ].join('\n\n');
  return { success: true, data: { sessionId: sessions.current, reply: textReply(text) } };
}

/** "decide <decision>: <reasons>": the decision at the end of this conversation's completed risk assessment. */
export async function decideHere(
  context: RegisterCommandContext,
  command: { decision: AssessmentDecision; reasons: string },
): Promise<CommandOutcome> {
  const { agency, caller, sessions } = context;
  if (!sessions.currentExists) return { success: false, error: noAssessmentHere() };
  const decided = await agency.recordDecision(caller, sessions.current, command);
  if (!decided.success) return decided;
  const text = [
    decided.data.reasons === ''
      ? `Decision recorded: **${assessmentDecisionLabels[decided.data.decision]}**.`
      : `Decision recorded: **${assessmentDecisionLabels[decided.data.decision]}**. Reasons: ${inlineUserText(decided.data.reasons)}`,
    'The report prints it beside the outcomes; a reviewer can now sign the assessment off ("sign off approved", for example).',
  ].join('\n\n');
  return { success: true, data: { sessionId: sessions.current, reply: textReply(text) } };
}

/**
 * "reassess": a new assessment of the same system, its answers carried over from the signed one,
 * becomes this conversation's next session, so the thread goes on with it.
 */
export async function reassessHere(context: RegisterCommandContext): Promise<CommandOutcome> {
  const { agency, caller, sessions } = context;
  if (!sessions.currentExists) return { success: false, error: noAssessmentHere() };
  if (sessions.next === null) return { success: false, error: conversationFull() };
  const started = await agency.reassess(caller, sessions.current, {
    owner: context.owner,
    sessionId: sessions.next,
  });
  if (!started.success) return started;
  const { carried, dropped } = started.data;
  const droppedText =
    dropped.length === 0
      ? ''
      : ` ${dropped.length} earlier answers no longer fit the questionnaire and are asked again.`;
  return {
    success: true,
    data: {
      sessionId: started.data.sessionId,
      reply: withLeadText(
        `Reassessment started in this conversation. ${carried} answers are carried over from the signed assessment: keep each one or answer again.${droppedText}`,
        started.data.reply,
      ),
    },
  };
}

/** "changes": this conversation's assessment compared with the signed one it reassesses. */
export async function showChangesHere(context: RegisterCommandContext): Promise<CommandOutcome> {
  const { agency, assistant, caller, sessions } = context;
  // The diff reads both assessments: a reader may see it, someone with no role may not.
  requirePermission(caller, 'read');
  if (!sessions.currentExists) return { success: false, error: noAssessmentHere() };
  const systemId = await assistant.systemOf(sessions.current);
  if (!systemId.success) return systemId;
  const detail = systemId.data === null ? undefined : await agency.getSystem(caller, systemId.data);
  if (detail !== undefined && !detail.success) return detail;
  const link = detail?.data.assessments.find((each) => each.sessionId === sessions.current);
  const against = link?.reassessmentOf ?? null;
  if (against === null)
    return {
      success: false,
      error: new AppError(
        'not-found',
        'This assessment is not a reassessment, so there is no earlier one to compare it with. Say "reassess" after it is signed off.',
      ),
    };
  const diff = await assistant.compareAssessments(sessions.current, against);
  if (!diff.success) return diff;
  const earlier = detail?.data.assessments.find((each) => each.sessionId === against);
  const signedAt = earlier?.summary?.signOff?.at;
  const since =
    signedAt === undefined
      ? 'the earlier assessment'
      : `the assessment signed off on ${formatReportDay(signedAt, context.timeZone)}`;
  return {
    success: true,
    data: { sessionId: sessions.current, reply: textReply(describeChanges(diff.data, since)) },
  };
}
