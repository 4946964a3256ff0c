/**
 * The infrastructure context layers: seaports, land border crossings,
 * airports and schematic trunk railways. The policy names none of them, so
 * they are drawn as context: small grey hollow symbols and dashed grey lines,
 * never in the policy's colours. Each kind is off until switched on in the
 * key; the state's `context` list says which are on. Each item shows only in
 * the years it was open: from its opening year until the year it closed.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { StateSource } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';
import { yearShown } from '../state/year-shown.ts';
import type { InfrastructureCollection, InfrastructureFeature, InfrastructureKind } from '../content/infrastructure-types.ts';
import { policyLabel } from './base-layers.ts';
import { addObstacleImage } from './markers.ts';
import { MARKER_IMAGE_RADIUS } from './marker-scale.ts';
import { obstacleLayer } from './policy-layers.ts';
import type { Palette } from './palette.ts';
import { labelSize } from './label-scale.ts';

export const CONTEXT_SOURCE = 'context-infrastructure';

/** How context is drawn: one grey for all, apart from the policy's palette. */
const CONTEXT_INK = '#6b665e';

type PointKind = Exclude<InfrastructureKind, 'railway'>;
const POINT_KINDS: readonly PointKind[] = ['seaport', 'border-crossing', 'airport'];

export function contextLayerIds(kind: InfrastructureKind): string[] {
  return kind === 'railway' ? ['context-railway'] : [`context-${kind}`, `context-${kind}-label`, obstacleId(kind)];
}

const obstacleId = (kind: PointKind) => `context-${kind}-obstacle`;

/** The radius of a context symbol as drawn, in px: the ring's or the diamond's, with its stroke. */
const SYMBOL_RADIUS = 7;

/** The label layers, for the list of names the map shows. */
export const CONTEXT_LABEL_LAYER_IDS = POINT_KINDS.map((kind) => `context-${kind}-label`);

const imageOf = (kind: PointKind) => `context-symbol-${kind}`;

/** A small hollow symbol per kind: a ring with a dot (port), a diamond with a bar (crossing), a plus in a ring (airport). */
function drawSymbol(kind: PointKind, pixelRatio: number): ImageData {
  const size = Math.ceil(16 * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  if (!g) throw new Error('no 2D canvas');
  const c = size / 2;
  const r = 5.5 * pixelRatio;
  g.lineWidth = 1.6 * pixelRatio;
  g.strokeStyle = CONTEXT_INK;
  g.fillStyle = 'rgba(255, 255, 255, 0.9)';
  g.beginPath();
  if (kind === 'border-crossing') {
    g.moveTo(c, c - r * 1.15);
    g.lineTo(c + r * 1.15, c);
    g.lineTo(c, c + r * 1.15);
    g.lineTo(c - r * 1.15, c);
    g.closePath();
  } else {
    g.arc(c, c, r, 0, Math.PI * 2);
  }
  g.fill();
  g.stroke();
  g.beginPath();
  if (kind === 'seaport') {
    g.fillStyle = CONTEXT_INK;
    g.arc(c, c, r * 0.4, 0, Math.PI * 2);
    g.fill();
  } else if (kind === 'border-crossing') {
    g.moveTo(c, c - r * 0.6);
    g.lineTo(c, c + r * 0.6);
    g.stroke();
  } else {
    g.moveTo(c - r * 0.6, c);
    g.lineTo(c + r * 0.6, c);
    g.moveTo(c, c - r * 0.6);
    g.lineTo(c, c + r * 0.6);
    g.stroke();
  }
  return g.getImageData(0, 0, size, size);
}

/**
 * Items of a kind open in a year, as the map filters them: the same rule as
 * `isOpenIn` (spatial/as-of.ts), opened by the year and not closed by it.
 */
export function openInFilter(kind: InfrastructureKind, year: number): ExpressionSpecification {
  return [
    'all',
    ['==', ['get', 'kind'], kind],
    ['<=', ['get', 'opened'], year],
    ['any', ['==', ['get', 'closed'], null], ['>', ['get', 'closed'], year]],
  ];
}

/** The layers, as style specs: pure, from the palette, the language and the year shown. */
export function contextLayers(palette: Palette, lang: Lang, year: number): LayerSpecification[] {
  const railway: LayerSpecification = {
    id: 'context-railway',
    type: 'line',
    source: CONTEXT_SOURCE,
    filter: openInFilter('railway', year),
    layout: { visibility: 'none', 'line-join': 'round' },
    paint: { 'line-color': CONTEXT_INK, 'line-width': 1.3, 'line-dasharray': [4, 3], 'line-opacity': 0.8 },
  };
  const points = POINT_KINDS.flatMap((kind): LayerSpecification[] => [
    {
      id: `context-${kind}`,
      type: 'symbol',
      source: CONTEXT_SOURCE,
      filter: openInFilter(kind, year),
      layout: { visibility: 'none', 'icon-image': imageOf(kind), 'icon-allow-overlap': true, 'icon-ignore-placement': true },
    },
    {
      id: `context-${kind}-label`,
      type: 'symbol',
      source: CONTEXT_SOURCE,
      filter: openInFilter(kind, year),
      minzoom: 5.5,
      layout: {
        visibility: 'none',
        'text-field': policyLabel(lang, 0.9),
        'text-font': palette.fonts,
        'text-size': labelSize(10),
        'text-anchor': 'top',
        // Clear of the symbol's obstacle: 10 px down, less 2 px of text-padding, is past its 7 px.
        'text-offset': [0, 1],
        'text-optional': true,
        'text-max-width': 9,
      },
      paint: { 'text-color': CONTEXT_INK, 'text-halo-color': palette.colors.halo, 'text-halo-width': 1.4 },
    },
  ]);
  return [railway, ...points];
}

/** Each kind's obstacle for the names (see obstacleLayer), which goes above every name: only what is open in the year shown. */
export function contextObstacleLayers(year: number): LayerSpecification[] {
  return POINT_KINDS.map((kind) => {
    const layer = obstacleLayer({ id: obstacleId(kind), source: CONTEXT_SOURCE, filter: openInFilter(kind, year), size: SYMBOL_RADIUS / MARKER_IMAGE_RADIUS });
    return { ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification;
  });
}

export interface ContextLayersOptions {
  map: MapLibreMap;
  infrastructure: InfrastructureCollection;
  palette: Palette;
  state: StateSource;
  /** Called on hover with the item under the pointer, or `null`. */
  onHover(item: InfrastructureFeature | null, point: { x: number; y: number }): void;
}

export class ContextLayers {
  private readonly options: ContextLayersOptions;
  private readonly unsubscribe: () => void;
  private readonly byId: Map<string, InfrastructureFeature>;
  private attached = false;

  constructor(options: ContextLayersOptions) {
    this.options = options;
    const { map, infrastructure, state } = options;
    this.byId = new Map(infrastructure.features.map((f) => [f.properties.id, f]));
    map.on('mousemove', this.onMouseMove);
    map.on('mouseout', this.onMouseOut);
    this.unsubscribe = state.subscribe(this.onState);
    this.render(state.get());
  }

  /**
   * Adds the source, symbols and layers the first time a kind is shown: they
   * are off by default, and a source the map holds is indexed by its worker
   * before the first frame whether or not anything draws it.
   */
  private attach(): void {
    if (this.attached) return;
    this.attached = true;
    const { map, infrastructure, palette, state } = this.options;
    const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio));
    for (const kind of POINT_KINDS) {
      if (!map.hasImage(imageOf(kind))) map.addImage(imageOf(kind), drawSymbol(kind, pixelRatio), { pixelRatio });
    }
    map.addSource(CONTEXT_SOURCE, { type: 'geojson', data: infrastructure });
    // Above the base map and the policy's washes, below the policy's markers and names:
    // context sits behind what the text says.
    const before = map.getStyle().layers.find((layer) => layer.id.startsWith('policy-') && (layer.type === 'symbol' || layer.type === 'circle'))?.id;
    for (const layer of contextLayers(palette, state.get().lang, yearShown(state.get()))) map.addLayer(layer, before);
    addObstacleImage(map);
    for (const layer of contextObstacleLayers(yearShown(state.get()))) map.addLayer(layer);
  }

  remove(): void {
    const { map } = this.options;
    this.unsubscribe();
    map.off('mousemove', this.onMouseMove);
    map.off('mouseout', this.onMouseOut);
  }

  /** The item drawn under a point, if its layer is on. */
  itemAt(point: { x: number; y: number }): InfrastructureFeature | null {
    const { map } = this.options;
    const layers = this.options.state
      .get()
      .context.flatMap((kind) => (kind === 'railway' ? ['context-railway'] : [`context-${kind}`]))
      .filter((id) => map.getLayer(id));
    if (layers.length === 0) return null;
    const box: [[number, number], [number, number]] = [
      [point.x - 6, point.y - 6],
      [point.x + 6, point.y + 6],
    ];
    const hit = map.queryRenderedFeatures(box, { layers })[0];
    return hit ? (this.byId.get(String(hit.properties.id)) ?? null) : null;
  }

  private readonly onState = (state: AppState, previous: AppState): void => {
    if (state.lang !== previous.lang && this.attached) {
      for (const layer of contextLayers(this.options.palette, state.lang, yearShown(state))) {
        if (layer.type === 'symbol' && layer.layout?.['text-field']) {
          this.options.map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
        }
      }
    }
    if (state.asOf !== previous.asOf && this.attached) {
      const year = yearShown(state);
      for (const layer of [...contextLayers(this.options.palette, state.lang, year), ...contextObstacleLayers(year)]) {
        if ('filter' in layer && layer.filter) this.options.map.setFilter(layer.id, layer.filter);
      }
    }
    if (state.context !== previous.context) this.render(state);
  };

  private render(state: AppState): void {
    const { map } = this.options;
    if (state.context.length === 0 && !this.attached) return;
    this.attach();
    for (const kind of [...POINT_KINDS, 'railway' as const]) {
      const visibility = state.context.includes(kind) ? 'visible' : 'none';
      for (const id of contextLayerIds(kind)) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility);
    }
  }

  private readonly onMouseMove = (event: MapMouseEvent): void => {
    const item = this.itemAt(event.point);
    // The policy map sets the cursor on every move; only an item here turns it to a pointer.
    if (item) this.options.map.getCanvas().style.cursor = 'pointer';
    this.options.onHover(item, event.point);
  };

  private readonly onMouseOut = (): void => this.options.onHover(null, { x: 0, y: 0 });
}
