/**
 * The day of an ISO timestamp in the agency's time zone, as a filed record writes it: "3 March
 * 2027". Pure: the zone is passed in (RAIA_TIME_ZONE), never read from the machine.
 */
export function formatReportDay(iso: string, timeZone: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
}
