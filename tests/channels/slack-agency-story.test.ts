import { afterEach, describe, expect, it } from 'vitest';
import { conversationSessionId } from '../../src/channels/shared/conversation-sessions.ts';
import { createDefaultQuestionnaireRegistry } from '../../src/questionnaires/registry.ts';
import { raisedQuestion, risingRisk, storyMove, storySystemName } from '../agency/story-answers.ts';
import {
  buttonValues,
  channel,
  type Posted,
  postText,
  startSlackAgencyKit,
  teamId,
} from './slack-agency-kit.ts';

const olivia = 'U0OLIVIA';
const rita = 'U0RITA';
const victor = 'U0VICTOR';
const threadRoot = '1700001000.000100';
const secret = 'slack-signing-secret-for-tests';

let kit: Awaited<ReturnType<typeof startSlackAgencyKit>>;
afterEach(() => kit.close());

/** The function-creep risk as the newest risk questionnaire titles it (what the person reads). */
function risingRiskTitle(): string {
  const definition = createDefaultQuestionnaireRegistry().latest('risk');
  const scoring = definition?.scoring;
  const risk = scoring?.kind === 'risk' ? scoring.risks.find((each) => each.id === risingRisk) : undefined;
  if (risk === undefined) throw new Error(`the risk questionnaire has no ${risingRisk} risk`);
  return risk.title;
}

/** The thread's n-th session (0: the one its key always named, then one per assessment after it). */
const threadSession = (place: number) =>
  conversationSessionId(secret, ['slack', teamId, channel, threadRoot], place);

/**
 * Answers the card on screen and the ones after it as `user`, with the story's answers, until the
 * walkthrough shows no question (the review) or `stopAt` is asked. Returns the last card.
 */
async function answerUntil(
  user: string,
  card: Posted,
  phase: 'first' | 'reassessment',
  stopAt?: string,
): Promise<Posted> {
  let posted = card;
  for (let step = 0; step < 150; step += 1) {
    const reply = kit.lastReply();
    if (reply.question === null) {
      if (!buttonValues(posted).includes('begin')) return posted;
      posted = await kit.click(user, posted, 'begin', threadRoot);
      continue;
    }
    if (reply.question.id === stopAt) return posted;
    const move = storyMove(reply.question, reply.quickReplies, phase);
    posted =
      'action' in move
        ? await kit.click(user, posted, move.action, threadRoot)
        : await kit.mention(user, move.text, threadRoot);
    expect(postText(posted)).not.toContain(':warning:');
  }
  throw new Error('the walkthrough did not reach its review');
}

describe('the agency story in a Slack thread', () => {
  it('registers, assesses in a thread, refuses a reader, signs off, freezes, reassesses and shows the rise', async () => {
    kit = await startSlackAgencyKit({
      [olivia]: 'owner+contributor',
      [rita]: 'reader',
      [victor]: 'reviewer',
    });
    // The owner registers the system from a channel message of its own.
    const registered = await kit.mention(
      olivia,
      `register system ${storySystemName}`,
      '1700000900.000100',
      true,
    );
    expect(postText(registered)).toContain(`Registered *${storySystemName}*`);
    // A reader cannot register anything.
    const refusedRegistration = await kit.mention(rita, 'register system Number plates', '1700000900.000100');
    expect(postText(refusedRegistration)).toMatch(
      /:warning: You hold the reader role, which cannot change the register/,
    );

    // "assess Face match" opens a thread whose session is the system's risk assessment.
    let card = await kit.mention(olivia, `assess ${storySystemName}`, threadRoot, true);
    expect(card.message.thread_ts).toBe(threadRoot);
    expect(postText(card)).toContain(`Risk assessment of *${storySystemName}* started`);
    const firstId = await threadSession(0);
    expect(await kit.assistant.systemOf(firstId)).toMatchObject({ success: true, data: expect.any(String) });

    card = await answerUntil(olivia, card, 'first', 'lifecycle-stage');
    // The reader's click on the card is refused in plain words, and nothing is recorded for them.
    const [readerChoice] = buttonValues(card).filter((value) => value.startsWith('answer:'));
    if (readerChoice === undefined) throw new Error('the stage question has no answer buttons');
    const beforeReader = await kit.assistant.getSession(firstId);
    const readerRefusal = await kit.click(rita, card, readerChoice, threadRoot);
    expect(postText(readerRefusal)).toContain(
      'You hold the reader role, which cannot answer questions. Ask someone with the owner or contributor role.',
    );
    const afterReader = await kit.assistant.getSession(firstId);
    expect(afterReader.success && afterReader.data.answers).toEqual(
      beforeReader.success && beforeReader.data.answers,
    );

    card = await answerUntil(olivia, card, 'first');
    const completed = await kit.click(olivia, card, 'submit', threadRoot);
    expect(kit.lastReply().state).toBe('risk.completed');
    expect(postText(completed)).not.toContain(':warning:');

    // The owner records the decision in the thread; a reader may not, and reasons are needed.
    const readerDecision = await kit.mention(rita, 'decide proceed', threadRoot);
    expect(postText(readerDecision)).toContain('You hold the reader role');
    const noReasons = await kit.mention(olivia, 'decide rescope', threadRoot);
    expect(postText(noReasons)).toMatch(/reasons/i);
    const decided = await kit.mention(olivia, 'decide rescope: the Airport pilot only', threadRoot);
    expect(postText(decided)).toContain('Decision recorded: *Rescope*. Reasons: the Airport pilot only');
    const decidedSummary = await kit.assistant.summarizeAssessment(firstId);
    expect(decidedSummary.success && decidedSummary.data.decision?.decision).toBe('rescope');

    // Only the reviewer signs off; the owner's attempt is refused.
    const ownerSignOff = await kit.mention(olivia, 'sign off approved', threadRoot);
    expect(postText(ownerSignOff)).toMatch(/You hold the owner and contributor role, which cannot sign off/);
    const signed = await kit.mention(
      victor,
      'sign off approved with conditions: Review the matching threshold before deployment.',
      threadRoot,
    );
    expect(postText(signed)).toContain('Signed off: *Approved with conditions*');
    const summary = await kit.assistant.summarizeAssessment(firstId);
    expect(summary.success && summary.data.signOff).toMatchObject({
      decision: 'approved-with-conditions',
      note: 'Review the matching threshold before deployment.',
      signatory: { id: victor },
    });

    // Frozen: a later change is refused, pointing at reassessment.
    const frozen = await kit.mention(olivia, 'change 3', threadRoot);
    expect(postText(frozen)).toMatch(/:warning: This assessment was signed off .* start a reassessment/);

    // The system moves on: the register shows its review as due.
    const staged = await kit.mention(olivia, `stage ${storySystemName} deployment`, threadRoot);
    expect(postText(staged)).toContain(`*${storySystemName}* is now at the *deployment* stage.`);
    const listed = await kit.mention(rita, 'list our systems', threadRoot);
    expect(postText(listed)).toContain('1 system, 1 due for review');
    expect(postText(listed)).toContain(
      'The system moved from decision to deployment since the last sign-off.',
    );

    // "reassess" continues the thread with the new assessment, its answers offered to keep.
    card = await kit.mention(olivia, 'reassess', threadRoot);
    expect(postText(card)).toMatch(
      /Reassessment started in this conversation\. \d+ answers are carried over/,
    );
    const secondId = await threadSession(1);
    expect(await kit.assistant.systemOf(secondId)).toEqual(await kit.assistant.systemOf(firstId));
    expect(buttonValues(card)[0]).toBe(`carry:keep:${kit.lastReply().question?.id}`);
    card = await answerUntil(olivia, card, 'reassessment');
    await kit.click(olivia, card, 'submit', threadRoot);
    expect(kit.lastReply().state).toBe('risk.completed');
    const second = await kit.assistant.getSession(secondId);
    const answers = second.success ? second.data.answers.risk?.answers : undefined;
    expect(answers?.[raisedQuestion]?.value).toBe(5);
    // Kept answers are the person's answers now; the stage comes from the register.
    expect(answers?.['system-name']).toMatchObject({ value: storySystemName, answeredBy: { id: olivia } });
    expect(answers?.['lifecycle-stage']?.value).toBe('deployment');

    // "changes": the risks that went up come first.
    const changes = postText(await kit.mention(rita, 'changes', threadRoot));
    expect(changes).toMatch(/Changes since the assessment signed off on/);
    expect(changes).toContain(`*Risks whose level went up*\n• ${risingRiskTitle()}: Low → *High*`);

    // The system's status lists both assessments, the second reassessing the first.
    const status = postText(await kit.mention(rita, `status of ${storySystemName}`, threadRoot));
    expect(status).toContain('Assessments (2)');
    expect(status).toMatch(/1\. Risk assessment started .*signed off .*Approved with conditions/);
    expect(status).toMatch(
      /2\. Risk assessment started .*, reassessing number 1.*completed, waiting for sign-off/,
    );
  });

  it('lets one person do the whole story with RAIA_ROLES unset', async () => {
    kit = await startSlackAgencyKit({});
    await kit.mention(olivia, `register system ${storySystemName}`, '1700000900.000100', true);
    let card = await kit.mention(olivia, `assess ${storySystemName}`, threadRoot, true);
    card = await answerUntil(olivia, card, 'first');
    await kit.click(olivia, card, 'submit', threadRoot);
    const signed = await kit.mention(olivia, 'sign off approved', threadRoot);
    expect(postText(signed)).toContain('Signed off: *Approved*');
    card = await kit.mention(olivia, 'reassess', threadRoot);
    card = await answerUntil(olivia, card, 'reassessment');
    await kit.click(olivia, card, 'submit', threadRoot);
    expect(kit.lastReply().state).toBe('risk.completed');
    expect(postText(await kit.mention(olivia, 'changes', threadRoot))).toContain(
      `• ${risingRiskTitle()}: Low → *High*`,
    );
  });
});
