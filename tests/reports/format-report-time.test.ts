import { describe, expect, it } from 'vitest';
import { formatReportTime, isTimeZone } from '../../src/reports/format-report-time.ts';

describe('formatReportTime', () => {
  it('writes UTC as a filed record does', () => {
    expect(formatReportTime('2026-12-01T18:26:00.000Z', 'UTC')).toEqual({
      text: '1 December 2026, 18:26 UTC',
      date: '2026-12-01',
    });
  });

  it('writes another zone by name and offset, in summer and in winter', () => {
    expect(formatReportTime('2026-12-01T18:26:00.000Z', 'Europe/Berlin').text).toBe(
      '1 December 2026, 19:26 Central European Standard Time (1 hour ahead of UTC)',
    );
    expect(formatReportTime('2026-07-01T18:26:00.000Z', 'Europe/Berlin').text).toBe(
      '1 July 2026, 20:26 Central European Summer Time (2 hours ahead of UTC)',
    );
  });

  it('says how far a zone is from UTC, in words', () => {
    expect(formatReportTime('2026-12-01T18:26:00.000Z', 'Europe/London').text).toBe(
      '1 December 2026, 18:26 Greenwich Mean Time (the same as UTC)',
    );
    expect(formatReportTime('2026-12-01T18:26:00.000Z', 'Asia/Kolkata').text).toBe(
      '1 December 2026, 23:56 India Standard Time (5 hours 30 minutes ahead of UTC)',
    );
    expect(formatReportTime('2026-12-01T18:26:00.000Z', 'America/New_York').text).toBe(
      '1 December 2026, 13:26 Eastern Standard Time (5 hours behind UTC)',
    );
  });

  it('dates the report in its zone, not in UTC, near midnight', () => {
    expect(formatReportTime('2026-12-01T23:30:00.000Z', 'Asia/Tokyo').date).toBe('2026-12-02');
    expect(formatReportTime('2026-12-01T02:00:00.000Z', 'America/New_York').date).toBe('2026-11-30');
  });

  it('refuses a timestamp that is not one', () => {
    expect(() => formatReportTime('yesterday', 'UTC')).toThrow(RangeError);
  });
});

describe('isTimeZone', () => {
  it('knows IANA names and refuses others', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
