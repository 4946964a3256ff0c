/**
 * The category table: one row per kind of place. The map's layers, the
 * legend, the panels and the open data all read it; nothing else assigns a
 * category a shape or a label. Colours are the palette's (src/map/palette.ts),
 * by theme of the key, so that a swatch in a panel is the colour on the map.
 */
import type { ThemeId } from './designations.ts';
import type { CategoryId } from './types.ts';

/** How a category is drawn on the map. */
export type Rendering = 'outline' | 'area' | 'band' | 'point';

/** Marker shapes, drawn locally as images; the style fetches no sprite. */
export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'none';

export interface Category {
  id: CategoryId;
  labelEn: string;
  labelZh: string;
  description: string;
  /**
   * The theme of the key whose ink a swatch of the whole category takes (a
   * list by category); the one most of its places are drawn in. A swatch of
   * one place takes that place's own theme, as the map does.
   */
  theme: ThemeId;
  shape: MarkerShape;
  rendering: Rendering;
  /** Too broad to frame or to light beside specific places: the region, countries. */
  broad: boolean;
  /** An area that other places lie in: the panel lists it under "Lies in". */
  containsPlaces: boolean;
  /** Context rather than named: its markers are displaced from the city they share a point with. */
  context: boolean;
  /** Outline dashed, to tell overlapping areas of two categories apart without colour. */
  dashed: boolean;
  /** Resting fill opacity of an area or band. */
  wash: number;
  /** Draw order among point categories; higher is on top. */
  stack: number;
  /** Zoom from which its names are shown. */
  labelMinZoom: number;
}

type CategoryRow = Omit<Category, 'broad' | 'containsPlaces' | 'context' | 'dashed' | 'wash' | 'stack' | 'labelMinZoom'> &
  Partial<Pick<Category, 'broad' | 'containsPlaces' | 'context' | 'dashed' | 'wash' | 'stack' | 'labelMinZoom'>>;

const DEFAULTS = {
  broad: false,
  containsPlaces: false,
  context: false,
  dashed: false,
  wash: 0,
  stack: 0,
  labelMinZoom: 0,
};

const ROWS: CategoryRow[] = [
  {
    id: 'region',
    labelEn: 'Region',
    labelZh: '地区',
    description: 'Northeast China as a whole, the subject of the Opinions.',
    theme: 'context',
    shape: 'none',
    rendering: 'outline',
    broad: true,
  },
  {
    id: 'economic-zone',
    labelEn: 'Economic zone',
    labelZh: '经济区',
    description: 'Economic zones named in clause 6, drawn as their member prefectures.',
    theme: 'economic-zones',
    shape: 'none',
    rendering: 'area',
    containsPlaces: true,
    wash: 0.2,
    labelMinZoom: 4.5,
  },
  {
    id: 'corridor',
    labelEn: 'Industrial corridor',
    labelZh: '工业走廊',
    description: 'A linear development axis, drawn as a band along the line through its cities.',
    theme: 'industrial-corridor',
    shape: 'none',
    rendering: 'band',
    containsPlaces: true,
    wash: 0.32,
    labelMinZoom: 4.5,
  },
  {
    id: 'resource-base',
    labelEn: 'Energy and chemicals base',
    labelZh: '能源化工基地',
    description: 'Energy, coal-power and coal-chemical bases named in clause 6, drawn as their prefectures.',
    theme: 'energy-chemicals',
    shape: 'none',
    rendering: 'area',
    containsPlaces: true,
    dashed: true,
    // The bases cover whole leagues of Inner Mongolia; a lighter wash keeps them from drowning the map.
    wash: 0.1,
    labelMinZoom: 4.5,
  },
  {
    id: 'city',
    labelEn: 'City',
    labelZh: '城市',
    description: 'Cities the text names: service-outsourcing cities, hi-tech industrial bases and others.',
    theme: 'hi-tech-bases',
    shape: 'circle',
    rendering: 'point',
    // Cities are named from the start and drawn over the sites and institutions that share their points.
    stack: 4,
  },
  {
    id: 'industrial-site',
    labelEn: 'Industrial site',
    labelZh: '产业园区',
    description: 'Industrial zones, clusters and parks the text names, at a sourced representative point.',
    theme: 'industrial-parks',
    shape: 'square',
    rendering: 'point',
    stack: 2,
    labelMinZoom: 6,
  },
  {
    id: 'institution',
    labelEn: 'Institution',
    labelZh: '机构',
    description: 'Exchanges and platforms the text names, at their seat.',
    theme: 'institutions',
    shape: 'diamond',
    rendering: 'point',
    stack: 3,
    labelMinZoom: 6,
  },
  {
    id: 'wider-area',
    labelEn: 'Wider area',
    labelZh: '更大范围',
    description: 'China, its neighbours and Asia, as the text refers to them; outlined when selected.',
    theme: 'context',
    shape: 'none',
    rendering: 'outline',
    broad: true,
  },
  {
    id: 'logistics-hub',
    labelEn: 'Logistics node (context)',
    labelZh: '物流节点（背景）',
    description:
      'Logistics node cities of the State Council’s 2009 logistics plan. Context: the text calls for logistics parks but names none.',
    theme: 'logistics',
    shape: 'triangle',
    rendering: 'point',
    context: true,
    stack: 1,
    labelMinZoom: 7,
  },
];

export const CATEGORIES: readonly Category[] = ROWS.map((row) => ({ ...DEFAULTS, ...row }));

export function categoryById(id: CategoryId): Category {
  const found = CATEGORIES.find((category) => category.id === id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
