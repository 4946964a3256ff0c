/**
 * Reads the characters a font maps (its `cmap` table), so tests can check
 * what a shipped subset really covers rather than what we meant to put in it.
 * Handles the two subtable formats fonts use for Unicode: 4 (the BMP) and 12
 * (all planes).
 */

function tableOffset(font: DataView, tag: string): number {
  const count = font.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + i * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(record + k)));
    if (name === tag) return font.getUint32(record + 8);
  }
  throw new Error(`font has no ${tag} table`);
}

function format4(font: DataView, at: number, points: Set<number>): void {
  const segments = font.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = font.getUint16(ends + s * 2);
    const start = font.getUint16(starts + s * 2);
    const delta = font.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = font.getUint16(rangeOffsetAt);
    for (let point = start; point <= end && point !== 0xffff; point += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (point + delta) & 0xffff;
      else {
        const raw = font.getUint16(rangeOffsetAt + rangeOffset + (point - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) points.add(point);
    }
  }
}

function format12(font: DataView, at: number, points: Set<number>): void {
  const groups = font.getUint32(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12;
    const first = font.getUint32(group);
    const last = font.getUint32(group + 4);
    for (let point = first; point <= last; point += 1) points.add(point);
  }
}

/** The code points an SFNT (TrueType/OpenType) font maps to a glyph. */
export function mappedCodePoints(sfnt: Uint8Array): Set<number> {
  const font = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const cmap = tableOffset(font, 'cmap');
  const points = new Set<number>();
  const subtables = font.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const platform = font.getUint16(cmap + 4 + i * 8);
    const encoding = font.getUint16(cmap + 6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = cmap + font.getUint32(cmap + 8 + i * 8);
    const format = font.getUint16(at);
    if (format === 4) format4(font, at, points);
    else if (format === 12) format12(font, at, points);
  }
  return points;
}
