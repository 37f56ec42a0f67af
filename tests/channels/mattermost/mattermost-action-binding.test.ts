import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeAssistant } from '../fake-assistant.ts';
import { buttonContext, invoker, startMattermostKit } from './mattermost-test-kit.ts';

let kit: Awaited<ReturnType<typeof startMattermostKit>>;
beforeEach(async () => {
  kit = await startMattermostKit();
});
afterEach(() => kit.mattermost.close());

const colleague = { userId: 'aoa1agao6t8fmx3ikt1j9w5ybw', userName: 'somename', triggerId: 'b3RoZXI' };

function applied() {
  return [...kit.fake.sessions.values()][0]?.applied ?? [];
}

describe('createMattermostRoutes: who may use a button', () => {
  it('refuses a genuine button re-sent as another user, with a clear ephemeral message', async () => {
    const yes = buttonContext(await kit.firstPost(), 'Yes');
    const response = await kit.app.request(kit.actionRequest(yes, colleague));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ephemeral_text:
        'These buttons were offered to @tester, so RAIA records their choices as theirs. To answer yourself, type `/raia` here: RAIA will show you the current question with your own buttons.',
    });
    expect(applied()).toHaveLength(1);
  });

  it('records who answered from the signed user, never from the payload’s user_name', async () => {
    const yes = buttonContext(await kit.firstPost(), 'Yes');
    const response = await kit.app.request(kit.actionRequest(yes, { userName: 'chief-inspector' }));
    const body = (await response.json()) as { update: { message: string } };
    expect(body.update.message).toMatch(/^_@tester chose \*\*Yes\*\*\._/);
    expect(applied()[1]).toMatchObject({
      action: 'answer:yes',
      actor: { id: invoker.id, name: 'tester', channel: 'mattermost' },
    });
  });

  it('lets a colleague answer with buttons of their own, recorded as theirs', async () => {
    await kit.firstPost();
    // A bare `/raia` from the colleague shows the current question with buttons bound to them.
    const user = { id: colleague.userId, name: colleague.userName };
    await kit.app.request(kit.commandRequest({ text: '', user, triggerId: 'Y29sbGVhZ3Vl' }));
    await kit.background.settle();
    const latest = kit.posts().at(-1);
    if (latest === undefined) throw new Error('RAIA posted nothing');
    const theirs = buttonContext(latest, 'Yes');
    const response = await kit.app.request(kit.actionRequest(theirs, colleague));
    expect(((await response.json()) as { update: { message: string } }).update.message).toMatch(
      /^_@somename chose \*\*Yes\*\*\._/,
    );
    expect(applied().at(-1)).toMatchObject({ action: 'answer:yes', actor: { id: colleague.userId } });
  });
});

describe('createMattermostRoutes: a button works once', () => {
  it('refuses a second use of a post’s buttons with a clear message and applies nothing more', async () => {
    const post = await kit.firstPost();
    await kit.app.request(kit.actionRequest(buttonContext(post, 'Yes')));
    expect(applied()).toHaveLength(2);

    const used = 'This button was already used. Type `/raia` to see the current question.';
    for (const name of ['Yes', 'No']) {
      const again = await kit.app.request(
        kit.actionRequest(buttonContext(post, name), { triggerId: 'bmV3' }),
      );
      expect(await again.json()).toEqual({ ephemeral_text: used });
    }
    expect(applied()).toHaveLength(2);
  });

  it('applies nothing and says the choice was not saved when the button cannot be claimed', async () => {
    await kit.mattermost.close();
    const fake = createFakeAssistant({ failingClaims: 1 });
    kit = await startMattermostKit({ fake });
    const post = await kit.firstPost();
    const response = await kit.app.request(kit.actionRequest(buttonContext(post, 'Yes')));
    expect(await response.json()).toEqual({
      ephemeral_text:
        'RAIA could not save your choice: its storage is not answering. Please click it again in a few minutes.',
    });
    expect([...fake.sessions.values()][0]?.applied).toHaveLength(1);
  });
});
