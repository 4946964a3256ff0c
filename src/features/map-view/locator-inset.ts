/**
 * A small locator map: where Northeast China lies in East Asia, with the
 * broad places a step or a selection names (China, Asia, Northeast Asia, the
 * neighbouring countries) washed in. The main map never zooms out to show
 * them; this inset does instead. It is plain SVG drawn from the base map's
 * outlines already in memory, so it costs no second WebGL context.
 */
import './locator-inset.css';
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { PlaceFeature } from '../../content/atlas-data.ts';
import type { Strings } from '../../i18n/strings.ts';
import { type Lang, localName } from '../../i18n/lang.ts';
import { el } from '../../ui/dom.ts';

export type Box = [west: number, south: number, east: number, north: number];

export interface LocatorInsetOptions {
  /** The land, the country borders and China's border of the base map. */
  land: FeatureCollection;
  countryLines: Geometry;
  chinaBorder: FeatureCollection;
  /** The region's divisions, drawn as the region. */
  region: FeatureCollection;
  /** The extent the inset shows: the base map's. */
  extent: Box;
}

const SVG = 'http://www.w3.org/2000/svg';
/** Each inset's clip path needs an id of its own on the page. */
let insets = 0;
/** The inset's drawing width in SVG units; its height follows the extent's shape. */
const WIDTH = 240;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  return element;
}

/** Web Mercator, as the main map draws, so the inset's shapes match it. */
function mercatorY(lat: number): number {
  const clamped = Math.max(-85, Math.min(85, lat));
  return Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360));
}

/** A projection of the extent onto the inset's drawing, north up. */
function projection(extent: Box): { project(p: Position): [number, number]; height: number } {
  const [west, south, east, north] = extent;
  const k = WIDTH / (((east - west) * Math.PI) / 180);
  const top = mercatorY(north);
  const height = (top - mercatorY(south)) * k;
  return {
    height,
    project: ([lng, lat]) => [((lng - west) * Math.PI * k) / 180, (top - mercatorY(lat)) * k],
  };
}

function ringPath(ring: Position[], project: (p: Position) => [number, number], close: boolean): string {
  const points = ring.map((p) => project(p).map((n) => n.toFixed(1)).join(' '));
  return points.length === 0 ? '' : `M${points.join('L')}${close ? 'Z' : ''}`;
}

/** An SVG path's `d` for any GeoJSON geometry but points. */
export function geometryPath(geometry: Geometry | null, project: (p: Position) => [number, number]): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((ring) => ringPath(ring, project, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => ringPath(ring, project, true))).join('');
    case 'LineString':
      return ringPath(geometry.coordinates, project, false);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => ringPath(line, project, false)).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => geometryPath(g, project)).join('');
    default:
      return '';
  }
}

function collectionPath(collection: FeatureCollection, project: (p: Position) => [number, number]): string {
  return collection.features.map((f: Feature) => geometryPath(f.geometry, project)).join('');
}

/**
 * The broad places of a list that reach beyond the region: these are what
 * the inset is for. The region itself (and anything drawn as it) is always on
 * the inset, so it is not "named here".
 */
export function placesBeyond(places: readonly PlaceFeature[], region: Box, broad: (place: PlaceFeature) => boolean): PlaceFeature[] {
  const [west, south, east, north] = region;
  const margin = 0.5;
  return places.filter((place) => {
    if (!broad(place)) return false;
    const [w, s, e, n] = bbox(place);
    return w < west - margin || s < south - margin || e > east + margin || n > north + margin;
  });
}

export class LocatorInset {
  readonly element: HTMLElement;
  private readonly caption: HTMLElement;
  private readonly named: HTMLElement;
  private readonly highlights: SVGGElement;
  private readonly view: SVGRectElement;
  private readonly project: (p: Position) => [number, number];

  constructor(options: LocatorInsetOptions) {
    const { project, height } = projection(options.extent);
    this.project = project;
    const path = (d: string, className: string) => svg('path', { d, class: className });
    // Broad places are washed in on land only: "Asia" is drawn as a box that takes in the sea.
    const clipId = `locator-land-${(insets += 1)}`;
    const landPath = collectionPath(options.land, project);
    const clip = svg('clipPath', { id: clipId });
    clip.append(svg('path', { d: landPath }));
    this.highlights = svg('g', { class: 'locator__named', 'clip-path': `url(#${clipId})` });
    this.view = svg('rect', { class: 'locator__view' });
    // The drawing repeats what the caption says in words, so it is hidden from screen readers.
    const drawing = svg('svg', {
      viewBox: `0 0 ${WIDTH} ${height.toFixed(1)}`,
      class: 'locator__drawing',
      'aria-hidden': 'true',
      focusable: 'false',
    });
    drawing.append(
      clip,
      svg('rect', { class: 'locator__sea', width: String(WIDTH), height: height.toFixed(1) }),
      path(landPath, 'locator__land'),
      this.highlights,
      path(geometryPath(options.countryLines, project), 'locator__borders'),
      path(collectionPath(options.chinaBorder, project), 'locator__china'),
      path(collectionPath(options.region, project), 'locator__region'),
      this.view,
    );
    this.caption = el('span', { className: 'locator__title' });
    this.named = el('span', { className: 'locator__list' });
    this.element = el('figure', { className: 'locator', attrs: { hidden: '' } }, [
      drawing,
      el('figcaption', { className: 'locator__caption' }, [this.caption, this.named]),
    ]);
  }

  /**
   * Shows the inset with the given broad places washed in and named in the
   * caption, or hides it (`null`). An empty list shows the region alone.
   */
  show(places: readonly PlaceFeature[] | null, lang: Lang, strings: Strings): void {
    if (places === null) {
      this.element.hidden = true;
      return;
    }
    this.element.hidden = false;
    this.caption.textContent = strings.locatorLabel;
    this.named.textContent = places.length > 0 ? strings.locatorNamed(places.map((p) => localName(p.properties, lang))) : '';
    this.highlights.replaceChildren(
      ...places.map((place) => svg('path', { d: geometryPath(place.geometry, this.project), 'data-place': place.properties.id })),
    );
  }

  /** Outlines the part of the inset the main map shows. */
  setView(bounds: Box): void {
    const [x0, y0] = this.project([bounds[0], bounds[3]]);
    const [x1, y1] = this.project([bounds[2], bounds[1]]);
    this.view.setAttribute('x', x0.toFixed(1));
    this.view.setAttribute('y', y0.toFixed(1));
    this.view.setAttribute('width', Math.max(1, x1 - x0).toFixed(1));
    this.view.setAttribute('height', Math.max(1, y1 - y0).toFixed(1));
  }
}
