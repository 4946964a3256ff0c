/**
 * The category table: one row per kind of place. The map's layers, the
 * legend, the panels and the open data all read it; nothing else assigns a
 * category a colour, a shape or a label.
 */
import { scaleOrdinal } from 'd3-scale';
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
  shape: MarkerShape;
  rendering: Rendering;
}

/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2008), nine
 * colours that stay distinct for readers with any common form of colour
 * blindness. Ordered here so that the categories drawn most (zones, the
 * corridor, bases, cities) get the strongest contrast on pale land; grey is
 * kept for the context layer.
 */
export const OKABE_ITO = [
  '#000000', // black
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#E69F00', // orange
  '#CC79A7', // reddish purple
  '#009E73', // bluish green
  '#56B4E9', // sky blue
  '#F0E442', // yellow
  '#999999', // grey
] as const;

type CategoryRow = Omit<Category, 'color'>;

const ROWS: CategoryRow[] = [
  {
    id: 'region',
    labelEn: 'Region',
    labelZh: '地区',
    description: 'Northeast China as a whole, the subject of the Opinions.',
    shape: 'none',
    rendering: 'outline',
  },
  {
    id: 'economic-zone',
    labelEn: 'Economic zone',
    labelZh: '经济区',
    description: 'Economic zones named in clause 6, drawn as their member prefectures.',
    shape: 'none',
    rendering: 'area',
  },
  {
    id: 'corridor',
    labelEn: 'Industrial corridor',
    labelZh: '工业走廊',
    description: 'A linear development axis, drawn as a band along the line through its cities.',
    shape: 'none',
    rendering: 'band',
  },
  {
    id: 'resource-base',
    labelEn: 'Energy and chemicals base',
    labelZh: '能源化工基地',
    description: 'Energy, coal-power and coal-chemical bases named in clause 6, drawn as their prefectures.',
    shape: 'none',
    rendering: 'area',
  },
  {
    id: 'city',
    labelEn: 'City',
    labelZh: '城市',
    description: 'Cities the text names: service-outsourcing cities, hi-tech industrial bases and others.',
    shape: 'circle',
    rendering: 'point',
  },
  {
    id: 'industrial-site',
    labelEn: 'Industrial site',
    labelZh: '产业园区',
    description: 'Industrial zones, clusters and parks the text names, at a sourced representative point.',
    shape: 'square',
    rendering: 'point',
  },
  {
    id: 'institution',
    labelEn: 'Institution',
    labelZh: '机构',
    description: 'Exchanges and platforms the text names, at their seat.',
    shape: 'diamond',
    rendering: 'point',
  },
  {
    id: 'wider-area',
    labelEn: 'Wider area',
    labelZh: '更大范围',
    description: 'China, its neighbours and Asia, as the text refers to them; outlined when selected.',
    shape: 'none',
    rendering: 'outline',
  },
  {
    id: 'logistics-hub',
    labelEn: 'Logistics node (context)',
    labelZh: '物流节点（背景）',
    description:
      'Logistics node cities of the State Council’s 2009 logistics plan. Context: the text calls for logistics parks but names none.',
    shape: 'triangle',
    rendering: 'point',
  },
];

const colorOf = scaleOrdinal<CategoryId, string>()
  .domain(ROWS.map((row) => row.id))
  .range(OKABE_ITO);

export const CATEGORIES: readonly Category[] = ROWS.map((row) => ({ ...row, color: colorOf(row.id) }));

export function categoryById(id: CategoryId): Category {
  const found = CATEGORIES.find((category) => category.id === id);
  if (!found) throw new Error(`unknown category ${id}`);
  return found;
}
