/**
 * The places as the policy layers read them: each feature carries what its
 * layers match on (theme, rendering, dash, wash) and, for a point, its
 * compound symbol (see point-symbols.ts). Built once; the key and emphasis
 * never rebuild it.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceFeature } from '../content/atlas-data.ts';
import { categoryById } from '../content/categories.ts';
import { type ThemeId, designationById } from '../content/designations.ts';
import { MARKER_IMAGE_RADIUS } from './marker-scale.ts';
import { type PointSymbol, pointSymbols, symbolImage } from './point-symbols.ts';

/** Pixels between a marker and the ring drawn around it in focus. */
export const HALO_GAP = 5;

/** The theme a place is drawn in: that of its first designation. */
export function placeTheme(place: PlaceFeature): ThemeId {
  const first = place.properties.designations[0];
  return first ? designationById(first.id).theme : 'context';
}

function markerProperties(symbol: PointSymbol): Record<string, unknown> {
  const size = symbol.radius / MARKER_IMAGE_RADIUS;
  const haloSize = (symbol.radius + HALO_GAP) / MARKER_IMAGE_RADIUS;
  const [x, y] = symbol.offset;
  return {
    marker_image: symbolImage(symbol),
    marker_radius: symbol.radius,
    marker_size: size,
    // icon-offset is in image pixels, which icon-size scales.
    marker_offset: [x / size, y / size],
    halo_size: haloSize,
    halo_offset: [x / haloSize, y / haloSize],
    // Cities are named from the start; sites, institutions and context
    // (satellites or not) once the map is close enough to tell them apart.
    label_role: symbol.city ? 'city' : 'satellite',
    // text-offset is in ems of the 11 px satellite names: centred under the (displaced) marker,
    // its box (2 px of text-padding) clear of the marker's obstacle (see obstacleLayer).
    label_offset: [x / 11, (y + symbol.radius + 4) / 11],
  };
}

export interface PolicyFeatures {
  places: FeatureCollection;
  labels: FeatureCollection<Point>;
  symbols: PointSymbol[];
}

export function policyFeatures(places: readonly PlaceFeature[]): PolicyFeatures {
  const symbols = pointSymbols(places);
  const symbolById = new Map(symbols.map((s) => [s.id, s]));
  const styled = (place: PlaceFeature) => {
    const category = categoryById(place.properties.category);
    const symbol = symbolById.get(place.properties.id);
    return {
      id: place.properties.id,
      name_en: place.properties.name_en,
      name_zh: place.properties.name_zh,
      theme: placeTheme(place),
      rendering: category.rendering,
      dashed: category.dashed,
      wash: category.wash,
      ...(symbol ? markerProperties(symbol) : {}),
    };
  };
  return {
    places: {
      type: 'FeatureCollection',
      features: places.map((place): Feature => ({ type: 'Feature', properties: styled(place), geometry: place.geometry })),
    },
    labels: {
      type: 'FeatureCollection',
      features: places
        .filter((place) => place.geometry.type !== 'Point')
        .map((place) => ({
          type: 'Feature',
          properties: styled(place),
          geometry: { type: 'Point', coordinates: place.properties.label_point },
        })),
    },
    symbols,
  };
}
