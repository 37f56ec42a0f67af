import { describe, expect, it } from 'vitest';
import { atAutonomy, rankedList } from '../conversation/at-autonomy.ts';
import { createTestApp, postJson } from './create-test-app.ts';

/** The JSON chunks of a UI message stream (SSE `data:` lines). */
async function chunksOf(response: Response): Promise<Array<Record<string, unknown>>> {
  const lines = (await response.text()).split('\n').filter((line) => line.startsWith('data: {'));
  return lines.map((line) => JSON.parse(line.slice('data: '.length)) as Record<string, unknown>);
}

function userMessage(id: string, text: string, metadata?: unknown) {
  return {
    id,
    role: 'user',
    parts: [{ type: 'text', text }],
    ...(metadata === undefined ? {} : { metadata }),
  };
}

describe('/api/chat with a reading to confirm', () => {
  it('streams the proposal and its buttons, and records only after the confirm action', async () => {
    const { assistant, sessionId, answers } = await atAutonomy();
    const { app } = createTestApp({ assistant });
    const proposed = await chunksOf(
      await postJson(app, '/api/chat', { id: sessionId, messages: [userMessage('m1', rankedList)] }),
    );
    const text = proposed
      .flatMap((chunk) => (chunk.type === 'text-delta' ? [String(chunk.delta)] : []))
      .join('');
    expect(text).toContain('I read this as');
    const reply = proposed.find((chunk) => chunk.type === 'data-raia-reply')?.data as
      | { quickReplies: Array<{ id: string }> }
      | undefined;
    expect(reply?.quickReplies.map((quickReply) => quickReply.id)).toEqual(
      expect.arrayContaining(['proposal:confirm', 'proposal:reject']),
    );
    expect(Object.hasOwn(await answers(), 'autonomy')).toBe(false);

    const confirmed = await chunksOf(
      await postJson(app, '/api/chat', {
        id: sessionId,
        messages: [userMessage('m2', 'Yes, record it', { action: 'proposal:confirm' })],
      }),
    );
    const said = confirmed
      .flatMap((chunk) => (chunk.type === 'text-delta' ? [String(chunk.delta)] : []))
      .join('');
    expect(said).toContain('Recorded:');
    expect((await answers()).autonomy?.value).toBe('recommends');
  });
});
