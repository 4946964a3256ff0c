/**
 * The side panel: a search box, the language switch, a switch between the
 * selection's details and the whole text, and the view itself, re-rendered
 * from the state. It changes the state only through the actions.
 */
import { LANGS, LANG_TAG, type Lang } from '../../i18n/lang.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState, PanelView } from '../../state/app-state.ts';
import { sameAt, sameSelection } from '../../state/app-state.ts';
import { renderDetails } from './details-view.ts';
import { el } from '../../ui/dom.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import { ReaderView } from './reader-view.ts';
import { renderWhatsHere } from '../investor/whats-here-view.ts';

export interface PanelOptions {
  state: StateSource;
  actions: Actions;
  /** What the views need, for the state's language. */
  contextFor(lang: Lang): PanelContext;
  /** Placed above the views, e.g. the search box. */
  header: HTMLElement[];
  /** The panel's element id, the target of the page's skip link. */
  id: string;
  /** Placed after the language switch, e.g. the colour-scheme switch. */
  switches?: HTMLElement[];
}

export class Panel {
  readonly element: HTMLElement;
  private readonly options: PanelOptions;
  private readonly tabs: Record<PanelView, HTMLButtonElement>;
  private readonly langButtons: Record<Lang, HTMLButtonElement>;
  private readonly tabGroup: HTMLElement;
  private readonly langGroup: HTMLElement;
  private readonly body: HTMLElement;
  private readonly back: HTMLButtonElement;
  private reader: { lang: Lang; view: ReaderView } | null = null;
  private readonly unsubscribe: () => void;

  constructor(options: PanelOptions) {
    this.options = options;
    const tab = (view: PanelView) =>
      el('button', {
        className: 'panel__tab',
        attrs: { type: 'button', 'aria-pressed': 'false', 'data-view': view },
        on: { click: () => options.actions.setView(view) },
      });
    this.tabs = { details: tab('details'), reader: tab('reader') };
    // Each language is named in itself, so a reader finds theirs whatever the page is in.
    const langButton = (lang: Lang) =>
      el('button', {
        className: 'panel__lang',
        text: STRINGS[lang].languageName,
        attrs: { type: 'button', lang: LANG_TAG[lang], 'aria-pressed': 'false' },
        on: { click: () => options.actions.setLang(lang) },
      });
    this.langButtons = { en: langButton('en'), zh: langButton('zh') };
    this.tabGroup = el('div', { className: 'panel__tabs', attrs: { role: 'group' } }, [this.tabs.details, this.tabs.reader]);
    this.langGroup = el('div', { className: 'panel__langs', attrs: { role: 'group' } }, LANGS.map((lang) => this.langButtons[lang]));
    this.body = el('div', { className: 'panel__body' });
    // A way back that is seen, besides Esc and the masthead's title.
    this.back = el('button', {
      className: 'panel__back',
      attrs: { type: 'button', hidden: '' },
      on: { click: () => options.actions.clear() },
    });
    this.element = el('aside', { className: 'panel', attrs: { id: options.id, tabindex: '-1' } }, [
      el('div', { className: 'panel__header' }, [
        ...options.header,
        this.back,
        el('div', { className: 'panel__switches' }, [
          this.tabGroup,
          // One block, so that on a narrow panel the language and colour-scheme buttons move up together.
          el('div', { className: 'panel__settings' }, [this.langGroup, ...(options.switches ?? [])]),
        ]),
      ]),
      this.body,
    ]);
    this.unsubscribe = options.state.subscribe(this.onState);
    this.render(options.state.get(), null);
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private readonly onState = (state: AppState, previous: AppState): void => {
    if (
      state.view === previous.view &&
      state.lang === previous.lang &&
      state.asOf === previous.asOf &&
      sameSelection(state.selection, previous.selection) &&
      sameAt(state.at, previous.at)
    )
      return;
    this.render(state, previous);
  };

  private label(lang: Lang): void {
    const { strings } = this.options.contextFor(lang);
    this.element.setAttribute('aria-label', strings.panelLabel);
    this.tabs.details.textContent = strings.tabDetails;
    this.tabs.reader.textContent = strings.tabReader;
    this.back.replaceChildren(el('span', { text: '←', attrs: { 'aria-hidden': 'true' } }), ` ${strings.backToOverview}`);
    this.tabGroup.setAttribute('aria-label', strings.viewSwitch);
    this.langGroup.setAttribute('aria-label', strings.languageSwitch);
    for (const [id, button] of Object.entries(this.langButtons)) button.setAttribute('aria-pressed', String(id === lang));
  }

  private render(state: AppState, previous: AppState | null): void {
    const context = this.options.contextFor(state.lang);
    if (previous === null || previous.lang !== state.lang) this.label(state.lang);
    for (const [view, button] of Object.entries(this.tabs)) button.setAttribute('aria-pressed', String(view === state.view));
    this.back.hidden = state.selection === null && state.view === 'details';
    // Leaving the reader ends any preview its sentences started: the pointer
    // that would have ended it is no longer over them.
    if (previous?.view === 'reader' && state.view !== 'reader') context.preview(null);
    const moved =
      previous !== null &&
      (previous.view !== state.view || !sameSelection(state.selection, previous.selection) || !sameAt(state.at, previous.at));
    if (state.view === 'reader') {
      if (this.reader?.lang !== state.lang) this.reader = { lang: state.lang, view: new ReaderView(context) };
      const reader = this.reader.view;
      if (this.body.firstChild !== reader.element) this.body.replaceChildren(reader.element);
      // Scrolling needs the panel laid out on the page, which on first load
      // it is only after this constructor returns.
      requestAnimationFrame(() => reader.show(state.selection));
      if (moved && previous?.view !== 'reader') reader.element.querySelector<HTMLElement>('.reader__title')?.focus({ preventScroll: true });
      return;
    }
    const details = state.at && !state.selection ? renderWhatsHere(context, context.investor, state.at) : renderDetails(context, state.selection);
    this.body.replaceChildren(details);
    // Something new starts at its top; the same view in another language or year keeps its place.
    if (moved) this.body.scrollTop = 0;
    // A new selection or view moves focus to its heading, so keyboard and
    // screen reader users land on what they chose; the first render leaves focus be.
    if (moved) details.querySelector<HTMLElement>('.details__title')?.focus({ preventScroll: true });
  }
}
