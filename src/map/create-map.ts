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
  /** Plain-text attribution naming each data source. */
  attribution: string;
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
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ maxWidth: 120, unit: 'metric' }), 'bottom-left');
  map.addControl(
    new maplibregl.AttributionControl({ customAttribution: options.attribution }),
    'bottom-right',
  );
  // A compact attribution opens expanded; on a phone it would cover the map,
  // so it starts folded behind its button there.
  if (container.clientWidth < 640) {
    map.once('load', () => {
      container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
  }
  return map;
}
