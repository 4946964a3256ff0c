/**
 * What the map says about an infrastructure item: a tooltip naming it and its
 * kind while the pointer is over it, and on a click a card with both names,
 * its opening year (and whether that post-dates the 2009 policy), how a land
 * port crossed in the year shown, the country across the border, and its sources.
 */
import { STRINGS } from '../../i18n/index.ts';
import { type Lang, localName } from '../../i18n/lang.ts';
import type { InfrastructureFeature } from '../../content/infrastructure-types.ts';
import { isOpenIn } from '../../spatial/as-of.ts';
import { el, names } from '../../ui/dom.ts';
import './context-key.css';
import './context-popup.css';
import { cardCloseButton, cardElement, showCardAt } from './map-card.ts';

export class ContextTooltip {
  readonly element: HTMLElement;
  private readonly lang: () => Lang;

  constructor(lang: () => Lang) {
    this.lang = lang;
    this.element = el('div', { className: 'map-tooltip context-tooltip', attrs: { 'aria-hidden': 'true', hidden: '' } });
  }

  show(item: InfrastructureFeature | null, point: { x: number; y: number }): void {
    if (!item) {
      this.element.hidden = true;
      return;
    }
    const lang = this.lang();
    const strings = STRINGS[lang];
    this.element.replaceChildren(
      ...names(item.properties, lang, { link: (text) => el('strong', { text }) }),
      el('span', { className: 'map-tooltip__category', text: strings.contextKind(item.properties.kind) }),
      ...(item.properties.post_dates_policy ? [el('span', { className: 'context-tooltip__later', text: strings.contextPostDates })] : []),
    );
    this.element.hidden = false;
    this.element.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y + 14)}px)`;
  }
}

export interface ContextCardOptions {
  lang(): Lang;
  /** The year the map shows: a land port's ways of crossing are those open then. */
  year(): number;
  /** Where focus returns when the card closes: the map. */
  returnFocusTo(): HTMLElement;
}

export class ContextCard {
  readonly element: HTMLElement;
  private readonly options: ContextCardOptions;

  constructor(options: ContextCardOptions) {
    this.options = options;
    this.element = cardElement('context-card', () => this.close({ refocus: true }));
  }

  open(item: InfrastructureFeature, point: { x: number; y: number }): void {
    const lang = this.options.lang();
    const strings = STRINGS[lang];
    const p = item.properties;
    const year = this.options.year();
    const crossesBy = p.crossing_kinds.filter((span) => isOpenIn(span, year)).map((span) => span.kind);
    const heading = el('h2', { className: 'context-card__title' }, names(p, lang, { separator: el('br'), secondaryClass: 'context-card__other' }));
    this.element.setAttribute('aria-label', localName(p, lang));
    this.element.replaceChildren(
      heading,
      el('p', { className: 'context-card__kind', text: strings.contextKind(p.kind) }),
      el('p', { text: strings.contextOpened(p.opened, p.opened_approximate) }),
      ...(p.post_dates_policy ? [el('p', { className: 'context-card__later', text: strings.contextPostDates })] : []),
      ...(crossesBy.length > 0 ? [el('p', { className: 'context-card__crosses', text: strings.contextCrossesBy(crossesBy, year) })] : []),
      ...(p.neighbour ? [el('p', { text: strings.contextNeighbour(p.neighbour) })] : []),
      el('p', { className: 'context-card__note', text: p.note, attrs: { lang: 'en' } }),
      el('p', { className: 'context-card__sources-title', text: strings.sources }),
      el(
        'ul',
        { className: 'sources' },
        p.source.map((source) =>
          el('li', {}, [
            el('a', { text: source.label, attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer external', lang: 'en' } }),
          ]),
        ),
      ),
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
