import { describe, expect, it } from 'vitest';
import { teamsTurnInput } from '../../../src/channels/teams/handle-teams-activity.ts';
import { teamsActivitySchema } from '../../../src/channels/teams/teams-activity-schema.ts';
import { messageActivity } from './teams-test-kit.ts';

const activity = (overrides: Record<string, unknown>) =>
  teamsActivitySchema.parse(messageActivity('https://smba.trafficmanager.net/amer/', overrides));

describe('teamsTurnInput', () => {
  it('reads an Action.Submit click as its RAIA action', () => {
    expect(teamsTurnInput(activity({ text: undefined, value: { raiaAction: 'answer:yes' } }))).toEqual({
      action: 'answer:yes',
    });
  });

  it('removes the @mention and decodes the entities Teams adds', () => {
    expect(teamsTurnInput(activity({ text: '<at>RAIA</at>&nbsp;is A &amp; B &lt; C?' }))).toEqual({
      text: 'is A & B < C?',
    });
  });

  it('ignores messages with neither text nor a RAIA action', () => {
    expect(teamsTurnInput(activity({ text: undefined, value: { other: 1 } }))).toBeUndefined();
  });
});
