/**
 * The presentation's text column: the step's label, heading and verbatim
 * text in large type, the places it puts on the map, and the controls a
 * presenter needs (previous and next, the step list, sentence steps, high
 * contrast, fullscreen, leave). It renders what it is given and reports
 * what is pressed; the tour mode decides what that means.
 */
import './tour.css';
import './tour-epilogue.css';
import type { AtlasData } from '../../content/atlas-data.ts';
import { LANG_TAG, type Lang } from '../../i18n/lang.ts';
import type { Strings } from '../../i18n/strings.ts';
import type { TourStep } from '../../content/tour-steps.ts';
import { el, names } from '../../ui/dom.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import { markedSentence } from '../../ui/text-render.ts';

export interface TourViewCallbacks {
  onPrevious(): void;
  onNext(): void;
  onJump(stepId: string): void;
  onExit(): void;
  onSentenceSteps(on: boolean): void;
  onEpilogue(on: boolean): void;
  onFullscreen(): void;
  onContrast(): void;
}

/** What the column shows: a step among its steps, in a language, with the presenter's options. */
export interface TourViewContent {
  steps: readonly TourStep[];
  step: TourStep;
  context: PanelContext;
  sentenceSteps: boolean;
  /** Whether the epilogue (Since 2009) follows the clauses. */
  epilogue: boolean;
  fullscreen: boolean;
  contrast: boolean;
}

/** "Clause 5 of 6", "Clause 5 of 6 · Sentence 11 (…)", "Preamble": where the step stands. */
export function stepLabel(step: TourStep, strings: Strings): string {
  const { clause, sentence } = step.progress;
  if (step.kind === 'title') return strings.tourTitleLabel;
  if (step.kind === 'epilogue') return strings.tourEpilogue;
  if (step.kind === 'preamble' || clause === null) return strings.preambleLabel;
  const clauseOf = strings.tourClauseOf(clause.number, clause.count);
  return sentence ? `${clauseOf} · ${strings.tourSentenceOf(sentence.number, sentence.position, sentence.count)}` : clauseOf;
}

/** The step's name in the step list and in what the live region says. */
export function stepName(step: TourStep, data: AtlasData, strings: Strings, lang: Lang): string {
  const clause = step.clauseId === null ? undefined : data.clauseById.get(step.clauseId);
  switch (step.kind) {
    case 'title':
      return lang === 'zh' ? data.document.meta.titleZh : data.document.meta.title;
    case 'preamble':
      return strings.preambleLabel;
    case 'clause':
      return clause ? strings.clauseTitle(clause.number, clause.heading) : step.id;
    case 'sentence':
      return clause && step.progress.sentence
        ? `${strings.clauseLabel(clause.number)} · ${strings.tourSentenceOf(step.progress.sentence.number, step.progress.sentence.position, step.progress.sentence.count)}`
        : step.id;
    case 'epilogue':
      return step.epilogue ? strings.tourEpilogueYear(step.epilogue.year) : step.id;
  }
}

/** A page turn: the column's height less the lines that stay in sight from the page before. */
function pageStep(height: number): number {
  return Math.max(1, Math.round(height * 0.85));
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function toggle(onClick: () => void): HTMLButtonElement {
  return el('button', { className: 'tour__tool', attrs: { type: 'button', 'aria-pressed': 'false' }, on: { click: onClick } });
}

export class TourView {
  readonly element: HTMLElement;
  private readonly callbacks: TourViewCallbacks;
  private readonly label: HTMLElement;
  /** The step's scrolling part: its label, heading, text and places. */
  private readonly stage: HTMLElement;
  private readonly body: HTMLElement;
  /** What is left of the step below or above what shows: "Page 1 of 3 · more below", and an arrow down. */
  private readonly more: HTMLElement;
  /** Where the last page turn is scrolling to, until it gets there: a second press goes on from it. */
  private pagedTo: number | null = null;
  private strings: Strings | null = null;
  private readonly progress: HTMLElement;
  private readonly previous: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly exit: HTMLButtonElement;
  private readonly fullscreen: HTMLButtonElement;
  private readonly contrast: HTMLButtonElement;
  private readonly sentences: HTMLInputElement;
  private readonly sentencesLabel: HTMLElement;
  private readonly epilogue: HTMLInputElement;
  private readonly epilogueLabel: HTMLElement;
  private readonly list: HTMLDetailsElement;
  private readonly listSummary: HTMLElement;
  private readonly listItems: HTMLOListElement;
  private readonly live: HTMLElement;
  private heading: HTMLElement | null = null;

  constructor(callbacks: TourViewCallbacks) {
    this.callbacks = callbacks;
    this.previous = el('button', { className: 'tour__step-button', attrs: { type: 'button' }, on: { click: () => callbacks.onPrevious() } });
    this.next = el('button', { className: 'tour__step-button tour__step-button--next', attrs: { type: 'button' }, on: { click: () => callbacks.onNext() } });
    this.exit = el('button', { className: 'tour__tool tour__exit', attrs: { type: 'button' }, on: { click: () => callbacks.onExit() } });
    this.fullscreen = toggle(() => callbacks.onFullscreen());
    this.contrast = toggle(() => callbacks.onContrast());
    this.sentences = el('input', {
      attrs: { type: 'checkbox' },
      on: { change: () => callbacks.onSentenceSteps(this.sentences.checked) },
    });
    this.sentencesLabel = el('span');
    this.epilogue = el('input', {
      attrs: { type: 'checkbox' },
      on: { change: () => callbacks.onEpilogue(this.epilogue.checked) },
    });
    this.epilogueLabel = el('span');
    this.listSummary = el('summary', { className: 'tour__tool' });
    this.listItems = el('ol', { className: 'tour__list-items' });
    this.list = el('details', { className: 'tour__list' }, [this.listSummary, this.listItems]);
    this.label = el('p', { className: 'tour__label' });
    this.body = el('div', { className: 'tour__content' });
    this.progress = el('p', { className: 'tour__progress' });
    this.live = el('p', { className: 'visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.stage = el('div', { className: 'tour__body', on: { scroll: () => this.onScroll() } }, [this.label, this.body]);
    this.more = el('p', { className: 'tour__more', attrs: { hidden: '' } });
    this.element = el('section', { className: 'tour' }, [
      el('div', { className: 'tour__tools' }, [
        this.list,
        el('label', { className: 'tour__option' }, [this.sentences, this.sentencesLabel]),
        el('label', { className: 'tour__option' }, [this.epilogue, this.epilogueLabel]),
        this.contrast,
        this.fullscreen,
        this.exit,
      ]),
      this.stage,
      this.more,
      el('nav', { className: 'tour__nav' }, [this.previous, this.progress, this.next]),
      this.live,
    ]);
  }

  render(content: TourViewContent): void {
    const { steps, step, context, sentenceSteps } = content;
    const { strings, lang } = context;
    this.element.setAttribute('aria-label', strings.tourLabel);
    this.element.lang = LANG_TAG[lang];
    this.previous.textContent = `← ${strings.tourPrevious}`;
    this.next.textContent = `${strings.tourNext} →`;
    this.previous.disabled = step.progress.step === 1;
    this.next.disabled = step.progress.step === steps.length;
    this.exit.textContent = strings.tourExit;
    this.exit.setAttribute('aria-keyshortcuts', 'Escape');
    this.fullscreen.textContent = strings.tourFullscreen;
    this.fullscreen.setAttribute('aria-pressed', String(content.fullscreen));
    this.contrast.textContent = strings.tourContrast;
    this.contrast.setAttribute('aria-pressed', String(content.contrast));
    this.sentences.checked = sentenceSteps;
    this.sentencesLabel.textContent = strings.tourSentenceSteps;
    this.epilogue.checked = content.epilogue;
    this.epilogueLabel.textContent = strings.tourEpilogue;
    this.listSummary.textContent = strings.tourStepList;
    this.progress.textContent = strings.tourStepOf(step.progress.step, step.progress.steps);
    this.label.textContent = stepLabel(step, strings);
    this.renderList(steps, step, context);
    this.body.replaceChildren(...this.stepContent(step, context));
    this.heading = this.body.querySelector<HTMLElement>('.tour__heading');
    this.strings = strings;
    this.pagedTo = null;
    this.stage.scrollTop = 0;
    this.showMore();
  }

  /**
   * Turns a page of a step longer than the column: forward (1) brings the
   * next part of the text into view, back (-1) the one before, keeping the
   * last lines of the page just read in sight. Whether it turned one: at
   * the step's end (or start) there is none, and the tour moves on.
   */
  page(direction: 1 | -1): boolean {
    const { stage } = this;
    const end = stage.scrollHeight - stage.clientHeight;
    const from = this.pagedTo ?? stage.scrollTop;
    if (direction > 0 ? from >= end - 1 : from <= 1) return false;
    const to = Math.min(end, Math.max(0, from + direction * pageStep(stage.clientHeight)));
    this.pagedTo = to;
    stage.scrollTo({ top: to, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    // Without smooth scrolling the position is reached at once, and no scroll event need follow.
    if (Math.abs(stage.scrollTop - to) < 1) this.onScroll();
    return true;
  }

  /** Shows the page indicator again, for a column whose size changed. */
  resize(): void {
    this.showMore();
  }

  private onScroll(): void {
    if (this.pagedTo !== null && Math.abs(this.stage.scrollTop - this.pagedTo) < 1) this.pagedTo = null;
    this.showMore();
  }

  /** The page indicator: shown while the step is longer than the column, saying which page shows and whether more follows. */
  private showMore(): void {
    const { stage, strings } = this;
    const end = stage.scrollHeight - stage.clientHeight;
    this.more.hidden = strings === null || end <= 1;
    if (strings === null || end <= 1) return;
    const step = pageStep(stage.clientHeight);
    const pages = 1 + Math.ceil(end / step);
    const atEnd = stage.scrollTop >= end - 1;
    const page = atEnd ? pages : Math.min(pages - 1, 1 + Math.round(stage.scrollTop / step));
    this.more.textContent = atEnd ? strings.tourPageOf(page, pages) : strings.tourMoreBelow(page, pages);
    this.more.classList.toggle('tour__more--below', !atEnd);
  }

  /** Says the step in the live region, and puts focus on its heading for keyboard and screen reader users. */
  announce(text: string): void {
    this.live.textContent = text;
    this.focusStep();
  }

  /** Puts focus on the step's heading, without scrolling: where the tour's keys are pressed from. */
  focusStep(): void {
    this.heading?.focus({ preventScroll: true });
  }

  /** Closes the step list, if open; whether it was. */
  closeList(): boolean {
    const open = this.list.open;
    this.list.open = false;
    return open;
  }

  private renderList(steps: readonly TourStep[], current: TourStep, context: PanelContext): void {
    const { data, strings, lang } = context;
    this.listItems.replaceChildren(
      ...steps.map((step) =>
        el('li', { className: step.kind === 'sentence' ? 'tour__list-item tour__list-item--sentence' : 'tour__list-item' }, [
          el('button', {
            text: stepName(step, data, strings, lang),
            attrs: { type: 'button', ...(step.id === current.id ? { 'aria-current': 'step' } : {}) },
            on: {
              click: () => {
                this.list.open = false;
                this.callbacks.onJump(step.id);
              },
            },
          }),
        ]),
      ),
    );
  }

  private stepContent(step: TourStep, context: PanelContext): HTMLElement[] {
    const { data, strings, lang } = context;
    const heading = (text: string, textLang: Lang) =>
      el('h2', { className: 'tour__heading', text, attrs: { tabindex: '-1', lang: LANG_TAG[textLang] } });
    if (step.kind === 'title') {
      const { meta } = data.document;
      const [lead, other] = lang === 'zh' ? [meta.titleZh, meta.title] : [meta.title, meta.titleZh];
      return [
        heading(lead, lang),
        el('p', { className: 'tour__subtitle', text: other, attrs: { lang: LANG_TAG[lang === 'zh' ? 'en' : 'zh'] } }),
        el('p', {
          className: 'tour__issued',
          text: strings.documentIssued(
            lang === 'zh' ? meta.documentNumberZh : meta.documentNumber,
            lang === 'zh' ? meta.issuedByZh : meta.issuedBy,
            meta.dateIssued,
          ),
        }),
        el('p', { className: 'tour__note', text: strings.quotedInEnglish }),
      ];
    }
    if (step.kind === 'epilogue') return this.epilogueContent(step, context, heading);
    const clause = step.clauseId === null ? undefined : data.clauseById.get(step.clauseId);
    const framed = new Set(step.frame);
    const sentences = step.sentenceIds.flatMap((id) => data.sentenceById.get(id)?.sentence ?? []);
    const text = el(
      'blockquote',
      { className: step.kind === 'sentence' ? 'tour__text tour__text--sentence' : 'tour__text', attrs: { lang: 'en' } },
      sentences.flatMap((sentence, i) => [i > 0 ? ' ' : null, markedSentence(context, sentence, framed)]),
    );
    const title =
      step.kind === 'preamble'
        ? heading(strings.preambleLabel, lang)
        : heading(clause?.heading ?? step.id, 'en');
    // A sentence step's heading is its clause's; the label above it says which sentence.
    return [title, text, this.placesOnMap(step, context)];
  }

  /** The places a step puts on the map, or that it shows the whole region. */
  private placesOnMap(step: TourStep, context: PanelContext): HTMLElement {
    const { data, strings, lang } = context;
    const places = step.frame.flatMap((id) => data.placeById.get(id) ?? []);
    return places.length > 0
      ? el('div', { className: 'tour__places' }, [
          el('h3', { className: 'tour__places-title', text: strings.tourPlacesOnMap }),
          el(
            'ul',
            { className: 'tour__places-list' },
            places.map((place) => el('li', {}, names(place.properties, lang, { secondaryClass: 'tour__other-name' }))),
          ),
        ])
      : el('p', { className: 'tour__note', text: strings.tourWholeRegion });
  }

  /** An epilogue step: the year, and what was designated in it, each with its date, what it is, and where the map shows it. */
  private epilogueContent(step: TourStep, context: PanelContext, heading: (text: string, lang: Lang) => HTMLElement): HTMLElement[] {
    const { strings, lang, since } = context;
    if (!step.epilogue) return [];
    const { year, designationIds } = step.epilogue;
    const made = designationIds.flatMap((id) => since.items.find((item) => item.properties.id === id) ?? []);
    const zh = lang === 'zh';
    return [
      heading(strings.tourEpilogueYear(year), lang),
      el(
        'ul',
        { className: 'tour__designations' },
        made.map(({ properties: p }) =>
          el('li', {}, [
            el('h3', { className: 'tour__designation' }, names(p, lang, { secondaryClass: 'tour__other-name' })),
            el('p', { text: strings.sinceDate(p.date, zh ? p.date_meaning_zh : p.date_meaning_en) }),
            el('p', { text: zh ? p.description_zh : p.description_en }),
            el('p', { className: 'tour__note', text: strings.sincePrecision(p.precision, zh ? p.host_city_zh : p.host_city_en) }),
          ]),
        ),
      ),
      this.placesOnMap(step, context),
    ];
  }
}
