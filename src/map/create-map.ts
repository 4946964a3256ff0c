/**
 * Creates the MapLibre map on the base style, framed on the region.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import { mapWorkerUrl } from '../data/asset-urls.ts';
import { frameMargin } from './camera.ts';

maplibregl.setWorkerUrl(mapWorkerUrl());

export interface CreateMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** The extent to frame on load, unless a camera is given. */
  bounds: LngLatBoundsLike;
  /** A camera to open at instead, e.g. from a shared link. */
  camera: { lng: number; lat: number; zoom: number } | null;
  /** How far the reader may pan: the extent the base map has data for. */
  maxBounds: LngLatBoundsLike;
  /** MapLibre's own control labels, in the interface's language. */
  locale: Record<string, string>;
  /**
   * Leave the page's scroll and pinch to the page: the map zooms with Ctrl
   * or ⌘ and scroll, and pans with two fingers, saying so in the locale's
   * language. For an embed in an article. Default: `false`.
   */
  cooperativeGestures?: boolean;
}

let workerStarted = false;
let workerFailure: Error | null = null;
const workerFailureListeners = new Set<(error: Error) => void>();

/**
 * Starts the map's worker now, so that its script downloads and compiles
 * while the data is still arriving, rather than once the map is made. A
 * worker started this early fails before any map listens: its failure is
 * kept here, from MapLibre's page-wide dispatcher, for the map to hear of.
 */
export function startMapWorker(): void {
  if (workerStarted) return;
  workerStarted = true;
  maplibregl.getGlobalDispatcher().on('error', (event: { error?: unknown }) => {
    const error = event.error instanceof Error ? event.error : new Error(String(event.error));
    workerFailure = error;
    for (const listener of workerFailureListeners) listener(error);
  });
  maplibregl.prewarm();
}

/** Calls `listener` when the map's worker fails to load, at once if it already has. Returns the unsubscribe. */
export function onWorkerFailure(listener: (error: Error) => void): () => void {
  if (workerFailure) listener(workerFailure);
  workerFailureListeners.add(listener);
  return () => workerFailureListeners.delete(listener);
}

/** Lets go of a worker that failed to start, once its map is removed, so that the next map starts a new one. */
export function dropMapWorker(): void {
  workerFailure = null;
  maplibregl.clearPrewarmedResources();
}

/** Whether an error from `createMap` means the browser cannot give the map a WebGL2 context. */
export function isNoWebglError(error: unknown): boolean {
  // By name: the class is declared in MapLibre's types but not among its runtime exports.
  return error instanceof Error && error.name === 'GPUInitializationError';
}

/**
 * Why the map's worker cannot start, or `null` if its script looks right.
 * MapLibre reports a worker that fails to load through the map's `error`
 * event, but not in every browser and not for every cause; a map that has
 * not loaded after a while asks this, to tell a missing or mis-served worker
 * (a host that sends `.mjs` as something other than JavaScript refuses the
 * module) from a merely slow machine.
 */
export async function workerProblem(url = mapWorkerUrl()): Promise<string | null> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) return `HTTP ${response.status}`;
    const type = response.headers.get('content-type') ?? '';
    if (!/\b(java|ecma)script\b/i.test(type)) return `served as "${type}", not JavaScript`;
    await response.arrayBuffer();
    return null;
  } catch (error) {
    return String(error);
  }
}

/** Whether a map error is MapLibre's report that its worker failed to load. */
export function isWorkerError(error: unknown): boolean {
  return error instanceof Error && /worker/i.test(error.message);
}

/** Whether the reader asks for reduced motion, as MapLibre reads it for the camera. */
function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function createMap(options: CreateMapOptions): maplibregl.Map {
  const { container } = options;
  const map = new maplibregl.Map({
    container,
    style: options.style,
    ...(options.camera
      ? { center: [options.camera.lng, options.camera.lat] as [number, number], zoom: options.camera.zoom }
      : { bounds: options.bounds, fitBoundsOptions: { padding: frameMargin(container.clientWidth) } }),
    minZoom: 2.5,
    maxZoom: 10,
    maxBounds: options.maxBounds,
    attributionControl: false,
    renderWorldCopies: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    cooperativeGestures: options.cooperativeGestures ?? false,
    locale: options.locale,
    // Names fade in and out over 300 ms (MapLibre's default) each time the map settles: an animation that a
    // reader who asks for reduced motion is spared, as MapLibre spares them the camera's easing. In software
    // WebGL each fade is the whole map drawn again frame after frame.
    fadeDuration: prefersReducedMotion() ? 0 : 300,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  return map;
}

/**
 * The map's controls: zoom buttons, scale and attribution, labelled in one
 * language. MapLibre reads its labels from the locale when a control is
 * added and has no call to change them, so a change of language updates the
 * locale table and adds the controls afresh.
 */
export class MapControls {
  private readonly map: maplibregl.Map;
  private controls: maplibregl.IControl[] = [];
  private readonly foldAttribution: boolean;
  private stopFolding: () => void = () => {};

  /**
   * With `foldAttribution: false` (an embed) the attribution is one line that
   * is always shown, never a button. Default: folded on narrow maps.
   */
  constructor(map: maplibregl.Map, options: { foldAttribution?: boolean } = {}) {
    this.map = map;
    this.foldAttribution = options.foldAttribution ?? true;
  }

  set(locale: Record<string, string>, attribution: string): void {
    this.remove();
    Object.assign(this.map._locale, locale);
    this.map.getCanvas().setAttribute('aria-label', locale['Map.Title'] ?? '');
    const { map } = this;
    const container = map.getContainer();
    this.controls = [
      new maplibregl.NavigationControl({ showCompass: false }),
      new maplibregl.ScaleControl({ maxWidth: 120, unit: 'metric' }),
      new maplibregl.AttributionControl({ customAttribution: attribution, ...(this.foldAttribution ? {} : { compact: false }) }),
    ];
    const [navigation, scale, credit] = this.controls;
    map.addControl(navigation, 'top-right');
    map.addControl(scale, 'bottom-left');
    map.addControl(credit, 'bottom-right');
    // A compact attribution opens expanded; on a phone it would cover the map,
    // so it starts folded behind its button there, and folds again when a wide
    // window is narrowed (MapLibre opens it on becoming compact).
    if (!this.foldAttribution) return;
    const narrow = () => container.clientWidth < 640;
    const fold = () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    if (narrow()) {
      if (map.loaded()) fold();
      else map.once('load', fold);
    }
    let wasNarrow = narrow();
    const onResize = () => {
      if (narrow() && !wasNarrow) fold();
      wasNarrow = narrow();
    };
    map.on('resize', onResize);
    this.stopFolding = () => map.off('resize', onResize);
  }

  remove(): void {
    this.stopFolding();
    this.stopFolding = () => {};
    for (const control of this.controls) this.map.removeControl(control);
    this.controls = [];
  }
}
