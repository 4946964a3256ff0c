/**
 * Dates in citations. Dates of the document are calendar dates (ISO
 * strings) and are read in UTC so that no time zone shifts them by a day;
 * the access date is the reader's own day, in the time zone given.
 */

/** `2009-09-09` → [2009, 9, 9]. */
export function isoDateParts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO calendar date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The calendar day of an instant in a time zone (the runtime's own when omitted), as ISO. */
export function isoDay(instant: Date, timeZone?: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** An ISO calendar date written out in a locale, e.g. "9 September 2009", "2009年9月9日". */
export function longDate(iso: string, locale: string): string {
  const [year, month, day] = isoDateParts(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
