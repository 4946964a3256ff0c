/**
 * The "as of a year" view of dated items: what was open in a given year.
 * An item opened in `opened` and, if it closed, stopped in `closed`; it counts
 * as open in its opening year and not in its closing year.
 */

/** Anything with an opening year and perhaps a closing year. */
export interface Dated {
  opened: number;
  closed?: number | null;
}

export function isOpenIn(item: Dated, year: number): boolean {
  return item.opened <= year && (item.closed === undefined || item.closed === null || item.closed > year);
}

/** The items open in `year`, in their order. */
export function asOf<T extends Dated>(items: readonly T[], year: number): T[] {
  return items.filter((item) => isOpenIn(item, year));
}

/** Whether an item is open today: opened, and not closed. */
export function isOpenNow(item: Dated): boolean {
  return item.closed === undefined || item.closed === null;
}
