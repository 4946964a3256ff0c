/**
 * What a printed view shows: the title, the selection, the map as an
 * image, the screen's key, the policy's sentences about it, the citation and
 * the link; no controls. The sheet is on the page at all times, hidden on
 * screen and kept to the state as it changes, so that print media alone lay
 * it out: a browser that prints without a `beforeprint` event (or a reader
 * who saves a PDF from a headless browser) still gets the view, not a blank
 * page. A WebGL canvas prints grey in some browsers and its drawing buffer
 * is cleared after each frame, so the sheet holds a 2D copy of the map, taken
 * when the map has settled after a change; `beforeprint`, where it fires,
 * takes a fresh copy with a synchronous redraw, since printing will not wait
 * for the next frame.
 */
import './print.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { citation } from '../../cite/citation.ts';
import { captureMapCanvas } from '../../export/map-capture.ts';
import { STRINGS } from '../../i18n/index.ts';
import { LANG_TAG } from '../../i18n/lang.ts';
import { LIGHT_PALETTE } from '../../map/palette.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState, Selection } from '../../state/app-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { el } from '../../ui/dom.ts';
import { type SummarySources, summarize } from '../../ui/selection-summary.ts';
import { themeSwatch } from '../../ui/swatch.ts';
import { keyRows } from './image-key.ts';

export interface PrintSheetOptions {
  state: StateSource;
  sources: SummarySources;
  map: MapLibreMap;
  /** The view's address; `null` where the page has none to give (see shared-addresses.ts): the sheet then prints none. */
  viewUrl(state: AppState): string | null;
  citeUrl(selection: Selection | null, asOf: number): string | null;
}

/**
 * How long the map must stay still before the sheet copies it: a copy repaints
 * the map and reads its whole drawing buffer back (hundreds of milliseconds in
 * software WebGL), which is not worth doing for every stop of a reader panning
 * in small steps, nor in the moment a reader starts the next thing.
 */
const SETTLED_MS = 1500;

/** Runs `task` when the page is next idle (within `timeout` ms); returns the cancel. */
function whenIdle(view: Window, task: () => void, timeout = 1000): () => void {
  if (typeof view.requestIdleCallback === 'function') {
    const handle = view.requestIdleCallback(task, { timeout });
    return () => view.cancelIdleCallback(handle);
  }
  const handle = view.setTimeout(task, 0);
  return () => view.clearTimeout(handle);
}

/** Puts the sheet on the page and keeps it to the view; returns the stop. */
export function printSheet(options: PrintSheetOptions, view: Window = window): () => void {
  const snapshot = view.document.createElement('canvas');
  snapshot.className = 'print-sheet__map';
  snapshot.setAttribute('role', 'img');
  const sheet = el('article', { className: 'print-sheet' });
  const render = () => renderSheet(sheet, snapshot, options);
  render();
  view.document.body.append(sheet);
  // Kept to the state once the page is idle (within 250 ms), not in the task of the change a reader
  // waits for: the sheet's summary and citation cost about 40 ms a change (npm run bench, click → panel).
  let cancelRender: (() => void) | null = null;
  const unsubscribe = options.state.subscribe(() => {
    cancelRender ??= whenIdle(
      view,
      () => {
        cancelRender = null;
        render();
      },
      250,
    );
  });
  const printing = view.matchMedia('print');
  const stopCopying = keepMapCopy(options.map, snapshot, printing, view);
  const before = () => {
    render();
    // Once print media apply (a headless PDF fires beforeprint then), the map's box is
    // hidden and the map stub-sized: the copy taken on screen is the reader's view.
    if (printing.matches) return;
    // The render event of a synchronous redraw draws the copy before this returns.
    void captureMapCanvas(options.map, () => snapshot);
    options.map.redraw();
  };
  view.addEventListener('beforeprint', before);
  return () => {
    view.removeEventListener('beforeprint', before);
    unsubscribe();
    cancelRender?.();
    stopCopying();
    sheet.remove();
  };
}

function renderSheet(sheet: HTMLElement, snapshot: HTMLCanvasElement, options: PrintSheetOptions): void {
  const state = options.state.get();
  const strings = STRINGS[state.lang];
  const summary = summarize(options.sources, state.selection, strings, state.lang);
  const year = yearShown(state);
  const citeUrl = options.citeUrl(summary.citeTarget.kind === 'document' ? null : state.selection, year);
  const cited = citation(options.sources.data, summary.citeTarget, { lang: state.lang, ...(citeUrl === null ? {} : { url: citeUrl }), asOf: year, accessed: new Date() });
  const url = options.viewUrl(state);
  snapshot.setAttribute('aria-label', strings.mapLabel);
  // The screen's key for what the map shows, in the light palette's inks: paper is white.
  const key = keyRows(options.sources.data, state.hidden, state.lang).map((row) =>
    el('li', { className: 'print-sheet__key-row' }, [themeSwatch(row.kind, LIGHT_PALETTE.inks[row.theme]), row.label]),
  );
  sheet.setAttribute('lang', LANG_TAG[state.lang]);
  sheet.replaceChildren(
    el('h1', { className: 'print-sheet__title', text: strings.appTitle }),
    el('p', { className: 'print-sheet__docno', text: strings.documentNumber }),
    ...(summary.name ? [el('h2', { className: 'print-sheet__selection', text: summary.name })] : []),
    el('p', { className: 'print-sheet__docno', text: strings.asOfCaption(year) }),
    snapshot,
    ...(key.length > 0
      ? [
          el('section', { className: 'print-sheet__key' }, [
            el('h3', { className: 'print-sheet__key-title', text: strings.legendTitle }),
            el('ul', { className: 'print-sheet__key-rows' }, key),
          ]),
        ]
      : []),
    ...summary.quotes.map((entry) => el('blockquote', { className: 'print-sheet__quote', text: entry.sentence.text, attrs: { lang: 'en' } })),
    el('p', { className: 'print-sheet__cite' }, [el('strong', { text: `${strings.printCiteAs}: ` }), cited?.full ?? '']),
    ...(url === null
      ? []
      : [el('p', { className: 'print-sheet__url' }, [el('strong', { text: `${strings.printLink}: ` }), el('span', { text: url, attrs: { lang: 'en' } })])]),
    el('p', { className: 'print-sheet__credit', text: strings.attribution }),
  );
}

/**
 * Copies the map into `target` whenever it has settled after a change of its
 * own (a move, a tile, a change of style). The copy's own repaint is not a
 * change, so copying does not start the next copy. Nothing is copied while
 * the page is printed: print media hide the map's box, and the map, resized
 * to that, would replace the reader's view with a stamp-sized one.
 */
function keepMapCopy(map: MapLibreMap, target: HTMLCanvasElement, printing: MediaQueryList, view: Window): () => void {
  let changed = true;
  let copying = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle = () => {};
  const stopWaiting = () => {
    clearTimeout(timer);
    cancelIdle();
  };
  const onRender = () => {
    if (copying) return;
    changed = true;
    stopWaiting();
  };
  const onIdle = () => {
    if (!changed) return;
    stopWaiting();
    timer = setTimeout(() => (cancelIdle = whenIdle(view, copy)), SETTLED_MS);
  };
  const copy = () => {
      // Still changed: the map settles again on screen, after the print, and is copied then.
      if (printing.matches) return;
      changed = false;
      copying = true;
      // Into a canvas of its own: a frame drawn once printing has begun (a repaint asked for
      // on screen can come after) is not the reader's view, and is dropped.
      captureMapCanvas(map)
        .then((copied) => {
          if (printing.matches) {
            changed = true;
            return;
          }
          target.width = copied.width;
          target.height = copied.height;
          target.getContext('2d')?.drawImage(copied, 0, 0);
        })
        .catch((error: unknown) => console.error(error))
        .finally(() => {
          copying = false;
        });
  };
  map.on('render', onRender);
  map.on('idle', onIdle);
  return () => {
    stopWaiting();
    map.off('render', onRender);
    map.off('idle', onIdle);
  };
}
