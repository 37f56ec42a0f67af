export type ReportTime = {
  /** "1 December 2026, 18:26 UTC"; other zones by name and distance from UTC. */
  text: string;
  /** YYYY-MM-DD in the zone, for file names. */
  date: string;
};

function parts(at: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Map<string, string> {
  const formatted = new Intl.DateTimeFormat('en-GB', { timeZone, ...options }).formatToParts(at);
  return new Map(formatted.map((part) => [part.type, part.value]));
}

/** "GMT+05:30" as "5 hours 30 minutes ahead of UTC"; "GMT" as "the same as UTC". */
function offsetText(longOffset: string): string {
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(longOffset);
  if (match === null) return 'the same as UTC';
  const [, sign, hours, minutes] = match;
  const amount = [
    Number(hours) === 0 ? '' : `${Number(hours)} hour${Number(hours) === 1 ? '' : 's'}`,
    Number(minutes) === 0 ? '' : `${Number(minutes)} minutes`,
  ].filter((part) => part !== '');
  if (amount.length === 0) return 'the same as UTC';
  return `${amount.join(' ')} ${sign === '+' ? 'ahead of' : 'behind'} UTC`;
}

/**
 * The zone in words: "UTC" for UTC, else its name and its distance from UTC ("Central European
 * Standard Time, 1 hour ahead of UTC"), since abbreviations such as "IST" name several zones.
 */
function zoneText(at: Date, timeZone: string): string {
  if (/^(?:Etc\/)?(?:UTC|GMT|Zulu|UCT|Universal)$/i.test(timeZone)) return 'UTC';
  const name = parts(at, timeZone, { timeZoneName: 'long' }).get('timeZoneName') ?? timeZone;
  const offset = parts(at, timeZone, { timeZoneName: 'longOffset' }).get('timeZoneName') ?? 'GMT';
  return `${name} (${offsetText(offset)})`;
}

/**
 * An ISO timestamp as a filed record shows it, in the agency's time zone (an IANA name checked by
 * the configuration). Pure: the zone is passed in, never read from the machine.
 */
export function formatReportTime(iso: string, timeZone: string): ReportTime {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  const day = parts(at, timeZone, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = parts(at, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const numeric = parts(at, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' });
  return {
    text: `${day.get('day')} ${day.get('month')} ${day.get('year')}, ${time.get('hour')}:${time.get('minute')} ${zoneText(at, timeZone)}`,
    date: `${numeric.get('year')}-${numeric.get('month')}-${numeric.get('day')}`,
  };
}

/** Whether Intl knows this IANA time zone name (for the configuration check). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch (error) {
    // Intl reports an unknown zone with a RangeError; anything else is a real fault.
    if (error instanceof RangeError) return false;
    throw error;
  }
}
