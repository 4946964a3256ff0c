/**
 * What the map says about a "Since 2009" marker: a tooltip naming the
 * designations at it, with their years, while the pointer is over it; on a
 * click, a card that says the marker stands at the host city and holds each
 * designation's entry (date, issuer, number, area, sources).
 */
import type { LaterDesignationFeature } from '../../content/later-designation-types.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/lang.ts';
import { el } from '../../ui/dom.ts';
import {
  type LaterDesignationsShown,
  designationName,
  laterDesignationFacts,
  laterDesignationTitle,
} from '../../ui/later-designation-entry.ts';
import './context-popup.css';
import { cardCloseButton, cardElement, showCardAt } from './map-card.ts';

export class LaterTooltip {
  readonly element: HTMLElement;
  private readonly lang: () => Lang;

  constructor(lang: () => Lang) {
    this.lang = lang;
    this.element = el('div', { className: 'map-tooltip context-tooltip', attrs: { 'aria-hidden': 'true', hidden: '' } });
  }

  show(items: readonly LaterDesignationFeature[], point: { x: number; y: number }): void {
    if (items.length === 0) {
      this.element.hidden = true;
      return;
    }
    const lang = this.lang();
    const strings = STRINGS[lang];
    this.element.replaceChildren(
      el('strong', { text: strings.sinceHeading }),
      ...items.map((item) => el('span', { className: 'map-tooltip__category', text: strings.sinceItem(designationName(item, lang), item.properties.opened) })),
    );
    this.element.hidden = false;
    this.element.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
  }
}

export interface LaterCardOptions {
  lang(): Lang;
  since(): LaterDesignationsShown;
  /** Where focus returns when the card closes: the map. */
  returnFocusTo(): HTMLElement;
}

export class LaterCard {
  readonly element: HTMLElement;
  private readonly options: LaterCardOptions;

  constructor(options: LaterCardOptions) {
    this.options = options;
    this.element = cardElement('context-card later-card', () => this.close({ refocus: true }));
  }

  open(items: readonly LaterDesignationFeature[], point: { x: number; y: number }): void {
    const lang = this.options.lang();
    const strings = STRINGS[lang];
    const since = this.options.since();
    this.element.setAttribute('aria-label', strings.sinceHeading);
    this.element.replaceChildren(
      el('h2', { className: 'context-card__title', text: strings.sinceHeading }),
      el('ul', { className: 'later-list' }, items.map((item) => {
        const entry = el('details', { className: 'later-entry' }, [
          el('summary', { className: 'later-entry__title' }, laterDesignationTitle(item, strings, lang)),
          ...laterDesignationFacts(item, since, strings, lang),
        ]);
        // One designation at the marker: its entry is what the click asked for.
        entry.open = items.length === 1;
        return el('li', {}, [entry]);
      })),
      cardCloseButton(strings.close, () => this.close({ refocus: true })),
    );
    showCardAt(this.element, point);
  }

  close(options: { refocus?: boolean } = {}): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    if (options.refocus) this.options.returnFocusTo().focus();
  }
}
