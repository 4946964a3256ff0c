import { bbox } from '@turf/bbox';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/content/categories.ts';
import { buildTourSteps } from '../../src/content/tour-steps.ts';
import { pointOf } from '../../src/content/zones.ts';
import {
  type Bounds,
  type CameraMove,
  type CameraSources,
  type CameraTarget,
  type CameraView,
  type Edges,
  type Rect,
  MAX_FRAME_ZOOM,
  MIN_FREE_PX,
  NO_EDGES,
  POINT_ZOOM,
  cameraFor,
  cameraTarget,
  combineEdges,
  edgesCoveredBy,
  framingFor,
  project,
} from '../../src/map/camera.ts';
import { type AppState, DEFAULT_STATE } from '../../src/state/app-state.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const data = loadAtlasData();
const REGION: Bounds = [115, 38, 135.1, 53.6];
/** A made-up prefecture, as the base map gives one: a square around Mudanjiang. */
const divisions: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'mudanjiang' },
      geometry: { type: 'Polygon', coordinates: [[[128.5, 43.5], [131.5, 43.5], [131.5, 46], [128.5, 46], [128.5, 43.5]]] },
    },
  ],
};
const sources: CameraSources = { data, regionBounds: REGION, divisions, tourSteps: buildTourSteps(data, CATEGORIES, { sentences: true }) };

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const view = (size: { width: number; height: number }, covered: Partial<Edges> = {}, zoom = 4): CameraView => ({
  ...size,
  covered: { ...NO_EDGES, ...covered },
  zoom,
  visible: [100, 30, 150, 60],
});

const place = (id: string): CameraTarget => ({ kind: 'selection', selection: { kind: 'place', id } });
const clause = (id: string): CameraTarget => ({ kind: 'selection', selection: { kind: 'clause', id } });
const pointAt = (id: string): [number, number] => {
  const point = pointOf(data.placeById.get(id)!);
  if (!point) throw new Error(id);
  return point;
};
/** The corners of a place's extent, and its label point: what must show. */
const cornersOf = (id: string): [number, number][] => {
  const [w, s, e, n] = bbox(data.placeById.get(id)!);
  return [[w, s], [w, n], [e, s], [e, n]];
};

/** Whether a point lands in the part of the viewport nothing covers (to the pixel). */
function inFreeArea(point: [number, number], move: CameraMove, v: CameraView): boolean {
  const [x, y] = project(point, move, v);
  const c = v.covered;
  return x >= c.left - 0.5 && x <= v.width - c.right + 0.5 && y >= c.top - 0.5 && y <= v.height - c.bottom + 0.5;
}

describe('cameraFor: what is framed lies in the part of the map nothing covers', () => {
  const cases: { name: string; target: CameraTarget; points: [number, number][]; view: CameraView }[] = [
    { name: 'a point place on a desktop', target: place('suifenhe'), points: [pointAt('suifenhe')], view: view(DESKTOP) },
    { name: 'a point place under the open key', target: place('dalian'), points: [pointAt('dalian')], view: view(DESKTOP, { left: 300 }) },
    { name: 'a point place above the phone’s half-open sheet', target: place('suifenhe'), points: [pointAt('suifenhe')], view: view(PHONE, { bottom: 464 }) },
    { name: 'a zone', target: place('changchun-jilin-tumen'), points: cornersOf('changchun-jilin-tumen'), view: view(DESKTOP, { left: 300 }) },
    {
      name: 'a clause naming many places',
      target: clause('I.5'),
      points: ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe'].map(pointAt),
      view: view(DESKTOP, { left: 300 }),
    },
    {
      name: 'a tour step beside the tour’s column',
      target: { kind: 'tour-step', stepId: 'I.5' },
      points: ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe'].map(pointAt),
      view: view({ width: 1920, height: 1080 }, { right: 760, left: 240 }),
    },
    {
      name: 'a tour step above the column on a narrow screen',
      target: { kind: 'tour-step', stepId: 'I.5' },
      points: ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe'].map(pointAt),
      view: view(PHONE, { bottom: 420 }),
    },
    { name: 'a division', target: { kind: 'selection', selection: { kind: 'division', id: 'mudanjiang' } }, points: [[128.5, 43.5], [131.5, 46]], view: view(DESKTOP, { top: 200 }) },
    { name: 'the region beside the key', target: { kind: 'region' }, points: [[115, 38], [135.1, 53.6]], view: view(DESKTOP, { left: 300 }) },
    { name: 'a spot out of view', target: { kind: 'spot', at: [160, 20] }, points: [[160, 20]], view: view(PHONE, { bottom: 400 }) },
  ];
  it.each(cases)('$name', ({ target, points, view: v }) => {
    const move = cameraFor(target, sources, v, 'ease');
    expect(move).not.toBeNull();
    for (const point of points) expect(inFreeArea(point, move!, v), String(point)).toBe(true);
  });

  it.each([
    ['top', { top: 300 }],
    ['right', { right: 500 }],
    ['bottom', { bottom: 464 }],
    ['left', { left: 300 }],
  ] as const)('keeps a clause’s places off a map covered at the %s, which they would otherwise reach', (_side, covered) => {
    const points = ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe'].map(pointAt);
    const open = view(DESKTOP);
    const shut = view(DESKTOP, covered);
    const uncovered = cameraFor(clause('I.5'), sources, open, 'jump')!;
    // Framed without regard to the cover, some place would lie under it: the case tests something.
    expect(points.every((p) => inFreeArea(p, uncovered, shut))).toBe(false);
    const move = cameraFor(clause('I.5'), sources, shut, 'jump')!;
    for (const point of points) expect(inFreeArea(point, move, shut)).toBe(true);
  });

  it('centres a point place in the free area, no further out than POINT_ZOOM, and no further out than the reader already is', () => {
    const v = view(PHONE, { bottom: 464 });
    const move = cameraFor(place('dalian'), sources, v, 'ease')!;
    expect(move.zoom).toBe(POINT_ZOOM);
    const [x, y] = project(pointAt('dalian'), move, v);
    expect(x).toBeCloseTo(PHONE.width / 2, 5);
    expect(y).toBeCloseTo((PHONE.height - 464) / 2, 5);
    expect(cameraFor(place('dalian'), sources, view(PHONE, {}, 8.2), 'ease')!.zoom).toBe(8.2);
  });

  it('frames several places no closer than MAX_FRAME_ZOOM, and the region as close as it fits', () => {
    const near = cameraFor(clause('I.5'), sources, view({ width: 20000, height: 20000 }), 'jump')!;
    expect(near.zoom).toBe(MAX_FRAME_ZOOM);
    const region = cameraFor({ kind: 'region' }, sources, view(DESKTOP), 'jump')!;
    expect(region.zoom).toBeGreaterThan(3);
    expect(region.zoom).toBeLessThan(MAX_FRAME_ZOOM);
  });

  it('never lets broad places drive the framing: a clause naming China frames its places in the region, and China itself the region', () => {
    const v = view(DESKTOP, { left: 300 });
    const region = cameraFor({ kind: 'region' }, sources, v, 'jump')!;
    const china = cameraFor(place('china'), sources, v, 'jump')!;
    expect(china.center).toEqual(region.center);
    expect(china.zoom).toBeCloseTo(region.zoom, 6);
    // Clause 6 names China with places from Dalian to Hulunbuir: framed closer than the region, let alone China.
    expect(data.clauseById.get('I.6')!.paragraph.sentences.some((sentence) => sentence.text.includes('China'))).toBe(true);
    expect(cameraFor(clause('I.6'), sources, v, 'jump')!.zoom).toBeGreaterThan(region.zoom);
  });

  it('frames a tour step that names nothing specific on the region, and an unknown step not at all', () => {
    const v = view(DESKTOP);
    const region = cameraFor({ kind: 'region' }, sources, v, 'jump')!;
    const title = cameraFor({ kind: 'tour-step', stepId: 'title' }, sources, v, 'jump')!;
    expect(title.center[0]).toBeCloseTo(region.center[0], 1);
    expect(cameraFor({ kind: 'tour-step', stepId: 'no-such-step' }, sources, v, 'jump')).toBeNull();
    expect(cameraFor(place('no-such-place'), sources, v, 'jump')).toBeNull();
  });

  it('leaves a spot in view where it is, and brings one out of view to the centre at the same zoom, at once', () => {
    expect(cameraFor({ kind: 'spot', at: [125, 45] }, sources, view(DESKTOP, {}, 6), 'ease')).toBeNull();
    const move = cameraFor({ kind: 'spot', at: [160, 20] }, sources, view(DESKTOP, {}, 6), 'ease')!;
    expect(move).toMatchObject({ center: [160, 20], zoom: 6, duration: 0 });
    // Above a sheet, the spot is brought to the middle of what shows, not under the sheet.
    const above = view(PHONE, { bottom: 464 }, 6);
    const lifted = cameraFor({ kind: 'spot', at: [160, 20] }, sources, above, 'ease')!;
    expect(project([160, 20], lifted, above)[1]).toBeCloseTo((PHONE.height - 464) / 2, 5);
  });

  it('eases when asked to, and jumps when asked to; reduced motion is left to MapLibre', () => {
    expect(cameraFor(place('dalian'), sources, view(DESKTOP), 'ease')!.duration).toBeGreaterThan(0);
    expect(cameraFor(place('dalian'), sources, view(DESKTOP), 'jump')!.duration).toBe(0);
  });

  it('ignores covered edges that would leave a sliver, so a too-small viewport still shows what is framed', () => {
    const v = view({ width: 320, height: 200 }, { left: 250, bottom: 150 });
    const move = cameraFor(clause('I.5'), sources, v, 'jump')!;
    for (const id of ['dalian', 'harbin', 'suifenhe']) {
      const [x, y] = project(pointAt(id), move, v);
      expect(x >= 0 && x <= 320 && y >= 0 && y <= 200, id).toBe(true);
    }
    // Just enough room keeps the cover: every place lands right of it.
    const roomy = view({ width: 320 + MIN_FREE_PX, height: 844 }, { left: 320 });
    const kept = cameraFor(clause('I.5'), sources, roomy, 'jump')!;
    for (const id of ['dalian', 'harbin', 'suifenhe']) expect(project(pointAt(id), kept, roomy)[0], id).toBeGreaterThanOrEqual(319.5);
    expect(Number.isFinite(cameraFor(clause('I.5'), sources, view({ width: 1, height: 1 }), 'jump')!.zoom)).toBe(true);
  });
});

describe('cameraTarget and framingFor: whether to frame comes from what changed', () => {
  const state = (patch: Partial<AppState>): AppState => ({ ...DEFAULT_STATE, ...patch });
  const dalian = { kind: 'place', id: 'dalian' } as const;
  const camera = { lng: 125, lat: 43, zoom: 6 };

  it('shows the tour step over the selection, the selection over the spot, and the region when there is nothing', () => {
    expect(cameraTarget(state({ tour: 'I.5', selection: dalian })).kind).toBe('tour-step');
    expect(cameraTarget(state({ selection: dalian, at: [125, 45] })).kind).toBe('selection');
    expect(cameraTarget(state({ at: [125, 45] })).kind).toBe('spot');
    expect(cameraTarget(state({}))).toEqual({ kind: 'region' });
  });

  it.each([
    ['a new selection is eased to', state({}), state({ selection: dalian }), 'push', { kind: 'frame', target: place('dalian'), motion: 'ease' }],
    ['a link or Back without a camera is framed at once', state({}), state({ selection: dalian }), 'none', { kind: 'frame', target: place('dalian'), motion: 'jump' }],
    ['a link or Back with a camera goes to that camera', state({}), state({ selection: dalian, camera }), 'none', { kind: 'camera' }],
    ['the reader’s own camera move frames nothing', state({ selection: dalian }), state({ selection: dalian, camera }), 'replace', null],
    ['a toggle of the key frames nothing', state({ selection: dalian }), state({ selection: dalian, hidden: ['logistics'] }), 'replace', null],
    ['opening the tour jumps to its step', state({}), state({ tour: 'I.5' }), 'push', { kind: 'frame', target: { kind: 'tour-step', stepId: 'I.5' }, motion: 'jump' }],
    ['the next step is eased to', state({ tour: 'I.5' }), state({ tour: 'I.6' }), 'push', { kind: 'frame', target: { kind: 'tour-step', stepId: 'I.6' }, motion: 'ease' }],
    ['a selection during the tour does not move the camera', state({ tour: 'I.5' }), state({ tour: 'I.5', selection: dalian }), 'push', null],
    ['a spot during the tour does not move the camera', state({ tour: 'I.5' }), state({ tour: 'I.5', at: [125, 45] }), 'push', null],
    ['leaving the tour on its clause frames the clause', state({ tour: 'I.5' }), state({ selection: { kind: 'clause', id: 'I.5' } }), 'push', { kind: 'frame', target: clause('I.5'), motion: 'ease' }],
    ['a spot is brought into view', state({}), state({ at: [125, 45] }), 'push', { kind: 'frame', target: { kind: 'spot', at: [125, 45] }, motion: 'jump' }],
    ['back to the overview frames the region', state({ selection: dalian }), state({}), 'push', { kind: 'frame', target: { kind: 'region' }, motion: 'ease' }],
    ['back to the overview from a spot frames the region', state({ at: [125, 45] }), state({}), 'push', { kind: 'frame', target: { kind: 'region' }, motion: 'ease' }],
    ['the overview with a camera of the reader’s own keeps it', state({ selection: dalian }), state({ camera: { lng: 125, lat: 45, zoom: 6 } }), 'push', null],
  ] as const)('%s', (_name, previous, next, history, expected) => {
    expect(framingFor(next, previous, { history })).toEqual(expected);
  });
});

describe('edgesCoveredBy: what a box over the map covers', () => {
  const map: Rect = { left: 0, top: 60, right: 390, bottom: 844 };
  it.each<[string, Rect, Partial<Edges>, Rect?]>([
    ['a sheet across the foot', { left: 0, top: 380, right: 390, bottom: 844 }, { bottom: 464 }],
    ['a column down the right', { left: 1160, top: 0, right: 1920, bottom: 1080 }, { right: 760 }, { left: 0, top: 0, right: 1920, bottom: 1080 }],
    ['a key in the top-left corner of a wide map', { left: 10, top: 10, right: 290, bottom: 400 }, { left: 290 }, { left: 0, top: 0, right: 1280, bottom: 800 }],
    ['a key in the top-left corner of a tall map', { left: 0, top: 60, right: 300, bottom: 160 }, { top: 100 }],
    ['a panel beside the map', { left: 400, top: 0, right: 800, bottom: 844 }, {}],
  ])('%s', (_name, box, expected, area = map) => {
    expect(edgesCoveredBy(area, box)).toEqual({ ...NO_EDGES, ...expected });
  });

  it('keeps the largest cover on each side', () => {
    expect(combineEdges({ left: 290 }, { left: 120, bottom: 464 }, {})).toEqual({ top: 0, right: 0, bottom: 464, left: 290 });
  });
});
