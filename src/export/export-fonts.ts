/**
 * Fonts for text drawn on a canvas. A canvas draws in whatever face is
 * loaded at that moment, and the Chinese web font comes in unicode-range
 * subsets fetched on demand; asking for the very characters to be drawn
 * loads just the subsets they need (excalidraw/excalidraw#9064).
 */

/** Loads each font (CSS shorthand, e.g. `bold 30px "Noto Sans", "Noto Sans SC"`) for the characters of `text`. */
export async function ensureFontsFor(
  text: string,
  fonts: readonly string[],
  fontSet: Pick<FontFaceSet, 'load'> = document.fonts,
): Promise<void> {
  const characters = [...new Set(text)].join('');
  if (characters.trim() === '') return;
  await Promise.all(fonts.map((font) => fontSet.load(font, characters)));
}

/** The text an export draws, to pass to ensureFontsFor. */
export function exportText(content: {
  title: string;
  selection: string | null;
  asOf: string;
  legendTitle: string;
  legend: { label: string }[];
  scale: { label: string } | null;
  quotes: string[];
  citation: string;
  url: string | null;
  attribution: string;
  date: string;
}): string {
  return [
    content.title,
    content.selection ?? '',
    content.asOf,
    content.legendTitle,
    ...content.legend.map((e) => e.label),
    content.scale?.label ?? '',
    ...content.quotes,
    content.citation,
    content.url ?? '',
    content.attribution,
    content.date,
    '“”…·',
  ].join('\n');
}
