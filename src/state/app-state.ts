/**
 * The one state of the interface. The URL holds it, the map and the panels
 * render it; nothing else keeps a copy.
 */
import type { ThemeId } from '../content/designations.ts';
import type { Selection } from '../content/selection.ts';
import type { Lang } from '../i18n/lang.ts';
import type { InfrastructureKind } from '../content/infrastructure-types.ts';
import { LATEST_DATA_YEAR } from '../content/data-years.ts';

export type { Selection };

/** What the side panel shows: the selection's details, or the whole text. */
export type PanelView = 'details' | 'reader';

/** The colour scheme: the system's preference (`auto`), or the reader's choice. */
export type ColorScheme = 'auto' | 'light' | 'dark';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface AppState {
  selection: Selection | null;
  /** `null` until the reader moves the map: the map then frames the region. */
  camera: Camera | null;
  /** Themes switched off in the key, in the key's order (THEMES). */
  hidden: ThemeId[];
  view: PanelView;
  /** The interface's language; the policy text is always the English translation. */
  lang: Lang;
  /** Investor tools: a spot the panel describes ("what's here"), [lng, lat] rounded; only with no selection. */
  at: [number, number] | null;
  /** Investor tools: places in the comparison, in the order added, at most four. */
  compare: string[];
  /** Investor tools: context layers switched on (off by default), in CONTEXT_KINDS order. */
  context: InfrastructureKind[];
  /** Whether the key's "Since 2009" group draws the later designations (off by default). */
  later: boolean;
  colorScheme: ColorScheme;
  /**
   * The year the atlas shows ("as of"): context layers, distances and later
   * designations answer for it. Read it through `yearShown` (year-shown.ts).
   */
  asOf: number;
  /** The presentation tour's step (`I.5`, `I.5.s3`, …), or `null` when the tour is closed. */
  tour: string | null;
}

export const DEFAULT_STATE: AppState = {
  selection: null,
  camera: null,
  hidden: [],
  view: 'details',
  lang: 'en',
  at: null,
  compare: [],
  context: [],
  later: false,
  colorScheme: 'auto',
  asOf: LATEST_DATA_YEAR,
  tour: null,
};

/** The context layers' kinds, in the order the key lists them and the URL writes them. */
export const CONTEXT_KINDS: readonly InfrastructureKind[] = ['seaport', 'border-crossing', 'airport', 'railway'];

export function sameAt(a: AppState['at'], b: AppState['at']): boolean {
  return a === b || (a !== null && b !== null && a[0] === b[0] && a[1] === b[1]);
}

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
