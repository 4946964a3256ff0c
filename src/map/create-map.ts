/**
 * Creates the MapLibre map on the base style, framed on the region.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import { mapWorkerUrl } from '../data/asset-urls.ts';

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

/** Padding around the framed region, smaller on a narrow screen. */
export function framePadding(width: number): number {
  return width < 600 ? 12 : 36;
}

export function createMap(options: CreateMapOptions): maplibregl.Map {
  const { container } = options;
  const map = new maplibregl.Map({
    container,
    style: options.style,
    ...(options.camera
      ? { center: [options.camera.lng, options.camera.lat] as [number, number], zoom: options.camera.zoom }
      : { bounds: options.bounds, fitBoundsOptions: { padding: framePadding(container.clientWidth) } }),
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
    // so it starts folded behind its button there.
    if (this.foldAttribution && container.clientWidth < 640) {
      const fold = () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
      if (map.loaded()) fold();
      else map.once('load', fold);
    }
  }

  remove(): void {
    for (const control of this.controls) this.map.removeControl(control);
    this.controls = [];
  }
}
