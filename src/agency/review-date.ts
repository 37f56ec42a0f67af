/** The same calendar day a year on (29 February becomes 28 February). */
export function addOneYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  const last = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  const next = `${year + 1}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  return next;
}
