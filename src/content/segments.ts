/**
 * Splits a sentence into plain runs and the runs that name places, so that
 * the panels can link or highlight the naming words while keeping every
 * character of the verbatim text, in order.
 */
export interface Segment {
  text: string;
  /** The place these words name, if any. */
  place?: string;
}

export interface Naming {
  place: string;
  words: string;
}

/**
 * Each naming's words are found at their first occurrence not already
 * claimed; longer words claim their span first, so "Dalian Commodity
 * Exchange" is not split by a shorter "Dalian".
 */
export function segmentSentence(text: string, namings: readonly Naming[]): Segment[] {
  const spans: { start: number; end: number; place: string }[] = [];
  const byLength = [...namings].sort((a, b) => b.words.length - a.words.length);
  for (const { place, words } of byLength) {
    if (!words) continue;
    let from = 0;
    for (;;) {
      const start = text.indexOf(words, from);
      if (start < 0) break;
      const end = start + words.length;
      if (!spans.some((s) => start < s.end && end > s.start)) {
        spans.push({ start, end, place });
        break;
      }
      from = start + 1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start) });
    segments.push({ text: text.slice(span.start, span.end), place: span.place });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
