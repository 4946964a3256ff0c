/**
 * What a printed view shows: the title, the selection, the map as an
 * image, the policy's sentences about it, the citation and the link; no
 * controls. A WebGL canvas prints grey in some browsers, so on `beforeprint`
 * the map is copied into a 2D canvas (captureMapCanvas, with a synchronous
 * redraw, since printing will not wait for the next frame) and the sheet
 * stands in for the page; `afterprint` takes it away.
 */
import './print.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { citation } from '../../cite/citation.ts';
import { captureMapCanvas } from '../../export/map-capture.ts';
import { STRINGS } from '../../i18n/index.ts';
import { LANG_TAG } from '../../i18n/lang.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState, Selection } from '../../state/app-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { el } from '../../ui/dom.ts';
import { type SummarySources, summarize } from '../../ui/selection-summary.ts';

export interface PrintSheetOptions {
  state: StateSource;
  sources: SummarySources;
  map: MapLibreMap;
  viewUrl(state: AppState): string;
  citeUrl(selection: Selection | null, asOf: number): string;
}

/** Listens for printing; returns the stop. */
export function printSheet(options: PrintSheetOptions, view: Window = window): () => void {
  let sheet: HTMLElement | null = null;
  const before = () => {
    sheet?.remove();
    sheet = buildSheet(options);
    view.document.body.append(sheet);
  };
  const after = () => {
    sheet?.remove();
    sheet = null;
  };
  view.addEventListener('beforeprint', before);
  view.addEventListener('afterprint', after);
  return () => {
    view.removeEventListener('beforeprint', before);
    view.removeEventListener('afterprint', after);
    after();
  };
}

function buildSheet(options: PrintSheetOptions): HTMLElement {
  const state = options.state.get();
  const strings = STRINGS[state.lang];
  const summary = summarize(options.sources, state.selection, strings, state.lang);
  const url = options.viewUrl(state);
  const cited = citation(options.sources.data, summary.citeTarget, {
    lang: state.lang,
    url: options.citeUrl(summary.citeTarget.kind === 'document' ? null : state.selection, yearShown(state)),
    asOf: yearShown(state),
    accessed: new Date(),
  });
  const snapshot = document.createElement('canvas');
  snapshot.className = 'print-sheet__map';
  snapshot.setAttribute('role', 'img');
  snapshot.setAttribute('aria-label', strings.mapLabel);
  // The render event of a synchronous redraw draws the copy before this returns.
  void captureMapCanvas(options.map, () => snapshot);
  options.map.redraw();
  return el('article', { className: 'print-sheet', attrs: { lang: LANG_TAG[state.lang] } }, [
    el('h1', { className: 'print-sheet__title', text: strings.appTitle }),
    el('p', { className: 'print-sheet__docno', text: strings.documentNumber }),
    summary.name ? el('h2', { className: 'print-sheet__selection', text: summary.name }) : null,
    el('p', { className: 'print-sheet__docno', text: strings.asOfCaption(yearShown(state)) }),
    snapshot,
    ...summary.quotes.map((entry) => el('blockquote', { className: 'print-sheet__quote', text: entry.sentence.text, attrs: { lang: 'en' } })),
    el('p', { className: 'print-sheet__cite' }, [el('strong', { text: `${strings.printCiteAs}: ` }), cited?.full ?? '']),
    el('p', { className: 'print-sheet__url' }, [el('strong', { text: `${strings.printLink}: ` }), el('span', { text: url, attrs: { lang: 'en' } })]),
    el('p', { className: 'print-sheet__credit', text: strings.attribution }),
  ]);
}
