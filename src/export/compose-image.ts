/**
 * Draws the exported image onto a 2D canvas from its layout: header, map
 * snapshot, key, scale bar, quotes and footer. Takes any target with the 2D
 * context's drawing calls, so the browser's canvas and a test's recorder both fit.
 */
import type { MarkerShape } from '../content/categories.ts';
import { type Box, type ExportContent, type ExportLayout, type Size, exportLayout } from './export-layout.ts';

export type ExportTarget = Pick<
  CanvasRenderingContext2D,
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'font'
  | 'textBaseline'
  | 'fillRect'
  | 'strokeRect'
  | 'fillText'
  | 'drawImage'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
> & { measureText(text: string): { width: number } };

export interface ComposeOptions {
  target: ExportTarget;
  size: Size;
  /** The map as captured by captureMapCanvas; its size is `content.snapshot`. */
  snapshot: CanvasImageSource;
  content: ExportContent;
  colors?: { background: string; text: string; muted: string; rule: string };
}

const DEFAULT_COLORS = { background: '#ffffff', text: '#1a1a1a', muted: '#555555', rule: '#cccccc' };

function swatch(target: ExportTarget, box: Box, shape: MarkerShape, color: string): void {
  const { x, y, width: w, height: h } = box;
  target.fillStyle = color;
  target.strokeStyle = color;
  target.beginPath();
  switch (shape) {
    case 'circle':
      target.arc(x + w / 2, y + h / 2, w / 2, 0, Math.PI * 2);
      break;
    case 'diamond':
      target.moveTo(x + w / 2, y);
      target.lineTo(x + w, y + h / 2);
      target.lineTo(x + w / 2, y + h);
      target.lineTo(x, y + h / 2);
      break;
    case 'triangle':
      target.moveTo(x + w / 2, y);
      target.lineTo(x + w, y + h);
      target.lineTo(x, y + h);
      break;
    case 'square':
    case 'none':
      // Areas and bands have no marker: their key is a filled square, like their wash.
      target.moveTo(x, y);
      target.lineTo(x + w, y);
      target.lineTo(x + w, y + h);
      target.lineTo(x, y + h);
      break;
  }
  target.closePath();
  target.fill();
}

/** Draws the image and returns the layout it used. */
export function composeExportImage(options: ComposeOptions): ExportLayout {
  const { target, size, snapshot, content } = options;
  const colors = options.colors ?? DEFAULT_COLORS;
  const measure = (text: string, font: string) => {
    target.font = font;
    return target.measureText(text).width;
  };
  const layout = exportLayout(size, content, measure);
  target.textBaseline = 'top';
  target.fillStyle = colors.background;
  target.fillRect(0, 0, size.width, size.height);

  const { box, source } = layout.map;
  target.drawImage(snapshot, source.x, source.y, source.width, source.height, box.x, box.y, box.width, box.height);
  target.strokeStyle = colors.rule;
  target.lineWidth = layout.unit;
  target.strokeRect(box.x, box.y, box.width, box.height);

  const text = (lines: ExportLayout['header']['lines'], color: string) => {
    target.fillStyle = color;
    for (const line of lines) {
      target.font = line.font;
      target.fillText(line.text, line.x, line.y);
    }
  };
  text(layout.header.lines.slice(0, 1), colors.text);
  text(layout.header.lines.slice(1), colors.muted);
  text([layout.legend.title], colors.text);
  for (const item of layout.legend.items) {
    swatch(target, item.swatch, item.entry.shape, item.entry.color);
    text(item.lines, colors.text);
  }
  if (layout.quotes) text(layout.quotes.lines, colors.text);
  if (layout.scaleBar) {
    const { box: plate, bar, label } = layout.scaleBar;
    target.fillStyle = 'rgba(255, 255, 255, 0.85)';
    target.fillRect(plate.x, plate.y, plate.width, plate.height);
    text([label], colors.text);
    target.fillStyle = colors.text;
    target.fillRect(bar.x, bar.y, bar.width, bar.height);
  }
  target.strokeStyle = colors.rule;
  target.beginPath();
  target.moveTo(layout.footer.box.x, layout.footer.box.y - 8 * layout.unit);
  target.lineTo(layout.footer.box.x + layout.footer.box.width, layout.footer.box.y - 8 * layout.unit);
  target.stroke();
  text(layout.footer.lines, colors.muted);
  return layout;
}
