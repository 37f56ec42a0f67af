import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveSessionId } from '../../../src/channels/shared/derive-session-id.ts';
import type { Assistant } from '../../../src/conversation/assistant.ts';
import { createTestAssistant } from '../../conversation/assistant-fixture.ts';
import type { RecordedRequest } from '../fake-platform-server.ts';
import { appMentionEvent, formBody, signedRequest, signingSecret, startSlackKit } from './slack-test-kit.ts';

type PostedBlock = {
  type: string;
  block_id?: string;
  elements?: Array<{ action_id: string; value?: string; text: { text: string } }>;
};
type PostedMessage = { channel: string; thread_ts?: string; text: string; blocks: PostedBlock[] };

const teamId = 'T123ABC456';
const channel = 'C123ABC456';
const threadRoot = '1700000100.000100';
const alice = { id: 'U0ALICE', name: 'alice' };
const bob = 'U0BOB';

let kit: Awaited<ReturnType<typeof startSlackKit>>;
let assistant: Assistant;
beforeEach(async () => {
  assistant = createTestAssistant().assistant;
  kit = await startSlackKit({ assistant });
});
afterEach(() => kit.close());

function lastPost(): { request: RecordedRequest; message: PostedMessage; ts: string } {
  const request = kit.slack.requestsTo('/api/chat.postMessage').at(-1);
  if (request === undefined) throw new Error('RAIA posted nothing');
  return { request, message: request.json() as PostedMessage, ts: (request.answer as { ts: string }).ts };
}

function buttons(message: PostedMessage) {
  return message.blocks.flatMap((block) => (block.type === 'actions' ? (block.elements ?? []) : []));
}

/** Alice clicks a button of a message RAIA posted, as Slack reports it (block_actions). */
async function click(posted: { message: PostedMessage; ts: string }, value: string, actionTs: string) {
  const button = buttons(posted.message).find((element) => element.value === value);
  if (button === undefined) throw new Error(`no button ${value}`);
  const payload = {
    type: 'block_actions',
    user: { id: alice.id, username: alice.name, name: alice.name, team_id: teamId },
    api_app_id: 'A123ABC456',
    container: {
      type: 'message',
      message_ts: posted.ts,
      channel_id: channel,
      is_ephemeral: false,
      thread_ts: threadRoot,
    },
    trigger_id: `trigger-${actionTs}`,
    team: { id: teamId, domain: 'agency' },
    channel: { id: channel, name: 'ai-governance' },
    message: {
      type: 'message',
      text: posted.message.text,
      ts: posted.ts,
      thread_ts: threadRoot,
      blocks: posted.message.blocks,
    },
    actions: [
      {
        action_id: button.action_id,
        block_id: 'raia-actions-0',
        text: button.text,
        value,
        type: 'button',
        action_ts: actionTs,
      },
    ],
  };
  const body = formBody({ payload: JSON.stringify(payload) });
  const response = await kit.app.request(
    signedRequest('/slack/interactions', body, { contentType: 'application/x-www-form-urlencoded' }),
  );
  expect(response.status).toBe(200);
  await kit.background.settle();
}

/** Bob answers in the thread by mentioning RAIA (an app_mention event). */
async function mention(text: string, eventId: string, ts: string, user: string) {
  const event = appMentionEvent({ eventId, text: `<@U0LAN0Z89> ${text}` });
  const body = {
    ...event,
    event: {
      ...event.event,
      user,
      ts,
      event_ts: ts,
      ...(ts === threadRoot ? {} : { thread_ts: threadRoot }),
    },
  };
  expect((await kit.app.request(signedRequest('/slack/events', JSON.stringify(body)))).status).toBe(200);
  await kit.background.settle();
}

describe('Slack: a full risk assessment through Slack interactivity', () => {
  it('completes the risk assessment in one channel thread and records who gave each answer', async () => {
    await mention('start a risk assessment', 'Ev-start', threadRoot, alice.id);
    let freeTextAnswers = 0;
    let clicks = 0;
    for (let step = 0; step < 200; step += 1) {
      const posted = lastPost();
      expect(posted.message.channel).toBe(channel);
      expect(posted.message.thread_ts).toBe(threadRoot);
      if (posted.message.blocks.some((block) => block.block_id === 'raia-report')) break;
      const values = buttons(posted.message).map((button) => button.value ?? '');
      const answer = values.find((value) => value.startsWith('answer:'));
      if (answer !== undefined || values.includes('submit')) {
        clicks += 1;
        await click(posted, answer ?? 'submit', `1700001000.${String(step).padStart(6, '0')}`);
      } else {
        freeTextAnswers += 1;
        await mention(
          'Face matcher for custody images',
          `Ev-text-${step}`,
          `1700000200.${String(step).padStart(6, '0')}`,
          bob,
        );
      }
    }
    // The system's name and, in risk v2, its owner are typed; everything else is clicked.
    expect(freeTextAnswers).toBe(2);

    const report = lastPost().message;
    const link = report.blocks.find((block) => block.block_id === 'raia-report')?.elements?.[0];
    const sessionId = await deriveSessionId(signingSecret, ['slack', teamId, channel, threadRoot]);
    expect(link).toMatchObject({
      url: `https://raia.example.org/api/sessions/${sessionId}/report?format=html`,
    });

    const view = await assistant.getSession(sessionId);
    if (!view.success) throw view.error;
    expect(view.data.state).toBe('risk.completed');
    const answers = Object.entries(view.data.answers.risk?.answers ?? {});
    expect(answers.length).toBeGreaterThan(30);
    for (const [questionId, record] of answers) {
      const expected =
        questionId === 'system-name' || questionId === 'system-owner'
          ? { id: bob, channel: 'slack' }
          : { ...alice, channel: 'slack' };
      expect(record.answeredBy, questionId).toEqual(expected);
    }
    expect(view.data.answers.risk?.answers['system-name']?.value).toBe('Face matcher for custody images');
    // Every clicked question lost its buttons, so a second click cannot answer the next question.
    expect(kit.slack.requestsTo('/api/chat.update')).toHaveLength(clicks);
  });
});
