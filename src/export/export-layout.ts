/**
 * Where everything goes on an exported image, computed apart from drawing so
 * that it can be tested without a canvas: a header band (title, selection),
 * the map with the key and, optionally, quotes beside it, and a footer band
 * (citation, link, attribution, date). Sizes follow the image's width, so the
 * 2× print size is the social size at twice the scale.
 */
import type { MarkerShape } from '../content/categories.ts';
import { type MeasureText, truncate, wrapText } from './text-wrap.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A line of text, drawn with `textBaseline = 'top'` at (x, y). */
export interface TextLine {
  text: string;
  font: string;
  x: number;
  y: number;
  box: Box;
}

export interface LegendEntry {
  label: string;
  color: string;
  shape: MarkerShape;
}

export interface ExportContent {
  title: string;
  /** The selection's name, or `null` for the whole region. */
  selection: string | null;
  /** The year the map shows, as the language says it ("As of 2025"): always under the title, after the selection. */
  asOf: string;
  legendTitle: string;
  legend: LegendEntry[];
  /** The scale bar: its label and its length in the snapshot's pixels. */
  scale: { label: string; lengthPx: number } | null;
  /** Size of the map snapshot in pixels. */
  snapshot: Size;
  /** Quoted sentences, each drawn as its own paragraph; empty for none. */
  quotes: string[];
  citation: string;
  /** The view's address; `null` where the page has none to give (the one-file copy, opened from disk). */
  url: string | null;
  attribution: string;
  date: string;
  /** CSS font families, Latin first, then Chinese. */
  fontFamily: string;
}

export interface ExportLayout {
  size: Size;
  /** Pixels per layout unit: 1 at 1200 px wide. */
  unit: number;
  header: { box: Box; lines: TextLine[] };
  /** Where the map goes, and the part of the snapshot that fills it (cropped to cover). */
  map: { box: Box; source: Box; factor: number };
  legend: { box: Box; title: TextLine; items: { swatch: Box; entry: LegendEntry; lines: TextLine[] }[] };
  scaleBar: { box: Box; bar: Box; label: TextLine } | null;
  quotes: { box: Box; lines: TextLine[] } | null;
  footer: { box: Box; lines: TextLine[] };
}

/** The width the layout is designed at; other widths scale from it. */
export const DESIGN_WIDTH = 1200;

/** The two sizes the export offers: a social card and the same at twice the pixels, for print. */
export const EXPORT_SIZES = {
  social: { width: 1200, height: 675 },
  print: { width: 2400, height: 1350 },
} as const satisfies Record<string, Size>;

export function exportLayout(size: Size, content: ExportContent, measure: MeasureText): ExportLayout {
  const u = size.width / DESIGN_WIDTH;
  const margin = 24 * u;
  const gap = 16 * u;
  const font = (px: number, style = '') => `${style}${style ? ' ' : ''}${Math.round(px * u * 100) / 100}px ${content.fontFamily}`;
  const lineHeight = (px: number) => px * 1.3 * u;

  /** Wraps a text into lines from (x, y); returns them and the y below. */
  function block(text: string, x: number, y: number, width: number, px: number, style = '', maxLines = Infinity) {
    const f = font(px, style);
    const lh = lineHeight(px);
    const lines = wrapText(text, width, f, measure, maxLines).map((line, i) => ({
      text: line,
      font: f,
      x,
      y: y + i * lh,
      box: { x, y: y + i * lh, width: measure(line, f), height: lh },
    }));
    return { lines, bottom: y + lines.length * lh };
  }

  const inner = size.width - 2 * margin;

  // Header
  const title = block(content.title, margin, margin, inner, 30, 'bold', 2);
  const subtitle = content.selection ? `${content.selection} · ${content.asOf}` : content.asOf;
  const selection = block(subtitle, margin, title.bottom + 4 * u, inner, 20, '', 2);
  const headerBottom = selection.bottom;
  const header = { box: { x: margin, y: margin, width: inner, height: headerBottom - margin }, lines: [...title.lines, ...selection.lines] };

  // Footer, laid out from its own top and then moved to the bottom of the image.
  const citation = block(content.citation, margin, 0, inner, 14, '', 3);
  const urlFont = font(14);
  const urlLines: TextLine[] = [];
  if (content.url !== null) {
    const text = truncate(content.url, inner, urlFont, measure);
    const box = { x: margin, y: citation.bottom, width: measure(text, urlFont), height: lineHeight(14) };
    urlLines.push({ text, font: urlFont, x: margin, y: citation.bottom, box });
  }
  const creditsTop = citation.bottom + urlLines.length * lineHeight(14);
  const credits = block(`${content.attribution} · ${content.date}`, margin, creditsTop, inner, 12, '', 2);
  const footerHeight = credits.bottom;
  const footerTop = size.height - margin - footerHeight;
  const footerLines = [...citation.lines, ...urlLines, ...credits.lines].map((line) => ({
    ...line,
    y: line.y + footerTop,
    box: { ...line.box, y: line.box.y + footerTop },
  }));
  const footer = { box: { x: margin, y: footerTop, width: inner, height: footerHeight }, lines: footerLines };

  // Middle band: the map, with a side column for the key and the quotes.
  const top = headerBottom + gap;
  const bottom = footerTop - gap;
  const sideWidth = Math.round(size.width * 0.28);
  const side: Box = { x: size.width - margin - sideWidth, y: top, width: sideWidth, height: bottom - top };
  const mapBox: Box = { x: margin, y: top, width: side.x - gap - margin, height: bottom - top };

  const factor = Math.max(mapBox.width / content.snapshot.width, mapBox.height / content.snapshot.height);
  const sourceWidth = mapBox.width / factor;
  const sourceHeight = mapBox.height / factor;
  const source: Box = {
    x: (content.snapshot.width - sourceWidth) / 2,
    y: (content.snapshot.height - sourceHeight) / 2,
    width: sourceWidth,
    height: sourceHeight,
  };

  // Key
  const legendTitle = block(content.legendTitle, side.x, side.y, side.width, 16, 'bold', 1);
  const swatchSize = 14 * u;
  let y = legendTitle.bottom + 6 * u;
  const items: ExportLayout['legend']['items'] = [];
  for (const entry of content.legend) {
    const labelX = side.x + swatchSize + 8 * u;
    const label = block(entry.label, labelX, y, side.x + side.width - labelX, 14, '', 2);
    if (label.bottom > side.y + side.height) break;
    items.push({ entry, swatch: { x: side.x, y: y + (lineHeight(14) - swatchSize) / 2, width: swatchSize, height: swatchSize }, lines: label.lines });
    y = label.bottom + 4 * u;
  }
  const legend = { box: { x: side.x, y: side.y, width: side.width, height: y - side.y }, title: legendTitle.lines[0], items };

  // Quotes fill what is left of the column; the last line that fits ends in an ellipsis.
  let quotes: ExportLayout['quotes'] = null;
  const quotesTop = y + gap;
  const lh = lineHeight(15);
  const room = Math.floor((side.y + side.height - quotesTop) / lh);
  if (content.quotes.length > 0 && room >= 2) {
    const lines: TextLine[] = [];
    let quoteY = quotesTop;
    for (const quote of content.quotes) {
      const left = Math.floor((side.y + side.height - quoteY) / lh);
      if (left < 1) break;
      const quoted = block(`“${quote}”`, side.x, quoteY, side.width, 15, 'italic', left);
      lines.push(...quoted.lines);
      quoteY = quoted.bottom + 6 * u;
    }
    quotes = { box: { x: side.x, y: quotesTop, width: side.width, height: Math.max(0, quoteY - 6 * u - quotesTop) }, lines };
  }

  // Scale bar, on a plate in the map's lower left corner.
  let scaleBar: ExportLayout['scaleBar'] = null;
  if (content.scale) {
    const pad = 6 * u;
    const barLength = Math.min(content.scale.lengthPx * factor, mapBox.width / 2);
    const labelFont = font(12);
    const labelWidth = measure(content.scale.label, labelFont);
    const plate: Box = {
      x: mapBox.x + 8 * u,
      y: 0,
      width: Math.max(barLength, labelWidth) + 2 * pad,
      height: lineHeight(12) + 4 * u + 3 * u + 2 * pad,
    };
    plate.y = mapBox.y + mapBox.height - 8 * u - plate.height;
    const label: TextLine = {
      text: content.scale.label,
      font: labelFont,
      x: plate.x + pad,
      y: plate.y + pad,
      box: { x: plate.x + pad, y: plate.y + pad, width: labelWidth, height: lineHeight(12) },
    };
    const bar: Box = { x: plate.x + pad, y: plate.y + pad + lineHeight(12) + 4 * u, width: barLength, height: 3 * u };
    scaleBar = { box: plate, bar, label };
  }

  return { size, unit: u, header, map: { box: mapBox, source, factor }, legend, scaleBar, quotes, footer };
}
