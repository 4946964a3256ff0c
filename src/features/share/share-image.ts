/**
 * The exported image of a view: the map captured in a render frame, then
 * header, key, scale, quotes and footer drawn around it on a 2D canvas once
 * the fonts for every character are loaded.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { composeExportImage } from '../../export/compose-image.ts';
import { ensureFontsFor, exportText } from '../../export/export-fonts.ts';
import { EXPORT_SIZES, type ExportContent, type LegendEntry } from '../../export/export-layout.ts';
import { captureMapCanvas } from '../../export/map-capture.ts';
import { scaleBar } from '../../export/map-scale.ts';
import type { Strings } from '../../i18n/index.ts';
import { type Lang } from '../../i18n/lang.ts';

export type ImageSize = keyof typeof EXPORT_SIZES;

/** Latin first, then Chinese: as the page's own stack. */
const FONT_FAMILY = '"Noto Sans", "Noto Sans SC", sans-serif';

export interface ImageRequest {
  map: MapLibreMap;
  size: ImageSize;
  lang: Lang;
  strings: Strings;
  /** The key's rows for what the map shows (see image-key.ts). */
  key: LegendEntry[];
  selection: string | null;
  /** The year the map shows. */
  year: number;
  quotes: string[];
  citation: string;
  /** The view's address; `null` on the one-file copy, whose address is a path on the reader's disk. */
  url: string | null;
  /** The date of the export, as the language writes it. */
  date: string;
}

export async function exportImage(request: ImageRequest): Promise<Blob> {
  const { map, strings } = request;
  const size = EXPORT_SIZES[request.size];
  const snapshot = await captureMapCanvas(map);
  const canvas = map.getCanvas();
  const centre = map.getCenter();
  const bar = scaleBar(centre.lat, map.getZoom(), canvas.width / Math.max(1, canvas.clientWidth));
  const content: ExportContent = {
    title: `${strings.appTitle} · ${strings.documentNumber}`,
    selection: request.selection,
    asOf: strings.asOfCaption(request.year),
    legendTitle: strings.legendTitle,
    legend: request.key,
    scale: bar ? { label: strings.imageScale(bar.km), lengthPx: bar.lengthPx } : null,
    snapshot: { width: snapshot.width, height: snapshot.height },
    quotes: request.quotes,
    citation: request.citation,
    url: request.url,
    attribution: strings.attribution,
    date: request.date,
    fontFamily: FONT_FAMILY,
  };
  const unit = size.width / 1200;
  await ensureFontsFor(
    exportText(content),
    [`${30 * unit}px ${FONT_FAMILY}`, `bold ${30 * unit}px ${FONT_FAMILY}`, `italic ${15 * unit}px ${FONT_FAMILY}`],
  );
  const image = document.createElement('canvas');
  image.width = size.width;
  image.height = size.height;
  const target = image.getContext('2d');
  if (!target) throw new Error('no 2D context for the image');
  composeExportImage({ target, size, snapshot, content });
  return new Promise((resolve, reject) =>
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

/** A file name that says what the image shows, as of which year, and how large it is. */
export function imageFileName(selectionId: string | null, size: ImageSize, year: number): string {
  const what = selectionId ? selectionId.replace(/[^A-Za-z0-9_-]+/g, '-') : 'overview';
  return `northeast-atlas-${what}-as-of-${year}-${EXPORT_SIZES[size].width}x${EXPORT_SIZES[size].height}.png`;
}
