/**
 * The comparison: a button on a place's panel that adds it, a tray in the
 * panel's header listing what has been added, and a dialog with two to four
 * places side by side in an accessible table, exported to CSV.
 */
import type { AtlasData, PlaceFeature } from '../../content/atlas-data.ts';
import { STRINGS } from '../../i18n/index.ts';
import { type Lang, localName } from '../../i18n/lang.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { type ClauseRef, type CompareRow, compareRows } from '../../spatial/compare.ts';
import { compareCsv } from '../../spatial/compare-csv.ts';
import { LAND_BORDER_PRECISION_KM, type Near, openCounts } from '../../spatial/nearest.ts';
import type { InfrastructureFeature } from '../../content/infrastructure-types.ts';
import type { SpatialContext } from '../../spatial/spatial-context.ts';
import { MAX_COMPARED } from '../../spatial/url-params.ts';
import { el, names } from '../../ui/dom.ts';
import type { InvestorTools } from '../../ui/investor-tools.ts';
import { landBorderText, nearestFacility } from './distances-view.ts';
import { designationLabels } from './whats-here-view.ts';
import './compare-view.css';

/**
 * A place's "Add to comparison" switch. It follows the state itself, so that
 * a place removed in the tray reads as removable again here, and stops
 * following once the panel has replaced it.
 */
export function compareToggle(strings: Strings, tools: InvestorTools, placeId: string): HTMLElement {
  const button = el('button', { className: 'compare-toggle', attrs: { type: 'button' } });
  const note = el('p', { className: 'compare-toggle__note', attrs: { 'aria-live': 'polite' } });
  const sync = (state: AppState) => {
    const added = state.compare.includes(placeId);
    const full = !added && state.compare.length >= MAX_COMPARED;
    button.textContent = added ? strings.removeFromCompareButton : strings.addToCompare;
    button.setAttribute('aria-pressed', String(added));
    button.disabled = full;
    note.textContent = full ? strings.compareFull : '';
  };
  button.addEventListener('click', () => {
    if (tools.state.get().compare.includes(placeId)) tools.actions.removeFromCompare(placeId);
    else tools.actions.addToCompare(placeId);
  });
  const unsubscribe = tools.state.subscribe((state, previous) => {
    if (!button.isConnected) return unsubscribe();
    if (state.compare !== previous.compare) sync(state);
  });
  sync(tools.state.get());
  return el('div', { className: 'compare-toggle__wrap' }, [button, note]);
}

function clauseName(strings: Strings, ref: ClauseRef): string {
  if (ref.number !== null) return strings.clauseLabel(ref.number);
  return ref.id === 'opening' ? strings.openingLabel : strings.preambleLabel;
}

export interface CompareViewOptions {
  data: AtlasData;
  spatial: SpatialContext;
  state: StateSource;
  actions: Pick<Actions, 'removeFromCompare'>;
  /** Opens the dialog on start when the state holds two places or more, as a shared link asks. */
  openOnStart: boolean;
}

export class CompareView {
  /** The tray, for the panel's header: hidden while the comparison is empty. */
  readonly tray: HTMLElement;
  /** The dialog, for the page: appended by the caller. */
  readonly dialog: HTMLDialogElement;
  private readonly options: CompareViewOptions;
  private readonly unsubscribe: () => void;
  private opener: HTMLElement | null = null;

  constructor(options: CompareViewOptions) {
    this.options = options;
    this.tray = el('section', { className: 'compare-tray' });
    this.dialog = el('dialog', { className: 'compare-dialog' });
    this.dialog.addEventListener('close', () => {
      const back = this.opener?.isConnected ? this.opener : this.tray.querySelector<HTMLElement>('.compare-tray__open');
      back?.focus();
    });
    this.unsubscribe = options.state.subscribe((state, previous) => {
      if (state.compare === previous.compare && state.lang === previous.lang && state.asOf === previous.asOf) return;
      this.render(state);
    });
    this.render(options.state.get());
    if (options.openOnStart && options.state.get().compare.length >= 2) {
      // After the caller has put the dialog on the page.
      queueMicrotask(() => this.open());
    }
  }

  open(): void {
    if (!this.dialog.isConnected) return;
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.renderDialog(this.options.state.get());
    if (!this.dialog.open) this.dialog.showModal();
  }

  remove(): void {
    this.unsubscribe();
    if (this.dialog.open) this.dialog.close();
    this.tray.remove();
    this.dialog.remove();
  }

  private places(state: AppState): PlaceFeature[] {
    return state.compare.flatMap((id) => this.options.data.placeById.get(id) ?? []);
  }

  private render(state: AppState): void {
    const strings = STRINGS[state.lang];
    const places = this.places(state);
    this.tray.hidden = places.length === 0;
    this.tray.setAttribute('aria-label', strings.compareTrayLabel);
    const open = el('button', {
      className: 'compare-tray__open',
      text: strings.compareOpen(places.length),
      attrs: { type: 'button' },
      on: { click: () => this.open() },
    });
    open.disabled = places.length < 2;
    this.tray.replaceChildren(
      el('p', { className: 'compare-tray__title', text: strings.compareTrayLabel }),
      el(
        'ul',
        { className: 'compare-tray__list' },
        places.map((place) => {
          const name = localName(place.properties, state.lang);
          return el('li', {}, [
            el('span', { text: name }),
            el('button', {
              className: 'compare-remove',
              text: '×',
              attrs: { type: 'button', 'aria-label': strings.compareRemove(name) },
              on: { click: () => this.removePlace(place.properties.id) },
            }),
          ]);
        }),
      ),
      open,
      ...(places.length < 2 ? [el('p', { className: 'compare-tray__hint', text: strings.compareNeedsTwo })] : []),
    );
    if (this.dialog.open) this.renderDialog(state);
  }

  /** Removes a place; keyboard focus stays in the same row of buttons rather than falling to the page. */
  private removePlace(id: string): void {
    const inDialog = this.dialog.open && this.dialog.contains(document.activeElement);
    this.options.actions.removeFromCompare(id);
    const scope = inDialog ? this.dialog : this.tray;
    const next = scope.querySelector<HTMLElement>('.compare-remove') ?? scope.querySelector<HTMLElement>('button');
    next?.focus();
  }

  private rows(state: AppState): CompareRow[] {
    return compareRows(state.compare, this.options.spatial, (place) => designationLabels(place, state.lang), { openedBy: yearShown(state) });
  }

  private renderDialog(state: AppState): void {
    const { lang } = state;
    const strings = STRINGS[lang];
    const year = yearShown(state);
    const rows = this.rows(state);
    const placeNames = rows.map((row) => localName(row.place.properties, lang));
    const list = (items: string[]) =>
      items.length > 0 ? el('ul', { className: 'compare-table__list' }, items.map((item) => el('li', { text: item }))) : strings.noneListed;
    const near = (value: Near<InfrastructureFeature> | null) => (value ? nearestFacility(strings, lang, value) : [strings.noneListed]);
    const attribute = (label: string, cell: (row: CompareRow) => (Node | string)[] | Node | string) =>
      el('tr', {}, [
        el('th', { text: label, attrs: { scope: 'row' } }),
        ...rows.map((row) => {
          const content = cell(row);
          return el('td', {}, Array.isArray(content) ? content : [content]);
        }),
      ]);
    const table = el('table', { className: 'compare-table' }, [
      el('caption', { text: strings.compareCaption(placeNames, year) }),
      el('thead', {}, [
        el('tr', {}, [
          el('td', {}),
          ...rows.map((row, i) =>
            el('th', { attrs: { scope: 'col' } }, [
              ...names(row.place.properties, lang, { separator: el('br') }),
              el('button', {
                className: 'compare-remove',
                text: '×',
                attrs: { type: 'button', 'aria-label': strings.compareRemove(placeNames[i] ?? '') },
                on: { click: () => this.removePlace(row.place.properties.id) },
              }),
            ]),
          ),
        ]),
      ]),
      el('tbody', {}, [
        attribute(strings.compareRowDesignations, (row) => list(row.designations)),
        attribute(strings.compareRowZones, (row) => list(row.zones.map((zone) => localName(zone.properties, lang)))),
        attribute(strings.compareRowSentences, (row) => strings.sentenceCount(row.sentenceCount)),
        attribute(strings.compareRowClauses, (row) => list(row.clauses.map((ref) => clauseName(strings, ref)))),
        attribute(strings.nearestSeaport, (row) => near(row.distances.seaport)),
        attribute(strings.nearestBorderCrossing, (row) => near(row.distances.borderCrossing)),
        attribute(strings.nearestAirport, (row) => near(row.distances.airport)),
        attribute(strings.landBorder, (row) => el('span', { className: 'distances__km', text: landBorderText(strings, row.distances.landBorderKm) })),
      ]),
    ]);
    this.dialog.setAttribute('aria-labelledby', 'compare-dialog-title');
    this.dialog.replaceChildren(
      el('div', { className: 'compare-dialog__head' }, [
        el('h2', { className: 'compare-dialog__title', text: strings.compareTitle, attrs: { id: 'compare-dialog-title' } }),
        el('button', {
          className: 'compare-dialog__close',
          text: '×',
          attrs: { type: 'button', 'aria-label': strings.close },
          on: { click: () => this.dialog.close() },
        }),
      ]),
      ...(rows.length < 2 ? [el('p', { text: strings.compareNeedsTwo })] : []),
      el('div', { className: 'compare-dialog__scroll' }, [table]),
      el('p', { className: 'distances__note', text: `${strings.searchedAmong(openCounts(this.options.spatial, year), year)} ${strings.straightLineNote}` }),
      el('button', {
        className: 'compare-dialog__export',
        text: strings.compareExportCsv,
        attrs: { type: 'button' },
        on: { click: () => this.download(rows, lang, year) },
      }),
    );
  }

  private download(rows: CompareRow[], lang: Lang, year: number): void {
    const strings = STRINGS[lang];
    const csv = compareCsv(rows, {
      lang,
      place: strings.compareCsvPlace,
      designations: strings.compareRowDesignations,
      zones: strings.compareRowZones,
      sentenceCount: strings.compareRowSentences,
      clauses: strings.compareRowClauses,
      seaport: strings.nearestSeaport,
      borderCrossing: strings.nearestBorderCrossing,
      airport: strings.nearestAirport,
      kmOf: strings.compareCsvKmOf,
      landBorderKm: strings.compareCsvKmOf.replace('{what}', strings.landBorder),
      landBorderUnderPrecision: strings.underLandBorderPrecision(LAND_BORDER_PRECISION_KM),
      openedOf: strings.compareCsvOpenedOf,
      searchedHeading: strings.compareCsvSearched,
      searched: strings.searchedAmong(openCounts(this.options.spatial, year), year),
      asOfHeading: strings.compareCsvAsOf,
      asOf: year,
      clause: strings.compareCsvClause,
      opening: strings.openingLabel,
      preamble: strings.preambleLabel,
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = el('a', { attrs: { href: url, download: `comparison-${rows.map((r) => r.place.properties.id).join('-')}-as-of-${year}.csv` } });
    this.dialog.append(link);
    link.click();
    link.remove();
    // Revoked after the browser has taken the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
