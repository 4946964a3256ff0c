/**
 * The side panel: a search box, a switch between the selection's details and
 * the whole text, and the view itself, re-rendered from the state.
 */
import type { AppState, PanelView } from '../state/app-state.ts';
import { sameSelection } from '../state/app-state.ts';
import type { ChangeMeta, Store } from '../state/store.ts';
import { renderDetails } from './details-view.ts';
import { el } from './dom.ts';
import type { PanelContext } from './panel-context.ts';
import { ReaderView } from './reader-view.ts';

export interface PanelOptions {
  context: PanelContext;
  store: Store;
  /** Placed above the views, e.g. the search box. */
  header: HTMLElement[];
}

export class Panel {
  readonly element: HTMLElement;
  private readonly options: PanelOptions;
  private readonly tabs: Record<PanelView, HTMLButtonElement>;
  private readonly body: HTMLElement;
  private reader: ReaderView | null = null;
  private readonly unsubscribe: () => void;

  constructor(options: PanelOptions) {
    this.options = options;
    const { strings } = options.context;
    const tab = (view: PanelView, label: string) =>
      el('button', {
        className: 'panel__tab',
        text: label,
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-view': view },
        on: { click: () => this.showView(view) },
      });
    this.tabs = { details: tab('details', strings.tabDetails), reader: tab('reader', strings.tabReader) };
    this.body = el('div', { className: 'panel__body' });
    this.element = el('aside', { className: 'panel', attrs: { id: 'panel', tabindex: '-1', 'aria-label': strings.panelLabel } }, [
      el('div', { className: 'panel__header' }, [
        ...options.header,
        el('div', { className: 'panel__tabs', attrs: { role: 'group', 'aria-label': strings.viewSwitch } }, [
          this.tabs.details,
          this.tabs.reader,
        ]),
      ]),
      this.body,
    ]);
    this.unsubscribe = options.store.subscribe(this.onState);
    this.render(options.store.get(), null);
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private showView(view: PanelView): void {
    if (this.options.store.get().view === view) return;
    this.options.store.update({ view }, { history: 'push', frame: false });
  }

  private readonly onState = (state: AppState, previous: AppState, _meta: ChangeMeta): void => {
    if (state.view === previous.view && sameSelection(state.selection, previous.selection)) return;
    this.render(state, previous);
  };

  private render(state: AppState, previous: AppState | null): void {
    for (const [view, button] of Object.entries(this.tabs)) {
      button.setAttribute('aria-pressed', String(view === state.view));
    }
    // Leaving the reader ends any preview its sentences started: the pointer
    // that would have ended it is no longer over them.
    if (previous?.view === 'reader' && state.view !== 'reader') this.options.context.preview(null);
    const moved = previous !== null && (previous.view !== state.view || !sameSelection(state.selection, previous.selection));
    if (state.view === 'reader') {
      this.reader ??= new ReaderView(this.options.context);
      const reader = this.reader;
      if (this.body.firstChild !== reader.element) this.body.replaceChildren(reader.element);
      // Scrolling needs the panel laid out on the page, which on first load
      // it is only after this constructor returns.
      requestAnimationFrame(() => reader.show(state.selection));
      if (moved && previous?.view !== 'reader') reader.element.querySelector<HTMLElement>('.reader__title')?.focus({ preventScroll: true });
      return;
    }
    const details = renderDetails(this.options.context, state.selection);
    this.body.replaceChildren(details);
    this.body.scrollTop = 0;
    // A new selection or view moves focus to its heading, so keyboard and
    // screen reader users land on what they chose; the first render leaves focus be.
    if (moved) details.querySelector<HTMLElement>('.details__title')?.focus({ preventScroll: true });
  }
}
