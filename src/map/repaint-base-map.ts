/**
 * Repaints the base map in another palette without reloading the style: each
 * base layer's paint properties from the same style functions, so the
 * policy's layers, sources and feature state (the selection) stay as they are.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import { baseLayers } from './base-layers.ts';
import type { Palette } from './palette.ts';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

export function repaintBaseMap(map: MapLibreMap, palette: Palette, lang: Lang): void {
  for (const layer of baseLayers(palette, lang)) {
    if (!map.getLayer(layer.id)) continue;
    for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as PaintName, value);
  }
}
