/**
 * The whole text in the panel: the opening, the preamble and every clause,
 * each place name a link to the place, each sentence lighting its places on
 * the map while it is pointed at or focused.
 *
 * The text is one tab stop (a roving tabindex): the arrow keys move between
 * clause headings and sentences, Home and End to the first and last, Enter
 * selects a sentence; Tab goes on to the place links of the sentence in
 * focus, then out of the text, rather than through its hundreds of links.
 */
import { placesNamedIn } from '../../content/atlas-data.ts';
import type { Paragraph } from '../../content/types.ts';
import type { Selection } from '../../state/app-state.ts';
import { readerClauseHeadingRuns } from '../../ui/clause-heading.ts';
import { el, textRuns } from '../../ui/dom.ts';
import { onPlainClick } from '../../ui/in-app-link.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import { linkedSentence } from '../../ui/text-render.ts';
import { sinceFollowedBy } from './since-view.ts';

export class ReaderView {
  readonly element: HTMLElement;
  private readonly context: PanelContext;
  /** The clause headings' links and the sentences, in reading order: what the arrow keys move between. */
  private readonly stops: HTMLElement[];
  private stop: HTMLElement | null = null;

  constructor(context: PanelContext) {
    this.context = context;
    const { document } = context.data;
    const { meta } = document;
    const chinese = context.lang === 'zh';
    // The text is the English translation, verbatim, in either interface language:
    // in Chinese the title and number lead in Chinese and the text is marked as English.
    this.element = el('article', { className: 'reader', attrs: { 'aria-label': context.strings.tabReader } }, [
      el('h2', { className: 'reader__title', text: chinese ? meta.titleZh : meta.title, attrs: { tabindex: '-1' } }),
      el('p', { className: 'reader__docno', text: chinese ? meta.documentNumberZh : meta.documentNumber }),
      el('p', { className: 'visually-hidden', text: context.strings.readerKeys }),
      chinese ? el('p', { className: 'details__translation-note', text: context.strings.quotedInEnglish }) : null,
      chinese ? el('p', { className: 'reader__title-en', text: meta.title, attrs: { lang: 'en' } }) : null,
      this.paragraph(document.opening, 'reader__opening'),
      this.paragraph(document.preamble),
      ...document.sections.flatMap((section) => [
        el('h3', { className: 'reader__section', text: `${section.numeral}. ${section.heading}`, attrs: { lang: 'en' } }),
        ...section.clauses.map((clause) =>
          el('section', { className: 'reader__clause', attrs: { 'data-clause': clause.id, 'aria-label': context.strings.clauseLabel(clause.number) } }, [
            el('h4', { className: 'reader__clause-heading' }, [
              el('a', {
                className: 'clause-link',
                attrs: {
                  href: context.hrefFor({ kind: 'clause', id: clause.id }, 'reader'),
                  title: context.strings.showClause(clause.number),
                },
                on: { click: onPlainClick(() => context.select({ kind: 'clause', id: clause.id }, 'reader')) },
              }, textRuns(readerClauseHeadingRuns(context.strings, context.lang, clause.number, clause.heading))),
            ]),
            this.paragraph(clause.paragraph),
            sinceFollowedBy(context, clause),
          ]),
        ),
      ]),
    ]);
    this.stops = [...this.element.querySelectorAll<HTMLElement>('.clause-link, .sentence')];
    for (const stop of this.stops) stop.tabIndex = -1;
    for (const link of this.element.querySelectorAll<HTMLElement>('.sentence .place-link')) link.tabIndex = -1;
    this.rove(this.stops[0] ?? null);
    this.element.addEventListener('keydown', this.onKeyDown);
    // A stop reached by pointer becomes the one Tab returns to.
    this.element.addEventListener('focusin', (event) => {
      const stop = this.stopOf(event.target);
      if (stop && stop !== this.stop) this.rove(stop);
    });
  }

  /** Marks and scrolls to what the selection points at: a sentence, a clause, or a place's first mention. */
  show(selection: Selection | null): void {
    for (const current of this.element.querySelectorAll('.is-current')) current.classList.remove('is-current');
    const target = this.targetOf(selection);
    if (!target) return;
    target.classList.add('is-current');
    const stop = this.stopOf(target) ?? this.stops.find((s) => target.contains(s)) ?? null;
    if (stop) this.rove(stop);
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A clause is taller than the panel: show its heading; a sentence or name sits mid-panel.
    const block = selection?.kind === 'clause' ? 'start' : 'center';
    target.scrollIntoView({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  /** The stop an element is or lies in: a sentence holds its place links. */
  private stopOf(node: EventTarget | null): HTMLElement | null {
    if (!(node instanceof Element)) return null;
    return this.stops.find((stop) => stop === node || stop.contains(node)) ?? null;
  }

  /** Makes `stop` the text's one tab stop, with the place links of a sentence reachable after it. */
  private rove(stop: HTMLElement | null): void {
    if (this.stop) {
      this.stop.tabIndex = -1;
      for (const link of this.stop.querySelectorAll<HTMLElement>('.place-link')) link.tabIndex = -1;
    }
    this.stop = stop;
    if (!stop) return;
    stop.tabIndex = 0;
    for (const link of stop.querySelectorAll<HTMLElement>('.place-link')) link.tabIndex = 0;
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const from = this.stopOf(event.target);
    if (!from || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = this.stops.indexOf(from);
    const last = this.stops.length - 1;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      const next = this.stops[Math.max(0, Math.min(last, to))];
      this.rove(next);
      next.focus();
      return;
    }
    if (event.key === 'Enter' && event.target === from && from.dataset.sentence) {
      event.preventDefault();
      this.context.select({ kind: 'sentence', id: from.dataset.sentence }, 'reader');
    }
  };

  private targetOf(selection: Selection | null): Element | null {
    if (!selection) return null;
    const byData = (name: string, value: string) =>
      [...this.element.querySelectorAll(`[data-${name}]`)].find((node) => node.getAttribute(`data-${name}`) === value) ?? null;
    switch (selection.kind) {
      case 'sentence':
        return byData('sentence', selection.id);
      case 'clause':
        return byData('clause', selection.id);
      case 'place':
        return byData('place', selection.id);
      case 'division':
        return null;
    }
  }

  private paragraph(paragraph: Paragraph, className = ''): HTMLParagraphElement {
    return el(
      'p',
      { className: `reader__paragraph ${className}`.trim(), attrs: { lang: 'en' } },
      paragraph.sentences.flatMap((sentence) => {
        const span = linkedSentence(this.context, sentence);
        const light = () => this.context.preview(placesNamedIn(this.context.data, sentence.id).map((p) => p.properties.id));
        const unlight = () => this.context.preview(null);
        span.addEventListener('mouseenter', light);
        span.addEventListener('focusin', light);
        span.addEventListener('mouseleave', unlight);
        span.addEventListener('focusout', unlight);
        return [span, ' '];
      }),
    );
  }
}
