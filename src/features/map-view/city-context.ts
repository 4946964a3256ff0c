/**
 * Puts the city-zoom context on the map the first time the reader zooms in
 * past CITY_CONTEXT_MIN_ZOOM (or a link opens there), never before: the data,
 * its font faces and the worker's tiling of it cost the overview nothing. The
 * data and the faces of its Chinese names come as one lazily imported chunk;
 * the names' fonts are loaded before the first label is drawn (a glyph
 * rasterised early would stay in a fallback face), and a font that fails only
 * means the fallback face. A failed import is tried again at the next zoom.
 */
import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../../i18n/lang.ts';
import {
  CITY_CONTEXT_MIN_ZOOM,
  CITY_CONTEXT_SOURCE,
  TOWN_DOT_IMAGE,
  cityContextLayers,
  townDot,
} from '../../map/city-context-layers.ts';
import { loadLabelFonts } from '../../map/fonts.ts';
import { POLICY_LAYER } from '../../map/policy-layers.ts';
import type { Palette } from '../../map/palette.ts';

export interface CityContextOptions {
  map: MapLibreMap;
  palette: Palette;
  lang: Lang;
}

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];

/** The context's data, and the faces of its names; faces that fail to load leave the names in a fallback font, never unshown. */
async function importContext(): Promise<FeatureCollection> {
  const faces = import('../../fonts/font-faces-detail.css').catch((error: unknown) => {
    console.warn('the faces of the city-zoom names could not be loaded; they use a fallback font', error);
  });
  const [data] = await Promise.all([import('../../../geodata/site/city-context.json'), faces]);
  return data.default as unknown as FeatureCollection;
}

export class CityContext {
  private readonly options: CityContextOptions;
  private palette: Palette;
  private lang: Lang;
  private state: 'waiting' | 'loading' | 'shown' | 'removed' = 'waiting';

  constructor(options: CityContextOptions) {
    this.options = options;
    this.palette = options.palette;
    this.lang = options.lang;
    options.map.on('zoomend', this.onZoom);
    options.map.on('idle', this.onZoom);
  }

  remove(): void {
    this.state = 'removed';
    this.options.map.off('zoomend', this.onZoom);
    this.options.map.off('idle', this.onZoom);
  }

  setPalette(palette: Palette): void {
    this.palette = palette;
    if (this.state !== 'shown') return;
    const { map } = this.options;
    map.updateImage(TOWN_DOT_IMAGE, townDot(palette, pixelRatio()));
    const { under, labels } = cityContextLayers(palette, this.lang);
    for (const layer of [...under, ...labels]) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) map.setPaintProperty(layer.id, name as PaintName, value);
    }
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    if (this.state !== 'shown') return;
    for (const layer of cityContextLayers(this.palette, lang).labels) {
      if (layer.type === 'symbol' && layer.layout?.['text-field']) {
        this.options.map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
      }
    }
  }

  private readonly onZoom = (): void => {
    if (this.state !== 'waiting' || this.options.map.getZoom() < CITY_CONTEXT_MIN_ZOOM) return;
    this.state = 'loading';
    void this.load();
  };

  private async load(): Promise<void> {
    let data: FeatureCollection;
    try {
      data = await importContext();
    } catch (error) {
      console.warn('the city-zoom context could not be loaded; it is tried again at the next zoom', error);
      if (this.state === 'loading') this.state = 'waiting';
      return;
    }
    const names = data.features.flatMap((f) => [String(f.properties?.name_en ?? ''), String(f.properties?.name_zh ?? '')]);
    await loadLabelFonts(this.palette.fonts, names);
    if (this.state !== 'loading') return;
    this.add(data);
    this.state = 'shown';
    this.options.map.off('zoomend', this.onZoom);
    this.options.map.off('idle', this.onZoom);
    // Said on the map's element, as its first idle is: what waits for the context (a test, the bench) looks there.
    this.options.map.getContainer().dataset.cityContext = 'shown';
  }

  private add(data: FeatureCollection): void {
    const { map } = this.options;
    // The names go under the map's first name layer (the base map's), and so under every name above it.
    const labelsBefore = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
    if (!map.hasImage(TOWN_DOT_IMAGE)) map.addImage(TOWN_DOT_IMAGE, townDot(this.palette, pixelRatio()), { pixelRatio: pixelRatio() });
    map.addSource(CITY_CONTEXT_SOURCE, { type: 'geojson', data });
    const { under, labels } = cityContextLayers(this.palette, this.lang);
    // Under the policy's washes, which sit just over the base map's areas.
    const fillsBefore = map.getLayer(POLICY_LAYER.areaFill) ? POLICY_LAYER.areaFill : labelsBefore;
    for (const layer of under) map.addLayer(layer, fillsBefore);
    for (const layer of labels) map.addLayer(layer, labelsBefore);
  }
}

const pixelRatio = (): number => Math.max(1, Math.ceil(window.devicePixelRatio));
