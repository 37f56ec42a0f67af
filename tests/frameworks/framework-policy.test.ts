import { describe, expect, it } from 'vitest';
import { parseFrameworkPolicy } from '../../src/frameworks/framework-policy.ts';
import { createDefaultFrameworkRegistry } from '../../src/frameworks/framework-registry.ts';

const frameworks = createDefaultFrameworkRegistry();
const installed = [...new Set(frameworks.list().map(({ id }) => id))];

function parsed(setting: string | undefined) {
  const result = parseFrameworkPolicy(setting, frameworks);
  if (!result.success) throw result.error;
  return result.data;
}

function refusal(setting: string): string {
  const result = parseFrameworkPolicy(setting, frameworks);
  if (result.success) throw new Error(`"${setting}" was accepted`);
  return result.error.message;
}

describe('RAIA_FRAMEWORK_PACKS', () => {
  it('asks about every installed pack when unset or empty', () => {
    const everyPackAsked = installed.map((packId) => ({ packId, how: 'ask' }));
    expect(parsed(undefined)).toEqual(everyPackAsked);
    expect(parsed('  ')).toEqual(everyPackAsked);
  });

  it('offers none with "none"', () => {
    expect(parsed('none')).toEqual([]);
  });

  it('applies the packs named, asks those marked ":ask", and keeps their order', () => {
    expect(parsed('eu-ai-act:ask')).toEqual([{ packId: 'eu-ai-act', how: 'ask' }]);
    expect(parsed(' eu-ai-act ')).toEqual([{ packId: 'eu-ai-act', how: 'apply' }]);
  });

  it('refuses an unknown pack, naming the installed ones', () => {
    expect(refusal('eu-ai-act,us-ai-act')).toBe(
      `RAIA_FRAMEWORK_PACKS names "us-ai-act", which is not an installed framework pack. Installed: ${installed.join(', ')}.`,
    );
  });

  it('refuses a malformed entry and a pack named twice', () => {
    expect(refusal('eu-ai-act:maybe')).toContain('"eu-ai-act:maybe" is not a pack id');
    expect(refusal('eu-ai-act,eu-ai-act:ask')).toBe('RAIA_FRAMEWORK_PACKS names "eu-ai-act" twice.');
  });
});
