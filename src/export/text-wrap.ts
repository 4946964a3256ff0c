/**
 * Line breaking for text drawn on a canvas, where nothing wraps by itself.
 * Latin text breaks at spaces; Chinese, which has none, between any two
 * characters, and a word too long for the width between its letters.
 */

/** The width of a text in a CSS font, e.g. a 2D context's `measureText(text).width`. */
export type MeasureText = (text: string, font: string) => number;

const CJK = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F';
const TOKENS = new RegExp(`[${CJK}]|[^\\s${CJK}]+|\\s+`, 'gu');

export const ELLIPSIS = '…';

/** The longest start of `text` that fits `width` with an ellipsis after it. */
export function truncate(text: string, width: number, font: string, measure: MeasureText): string {
  if (measure(text, font) <= width) return text;
  const characters = [...text];
  let fit = characters.length;
  while (fit > 0 && measure(characters.slice(0, fit).join('').trimEnd() + ELLIPSIS, font) > width) fit--;
  return characters.slice(0, fit).join('').trimEnd() + ELLIPSIS;
}

/** Lines of at most `width`; past `maxLines`, the last line ends in an ellipsis. */
export function wrapText(text: string, width: number, font: string, measure: MeasureText, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trim());
    line = '';
  };
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) {
      if (line !== '') line += ' ';
      continue;
    }
    if (measure(line + token, font) <= width) {
      line += token;
      continue;
    }
    push();
    // A token wider than the whole line is broken between its characters.
    for (const character of token) {
      if (line !== '' && measure(line + character, font) > width) push();
      line += character;
    }
  }
  push();
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, font, measure);
  return kept;
}
