/**
 * Draws the compound marker symbols into images for the map, so the style
 * needs no sprite and fetches nothing. A symbol is its category's shape
 * divided into equal segments, one per theme, each in the theme's marker
 * ink, with a rim that keeps it legible on any fill; a place named in no
 * sentence of its own is drawn hollow.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MarkerShape } from '../content/categories.ts';
import { MARKER_IMAGE_RADIUS } from './marker-scale.ts';
import { type PointSymbol, symbolImage } from './point-symbols.ts';
import { HALO_IMAGE, OBSTACLE_IMAGE } from './policy-layers.ts';
import type { Palette } from './palette.ts';

/** Traces a shape of radius `r` centred at (c, c); the caller fills, clips or strokes it. */
function tracePath(context: CanvasRenderingContext2D, shape: MarkerShape, c: number, r: number): void {
  context.beginPath();
  switch (shape) {
    case 'circle':
    case 'none':
      context.arc(c, c, r, 0, Math.PI * 2);
      break;
    case 'square':
      context.rect(c - r * 0.86, c - r * 0.86, r * 1.72, r * 1.72);
      break;
    case 'diamond':
      context.moveTo(c, c - r * 1.12);
      context.lineTo(c + r * 1.12, c);
      context.lineTo(c, c + r * 1.12);
      context.lineTo(c - r * 1.12, c);
      context.closePath();
      break;
    case 'triangle':
      context.moveTo(c, c - r * 1.1);
      context.lineTo(c + r * 1.05, c + r * 0.75);
      context.lineTo(c - r * 1.05, c + r * 0.75);
      context.closePath();
      break;
  }
}

/** Image pixels of the rim, at radius MARKER_IMAGE_RADIUS. */
const RIM = 3.5;

function canvasOf(pixelRatio: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D; c: number } {
  const size = Math.ceil((MARKER_IMAGE_RADIUS * 1.15 + RIM) * 2 * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return { canvas, context, c: size / 2 };
}

export function drawSymbol(symbol: Pick<PointSymbol, 'shape' | 'themes' | 'hollow'>, palette: Palette, pixelRatio: number): ImageData {
  const { canvas, context, c } = canvasOf(pixelRatio);
  const r = MARKER_IMAGE_RADIUS * pixelRatio;
  const inks = (symbol.themes.length > 0 ? symbol.themes : (['context'] as const)).map((id) => palette.inks[id].marker);
  context.lineJoin = 'round';
  // The rim first, under everything.
  tracePath(context, symbol.shape, c, r);
  context.strokeStyle = palette.markerRim;
  context.lineWidth = RIM * 2 * pixelRatio;
  context.stroke();
  if (symbol.hollow) {
    context.fillStyle = palette.markerRim;
    context.fill();
    tracePath(context, symbol.shape, c, r - 3 * pixelRatio);
    context.strokeStyle = inks[0];
    context.lineWidth = 6 * pixelRatio;
    context.stroke();
    return context.getImageData(0, 0, canvas.width, canvas.height);
  }
  context.save();
  tracePath(context, symbol.shape, c, r);
  context.clip();
  const step = (Math.PI * 2) / inks.length;
  inks.forEach((ink, i) => {
    // Segments start at twelve o'clock and run clockwise, in the key's order.
    const start = -Math.PI / 2 + i * step;
    context.beginPath();
    context.moveTo(c, c);
    context.arc(c, c, r * 1.5, start, start + step);
    context.closePath();
    context.fillStyle = ink;
    context.fill();
  });
  if (inks.length > 1) {
    context.strokeStyle = palette.markerRim;
    context.lineWidth = 2 * pixelRatio;
    for (let i = 0; i < inks.length; i += 1) {
      const angle = -Math.PI / 2 + i * step;
      context.beginPath();
      context.moveTo(c, c);
      context.lineTo(c + Math.cos(angle) * r * 1.5, c + Math.sin(angle) * r * 1.5);
      context.stroke();
    }
  }
  context.restore();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The ring behind a marker in focus. */
function drawHalo(palette: Palette, pixelRatio: number): ImageData {
  const { canvas, context, c } = canvasOf(pixelRatio);
  context.beginPath();
  context.arc(c, c, MARKER_IMAGE_RADIUS * pixelRatio, 0, Math.PI * 2);
  context.fillStyle = palette.colors.selectionHalo;
  context.fill();
  context.strokeStyle = palette.colors.selectionRing;
  context.lineWidth = 2.5 * pixelRatio;
  context.stroke();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** Adds the labels' obstacle (see obstacleLayer) once: an empty image, the same in every palette. */
export function addObstacleImage(map: MapLibreMap): void {
  if (map.hasImage(OBSTACLE_IMAGE)) return;
  const side = MARKER_IMAGE_RADIUS * 2;
  map.addImage(OBSTACLE_IMAGE, { width: side, height: side, data: new Uint8Array(side * side * 4) });
}

/** Adds (or, for a new palette, replaces) every symbol's image and the halo. */
export function addMarkerImages(map: MapLibreMap, symbols: readonly PointSymbol[], palette: Palette): void {
  const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio));
  const images = new Map<string, ImageData>([[HALO_IMAGE, drawHalo(palette, pixelRatio)]]);
  for (const symbol of symbols) {
    const name = symbolImage(symbol);
    if (!images.has(name)) images.set(name, drawSymbol(symbol, palette, pixelRatio));
  }
  for (const [name, image] of images) {
    if (map.hasImage(name)) map.updateImage(name, image);
    else map.addImage(name, image, { pixelRatio });
  }
  addObstacleImage(map);
}
