import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const manifestSchema = z.object({
  features: z.object({ slash_commands: z.array(z.object({ command: z.string(), url: z.string() })) }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ request_url: z.string(), bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.boolean(), request_url: z.string() }),
  }),
});

describe('docs/team-chat/slack-app-manifest.yaml', () => {
  it('asks for exactly the scopes and events RAIA uses, at the paths its routes serve', () => {
    const text = readFileSync(
      new URL('../../../docs/team-chat/slack-app-manifest.yaml', import.meta.url),
      'utf8',
    );
    const manifest = manifestSchema.parse(parse(text));
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      ['app_mentions:read', 'chat:write', 'commands', 'im:history', 'im:read'].sort(),
    );
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.features.slash_commands[0]).toMatchObject({
      command: '/raia',
      url: expect.stringMatching(/\/slack\/commands$/),
    });
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.interactivity).toMatchObject({
      is_enabled: true,
      request_url: expect.stringMatching(/\/slack\/interactions$/),
    });
  });
});
