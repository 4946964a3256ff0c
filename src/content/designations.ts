/**
 * The designation table: what the text makes of a place (a hi-tech industrial
 * base, a service-outsourcing demonstration city, an economic zone …), and the
 * themes the key groups them in. Which place holds which designation, and the
 * sentence that confers it, is content: see content/designations.ts.
 *
 * The key reads theme by theme, the product's four first: economic zones,
 * hi-tech industrial bases, service-outsourcing cities, logistics; then the
 * rest. A place shows while any of its designations is on.
 */
import type { CategoryId } from './types.ts';

export type DesignationId =
  | 'economic-zone'
  | 'hi-tech-industrial-base'
  | 'service-outsourcing-demonstration-city'
  | 'software-outsourcing-city'
  | 'logistics-node'
  | 'industrial-corridor'
  | 'energy-chemicals-base'
  | 'equipment-manufacturing'
  | 'industrial-park'
  | 'financial-institution'
  | 'zone-namesake'
  | 'policy-region'
  | 'tourism-zone'
  | 'wider-reference';

export type ThemeId =
  | 'economic-zones'
  | 'hi-tech-bases'
  | 'service-outsourcing'
  | 'logistics'
  | 'industrial-corridor'
  | 'energy-chemicals'
  | 'equipment-manufacturing'
  | 'industrial-parks'
  | 'institutions'
  | 'context';

export interface Designation {
  id: DesignationId;
  label_en: string;
  label_zh: string;
  theme: ThemeId;
  /**
   * `text`: the cited sentence confers it. `context`: the sentence calls for
   * such places but names none, and the places come from another source
   * (each fact in content/designations.ts carries it); the key must say so.
   */
  basis: 'text' | 'context';
  /** What the key or the panel may add in a line, where the label alone would mislead. */
  note_en?: string;
  note_zh?: string;
  /**
   * The standing the key counts its places under, where one theme holds
   * places the text treats differently: the text designates three
   * service-outsourcing cities and only encourages two, so the key says
   * "3 designated · 2 encouraged", not "5".
   */
  role_en?: string;
  role_zh?: string;
}

export interface Theme {
  id: ThemeId;
  label_en: string;
  label_zh: string;
  /** The theme's designations, in the key's order. */
  designations: DesignationId[];
  /** One of the product's four themes, shown first and on by default. */
  primary: boolean;
}

/** Every designation, in the key's order; the themes below list them in the same order. */
export const DESIGNATIONS: readonly Designation[] = [
  { id: 'economic-zone', label_en: 'Economic zone', label_zh: '经济区', theme: 'economic-zones', basis: 'text' },
  {
    id: 'hi-tech-industrial-base',
    label_en: 'Hi-tech industrial base',
    label_zh: '高技术产业基地',
    theme: 'hi-tech-bases',
    basis: 'text',
  },
  {
    id: 'service-outsourcing-demonstration-city',
    label_en: 'Service-outsourcing demonstration city',
    label_zh: '服务外包示范城市',
    theme: 'service-outsourcing',
    basis: 'text',
    role_en: 'designated',
    role_zh: '示范',
  },
  {
    id: 'software-outsourcing-city',
    label_en: 'Encouraged to develop software and service outsourcing',
    label_zh: '鼓励发展软件和服务外包',
    theme: 'service-outsourcing',
    basis: 'text',
    role_en: 'encouraged',
    role_zh: '鼓励',
  },
  {
    id: 'logistics-node',
    label_en: 'Logistics node city (context)',
    label_zh: '物流节点城市（背景）',
    theme: 'logistics',
    basis: 'context',
    note_en:
      'The text calls for “a batch of major regional logistics parks” and names none. These are the node cities of the State Council’s 2009 logistics plan, shown as context.',
    note_zh: '文件提出建设“一批重要的区域性物流园区”，但未列名。此处为国务院2009年物流业规划的节点城市，仅作背景。',
  },
  {
    id: 'industrial-corridor',
    label_en: 'Industrial corridor',
    label_zh: '工业走廊',
    theme: 'industrial-corridor',
    basis: 'text',
  },
  {
    id: 'energy-chemicals-base',
    label_en: 'Energy and chemicals base',
    label_zh: '能源化工基地',
    theme: 'energy-chemicals',
    basis: 'text',
  },
  {
    id: 'equipment-manufacturing',
    label_en: 'Equipment-manufacturing base or cluster',
    label_zh: '装备制造业基地或集群',
    theme: 'equipment-manufacturing',
    basis: 'text',
  },
  {
    id: 'industrial-park',
    label_en: 'Industrial development zone or park',
    label_zh: '产业开发区或园区',
    theme: 'industrial-parks',
    basis: 'text',
  },
  {
    id: 'financial-institution',
    label_en: 'Exchange or trading platform',
    label_zh: '交易所或交易平台',
    theme: 'institutions',
    basis: 'text',
  },
  {
    id: 'zone-namesake',
    label_en: 'Named in a zone’s or corridor’s name',
    label_zh: '见于经济区或走廊名称',
    theme: 'context',
    basis: 'text',
  },
  { id: 'policy-region', label_en: 'The policy’s region', label_zh: '政策地区', theme: 'context', basis: 'text' },
  { id: 'tourism-zone', label_en: 'Tourism zone', label_zh: '旅游区', theme: 'context', basis: 'text' },
  {
    id: 'wider-reference',
    label_en: 'Wider area the text refers to',
    label_zh: '文中提及的更大范围',
    theme: 'context',
    basis: 'text',
  },
];

const THEME_LABELS: readonly Omit<Theme, 'designations'>[] = [
  { id: 'economic-zones', label_en: 'Economic zones', label_zh: '经济区', primary: true },
  { id: 'hi-tech-bases', label_en: 'Hi-tech industrial bases', label_zh: '高技术产业基地', primary: true },
  { id: 'service-outsourcing', label_en: 'Service-outsourcing cities', label_zh: '服务外包城市', primary: true },
  { id: 'logistics', label_en: 'Logistics', label_zh: '物流', primary: true },
  { id: 'industrial-corridor', label_en: 'Industrial corridor', label_zh: '工业走廊', primary: false },
  { id: 'energy-chemicals', label_en: 'Energy and chemicals bases', label_zh: '能源化工基地', primary: false },
  { id: 'equipment-manufacturing', label_en: 'Equipment manufacturing', label_zh: '装备制造', primary: false },
  { id: 'industrial-parks', label_en: 'Industrial parks', label_zh: '产业园区', primary: false },
  { id: 'institutions', label_en: 'Institutions', label_zh: '机构', primary: false },
  { id: 'context', label_en: 'Broad places and context', label_zh: '更大范围与背景', primary: false },
];

/** The key's themes in order, the product's four first, each with its designations. */
export const THEMES: readonly Theme[] = THEME_LABELS.map((theme) => ({
  ...theme,
  designations: DESIGNATIONS.filter((d) => d.theme === theme.id).map((d) => d.id),
}));

export function designationById(id: DesignationId): Designation {
  const found = DESIGNATIONS.find((d) => d.id === id);
  if (!found) throw new Error(`unknown designation ${id}`);
  return found;
}

export function isDesignationId(value: string): value is DesignationId {
  return DESIGNATIONS.some((d) => d.id === value);
}

export function isThemeId(value: string): value is ThemeId {
  return THEMES.some((t) => t.id === value);
}

/**
 * What an old `hide=` category id hides now: the designations that its
 * places held, so that an old link opens showing what it showed before.
 */
export const DESIGNATIONS_OF_OLD_CATEGORY: Readonly<Record<CategoryId, readonly DesignationId[]>> = {
  region: ['policy-region', 'tourism-zone'],
  'economic-zone': ['economic-zone'],
  corridor: ['industrial-corridor'],
  'resource-base': ['energy-chemicals-base'],
  city: ['hi-tech-industrial-base', 'service-outsourcing-demonstration-city', 'software-outsourcing-city', 'zone-namesake'],
  'industrial-site': ['equipment-manufacturing', 'industrial-park'],
  institution: ['financial-institution'],
  'wider-area': ['wider-reference'],
  'logistics-hub': ['logistics-node'],
};

/**
 * The designation ids a `hide=` value stands for: a designation id as is, a
 * theme id as its designations, an old category id through
 * {@link DESIGNATIONS_OF_OLD_CATEGORY}; anything else as nothing.
 */
export function designationsForHideToken(token: string): DesignationId[] {
  if (isDesignationId(token)) return [token];
  const theme = THEMES.find((t) => t.id === token);
  if (theme) return [...theme.designations];
  if (Object.hasOwn(DESIGNATIONS_OF_OLD_CATEGORY, token)) {
    return [...DESIGNATIONS_OF_OLD_CATEGORY[token as CategoryId]];
  }
  return [];
}

/** The designations of the given themes: what a key with those themes switched off hides. */
export function designationsOfThemes(themes: readonly ThemeId[]): Set<DesignationId> {
  return new Set(THEMES.filter((theme) => themes.includes(theme.id)).flatMap((theme) => theme.designations));
}
