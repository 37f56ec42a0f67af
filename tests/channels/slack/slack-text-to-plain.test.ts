import { describe, expect, it } from 'vitest';
import { slackTextToPlain } from '../../../src/channels/slack/handle-slack-message.ts';

describe('slackTextToPlain', () => {
  it('removes the mentions of RAIA and decodes what Slack escaped', () => {
    expect(slackTextToPlain('<@U0LAN0Z89> is A &amp; B &lt; C? ask <@U0LAN0Z89|raia>', ['U0LAN0Z89'])).toBe(
      'is A & B < C? ask',
    );
  });

  it('keeps an entity the person typed (Slack sends it escaped)', () => {
    expect(slackTextToPlain('<@U0LAN0Z89> what is &amp;lt;?', [])).toBe('what is &lt;?');
  });
});
