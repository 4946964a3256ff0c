/**
 * The one state of the interface. The URL holds it, the map and the panels
 * render it; nothing else keeps a copy.
 */
import type { CategoryId } from '../content/types.ts';
import type { Lang } from '../i18n/lang.ts';

export type Selection =
  | { kind: 'place'; id: string }
  | { kind: 'division'; id: string }
  | { kind: 'clause'; id: string }
  | { kind: 'sentence'; id: string };

/** What the side panel shows: the selection's details, or the whole text. */
export type PanelView = 'details' | 'reader';

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface AppState {
  selection: Selection | null;
  /** `null` until the reader moves the map: the map then frames the region. */
  camera: Camera | null;
  /** Categories switched off in the legend, in category-table order. */
  hidden: CategoryId[];
  view: PanelView;
  /** The interface's language; the policy text is always the English translation. */
  lang: Lang;
  /** The presentation tour's step (`I.5`, `I.5.s3`, …), or `null` when the tour is closed. */
  tour: string | null;
}

export const DEFAULT_STATE: AppState = {
  selection: null,
  camera: null,
  hidden: [],
  view: 'details',
  lang: 'en',
  tour: null,
};

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}
