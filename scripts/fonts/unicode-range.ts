/**
 * CSS `unicode-range` values to and from sets of code points. The browser
 * fetches a face only when the page shows a character in its range, so the
 * ranges we write must be exactly the characters each file holds.
 */

/** The code points of a `unicode-range` value such as `U+4e00-4e01,U+ff0c`. Wildcards (`U+4??`) included. */
export function parseUnicodeRange(value: string): Set<number> {
  const points = new Set<number>();
  for (const raw of value.split(',')) {
    const part = raw.trim().replace(/^u\+/i, '');
    if (part === '') continue;
    let first: number;
    let last: number;
    if (part.includes('?')) {
      first = Number.parseInt(part.replaceAll('?', '0'), 16);
      last = Number.parseInt(part.replaceAll('?', 'f'), 16);
    } else {
      const [from, to = from] = part.split('-');
      first = Number.parseInt(from ?? '', 16);
      last = Number.parseInt(to ?? '', 16);
    }
    if (!Number.isFinite(first) || !Number.isFinite(last)) throw new Error(`bad unicode-range part "${raw}"`);
    for (let point = first; point <= last; point += 1) points.add(point);
  }
  return points;
}

/** The shortest `unicode-range` for a set of code points: sorted, with runs written as ranges. */
export function formatUnicodeRange(points: Iterable<number>): string {
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j += 1;
    const first = (sorted[i] as number).toString(16);
    const last = (sorted[j] as number).toString(16);
    parts.push(i === j ? `U+${first}` : `U+${first}-${last}`);
    i = j + 1;
  }
  return parts.join(',');
}
