/**
 * The key's "Since 2009" group: one switch, off by default, that draws the
 * designations made after the policy as markers at their host cities, with a
 * note that a marker is not the area's extent and how many are drawn. The
 * legend places the element; this module keeps it in step with the state.
 */
import { STRINGS } from '../../i18n/index.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { el } from '../../ui/dom.ts';
import type { LaterDesignationsShown } from '../../ui/later-designation-entry.ts';
import './context-key.css';
import './later-key.css';

export interface LaterKeyOptions {
  state: StateSource;
  actions: Pick<Actions, 'setLaterShown'>;
  /** The designations of the year the page shows. */
  since(): LaterDesignationsShown;
}

export class LaterKey {
  readonly element: HTMLElement;
  private readonly options: LaterKeyOptions;
  private input: HTMLInputElement | null = null;
  /** The year the count is of. */
  private year: number;
  private readonly unsubscribe: () => void;

  constructor(options: LaterKeyOptions) {
    this.options = options;
    this.element = el('div', { className: 'later-key' });
    this.year = options.since().year;
    // Rebuilt for another language or another year (the count is of what that year shows).
    this.unsubscribe = options.state.subscribe((next, previous) => {
      if (next.lang !== previous.lang || options.since().year !== this.year) this.build(next);
      else if (next.later !== previous.later) this.sync(next);
    });
    this.build(options.state.get());
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private build(state: AppState): void {
    const strings = STRINGS[state.lang];
    // Counted as drawn: the designations with a marker (region-wide documents and plans over a zone are listed, not drawn).
    const since = this.options.since();
    this.year = since.year;
    const drawn = since.items.filter((item) => item.geometry !== null).length;
    const input = el('input', {
      attrs: { type: 'checkbox', 'aria-label': strings.legendToggle(strings.sinceKeyLayer) },
      on: { change: () => this.options.actions.setLaterShown(input.checked) },
    });
    this.input = input;
    const titleId = 'later-key-title';
    this.element.replaceChildren(
      el('p', { className: 'context-key__title', text: strings.sinceHeading, attrs: { id: titleId } }),
      el('p', { className: 'context-key__note', text: strings.sinceKeyNote }),
      el('ul', { className: 'legend__list', attrs: { 'aria-labelledby': titleId } }, [
        el('li', {}, [
          el('label', { className: 'legend__row' }, [
            input,
            el('span', { className: 'later-key__symbol', attrs: { 'aria-hidden': 'true' } }),
            el('span', { className: 'legend__label', text: strings.sinceKeyLayer }),
            el('span', { className: 'legend__count', text: strings.legendCount(drawn) }),
          ]),
        ]),
      ]),
    );
    this.sync(state);
  }

  private sync(state: AppState): void {
    if (this.input) this.input.checked = state.later;
  }
}
