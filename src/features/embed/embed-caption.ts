/**
 * The embed's caption under the map: what is selected, what the policy says
 * about it (verbatim, in English), a one-line citation and a link to the
 * full atlas in a new tab. It scrolls within itself when long, so the page
 * around it never has to.
 */
import './embed-caption.css';
import { citation } from '../../cite/citation.ts';
import { STRINGS } from '../../i18n/index.ts';
import { LANG_TAG } from '../../i18n/lang.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { el, names } from '../../ui/dom.ts';
import { type SummarySources, summarize } from '../../ui/selection-summary.ts';

export interface EmbedCaptionOptions {
  state: StateSource;
  sources: SummarySources;
  /** The same view in the full atlas. */
  fullAtlasUrl(state: AppState): string;
}

export class EmbedCaption {
  readonly element: HTMLElement;
  /** The caption's content at its natural height, which the embed reports to its host. */
  readonly content: HTMLElement;
  private readonly options: EmbedCaptionOptions;
  private readonly unsubscribe: () => void;

  constructor(options: EmbedCaptionOptions) {
    this.options = options;
    this.content = el('div', { className: 'embed-caption__content' });
    this.element = el('section', { className: 'embed-caption' }, [this.content]);
    this.unsubscribe = options.state.subscribe(() => this.render(options.state.get()));
    this.render(options.state.get());
  }

  remove(): void {
    this.unsubscribe();
    this.element.remove();
  }

  private render(state: AppState): void {
    const strings = STRINGS[state.lang];
    const summary = summarize(this.options.sources, state.selection, strings, state.lang);
    const cited = citation(this.options.sources.data, summary.citeTarget, { lang: state.lang, accessed: new Date() });
    this.element.setAttribute('aria-label', strings.embedCaptionLabel);
    this.element.setAttribute('lang', LANG_TAG[state.lang]);
    const heading = summary.named
      ? el('h2', { className: 'embed-caption__title' }, names(summary.named, state.lang, { secondaryClass: 'embed-caption__other' }))
      : el('h2', { className: 'embed-caption__title', text: summary.name ?? strings.appTitle });
    const quotes =
      summary.quotes.length > 0
        ? summary.quotes.map((entry) =>
            el('blockquote', { className: 'embed-caption__quote', text: entry.sentence.text, attrs: { lang: 'en' } }),
          )
        : [el('p', { className: 'embed-caption__lead', text: state.selection ? strings.noSentences : strings.overviewLead })];
    const link = el('a', {
      className: 'embed-caption__open',
      text: strings.embedOpenFull,
      attrs: { href: this.options.fullAtlasUrl(state), target: '_blank', rel: 'noopener' },
    });
    this.content.replaceChildren(
      heading,
      ...quotes,
      el('p', { className: 'embed-caption__foot' }, [
        el('span', { className: 'embed-caption__cite', text: cited?.short ?? strings.documentNumber, attrs: { title: cited?.short ?? '' } }),
        link,
      ]),
    );
  }
}
