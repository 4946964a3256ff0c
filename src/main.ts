/**
 * Wires the page: loads the data and fonts, builds the style and the map,
 * and attaches the pieces of interface. Nothing here draws or decides.
 */
import './styles.css';
import { bbox } from '@turf/bbox';
import type { Topology } from 'topojson-specification';
import basemapUrl from '../geodata/basemap.topo.json?url';
import { basemapSources } from './map/basemap-data.ts';
import { LABEL_LAYER_IDS, baseStyle } from './map/base-layers.ts';
import { createMap } from './map/create-map.ts';
import { loadLabelFonts } from './map/fonts.ts';
import { LIGHT_THEME } from './map/theme.ts';
import { NamesInView } from './ui/names-in-view.ts';
import { STRINGS } from './ui/strings.ts';

/** The extent the base map has data for: the reader may not pan beyond it. */
function extentOf(topology: Topology): [number, number, number, number] {
  if (!topology.bbox) throw new Error('base map has no bbox');
  const [west, south, east, north] = topology.bbox;
  return [west, south, east, north];
}

async function start(): Promise<void> {
  const container = document.getElementById('map');
  if (!container) throw new Error('page has no #map element');
  container.setAttribute('aria-label', STRINGS.mapLabel);

  const response = await fetch(basemapUrl);
  if (!response.ok) throw new Error(`base map: HTTP ${response.status}`);
  const topology = (await response.json()) as Topology;
  const sources = basemapSources(topology);

  await loadLabelFonts(
    sources.labels.features.flatMap((f) => [String(f.properties?.name_en), String(f.properties?.name_zh)]),
  );

  const [west, south, east, north] = bbox(sources.divisions);
  const map = createMap({
    container,
    style: baseStyle(LIGHT_THEME, sources),
    bounds: [
      [west, south],
      [east, north],
    ],
    maxBounds: extentOf(topology),
    attribution: STRINGS.attribution,
  });
  new NamesInView({ layers: LABEL_LAYER_IDS, label: STRINGS.namesInView }).addTo(map, container);
  map.once('idle', () => container.setAttribute('data-map-ready', 'true'));
}

start().catch((error: unknown) => {
  console.error(error);
  const status = document.getElementById('status');
  if (status) status.textContent = STRINGS.loadFailed;
});
