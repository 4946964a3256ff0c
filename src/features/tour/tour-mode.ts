/**
 * The presentation tour, wired to the atlas: while the state names a tour
 * step, the text column covers the panel, the step's places are lit (the
 * map's camera frames them, clear of the column), the locator inset shows the
 * broad places it names, and the keys a presentation clicker sends move
 * through the steps. Every move is an action, so each step is a history
 * entry and a link.
 */
import type { AtlasData } from '../../content/atlas-data.ts';
import { type Category, categoryById } from '../../content/categories.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Actions, StateSource } from '../../state/actions.ts';
import type { AppState } from '../../state/app-state.ts';
import type { Bounds } from '../../map/camera.ts';
import { labelScaleFor } from '../../map/label-scale.ts';
import { type TourKeyAction, tourKeyAction, tourKeyEventOf } from './tour-keys.ts';
import {
  type TourStep,
  firstStep,
  lastStep,
  namesEpilogueStep,
  namesSentenceStep,
  nextStep,
  previousStep,
  stepIndex,
  tourWithEpilogue,
} from '../../content/tour-steps.ts';
import { type LocatorInset, placesBeyond } from '../map-view/locator-inset.ts';
import type { PanelContext } from '../../ui/panel-context.ts';
import type { TourSteps } from '../../state/atlas-index.ts';
import { TourFullscreen } from './tour-fullscreen.ts';
import { TourView, stepName } from './tour-view.ts';

export interface TourModeOptions {
  /** The atlas's container: the tour's column goes in it, and it is what goes fullscreen. */
  container: HTMLElement;
  data: AtlasData;
  categories: readonly Category[];
  /** The tour's steps, by clause and by sentence, as the atlas index built them. */
  steps: TourSteps;
  state: StateSource;
  actions: Actions;
  /** The region, beyond which the locator inset shows a step's broad places. */
  regionBounds: Bounds;
  /** Lights places on the map; `null` gives the lighting back to the selection. */
  preview(placeIds: string[] | null): void;
  contextFor(lang: Lang): PanelContext;
  locator: LocatorInset;
  /** Frames the step again, at once, for a layout the tour changed in place (fullscreen). */
  reframe(): void;
  /** Draws the map's names at this scale: larger while the tour's text is, 1 after. */
  scaleLabels(scale: number): void;
}

/** The layout class while the tour is open, and the one for high contrast. */
const TOUR_CLASS = 'layout--tour';
const CONTRAST_CLASS = 'layout--tour-contrast';

export class TourMode {
  private readonly options: TourModeOptions;
  private readonly steps: TourSteps;
  private readonly fullscreen: TourFullscreen;
  private readonly unsubscribe: () => void;
  private sentenceSteps = false;
  /** Whether the epilogue (Since 2009) follows the clauses. */
  private epilogue = false;
  private contrast = false;
  private view: TourView | null = null;
  /** What was made inert under the column, to be given back. */
  private covered: Element[] = [];

  constructor(options: TourModeOptions) {
    this.options = options;
    this.steps = options.steps;
    this.fullscreen = new TourFullscreen(options.container, () => this.onFullscreenChange());
    this.unsubscribe = options.state.subscribe(this.onState);
    const initial = options.state.get();
    if (initial.tour !== null) this.show(initial);
  }

  remove(): void {
    this.unsubscribe();
    this.close();
    this.fullscreen.remove();
  }

  /** Opens the tour: at the selected clause if there is one, else at its start. */
  start(): void {
    const { selection } = this.options.state.get();
    const steps = this.currentSteps;
    const clause = selection?.kind === 'clause' && stepIndex(steps, selection.id) >= 0 ? selection.id : null;
    this.options.actions.startTour(clause ?? firstStep(steps));
  }

  private get currentSteps(): readonly TourStep[] {
    const steps = this.sentenceSteps ? this.steps.sentences : this.steps.clauses;
    if (!this.epilogue) return steps;
    // The epilogue runs up to the year the page shows.
    const { year } = this.options.contextFor(this.options.state.get().lang).since;
    return tourWithEpilogue(steps, this.steps.epilogue, year);
  }

  private currentStep(): TourStep | undefined {
    const id = this.options.state.get().tour;
    return id === null ? undefined : this.currentSteps[stepIndex(this.currentSteps, id)];
  }

  private readonly onState = (state: AppState, previous: AppState): void => {
    if (state.tour === previous.tour && state.lang === previous.lang) return;
    if (state.tour === null) {
      this.close();
      return;
    }
    this.show(state);
  };

  private show(state: AppState): void {
    const id = state.tour;
    if (id === null) return;
    // A link to a sentence step opens the tour with its sentence steps.
    if (namesSentenceStep(id)) this.sentenceSteps = true;
    // And a link to an epilogue step, with its epilogue.
    if (namesEpilogueStep(id)) this.epilogue = true;
    const step = this.currentSteps[stepIndex(this.currentSteps, id)];
    if (!step) return;
    const view = this.open();
    const context = this.options.contextFor(state.lang);
    this.render(view, step, context);
    this.scaleLabels();
    this.options.preview(step.lights);
    this.showLocator(step, context);
    view.announce(context.strings.tourAnnounce(step.progress.step, step.progress.steps, stepName(step, context.data, context.strings, state.lang)));
  }

  private render(view: TourView, step: TourStep, context: PanelContext): void {
    view.render({
      steps: this.currentSteps,
      step,
      context,
      sentenceSteps: this.sentenceSteps,
      epilogue: this.epilogue,
      fullscreen: this.fullscreen.active,
      contrast: this.contrast,
    });
  }

  private open(): TourView {
    if (this.view) return this.view;
    const { container } = this.options;
    const view = new TourView({
      onPrevious: () => this.move('prev'),
      onNext: () => this.move('next'),
      onJump: (stepId) => this.options.actions.goToStep(stepId),
      onExit: () => this.move('exit'),
      onSentenceSteps: (on) => this.setSentenceSteps(on),
      onEpilogue: (on) => this.setEpilogue(on),
      onFullscreen: () => void this.fullscreen.toggle(),
      onContrast: () => this.setContrast(!this.contrast),
    });
    // The column covers the panel: what it covers leaves the focus order and the accessibility tree.
    this.covered = [...container.children].filter((child) => !child.classList.contains('map') && !child.hasAttribute('inert'));
    for (const element of this.covered) element.setAttribute('inert', '');
    container.append(view.element);
    container.classList.add(TOUR_CLASS);
    container.classList.toggle(CONTRAST_CLASS, this.contrast);
    document.addEventListener('keydown', this.onKeyDown, true);
    window.addEventListener('resize', this.onResize);
    this.view = view;
    return view;
  }

  private close(): void {
    if (!this.view) return;
    const { container } = this.options;
    document.removeEventListener('keydown', this.onKeyDown, true);
    window.removeEventListener('resize', this.onResize);
    this.view.element.remove();
    this.view = null;
    for (const element of this.covered) element.removeAttribute('inert');
    this.covered = [];
    container.classList.remove(TOUR_CLASS, CONTRAST_CLASS);
    this.options.preview(null);
    this.options.scaleLabels(1);
    void this.fullscreen.exit();
  }

  private move(action: TourKeyAction): void {
    const { actions } = this.options;
    const steps = this.currentSteps;
    const id = this.options.state.get().tour;
    if (id === null) return;
    switch (action) {
      // A step longer than the column is paged through before the tour moves on, so a class sees all of it.
      case 'next':
        if (this.view?.page(1)) return;
        return actions.goToStep(nextStep(steps, id));
      case 'prev':
        if (this.view?.page(-1)) return;
        return actions.goToStep(previousStep(steps, id));
      case 'first':
        return actions.goToStep(firstStep(steps));
      case 'last':
        return actions.goToStep(lastStep(steps));
      case 'exit': {
        // Leaving selects the clause presented, so the atlas opens on it.
        const clauseId = this.currentStep()?.clauseId ?? null;
        return actions.endTour(clauseId === null ? null : { kind: 'clause', id: clauseId });
      }
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const target = event.target;
    if (target instanceof Element) {
      // A dialog opened over the tour keeps its own keys; so does anything outside this atlas.
      if (target.closest('dialog, [role="dialog"]')) return;
      const outside = !this.options.container.contains(target) && target !== document.body && target !== document.documentElement;
      if (outside) return;
    }
    const action = tourKeyAction(tourKeyEventOf(event));
    if (action === null) return;
    event.preventDefault();
    // Esc first closes the step list, if it is open.
    if (action === 'exit' && this.view?.closeList()) return;
    this.move(action);
  };

  private readonly onResize = (): void => {
    this.view?.resize();
    this.scaleLabels();
  };

  /** The map's names grow with the column's text, which is set by the window's width for the back of a room. */
  private scaleLabels(): void {
    if (!this.view) return;
    const text = parseFloat(getComputedStyle(this.view.element).fontSize);
    const base = parseFloat(getComputedStyle(document.documentElement).fontSize);
    this.options.scaleLabels(labelScaleFor(text, base));
  }

  /**
   * Ticking the option changes the steps, not the step: the column is drawn
   * again and focus goes back to the step's heading, where it is after every
   * step, so that the clicker's Space steps on rather than unticking it.
   */
  private setSentenceSteps(on: boolean): void {
    this.sentenceSteps = on;
    const step = this.options.state.get().tour;
    // Without sentence steps, a sentence step gives way to its clause.
    if (!on && step !== null && namesSentenceStep(step)) {
      const clauseId = this.steps.sentences[stepIndex(this.steps.sentences, step)]?.clauseId;
      if (clauseId) return this.options.actions.goToStep(clauseId);
    }
    this.rerender();
    this.view?.focusStep();
  }

  private setEpilogue(on: boolean): void {
    this.epilogue = on;
    const step = this.options.state.get().tour;
    // Without the epilogue, an epilogue step gives way to the last of the policy's steps.
    if (!on && step !== null && namesEpilogueStep(step)) return this.options.actions.goToStep(lastStep(this.currentSteps));
    this.rerender();
  }

  private setContrast(on: boolean): void {
    this.contrast = on;
    this.options.container.classList.toggle(CONTRAST_CLASS, on);
    this.rerender();
  }

  private onFullscreenChange(): void {
    this.rerender();
    if (this.view) this.options.reframe();
  }

  /** Draws the column again for an option changed in place; the step and the camera stay. */
  private rerender(): void {
    const step = this.currentStep();
    if (!step || !this.view) return;
    this.render(this.view, step, this.options.contextFor(this.options.state.get().lang));
  }

  private showLocator(step: TourStep, context: PanelContext): void {
    const { data, regionBounds, locator } = this.options;
    const places = step.locator.flatMap((id) => data.placeById.get(id) ?? []);
    const beyond = placesBeyond(places, regionBounds, (place) => categoryById(place.properties.category).broad);
    locator.show(beyond, context.lang, context.strings);
  }
}
