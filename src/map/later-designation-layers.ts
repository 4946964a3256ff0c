/**
 * The later designations on the map (the key's "Since 2009" group): a marker
 * at each host city, never an area, since no source read gives any of them a
 * boundary. Designations at the same city share one marker, labelled with
 * their years ("2015 · 2019"). What is drawn is always of one year: the
 * source's data is `laterDesignationMarkers` of the designations made by then.
 * Off until switched on; the state's `later` says whether it is.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { LaterDesignationFeature } from '../content/later-designation-types.ts';
import type { StateSource } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { labelSize } from './label-scale.ts';
import type { Palette } from './palette.ts';
import { POLICY_LAYER } from './policy-layers.ts';

/** The designations of one year, as the page shows them. */
interface YearShown {
  year: number;
  items: readonly LaterDesignationFeature[];
}

export const LATER_SOURCE = 'later-designations';
export const LATER_LAYER_IDS = ['later-ring', 'later-dot', 'later-label'] as const;

export interface LaterMarkerProperties {
  /** The host point's key, `lng,lat`. */
  key: string;
  /** The designations drawn at this marker, oldest first, joined by commas. */
  ids: string;
  /** Their years, as the label shows them: "2015 · 2019". */
  years: string;
}

/** One marker per host point, holding every designation drawn there. Designations without geometry are listed, not drawn. */
export function laterDesignationMarkers(shown: readonly LaterDesignationFeature[]): FeatureCollection<Point, LaterMarkerProperties> {
  const byPoint = new Map<string, { at: [number, number]; items: LaterDesignationFeature[] }>();
  for (const feature of shown) {
    if (!feature.geometry) continue;
    const [lng, lat] = feature.geometry.coordinates;
    const key = `${lng},${lat}`;
    const entry = byPoint.get(key) ?? { at: [lng, lat], items: [] };
    entry.items.push(feature);
    byPoint.set(key, entry);
  }
  return {
    type: 'FeatureCollection',
    features: [...byPoint].map(([key, { at, items }]) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: {
        key,
        ids: items.map((item) => item.properties.id).join(','),
        years: [...new Set(items.map((item) => item.properties.opened))].join(' · '),
      },
    })),
  };
}

/**
 * Where a marker sits from its host city's point, in screen pixels: up and to
 * the right, like a flag on the city, since the policy's own marker for the
 * city (Harbin's disc) would otherwise hide it. Its years go to its right.
 */
const FLAG_OFFSET: [number, number] = [13, -13];

/**
 * The layers, as style specs: pure, from the palette. A ring and a dot in
 * the label ink on the label halo: dark on light land, pale on dark land, and
 * apart from the policy's theme hues and the context layers' grey symbols.
 */
export function laterDesignationLayers(palette: Palette, visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const ink = palette.colors.labelArea;
  return [
    {
      id: 'later-ring',
      type: 'circle',
      source: LATER_SOURCE,
      layout: { visibility },
      paint: {
        'circle-radius': 7,
        'circle-color': palette.colors.halo,
        'circle-stroke-color': ink,
        'circle-stroke-width': 2.5,
        'circle-translate': FLAG_OFFSET,
      },
    },
    {
      id: 'later-dot',
      type: 'circle',
      source: LATER_SOURCE,
      layout: { visibility },
      paint: { 'circle-radius': 2.5, 'circle-color': ink, 'circle-translate': FLAG_OFFSET },
    },
    {
      id: 'later-label',
      type: 'symbol',
      source: LATER_SOURCE,
      layout: {
        visibility,
        'text-field': ['get', 'years'],
        'text-font': palette.fonts,
        'text-size': labelSize(11),
        'text-anchor': 'left',
        'text-offset': [0.9, 0],
        'text-optional': true,
      },
      paint: { 'text-color': ink, 'text-halo-color': palette.colors.halo, 'text-halo-width': 1.6, 'text-translate': FLAG_OFFSET },
    },
  ];
}

export interface LaterDesignationLayersOptions {
  map: MapLibreMap;
  palette: Palette;
  state: StateSource;
  /** The designations of the year the page shows; asked again on every change of state, since the year is the page's. */
  since(): YearShown;
  /** Called on hover with the designations under the pointer (none: `[]`). */
  onHover(items: LaterDesignationFeature[], point: { x: number; y: number }): void;
}

export class LaterDesignationLayers {
  private readonly options: LaterDesignationLayersOptions;
  private readonly unsubscribe: () => void;
  private palette: Palette;
  private shown: YearShown;
  private attached = false;

  constructor(options: LaterDesignationLayersOptions) {
    this.options = options;
    this.palette = options.palette;
    this.shown = options.since();
    options.map.on('mousemove', this.onMouseMove);
    options.map.on('mouseout', this.onMouseOut);
    this.unsubscribe = options.state.subscribe(this.onState);
    this.render(options.state.get());
  }

  remove(): void {
    this.unsubscribe();
    this.options.map.off('mousemove', this.onMouseMove);
    this.options.map.off('mouseout', this.onMouseOut);
  }

  /** Another year shown: the markers are drawn again from its designations. */
  private follow(shown: YearShown): void {
    if (shown.year === this.shown.year) return;
    this.shown = shown;
    const source = this.options.map.getSource<GeoJSONSource>(LATER_SOURCE);
    source?.setData(laterDesignationMarkers(shown.items));
  }

  /** Repaints the markers in another colour table. */
  setPalette(palette: Palette): void {
    this.palette = palette;
    if (!this.attached) return;
    for (const layer of laterDesignationLayers(palette, true)) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) this.options.map.setPaintProperty(layer.id, name as 'circle-color', value);
    }
  }

  /** The designations drawn under a point, oldest first, if the layer is on. */
  itemsAt(point: { x: number; y: number }): LaterDesignationFeature[] {
    const { map, state } = this.options;
    if (!state.get().later || !map.getLayer('later-ring')) return [];
    const box: [[number, number], [number, number]] = [
      [point.x - 8, point.y - 8],
      [point.x + 8, point.y + 8],
    ];
    const hit = map.queryRenderedFeatures(box, { layers: ['later-ring'] })[0];
    if (!hit) return [];
    const ids = new Set(String(hit.properties.ids).split(','));
    return this.shown.items.filter((feature) => ids.has(feature.properties.id));
  }

  /** Adds the source and layers the first time they are shown: off by default, they cost nothing until then. */
  private attach(): void {
    if (this.attached) return;
    this.attached = true;
    const { map } = this.options;
    map.addSource(LATER_SOURCE, { type: 'geojson', data: laterDesignationMarkers(this.shown.items) });
    // Above the policy's markers, beside which each flag stands, and below the places' names.
    const before = map.getLayer(POLICY_LAYER.markerLabel) ? POLICY_LAYER.markerLabel : undefined;
    for (const layer of laterDesignationLayers(this.palette, false)) map.addLayer(layer, before);
  }

  private readonly onState = (state: AppState, previous: AppState): void => {
    this.follow(this.options.since());
    if (state.later !== previous.later) this.render(state);
  };

  private render(state: AppState): void {
    const { map } = this.options;
    if (!state.later && !this.attached) return;
    this.attach();
    for (const id of LATER_LAYER_IDS) map.setLayoutProperty(id, 'visibility', state.later ? 'visible' : 'none');
  }

  private readonly onMouseMove = (event: MapMouseEvent): void => {
    const items = this.itemsAt(event.point);
    if (items.length > 0) this.options.map.getCanvas().style.cursor = 'pointer';
    this.options.onHover(items, event.point);
  };

  private readonly onMouseOut = (): void => this.options.onHover([], { x: 0, y: 0 });
}
