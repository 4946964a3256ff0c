/**
 * The "as of" control: one slider for the year the atlas shows, a year
 * earlier and later, and Play, which steps through the years for a class.
 * It reads and writes only the state's `asOf` (through `yearShown` and the
 * `setAsOf` action), so a link, Back and the slider always agree. The key
 * places its element; its `caption` says the year wherever the key is folded.
 */
import { FIRST_AS_OF_YEAR, LATEST_DATA_YEAR } from '../../content/data-years.ts';
import { STRINGS } from '../../i18n/index.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { el } from '../../ui/dom.ts';
import './year-control.css';

export interface YearControlOptions {
  state: StateSource;
  actions: Pick<Actions, 'setAsOf'>;
  /** How long each year shows while playing, in milliseconds. Default 1,200: time to see what changed. */
  playStepMs?: number;
}

/** Ids are per control: two atlases on one page each label their own. */
let controls = 0;

export class YearControl {
  /** The group for the key: title, slider, steps, Play, and what the year changes. */
  readonly element: HTMLElement;
  /** "Facilities as of 2025", for the key's title: the year shows even when the key is folded. */
  readonly caption: HTMLElement;
  private readonly options: YearControlOptions;
  private readonly titleId = `year-control-title-${(controls += 1)}`;
  private readonly slider: HTMLInputElement;
  private readonly earlier: HTMLButtonElement;
  private readonly later: HTMLButtonElement;
  private readonly play: HTMLButtonElement;
  private readonly readout: HTMLElement;
  private readonly title: HTMLElement;
  private readonly note: HTMLElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  private readonly unsubscribe: () => void;

  constructor(options: YearControlOptions) {
    this.options = options;
    const step = (by: number) => () => {
      this.stop();
      options.actions.setAsOf(yearShown(options.state.get()) + by);
    };
    this.title = el('p', { className: 'year-control__title', attrs: { id: this.titleId } });
    this.readout = el('p', { className: 'year-control__year', attrs: { 'aria-live': 'off' } });
    this.slider = el('input', {
      className: 'year-control__slider',
      attrs: { type: 'range', min: String(FIRST_AS_OF_YEAR), max: String(LATEST_DATA_YEAR), step: '1' },
      on: {
        input: () => {
          this.stop();
          options.actions.setAsOf(Number(this.slider.value));
        },
      },
    });
    this.earlier = el('button', { className: 'year-control__step', text: '‹', attrs: { type: 'button' }, on: { click: step(-1) } });
    this.later = el('button', { className: 'year-control__step', text: '›', attrs: { type: 'button' }, on: { click: step(1) } });
    this.play = el('button', { className: 'year-control__play', attrs: { type: 'button' }, on: { click: () => this.togglePlay() } });
    this.note = el('p', { className: 'legend__note year-control__note' });
    this.element = el('div', { className: 'year-control', attrs: { role: 'group', 'aria-labelledby': this.titleId } }, [
      el('div', { className: 'year-control__head' }, [this.title, this.readout]),
      el('div', { className: 'year-control__row' }, [this.earlier, this.slider, this.later]),
      el('div', { className: 'year-control__ends', attrs: { 'aria-hidden': 'true' } }, [
        el('span', { text: String(FIRST_AS_OF_YEAR) }),
        el('span', { text: String(LATEST_DATA_YEAR) }),
      ]),
      this.play,
      this.note,
    ]);
    this.caption = el('span', { className: 'year-control__caption' });
    this.unsubscribe = options.state.subscribe((next, previous) => {
      if (next.lang !== previous.lang || next.asOf !== previous.asOf) this.render(next);
    });
    this.render(options.state.get());
  }

  remove(): void {
    this.stop();
    this.unsubscribe();
    this.element.remove();
    this.caption.remove();
  }

  private render(state: AppState): void {
    const strings = STRINGS[state.lang];
    const year = yearShown(state);
    this.title.textContent = strings.asOfTitle;
    this.readout.textContent = String(year);
    this.caption.textContent = strings.asOfCaption(year);
    this.slider.value = String(year);
    this.slider.setAttribute('aria-label', strings.asOfLabel);
    this.slider.setAttribute('aria-valuetext', strings.asOf(year));
    this.earlier.setAttribute('aria-label', strings.asOfEarlier);
    this.later.setAttribute('aria-label', strings.asOfLater);
    this.earlier.disabled = year <= FIRST_AS_OF_YEAR;
    this.later.disabled = year >= LATEST_DATA_YEAR;
    this.note.textContent = strings.asOfNote;
    this.renderPlay(strings);
  }

  private renderPlay(strings = STRINGS[this.options.state.get().lang]): void {
    const playing = this.timer !== null;
    // The button says what it does next; its symbol is for the eye only, drawn rather than
    // typed: the page's Latin font has no glyph for either, and one would fetch a font file.
    this.play.replaceChildren(
      el('span', { className: `year-control__symbol year-control__symbol--${playing ? 'pause' : 'play'}`, attrs: { 'aria-hidden': 'true' } }),
      ` ${playing ? strings.asOfPause : strings.asOfPlay}`,
    );
    this.play.classList.toggle('year-control__play--playing', playing);
    // While playing, each year is said as it comes; otherwise the slider's own value says it, once.
    this.readout.setAttribute('aria-live', playing ? 'polite' : 'off');
  }

  private togglePlay(): void {
    if (this.timer !== null) {
      this.stop();
      return;
    }
    const { state, actions } = this.options;
    // From the latest year there is nothing ahead: the play starts again at the first.
    if (yearShown(state.get()) >= LATEST_DATA_YEAR) actions.setAsOf(FIRST_AS_OF_YEAR);
    this.timer = setInterval(() => {
      const next = yearShown(state.get()) + 1;
      actions.setAsOf(next);
      if (next >= LATEST_DATA_YEAR) this.stop();
    }, this.options.playStepMs ?? 1200);
    this.renderPlay();
  }

  private stop(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    this.renderPlay();
  }
}
