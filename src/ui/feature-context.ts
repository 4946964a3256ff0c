/**
 * What every feature of the atlas is given when it mounts: the state and the
 * actions, the index of the loaded data, and the few page-wide services
 * (addresses of views, the map while it is up). A feature takes what it
 * needs from here and returns its cleanup; it never reaches into another.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang.ts';
import type { Palette } from '../map/palette.ts';
import type { Actions, StateSource } from '../state/actions.ts';
import type { AppState, Selection } from '../state/app-state.ts';
import type { AtlasIndex } from '../state/atlas-index.ts';
import type { PanelContext } from './panel-context.ts';
import type { LaterDesignationsShown } from './later-designation-entry.ts';

/** What the page's other features may ask of the map while it is up. */
export interface LiveMap {
  readonly map: MapLibreMap;
  /** Lights places while a sentence is pointed at; `null` gives the lighting back to the selection. */
  preview(placeIds: string[] | null): void;
  /** Repaints the map and its key in another colour table. */
  repaint(palette: Palette): void;
  /** Opens the presentation tour (at the selected clause, if any). */
  startTour(): void;
}

export interface FeatureContext {
  /** The atlas's element: a feature adds its elements here and takes them away on cleanup. */
  readonly container: HTMLElement;
  /** The map's element, which holds the map's own popups and messages. */
  readonly mapElement: HTMLElement;
  readonly state: StateSource;
  readonly actions: Actions;
  readonly index: AtlasIndex;
  /** An embed: the map and a caption, no panel. */
  readonly embed: boolean;
  /** The language an address leaves out, since the page would choose it anyway. */
  readonly fallbackLang: Lang;
  /** Settles when the map has drawn its first frame (or has failed): work that can wait, waits on it. */
  readonly mapReady: Promise<void>;
  /** The later designations of the year the page shows, for the panel, the key, the map and the tour. */
  since(): LaterDesignationsShown;
  /** What the panel's views need, in a language, as of the year the state shows. */
  panelContext(lang: Lang): PanelContext;
  /** The address of a view on this page: what Share copies, embeds and prints. */
  viewUrl(state: AppState, options?: { embed?: boolean }): string;
  /** The address a citation of a selection gives, as of a year (the latest year is left out of it). */
  citeUrl(selection: Selection | null, asOf: number): string;
  /** The map while it is up: `null` before it loads, if it failed, and without WebGL. */
  liveMap(): LiveMap | null;
}

/** What a mounted feature gives back: its cleanup, which removes everything it added. */
export type Unmount = () => void;
