/**
 * Draws each point category's marker shape into an image for the map, so
 * the style needs no sprite and fetches nothing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Category, MarkerShape } from '../content/categories.ts';
import { MARKER_IMAGE_RADIUS } from './marker-scale.ts';
import { markerImage } from './policy-layers.ts';

/** Draws a shape of radius `r` centred at (c, c); the path is filled and stroked by the caller. */
function tracePath(context: CanvasRenderingContext2D, shape: MarkerShape, c: number, r: number): void {
  context.beginPath();
  switch (shape) {
    case 'circle':
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
    case 'none':
      break;
  }
}

/** The marker as pixels: the category's colour with a white rim, which keeps it legible on any fill. */
export function drawMarker(category: Category, pixelRatio: number): ImageData {
  const rim = 2.5;
  const size = Math.ceil((MARKER_IMAGE_RADIUS * 1.15 + rim) * 2 * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  const c = size / 2;
  tracePath(context, category.shape, c, MARKER_IMAGE_RADIUS * pixelRatio);
  context.fillStyle = category.color;
  context.strokeStyle = '#ffffff';
  context.lineWidth = rim * pixelRatio;
  context.lineJoin = 'round';
  context.stroke();
  context.fill();
  return context.getImageData(0, 0, size, size);
}

export function addMarkerImages(map: MapLibreMap, categories: readonly Category[]): void {
  const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio));
  for (const category of categories) {
    if (category.rendering !== 'point' || map.hasImage(markerImage(category))) continue;
    map.addImage(markerImage(category), drawMarker(category, pixelRatio), { pixelRatio });
  }
}
