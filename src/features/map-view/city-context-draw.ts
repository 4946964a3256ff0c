/**
 * Draws the city-zoom context on the map: the lazily imported half of
 * city-context.ts, one chunk with the data, the layers' styles and the faces
 * of the names, so that none of it is fetched or parsed for the overview.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import cityContext from '../../../geodata/site/city-context.json';
import coast from '../../../geodata/site/coast.topo.json';
import { coastFeatures, washFringes } from '../../data/coast-data.ts';
import type { Lang } from '../../i18n/lang.ts';
import { BASE_LAYER } from '../../map/base-layers.ts';
import { CITY_CONTEXT_SOURCE, COAST_SOURCE, DETAILED_COAST } from '../../map/city-context-ids.ts';
import { TOWN_DOT_IMAGE, cityContextLayers, townDot } from '../../map/city-context-layers.ts';
import { loadLabelFonts } from '../../map/fonts.ts';
import type { Palette } from '../../map/palette.ts';
import { POLICY_LAYER } from '../../map/policy-layers.ts';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/** What the atlas may ask of the drawn context. */
export interface CityContextDrawing {
  setPalette(palette: Palette): void;
  setLanguage(lang: Lang): void;
}

const pixelRatio = (): number => Math.max(1, Math.ceil(window.devicePixelRatio));

/** The faces of the names; faces that fail to load leave the names in a fallback font, never unshown. */
async function loadFaces(palette: Palette, data: FeatureCollection): Promise<void> {
  try {
    await import('../../fonts/font-faces-detail.css');
  } catch (error) {
    console.warn('the faces of the city-zoom names could not be loaded; they use a fallback font', error);
  }
  // Loaded before the first label is drawn: a glyph rasterised early would stay in a fallback face.
  await loadLabelFonts(
    palette.fonts,
    data.features.flatMap((f) => [String(f.properties?.name_en ?? ''), String(f.properties?.name_zh ?? '')]),
  );
}

/** What the policy's map is asked once the detailed coast is drawn: to carry its washes over the fringes to it. */
export type CarryWashes = (fringes: ReturnType<typeof washFringes>) => void;

/** Adds the context's source and layers under the policy; `stillWanted` is asked once the fonts are in. */
export async function drawCityContext(
  map: MapLibreMap,
  palette: Palette,
  lang: Lang,
  stillWanted: () => boolean,
  carryWashes: CarryWashes,
): Promise<CityContextDrawing | null> {
  const data = cityContext as unknown as FeatureCollection;
  await loadFaces(palette, data);
  if (!stillWanted()) return null;
  map.addImage(TOWN_DOT_IMAGE, townDot(palette, pixelRatio()), { pixelRatio: pixelRatio() });
  map.addSource(CITY_CONTEXT_SOURCE, { type: 'geojson', data });
  const coastTopology = coast as unknown as Topology;
  map.addSource(COAST_SOURCE, { type: 'geojson', data: coastFeatures(coastTopology) });
  // The names go under the map's first name layer (the base map's), and so under every name above it.
  const labelsBefore = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
  // The lines and lakes under the policy's washes, which sit just over the base map's areas.
  const fillsBefore = map.getLayer(POLICY_LAYER.areaFill) ? POLICY_LAYER.areaFill : labelsBefore;
  const { ground, under, coast: coastLayers, labels } = cityContextLayers(palette, lang);
  for (const layer of ground) map.addLayer(layer, BASE_LAYER.areas);
  for (const layer of under) map.addLayer(layer, fillsBefore);
  for (const layer of coastLayers) map.addLayer(layer, labelsBefore);
  for (const layer of labels) map.addLayer(layer, labelsBefore);
  map.setGlobalStateProperty(DETAILED_COAST, true);
  carryWashes(washFringes(coastTopology));

  let current = { palette, lang };
  return {
    setPalette(next) {
      current = { ...current, palette: next };
      map.updateImage(TOWN_DOT_IMAGE, townDot(next, pixelRatio()));
      const { ground, under: lines, coast: coastLayers, labels: names } = cityContextLayers(next, current.lang);
      for (const layer of [...ground, ...lines, ...coastLayers, ...names]) {
        for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as PaintName, value);
      }
    },
    setLanguage(next) {
      current = { ...current, lang: next };
      for (const layer of cityContextLayers(current.palette, next).labels) {
        if (layer.type === 'symbol' && layer.layout?.['text-field']) map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
      }
    },
  };
}
