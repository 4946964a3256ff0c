/**
 * The marker of the spot "what's here" describes: a dark ring with a white
 * halo, unlike any policy marker, drawn from the state's `at`.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { StateSource } from '../state/actions.ts';
import type { AppState } from '../state/app-state.ts';

const SOURCE = 'whats-here-spot';

function spotData(state: AppState): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: state.at ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: state.at } }] : [],
  };
}

export class SpotMarker {
  private readonly unsubscribe: () => void;

  constructor(map: MapLibreMap, state: StateSource) {
    map.addSource(SOURCE, { type: 'geojson', data: spotData(state.get()) });
    map.addLayer({
      id: 'whats-here-spot-halo',
      type: 'circle',
      source: SOURCE,
      paint: { 'circle-radius': 11, 'circle-color': 'rgba(255, 255, 255, 0.6)', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
    map.addLayer({
      id: 'whats-here-spot',
      type: 'circle',
      source: SOURCE,
      paint: { 'circle-radius': 7, 'circle-color': 'rgba(0, 0, 0, 0)', 'circle-stroke-color': '#26221d', 'circle-stroke-width': 3 },
    });
    this.unsubscribe = state.subscribe((next, previous) => {
      if (next.at === previous.at) return;
      // The camera brings a spot chosen off the map (a search result, Back) into view; see camera.ts.
      (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(spotData(next));
    });
  }

  remove(): void {
    this.unsubscribe();
  }
}
