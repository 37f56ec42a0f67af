import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

describe('loadConfig report settings', () => {
  it('writes reports in UTC with no agency name unless told otherwise', () => {
    const loaded = loadConfig({});
    if (!loaded.success) throw new Error(loaded.error);
    expect(loaded.data.RAIA_TIME_ZONE).toBe('UTC');
    expect(loaded.data.RAIA_AGENCY_NAME).toBeUndefined();
  });

  it('takes the agency name and an IANA time zone', () => {
    const loaded = loadConfig({ RAIA_AGENCY_NAME: ' Metropolitan Police ', RAIA_TIME_ZONE: 'Europe/London' });
    if (!loaded.success) throw new Error(loaded.error);
    expect(loaded.data.RAIA_AGENCY_NAME).toBe('Metropolitan Police');
    expect(loaded.data.RAIA_TIME_ZONE).toBe('Europe/London');
  });

  it('refuses a time zone that does not exist, saying what to write instead', () => {
    const loaded = loadConfig({ RAIA_TIME_ZONE: 'CEST+1' });
    expect(loaded.success).toBe(false);
    if (!loaded.success) {
      expect(loaded.error).toContain('RAIA_TIME_ZONE "CEST+1" is not a time zone name');
      expect(loaded.error).toContain('Europe/London');
    }
  });
});
