/**
 * A view's surroundings without a browser or a map: a real store over a
 * hand-made state, the real actions with the real reader rule, the panel
 * context the atlas builds, and the committed data (the document, the
 * places, the base map's prefectures, the infrastructure).
 */
import { vi } from 'vitest';
import { type AtlasPage, featureContextOf } from '../../../src/app/feature-context-of.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { type Actions, createActions } from '../../../src/state/actions.ts';
import { type AppState, DEFAULT_STATE } from '../../../src/state/app-state.ts';
import { AtlasIndex } from '../../../src/state/atlas-index.ts';
import { readerShowsFor } from '../../../src/state/reader-rule.ts';
import { Store } from '../../../src/state/store.ts';
import type { FeatureContext, LiveMap } from '../../../src/ui/feature-context.ts';
import type { PanelContext } from '../../../src/ui/panel-context.ts';
import type { InvestorTools } from '../../../src/ui/investor-tools.ts';
import { basemap, data, infrastructureCollection } from '../spatial-fixture.ts';

/** The index the atlas builds once the data is in: prefectures, the spatial context, tour steps. */
export const index = new AtlasIndex(data, infrastructureCollection, basemap);
export const spatial = index.spatial;
export const divisionNames = index.divisionNames;
export { data, basemap };

export interface FakeAtlas {
  store: Store;
  actions: Actions;
  /** Which places the map was asked to light, most recent last; `null` ends a preview. */
  previews: (string[] | null)[];
  investor: InvestorTools;
  contextFor(lang: Lang): PanelContext;
  /** The later designations of the year the page shows, as the atlas gives them. */
  since: FeatureContext['since'];
  /** The state as it is now. */
  state(): AppState;
}

/** A fake atlas whose state starts from the defaults with `initial` over them. */
export function fakeAtlas(initial: Partial<AppState> = {}): FakeAtlas {
  const store = new Store({ ...DEFAULT_STATE, ...initial });
  const actions = createActions(store, { readerShows: readerShowsFor(data) });
  const previews: (string[] | null)[] = [];
  // The panel context as the atlas builds it, with a map that only records what it was asked to light.
  const liveMap = { preview: (ids: string[] | null) => previews.push(ids) } as unknown as LiveMap;
  const page: AtlasPage = {
    container: document.body,
    mapElement: document.createElement('div'),
    store,
    actions,
    embed: false,
    fallbackLang: DEFAULT_STATE.lang,
    mapReady: Promise.resolve(),
    liveMap: () => liveMap,
  };
  const { panelContext: contextFor, since } = featureContextOf(page, index);
  return { store, actions, previews, investor: contextFor(DEFAULT_STATE.lang).investor, contextFor, since, state: () => store.get() };
}

/** Runs what a view left for the next frame (the panel scrolls the reader then). */
export async function nextFrame(): Promise<void> {
  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
}

/** Spies on one action, still letting it change the state. */
export function spyOn<K extends keyof Actions>(atlas: FakeAtlas, action: K) {
  return vi.spyOn(atlas.actions, action);
}

export interface Download {
  fileName: string;
  blob: Blob;
}

/**
 * Catches the files a view offers for download (an object URL clicked
 * through a link with `download`), rather than letting the page navigate.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.getAttribute('href') ?? '');
    if (blob && this.hasAttribute('download')) downloads.push({ fileName: this.download, blob });
  });
  return downloads;
}
