/**
 * The presentation tour, as data: one step for the title, one for the
 * preamble, one per clause and, optionally, one per sentence of a clause that
 * names a specific (not broad) place. Everything comes from the document's own outline and the
 * place links, so a new clause or link changes the tour without an edit here.
 *
 * After the clauses, an optional epilogue: one step per year from 2009 on in
 * which the region gained designations (content/later-designations.ts), each
 * lighting their host places, for a class to see what came after the policy.
 */
import { placesNamedIn, type AtlasData } from './atlas-data.ts';
import type { Category } from './categories.ts';
import type { LaterDesignationFeature } from './later-designation-types.ts';
import type { CategoryId } from './types.ts';

export type TourStepKind = 'title' | 'preamble' | 'clause' | 'sentence' | 'epilogue';

/** Where a step stands, for labels such as "Step 7 of 9" and "Clause 5 of 6". */
export interface TourProgress {
  /** 1-based position among all steps. */
  step: number;
  steps: number;
  /** The clause's printed number and the number of clauses; `null` for the title and preamble. */
  clause: { number: number; count: number } | null;
  /**
   * For a sentence step: the sentence's number within its clause (from its id,
   * `I.5.s11` → 11), and its place among the clause's sentence steps.
   */
  sentence: { number: number; position: number; count: number } | null;
}

export interface TourStep {
  /** `title`, `preamble`, a clause id (`I.5`) or a sentence id (`I.5.s3`): what `?tour=` takes. */
  id: string;
  kind: TourStepKind;
  /** The clause the step presents or lies in; `null` for the title and preamble. */
  clauseId: string | null;
  /** The clause heading, or the document title for the title step; `null` for the preamble and a sentence. */
  heading: string | null;
  /** The verbatim text presented: the paragraph, or the one sentence; `null` for the title step. */
  text: string | null;
  /** The sentences the step presents, in reading order. */
  sentenceIds: string[];
  /** Every place the step's sentences name, in order of first mention: these are lit. */
  lights: string[];
  /**
   * The lit places the camera frames: `lights` without broad places (China,
   * Asia, the region itself), which would zoom the map out to a continent.
   * Empty means the step names nothing specific: frame the region.
   */
  frame: string[];
  /** The lit broad places, for a small locator inset rather than the camera. */
  locator: string[];
  /** An epilogue step: its year and the designations made in it, oldest first; `null` for the policy's own steps. */
  epilogue: { year: number; designationIds: string[] } | null;
  progress: TourProgress;
}

export interface TourOptions {
  /** Add a step, after its clause's step, for each sentence of a clause that names a place other than a broad one. */
  sentences: boolean;
}

type StepDraft = Omit<TourStep, 'lights' | 'frame' | 'locator' | 'progress' | 'epilogue'> & {
  sentence: { number: number; position: number; count: number } | null;
};

/** The sentence's own number within its paragraph, from its id: `I.5.s11` → 11. */
function sentenceNumber(sentenceId: string): number {
  const match = /\.s(\d+)$/.exec(sentenceId);
  if (!match) throw new Error(`not a sentence id: ${sentenceId}`);
  return Number(match[1]);
}

/** The ids of the places a run of sentences names, each once, in order of first mention. */
function placesNamedInAll(data: AtlasData, sentenceIds: readonly string[]): string[] {
  const ids = sentenceIds.flatMap((id) => placesNamedIn(data, id).map((place) => place.properties.id));
  return [...new Set(ids)];
}

/** Builds the tour's steps in reading order. */
export function buildTourSteps(
  data: AtlasData,
  categories: readonly Category[],
  options: TourOptions = { sentences: false },
): TourStep[] {
  const { meta, preamble, sections } = data.document;
  const clauses = sections.flatMap((section) => section.clauses);
  const broadCategories = new Set<CategoryId>(categories.filter((c) => c.broad).map((c) => c.id));
  const isBroad = (placeId: string) => {
    const category = data.placeById.get(placeId)?.properties.category;
    return category !== undefined && broadCategories.has(category);
  };

  const drafts: StepDraft[] = [
    { id: 'title', kind: 'title', clauseId: null, heading: meta.title, text: null, sentenceIds: [], sentence: null },
    {
      id: 'preamble',
      kind: 'preamble',
      clauseId: null,
      heading: null,
      text: preamble.text,
      sentenceIds: preamble.sentences.map((s) => s.id),
      sentence: null,
    },
  ];
  for (const clause of clauses) {
    const { sentences } = clause.paragraph;
    drafts.push({
      id: clause.id,
      kind: 'clause',
      clauseId: clause.id,
      heading: clause.heading,
      text: clause.paragraph.text,
      sentenceIds: sentences.map((s) => s.id),
      sentence: null,
    });
    if (!options.sentences) continue;
    // Nearly every sentence is linked to the region itself, so a step per
    // sentence naming any place would be a step per sentence: only sentences
    // naming something the map can show closer up get their own step.
    const naming = sentences.filter((s) => placesNamedIn(data, s.id).some((place) => !isBroad(place.properties.id)));
    naming.forEach((sentence, i) =>
      drafts.push({
        id: sentence.id,
        kind: 'sentence',
        clauseId: clause.id,
        heading: null,
        text: sentence.text,
        sentenceIds: [sentence.id],
        sentence: { number: sentenceNumber(sentence.id), position: i + 1, count: naming.length },
      }),
    );
  }

  const clauseNumber = new Map(clauses.map((clause) => [clause.id, clause.number]));
  return drafts.map(({ sentence, ...draft }, i) => {
    const lights = placesNamedInAll(data, draft.sentenceIds);
    const number = draft.clauseId === null ? undefined : clauseNumber.get(draft.clauseId);
    return {
      ...draft,
      lights,
      frame: lights.filter((id) => !isBroad(id)),
      locator: lights.filter(isBroad),
      epilogue: null,
      progress: {
        step: i + 1,
        steps: drafts.length,
        clause: number === undefined ? null : { number, count: clauses.length },
        sentence,
      },
    };
  });
}

/** The epilogue's step id for a year: what `?tour=` takes. */
function epilogueStepId(year: number): string {
  return `since-${year}`;
}

/**
 * The epilogue: a step per year in which designations were made, in order,
 * each lighting the places that host them (the region itself, for a
 * region-wide document, goes to the locator, as a broad place does). Its
 * progress counts only its own steps: `tourWithEpilogue` numbers the whole.
 */
export function buildEpilogueSteps(
  data: AtlasData,
  categories: readonly Category[],
  designations: readonly LaterDesignationFeature[],
): TourStep[] {
  const broad = new Set<CategoryId>(categories.filter((c) => c.broad).map((c) => c.id));
  const years = [...new Set(designations.map((d) => d.properties.opened))].sort((a, b) => a - b);
  return years.map((year, i) => {
    const made = designations.filter((d) => d.properties.opened === year);
    const lights = [...new Set(made.flatMap((d) => d.properties.hosts))].filter((id) => data.placeById.has(id));
    const isBroad = (id: string) => broad.has(data.placeById.get(id)?.properties.category as CategoryId);
    return {
      id: epilogueStepId(year),
      kind: 'epilogue',
      clauseId: null,
      heading: null,
      text: null,
      sentenceIds: [],
      lights,
      frame: lights.filter((id) => !isBroad(id)),
      locator: lights.filter(isBroad),
      epilogue: { year, designationIds: made.map((d) => d.properties.id) },
      progress: { step: i + 1, steps: years.length, clause: null, sentence: null },
    };
  });
}

/** The policy's steps followed by the epilogue's steps up to `year`, numbered as one tour. */
export function tourWithEpilogue(steps: readonly TourStep[], epilogue: readonly TourStep[], year: number): TourStep[] {
  const all = [...steps, ...epilogue.filter((step) => step.epilogue !== null && step.epilogue.year <= year)];
  return all.map((step, i) => ({ ...step, progress: { ...step.progress, step: i + 1, steps: all.length } }));
}

/** Whether a `tour=` value names an epilogue step, so the tour must be built with its epilogue to open it. */
export function namesEpilogueStep(value: string | null): boolean {
  return value !== null && /^since-\d{4}$/.test(value);
}

// ---------------------------------------------------------------------------
// Moving through the tour. Each returns a step id; at the ends the tour stays
// put, so a clicker pressed once too often does nothing surprising.

/** The position of a step, or -1 if the tour has no such step. */
export function stepIndex(steps: readonly Pick<TourStep, 'id'>[], id: string): number {
  return steps.findIndex((step) => step.id === id);
}

export function firstStep(steps: readonly TourStep[]): string {
  const step = steps[0];
  if (!step) throw new Error('the tour has no steps');
  return step.id;
}

export function lastStep(steps: readonly TourStep[]): string {
  const step = steps[steps.length - 1];
  if (!step) throw new Error('the tour has no steps');
  return step.id;
}

/** The step after `id`; the last step stays; an unknown id starts the tour. */
export function nextStep(steps: readonly TourStep[], id: string): string {
  const i = stepIndex(steps, id);
  if (i < 0) return firstStep(steps);
  return steps[Math.min(i + 1, steps.length - 1)].id;
}

/** The step before `id`; the first step stays; an unknown id starts the tour. */
export function previousStep(steps: readonly TourStep[], id: string): string {
  const i = stepIndex(steps, id);
  return steps[Math.max(i - 1, 0)].id;
}

/** Whether a `tour=` value names a sentence step, so the tour must be built with sentence steps to open it. */
export function namesSentenceStep(value: string | null): boolean {
  return value !== null && /^[A-Z]+\.\d+\.s\d+$/.test(value);
}

/**
 * Reads a `tour=` URL value: the id of one of the tour's steps, or `null` for
 * anything else (absent, empty, unknown, differently cased), so a mistyped
 * link opens the atlas rather than a broken tour.
 */
export function parseTourParam(value: string | null, steps: readonly Pick<TourStep, 'id'>[]): string | null {
  if (value === null) return null;
  return stepIndex(steps, value) >= 0 ? value : null;
}
