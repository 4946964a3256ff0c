/**
 * The one camera: where the map looks for a state, clear of whatever covers
 * the map's edges (the key, the phone's sheet, the tour's column, the
 * locator inset). Pure: it takes sizes in pixels and geometry in degrees and
 * returns a centre, a zoom and the map's padding, so every framing (a
 * selection, a tour step, a spot, the region) follows one set of rules and
 * each rule is tested without a browser. The map applies the result with
 * `jumpTo`/`easeTo`; reduced motion is MapLibre's own handling.
 *
 * The map keeps no padding: a camera is the centre of the whole map, as a
 * `map=` link says, whatever covers it on the screen it was made on; the
 * covered edges only move where a framing puts that centre.
 */
import { bbox } from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { type AtlasData, placesOfSelection } from '../content/atlas-data.ts';
import { categoryById } from '../content/categories.ts';
import type { TourStep } from '../content/tour-steps.ts';
import type { AppState, Selection } from '../state/app-state.ts';
import type { ChangeMeta } from '../state/store.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Pixels of the map's viewport covered on each side. */
export interface Edges {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_EDGES: Edges = { top: 0, right: 0, bottom: 0, left: 0 };

/** What the camera shows. */
export type CameraTarget =
  | { kind: 'region' }
  | { kind: 'selection'; selection: Selection }
  | { kind: 'tour-step'; stepId: string }
  | { kind: 'spot'; at: [number, number] };

/** How the camera gets there: eased from where it is, or at once (on load, Back, a layout change). */
export type Motion = 'ease' | 'jump';

/** The data the camera frames with. */
export interface CameraSources {
  data: AtlasData;
  /** What the map frames when nothing more specific is asked for. */
  regionBounds: Bounds;
  /** The base map's prefecture-level divisions, to frame a selected one. */
  divisions: FeatureCollection;
  /** The tour's steps, each with the places its camera frames. */
  tourSteps: readonly Pick<TourStep, 'id' | 'frame'>[];
}

/** The map as it is now. */
export interface CameraView {
  /** The map's viewport, in CSS pixels. */
  width: number;
  height: number;
  covered: Edges;
  /** The current zoom: a point is never framed from further out than the reader already is. */
  zoom: number;
  /** The extent the map shows now: a spot already in it is left where it is. */
  visible: Bounds;
}

export interface CameraMove {
  /** The centre of the whole map (not of its free part). */
  center: [lng: number, lat: number];
  zoom: number;
  /** Milliseconds; 0 jumps. */
  duration: number;
}

/** One eased move's length, for every framing. */
export const EASE_MS = 800;
/** A single point is framed at least this close. */
export const POINT_ZOOM = 6.5;
/** Several places are framed at most this close, so their surroundings stay recognisable. */
export const MAX_FRAME_ZOOM = 7.5;
/** Below this many free pixels across (or down), the covered edges are ignored on that axis: a sliver is no view. */
export const MIN_FREE_PX = 120;
/** Room on the right of framed places, where the markers' names are written; only on a wide map. */
export const LABEL_ROOM = 90;
/** MapLibre's tile size: the world is 512 × 2^zoom pixels wide. */
const TILE = 512;

/** Space between what is framed and the free area's edges: smaller on a narrow screen. */
export function frameMargin(width: number): number {
  return width < 600 ? 12 : 36;
}

/** What the state asks the camera to show: the tour's step while it is open, else the selection, else the spot, else the region. */
export function cameraTarget(state: Pick<AppState, 'tour' | 'selection' | 'at'>): CameraTarget {
  if (state.tour !== null) return { kind: 'tour-step', stepId: state.tour };
  if (state.selection) return { kind: 'selection', selection: state.selection };
  if (state.at) return { kind: 'spot', at: state.at };
  return { kind: 'region' };
}

/** What a change of state asks of the camera. */
export type Framing =
  /** The state holds the reader's own camera (a `map=` link, Back to a moved map): go there. */
  | { kind: 'camera' }
  | { kind: 'frame'; target: CameraTarget; motion: Motion }
  | null;

/**
 * Whether a change moves the camera, derived from what changed: a restored
 * entry (a link, Back) opens at its own camera or framed; a new tour step,
 * selection or spot is framed unless the reader's own camera came with it.
 * While the tour is open only its steps move the camera.
 */
export function framingFor(state: AppState, previous: AppState, meta: Pick<ChangeMeta, 'history'>): Framing {
  if (meta.history === 'none') return state.camera ? { kind: 'camera' } : { kind: 'frame', target: cameraTarget(state), motion: 'jump' };
  if (state.camera) return null;
  if (state.tour !== null) {
    if (state.tour === previous.tour) return null;
    return { kind: 'frame', target: cameraTarget(state), motion: previous.tour === null ? 'jump' : 'ease' };
  }
  const tourEnded = previous.tour !== null;
  if (state.selection && (tourEnded || state.selection !== previous.selection)) {
    return { kind: 'frame', target: cameraTarget(state), motion: 'ease' };
  }
  if (state.at && state.at !== previous.at) return { kind: 'frame', target: { kind: 'spot', at: state.at }, motion: 'jump' };
  // Back to the overview (the panel's button, Esc, the title): the map shows the overview too.
  if (!state.selection && !state.at && (previous.selection || previous.at)) return { kind: 'frame', target: { kind: 'region' }, motion: 'ease' };
  return null;
}

/** The extent of some places, or `null` when there are none. */
function extentOf(features: Feature[]): Bounds | null {
  if (features.length === 0) return null;
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features });
  return [west, south, east, north];
}

/**
 * The extent of a tour step's framing places, or `null` when it has none:
 * then the region. Unlike a selection, a step never falls back to its broad
 * places; those go to the locator inset.
 */
export function tourFrameBounds(step: Pick<TourStep, 'frame'>, data: AtlasData): Bounds | null {
  return extentOf(step.frame.flatMap((id) => data.placeById.get(id) ?? []));
}

/**
 * The extent a target frames; `null` when it names nothing the map can
 * show. Broad places (China, Asia, the neighbours) never drive the framing:
 * a clause that names China frames the places it names in the region, and
 * one that names only broad places frames the region.
 */
export function targetBounds(target: CameraTarget, sources: CameraSources): Bounds | null {
  switch (target.kind) {
    case 'region':
      return sources.regionBounds;
    case 'spot':
      return [target.at[0], target.at[1], target.at[0], target.at[1]];
    case 'tour-step': {
      const step = sources.tourSteps.find((s) => s.id === target.stepId);
      return step ? (tourFrameBounds(step, sources.data) ?? sources.regionBounds) : null;
    }
    case 'selection': {
      const { selection } = target;
      if (selection.kind === 'division') {
        const division = sources.divisions.features.find((f): f is Feature<Geometry> => f.properties?.id === selection.id);
        return division ? extentOf([division]) : null;
      }
      const places = placesOfSelection(sources.data, selection);
      const specific = places.filter((p) => !categoryById(p.properties.category).broad);
      if (specific.length === 0) return places.length > 0 ? sources.regionBounds : null;
      return extentOf(specific);
    }
  }
}

/** Web Mercator, as fractions of the world's width from the north-west corner. */
export function mercator([lng, lat]: [number, number]): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lng + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function unmercator([x, y]: [number, number]): [number, number] {
  return [x * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90];
}

/** The covered edges that leave a usable view: on an axis where they leave less than MIN_FREE_PX, none. */
export function usableCover(view: Pick<CameraView, 'width' | 'height' | 'covered'>): Edges {
  const { width, height, covered } = view;
  const across = width - covered.left - covered.right >= MIN_FREE_PX;
  const down = height - covered.top - covered.bottom >= MIN_FREE_PX;
  return {
    top: down ? covered.top : 0,
    bottom: down ? covered.bottom : 0,
    left: across ? covered.left : 0,
    right: across ? covered.right : 0,
  };
}

/**
 * The camera for a target: a point centred in the free area, at least
 * POINT_ZOOM close; an extent fitted into the free area less a margin (and
 * room for names on its right), at most MAX_FRAME_ZOOM close; a spot left
 * alone while it is in view. `null` when there is nothing to frame.
 */
export function cameraFor(target: CameraTarget, sources: CameraSources, view: CameraView, motion: Motion): CameraMove | null {
  const bounds = targetBounds(target, sources);
  if (!bounds) return null;
  const cover = usableCover(view);
  const duration = motion === 'ease' ? EASE_MS : 0;
  const [west, south, east, north] = bounds;
  // Where the free area's centre lies from the map's centre, in pixels.
  const freeX = (cover.left - cover.right) / 2;
  const freeY = (cover.top - cover.bottom) / 2;
  if (target.kind === 'spot') {
    const [vw, vs, ve, vn] = view.visible;
    const inView = west >= vw && west <= ve && south >= vs && south <= vn;
    return inView ? null : { center: centreFor([west, south], view.zoom, freeX, freeY), zoom: view.zoom, duration: 0 };
  }
  if (west === east && south === north) {
    const zoom = Math.max(view.zoom, POINT_ZOOM);
    return { center: centreFor([west, south], zoom, freeX, freeY), zoom, duration };
  }
  // Whatever frames the region (the overview, a broad place, a step naming nothing specific) frames it alike.
  const region = bounds === sources.regionBounds;
  const freeWidth = view.width - cover.left - cover.right;
  const freeHeight = view.height - cover.top - cover.bottom;
  const base = frameMargin(view.width) + (region ? 0 : 12);
  const labelRoom = !region && view.width >= 600 ? LABEL_ROOM : 0;
  const margin = { top: base, bottom: base, left: base, right: base + labelRoom };
  // Margins that would eat the free area give way before the places do.
  const fits = freeWidth - margin.left - margin.right >= freeWidth / 2 && freeHeight - margin.top - margin.bottom >= freeHeight / 2;
  if (!fits) Object.assign(margin, { top: 0, bottom: 0, left: 0, right: 0 });
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const roomX = Math.max(1, freeWidth - margin.left - margin.right);
  const roomY = Math.max(1, freeHeight - margin.top - margin.bottom);
  const scale = Math.min(x1 > x0 ? roomX / (x1 - x0) : Infinity, y1 > y0 ? roomY / (y1 - y0) : Infinity);
  const zoom = Math.min(Math.log2(scale / TILE), region ? Infinity : MAX_FRAME_ZOOM);
  // The extent's centre sits at the centre of the room inside the margins, which lies off the free area's centre when the margins differ.
  const middle = unmercator([(x0 + x1) / 2, (y0 + y1) / 2]);
  const center = centreFor(middle, zoom, freeX + (margin.left - margin.right) / 2, freeY + (margin.top - margin.bottom) / 2);
  return { center, zoom, duration };
}

/** The map's centre that puts `point` `dx`, `dy` pixels off the map's centre at `zoom`. */
function centreFor(point: [number, number], zoom: number, dx: number, dy: number): [number, number] {
  const world = TILE * 2 ** zoom;
  const [x, y] = mercator(point);
  return unmercator([x - dx / world, y - dy / world]);
}

/** Where a point appears on the viewport under a camera, in CSS pixels: what the tests check a framing against. */
export function project(point: [number, number], camera: Pick<CameraMove, 'center' | 'zoom'>, view: Pick<CameraView, 'width' | 'height'>): [number, number] {
  const world = TILE * 2 ** camera.zoom;
  const [px, py] = mercator(point);
  const [cx, cy] = mercator(camera.center);
  return [view.width / 2 + (px - cx) * world, view.height / 2 + (py - cy) * world];
}

/** A rectangle on screen, as `getBoundingClientRect` gives it. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A box this close to a side of the map (a control's margin) lies against it: nothing can be seen in the gap. */
const AGAINST_PX = 24;

/**
 * The edges of the map a box covers: a box against one side of the map
 * covers that side, as far as it reaches in. A box in a corner covers the
 * side that leaves the larger share of the map free; one that does not
 * overlap the map, nothing.
 */
export function edgesCoveredBy(map: Rect, box: Rect): Edges {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const overlaps = box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
  if (!overlaps || width <= 0 || height <= 0 || box.right <= box.left || box.bottom <= box.top) return { ...NO_EDGES };
  const reach = {
    left: box.left <= map.left + AGAINST_PX ? box.right - map.left : 0,
    right: box.right >= map.right - AGAINST_PX ? map.right - box.left : 0,
    top: box.top <= map.top + AGAINST_PX ? box.bottom - map.top : 0,
    bottom: box.bottom >= map.bottom - AGAINST_PX ? map.bottom - box.top : 0,
  };
  const across = Math.max(reach.left, reach.right);
  const down = Math.max(reach.top, reach.bottom);
  // A box across the whole width (a sheet) covers top or bottom; one down the whole height (a column), left or right.
  const fullWidth = reach.left > 0 && reach.right > 0;
  const fullHeight = reach.top > 0 && reach.bottom > 0;
  const horizontal = fullHeight ? true : fullWidth ? false : (width - across) / width >= (height - down) / height;
  const edges = { ...NO_EDGES };
  if (horizontal) {
    if (reach.left > 0 && (reach.right === 0 || reach.left <= reach.right)) edges.left = Math.min(width, reach.left);
    else edges.right = Math.min(width, reach.right);
  } else if (reach.top > 0 && (reach.bottom === 0 || reach.top <= reach.bottom)) edges.top = Math.min(height, reach.top);
  else edges.bottom = Math.min(height, reach.bottom);
  return edges;
}

/** The largest cover on each side. */
export function combineEdges(...all: Partial<Edges>[]): Edges {
  const edges = { ...NO_EDGES };
  for (const one of all) {
    for (const side of ['top', 'right', 'bottom', 'left'] as const) edges[side] = Math.max(edges[side], one[side] ?? 0);
  }
  return edges;
}
