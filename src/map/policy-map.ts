/**
 * Puts the policy on the map and keeps the map in step with the state:
 * layers from the palette, emphasis by feature state (set only for the places
 * whose emphasis changed), the key's themes by layer filters, framing of the
 * camera (see camera.ts) moved when the state asks for it, hover tooltips
 * and click selection, and the reader's own camera moves in the URL.
 */
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from 'maplibre-gl';
import { type AtlasData, type PlaceFeature, placesOfSelection, placesShown } from '../content/atlas-data.ts';
import { designationsOfThemes } from '../content/designations.ts';
import type { Lang } from '../i18n/lang.ts';
import type { StateSource } from '../state/actions.ts';
import type { AppState, Camera, Selection } from '../state/app-state.ts';
import type { ChangeMeta } from '../state/store.ts';
import { roundCamera } from '../state/url-state.ts';
import { BASE_LAYER, BASE_SOURCE, baseLayers, divisionFilter, roleFilter } from './base-layers.ts';
import { type CameraSources, type CameraTarget, type Edges, type Framing, type Motion, cameraFor, cameraTarget, framingFor } from './camera.ts';
import { addMarkerImages } from './markers.ts';
import { type PolicyFeatures, policyFeatures } from './policy-features.ts';
import {
  AREA_LABELS_SOURCE,
  FILLS_BEFORE,
  FOCUSED_OUTLINES_SOURCE,
  INTERACTIVE_LAYERS,
  PLACES_SOURCE,
  ROLE_FILTERS,
  policyLayers,
  shownFilter,
} from './policy-layers.ts';
import type { Palette } from './palette.ts';

/** One thing a click can mean: a place, or the prefecture under the pointer. */
export type Pick =
  | { kind: 'place'; place: PlaceFeature }
  | { kind: 'division'; id: string; nameEn: string; nameZh: string }
  /** The spot itself, for "what's here". */
  | { kind: 'spot'; at: [number, number] };

export interface PolicyMapOptions {
  map: MapLibreMap;
  data: AtlasData;
  palette: Palette;
  /** The state the map draws; it changes it only through the callbacks below. */
  state: StateSource;
  /** Frames the region when the state holds no camera. */
  regionBounds: [[number, number], [number, number]];
  /** The base map's prefecture-level divisions, to frame a selected one. */
  divisions: FeatureCollection;
  /** The tour's steps, with the places each frames. */
  tourSteps: CameraSources['tourSteps'];
  /** Called on hover with what is under the pointer, or `null`. */
  onHover(pick: PlaceFeature | null, point: { x: number; y: number }): void;
  /** Called when a click hits one thing: select it. */
  onSelect(selection: Selection): void;
  /** Called when the reader has moved the map (a framing the map made itself is not the reader's camera). */
  onCameraChange(camera: Camera): void;
  /** Called when a click hits several things, to let the reader choose. */
  onAmbiguousClick(picks: Pick[], point: { x: number; y: number }): void;
  /** Called when the map starts moving, e.g. to close what was opened at a point. */
  onMoveStart(): void;
  /** Called when a click hits no place: describe the spot ([lng, lat]) at that point. */
  onSpot(at: [number, number], point: { x: number; y: number }): void;
  /** Asked when a click hits no marker: whether something drawn for context (e.g. a port) takes the click. */
  claimClick?(point: { x: number; y: number }): boolean;
  /**
   * What covers the map's edges now (the open key, the phone's sheet, the
   * tour's column, the locator inset), in pixels: the camera keeps clear of
   * it, so nothing framed sits under them.
   */
  coveredEdges?(): Partial<Edges>;
}

type Emphasis = { selected: boolean; lit: boolean; hover: boolean; dim: boolean };

const emphasisKey = (e: Emphasis) => `${+e.selected}${+e.lit}${+e.hover}${+e.dim}`;

/** The emphasis of a place the map has no feature state for. */
const NO_EMPHASIS = emphasisKey({ selected: false, lit: false, hover: false, dim: false });

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The base layer naming the sub-provincial cities' divisions; see render(). */
const MAJOR_DIVISION_LABELS = 'major-division-labels';

/** Layers a selected division is drawn with. */
const DIVISION_HIGHLIGHT = 'division-highlight';

export class PolicyMap {
  private readonly options: PolicyMapOptions;
  private readonly unsubscribe: () => void;
  private previewIds: string[] | null = null;
  private hovered: string | null = null;
  /** The camera move the last change asked for, made once every listener has run (and the layout has followed the state). */
  private pendingFraming: Framing = null;
  private readonly features: PolicyFeatures;
  /** The emphasis each place was last given, so that only changes reach the map. */
  private readonly applied = new Map<string, string>();
  /** The `hidden` the layer filters were last set from. */
  private appliedHidden: string | null = null;
  /** The outline-rendered places, by id: the focused-outline source holds those in focus. */
  private readonly outlines: ReadonlyMap<string, Feature>;
  /** The ids the focused-outline source was last given. */
  private appliedOutlines = '';
  private palette: Palette;
  private removed = false;
  /** Whether the washes have been carried to the detailed coast (`carryWashesToCoast`). */
  private carried = false;

  constructor(options: PolicyMapOptions) {
    this.options = options;
    this.palette = options.palette;
    const { map } = options;
    this.features = policyFeatures(options.data.places);
    this.outlines = new Map(
      this.features.places.features
        .filter((feature) => feature.properties?.rendering === 'outline')
        .map((feature) => [String(feature.properties?.id), feature]),
    );
    addMarkerImages(map, this.features.symbols, this.palette);
    this.addSources();
    this.addLayers();
    map.on('mousemove', this.onMouseMove);
    map.on('mouseout', this.onMouseOut);
    map.on('click', this.onClick);
    map.on('moveend', this.onMoveEnd);
    map.on('movestart', this.onMoveStart);
    this.unsubscribe = options.state.subscribe(this.onState);
    const initial = options.state.get();
    this.render(initial);
    // A link opens at its own camera, or framed on what it names, clear of what covers the map.
    this.schedule(initial.camera ? { kind: 'camera' } : { kind: 'frame', target: cameraTarget(initial), motion: 'jump' });
  }

  remove(): void {
    const { map } = this.options;
    this.removed = true;
    this.unsubscribe();
    map.off('mousemove', this.onMouseMove);
    map.off('mouseout', this.onMouseOut);
    map.off('click', this.onClick);
    map.off('moveend', this.onMoveEnd);
    map.off('movestart', this.onMoveStart);
  }

  /** Lights the given places while the reader points at a sentence; `null` ends the preview. */
  preview(placeIds: string[] | null): void {
    this.previewIds = placeIds;
    this.render(this.options.state.get());
  }

  /**
   * Carries each area's wash over its fringe past the base map's coast, once the
   * detailed coast is on the map to trim it (city-context-draw.ts): a fringe is
   * one more feature of the place's own id, so it takes the place's emphasis,
   * theme and filters, and no outline is drawn round it (`fringe` in ROLE_FILTERS).
   */
  carryWashesToCoast(fringes: readonly Feature<Geometry, { id: string }>[]): void {
    if (this.removed || this.carried) return;
    this.carried = true;
    const byId = new Map(this.features.places.features.map((feature) => [String(feature.properties?.id), feature]));
    const carried = fringes.flatMap((fringe): Feature[] => {
      const place = byId.get(fringe.properties.id);
      return place ? [{ type: 'Feature', properties: { ...place.properties, fringe: true }, geometry: fringe.geometry }] : [];
    });
    const source = this.options.map.getSource(PLACES_SOURCE) as GeoJSONSource | undefined;
    source?.setData({ type: 'FeatureCollection', features: [...this.features.places.features, ...carried] });
  }

  private addSources(): void {
    const { map } = this.options;
    map.addSource(PLACES_SOURCE, { type: 'geojson', data: this.features.places, promoteId: 'id' });
    map.addSource(AREA_LABELS_SOURCE, { type: 'geojson', data: this.features.labels, promoteId: 'id' });
    map.addSource(FOCUSED_OUTLINES_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' });
  }

  private addLayers(): void {
    const { map } = this.options;
    const { under, over } = policyLayers(this.palette, this.options.state.get().lang);
    for (const layer of under) map.addLayer(layer, FILLS_BEFORE);
    // The outlines go under every name, the base map's too, as lines go under names on any map;
    // and so that what is drawn over lines and under names at city zoom (the detailed sea, which
    // trims the zones' coarse coasts) can go between them. The markers and names stay on top.
    const firstName = map.getStyle().layers.find((layer) => layer.type === 'symbol')?.id;
    for (const layer of over) map.addLayer(layer, layer.type === 'symbol' ? undefined : firstName);
    // Over the zones' outlines, under the markers and names.
    map.addLayer(
      {
        id: DIVISION_HIGHLIGHT,
        type: 'line',
        source: BASE_SOURCE,
        filter: divisionFilter(''),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': this.palette.colors.selectionRing, 'line-width': 3 },
      },
      firstName,
    );
  }

  /**
   * Redraws the policy in another palette: the same layers, sources and
   * feature state, with each paint property and marker image from the new
   * table, so the selection and the key's choices stay as they are.
   */
  setPalette(palette: Palette): void {
    const { map } = this.options;
    this.palette = palette;
    addMarkerImages(map, this.features.symbols, palette);
    const { under, over } = policyLayers(palette, this.options.state.get().lang);
    for (const layer of [...under, ...over]) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) {
        map.setPaintProperty(layer.id, name as Parameters<MapLibreMap['setPaintProperty']>[1], value);
      }
    }
    map.setPaintProperty(DIVISION_HIGHLIGHT, 'line-color', palette.colors.selectionRing);
  }

  private readonly onState = (state: AppState, previous: AppState, meta: ChangeMeta): void => {
    if (state.lang !== previous.lang) this.relabel(state.lang);
    this.render(state);
    const framing = framingFor(state, previous, meta);
    if (framing) this.schedule(framing);
  };

  /**
   * Frames what the state shows again, at once, for a layout that changed
   * (the sheet settled at a new height, the tour went fullscreen). A camera
   * the reader chose stays; so does a framing already waiting to be made,
   * which measures the new layout itself.
   */
  reframe(): void {
    const state = this.options.state.get();
    if (state.camera || this.pendingFraming) return;
    this.schedule({ kind: 'frame', target: cameraTarget(state), motion: 'jump' });
  }

  /**
   * Moves the camera after the listeners of this change have run: the tour's
   * column, the sheet and the key then cover what they will cover.
   */
  private schedule(framing: Framing): void {
    const waiting = this.pendingFraming !== null;
    this.pendingFraming = framing;
    if (waiting) return;
    queueMicrotask(() => {
      const next = this.pendingFraming;
      this.pendingFraming = null;
      if (!next || this.removed) return;
      if (next.kind === 'camera') this.toStateCamera();
      else this.frame(next.target, next.motion);
    });
  }

  private cameraSources(): CameraSources {
    const { data, divisions, tourSteps, regionBounds } = this.options;
    const [[west, south], [east, north]] = regionBounds;
    return { data, divisions, tourSteps, regionBounds: [west, south, east, north] };
  }

  private covered(): Edges {
    const covered = this.options.coveredEdges?.() ?? {};
    return { top: covered.top ?? 0, right: covered.right ?? 0, bottom: covered.bottom ?? 0, left: covered.left ?? 0 };
  }

  /** The reader's own camera from the state (Back to a moved map). */
  private toStateCamera(): void {
    const camera = this.options.state.get().camera;
    if (camera) this.options.map.jumpTo({ center: [camera.lng, camera.lat], zoom: camera.zoom });
  }

  private frame(target: CameraTarget, motion: Motion): void {
    const { map } = this.options;
    // The layout may have changed with the state (the tour's column opened): the canvas follows first.
    map.resize();
    const container = map.getContainer();
    const move = cameraFor(target, this.cameraSources(), {
      width: container.clientWidth,
      height: container.clientHeight,
      covered: this.covered(),
      zoom: map.getZoom(),
      visible: map.getBounds().toArray().flat() as [number, number, number, number],
    }, motion);
    if (!move) return;
    const { center, zoom, duration } = move;
    if (duration === 0) map.jumpTo({ center, zoom });
    else map.easeTo({ center, zoom, duration });
  }

  /** Names on the map lead in the interface's language: the label layers' text, from the same style functions. */
  private relabel(lang: Lang): void {
    const { map } = this.options;
    const { under, over } = policyLayers(this.palette, lang);
    for (const layer of [...baseLayers(this.palette, lang), ...under, ...over]) {
      if (layer.type !== 'symbol' || !layer.layout?.['text-field'] || !map.getLayer(layer.id)) continue;
      map.setLayoutProperty(layer.id, 'text-field', layer.layout['text-field']);
    }
  }

  /** Feature state and filters from the state: emphasis, hidden themes, the selected division. */
  private render(state: AppState): void {
    const { map, data } = this.options;
    // While the tour is open the map is its picture: its step lights the places (by preview), and a selection a link also names is not shown.
    const selection = state.tour === null ? state.selection : null;
    const selectedId = selection?.kind === 'place' ? selection.id : null;
    const lit = new Set(
      this.previewIds ?? placesOfSelection(data, selection?.kind === 'place' ? null : selection).map((p) => p.properties.id),
    );
    const focused = selectedId !== null || lit.size > 0;
    const outlinesInFocus: string[] = [];
    for (const place of data.places) {
      const id = place.properties.id;
      const emphasis = {
        selected: id === selectedId,
        lit: lit.has(id),
        hover: id === this.hovered,
        dim: focused && id !== selectedId && !lit.has(id),
      };
      const outline = this.outlines.has(id);
      if (outline && (emphasis.selected || emphasis.lit || emphasis.hover)) outlinesInFocus.push(id);
      const key = emphasisKey(emphasis);
      // A place never given a state reads as all false: only a change from that reaches the map.
      if ((this.applied.get(id) ?? NO_EMPHASIS) === key) continue;
      this.applied.set(id, key);
      map.setFeatureState({ source: PLACES_SOURCE, id }, emphasis);
      if (place.geometry.type !== 'Point') map.setFeatureState({ source: AREA_LABELS_SOURCE, id }, emphasis);
      if (outline) map.setFeatureState({ source: FOCUSED_OUTLINES_SOURCE, id }, emphasis);
    }
    this.applyOutlinesInFocus(outlinesInFocus);
    this.applyHidden(state);
    const divisionId = selection?.kind === 'division' ? selection.id : '';
    map.setFilter(DIVISION_HIGHLIGHT, divisionFilter(divisionId));
  }

  /** Gives the focused-outline source the outlines in focus, when they change; at rest it holds none. */
  private applyOutlinesInFocus(ids: readonly string[]): void {
    const key = ids.join();
    if (key === this.appliedOutlines) return;
    this.appliedOutlines = key;
    const source = this.options.map.getSource<GeoJSONSource>(FOCUSED_OUTLINES_SOURCE);
    source?.setData({ type: 'FeatureCollection', features: ids.flatMap((id) => this.outlines.get(id) ?? []) });
  }

  /** The key's themes as layer filters: a place shows while any of its designations is on. */
  private applyHidden(state: AppState): void {
    const { map, data } = this.options;
    const key = state.hidden.join();
    if (key === this.appliedHidden) return;
    this.appliedHidden = key;
    const shown = placesShown(data, designationsOfThemes(state.hidden));
    const ids = state.hidden.length === 0 ? null : shown.map((p) => p.properties.id);
    for (const layerId of Object.keys(ROLE_FILTERS)) {
      if (map.getLayer(layerId)) map.setFilter(layerId, shownFilter(layerId, ids));
    }
    // The city markers name the sub-provincial cities; their divisions'
    // names would only repeat them beside the markers.
    const citiesShown = shown.some((p) => p.properties.category === 'city');
    if (map.getLayer(MAJOR_DIVISION_LABELS)) {
      map.setLayoutProperty(MAJOR_DIVISION_LABELS, 'visibility', citiesShown ? 'none' : 'visible');
    }
  }

  /** What lies under a point: markers first, then bands and areas, smallest first. */
  private picksAt(point: { x: number; y: number }): Pick[] {
    const { map, data } = this.options;
    const box: [[number, number], [number, number]] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    const hits = map.queryRenderedFeatures(box, { layers: [...INTERACTIVE_LAYERS] });
    const ids = [...new Set(hits.map((hit) => String(hit.properties.id)))];
    const places = ids.flatMap((id) => data.placeById.get(id) ?? []);
    const points = places.filter((p) => p.geometry.type === 'Point');
    if (points.length > 0) return points.map((place) => ({ kind: 'place', place }));
    const areas = places.sort((a, b) => area(a) - area(b));
    const picks: Pick[] = areas.map((place) => ({ kind: 'place', place }));
    const division = map.queryRenderedFeatures([point.x, point.y], {
      layers: [BASE_LAYER.areas],
      filter: roleFilter(['division']),
    })[0] as
      | MapGeoJSONFeature
      | undefined;
    if (division) {
      picks.push({
        kind: 'division',
        id: String(division.properties.id),
        nameEn: String(division.properties.name_en),
        nameZh: String(division.properties.name_zh),
      });
    }
    return picks;
  }

  private readonly onMouseMove = (event: MapMouseEvent): void => {
    const { map, data } = this.options;
    const hit = map.queryRenderedFeatures(event.point, { layers: [...INTERACTIVE_LAYERS] })[0];
    const place = hit ? (data.placeById.get(String(hit.properties.id)) ?? null) : null;
    const id = place?.properties.id ?? null;
    map.getCanvas().style.cursor = place ? 'pointer' : '';
    if (id !== this.hovered) {
      this.hovered = id;
      this.render(this.options.state.get());
    }
    this.options.onHover(place, event.point);
  };

  private readonly onMouseOut = (): void => {
    this.hovered = null;
    this.render(this.options.state.get());
    this.options.onHover(null, { x: 0, y: 0 });
  };

  private readonly onClick = (event: MapMouseEvent): void => {
    // The tour presents its steps: the map is its picture, and a click on it neither selects nor moves anything.
    if (this.options.state.get().tour !== null) return;
    const picks = this.picksAt(event.point);
    const at: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    const onMarker = picks.some((pick) => pick.kind === 'place' && pick.place.geometry.type === 'Point');
    if (!onMarker && this.options.claimClick?.(event.point)) return;
    // No place under the click: the spot itself is what the reader asks about.
    if (picks.every((pick) => pick.kind === 'division')) {
      this.options.onSpot(at, event.point);
      return;
    }
    // Within areas, the spot is one more choice beside them; a marker means the place.
    if (!onMarker) picks.push({ kind: 'spot', at });
    const [pick] = picks;
    if (picks.length === 1 && pick?.kind === 'place') {
      this.options.onSelect({ kind: 'place', id: pick.place.properties.id });
      return;
    }
    this.options.onAmbiguousClick(picks, event.point);
  };

  private readonly onMoveStart = (): void => this.options.onMoveStart();

  /** Only the reader's moves (which MapLibre marks with the event that made them) are the state's camera. */
  private readonly onMoveEnd = (event: { originalEvent?: unknown }): void => {
    if (!event.originalEvent) return;
    const { map } = this.options;
    const center = map.getCenter();
    this.options.onCameraChange(roundCamera({ lng: center.lng, lat: center.lat, zoom: map.getZoom() }));
  };
}

/** A rough planar area, to list smaller areas (more specific) first. */
function area(place: PlaceFeature): number {
  const [west, south, east, north] = bbox(place);
  return (east - west) * (north - south);
}
