/**
 * The category table: one row per kind of place. The map's layers, the
 * legend, the panels and the open data all read it; nothing else assigns a
 * category a colour, a shape or a label.
 */
import { color as parseColor } from 'd3-color';
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
  color: string;
  /** The colour darkened for text on pale land, where the palette's lighter hues fall below 4.5:1. */
  textColor: string;
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

/**
 * Colours from the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), which stays distinct for readers with any common form of colour
 * blindness; keyed by category id, so adding a category shifts no other.
 * The map draws by theme (src/map/theme.ts); these are for the panel's
 * lists, search and exports, which still speak of categories.
 */
/** The palette's eight colours, and the grey kept for context. */
export const OKABE_ITO = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#999999'] as const;

export const CATEGORY_COLORS: Readonly<Record<CategoryId, string>> = {
  region: '#000000',
  'economic-zone': '#CC79A7',
  corridor: '#56B4E9',
  'resource-base': '#F0E442',
  city: '#0072B2',
  'industrial-site': '#009E73',
  institution: '#D55E00',
  'wider-area': '#999999',
  'logistics-hub': '#E69F00',
};

type CategoryRow = Omit<Category, 'color' | 'textColor' | 'broad' | 'containsPlaces' | 'context' | 'dashed' | 'wash' | 'stack' | 'labelMinZoom'> &
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
    shape: 'none',
    rendering: 'outline',
    broad: true,
  },
  {
    id: 'economic-zone',
    labelEn: 'Economic zone',
    labelZh: '经济区',
    description: 'Economic zones named in clause 6, drawn as their member prefectures.',
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
    shape: 'triangle',
    rendering: 'point',
    context: true,
    stack: 1,
    labelMinZoom: 7,
  },
];

/** A darker shade of a colour, for text: d3-color's `darker` keeps the hue. */
function textShade(hex: string): string {
  return parseColor(hex)?.darker(1.3).formatHex() ?? hex;
}

export const CATEGORIES: readonly Category[] = ROWS.map((row) => {
  const color = CATEGORY_COLORS[row.id];
  return { ...DEFAULTS, ...row, color, textColor: textShade(color) };
});

export function categoryById(id: CategoryId): Category {
  const found = CATEGORIES.find((category) => category.id === id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
