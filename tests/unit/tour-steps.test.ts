import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { atlasData, type PlaceProperties } from '../../src/content/atlas-data.ts';
import { CATEGORIES } from '../../src/content/categories.ts';
import type { PolicyDocument } from '../../src/content/types.ts';
import {
  buildTourSteps,
  firstStep,
  lastStep,
  namesSentenceStep,
  nextStep,
  parseTourParam,
  previousStep,
  stepIndex,
  type TourStep,
} from '../../src/content/tour-steps.ts';

const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const data = atlasData(
  readJson<PolicyDocument>('../../geodata/document.json'),
  readJson<FeatureCollection<Geometry, PlaceProperties>>('../../geodata/places.geojson'),
);
const clauses = data.document.sections.flatMap((section) => section.clauses);
const steps = buildTourSteps(data, CATEGORIES);
const withSentences = buildTourSteps(data, CATEGORIES, { sentences: true });
const broadIds = new Set(
  data.places.filter((p) => CATEGORIES.find((c) => c.id === p.properties.category)?.broad).map((p) => p.properties.id),
);

function step(list: readonly TourStep[], id: string): TourStep {
  const found = list.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe('the tour follows the document outline', () => {
  it('opens with the title, then the preamble, then each clause in order', () => {
    expect(steps.map((s) => s.id)).toEqual(['title', 'preamble', ...clauses.map((c) => c.id)]);
    expect(steps.map((s) => s.kind)).toEqual(['title', 'preamble', ...clauses.map(() => 'clause')]);
  });

  it('gives the title step the document title and the preamble its verbatim paragraph', () => {
    expect(step(steps, 'title').heading).toBe(data.document.meta.title);
    expect(step(steps, 'preamble').text).toBe(data.document.preamble.text);
  });

  it.each(clauses.map((c) => [c.id, c]))('presents clause %s with its own heading, text and sentences', (id, clause) => {
    const s = step(steps, id);
    expect(s.heading).toBe(clause.heading);
    expect(s.text).toBe(clause.paragraph.text);
    expect(s.sentenceIds).toEqual(clause.paragraph.sentences.map((x) => x.id));
  });

  it('numbers progress as "clause N of the clause count" and "step i of all steps"', () => {
    const five = step(steps, 'I.5').progress;
    expect(five.clause).toEqual({ number: 5, count: 6 });
    expect(five.step).toBe(stepIndex(steps, 'I.5') + 1);
    expect(steps.every((s) => s.progress.steps === steps.length)).toBe(true);
    expect(step(steps, 'preamble').progress.clause).toBeNull();
  });
});

describe('what each step lights and frames', () => {
  it('lights Dalian, Harbin, Daqing, Yanji and Suifenhe in clause 5 and frames them', () => {
    const five = step(steps, 'I.5');
    for (const id of ['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe']) {
      expect(five.lights).toContain(id);
      expect(five.frame).toContain(id);
    }
  });

  it.each([['I.1'], ['I.3']])('frames clause %s, which names "China", without any broad place', (id) => {
    const s = step(steps, id);
    expect(s.lights).toContain('china');
    expect(s.locator).toContain('china');
    expect(s.frame.filter((p) => broadIds.has(p))).toEqual([]);
  });

  it('splits every step\'s lit places into framing and locator places, none in both', () => {
    for (const s of withSentences) {
      expect([...s.frame, ...s.locator].sort()).toEqual([...s.lights].sort());
      expect(s.locator.every((p) => broadIds.has(p))).toBe(true);
      expect(s.frame.some((p) => broadIds.has(p))).toBe(false);
    }
  });

  it('lights exactly the places the step\'s sentences name, each once', () => {
    for (const s of withSentences) {
      const named = data.places.filter((p) => p.properties.sentences.some((id) => s.sentenceIds.includes(id)));
      expect([...s.lights].sort()).toEqual(named.map((p) => p.properties.id).sort());
      expect(new Set(s.lights).size).toBe(s.lights.length);
    }
  });

  it('lights nothing on the title step', () => {
    expect(step(steps, 'title').lights).toEqual([]);
  });
});

describe('sentence steps, when asked for', () => {
  it('follow their clause step, one for each sentence that names a place other than a broad one', () => {
    for (const clause of clauses) {
      const naming = clause.paragraph.sentences.filter((s) =>
        data.places.some((p) => !broadIds.has(p.properties.id) && p.properties.sentences.includes(s.id)),
      );
      const at = stepIndex(withSentences, clause.id);
      expect(withSentences.slice(at + 1, at + 1 + naming.length).map((s) => s.id)).toEqual(naming.map((s) => s.id));
    }
  });

  it('present one verbatim sentence and say which sentence of the clause it is', () => {
    const s = step(withSentences, 'I.5.s11');
    expect(s.kind).toBe('sentence');
    expect(s.text).toBe(data.sentenceById.get('I.5.s11')?.sentence.text);
    expect(s.clauseId).toBe('I.5');
    expect(s.progress.clause).toEqual({ number: 5, count: 6 });
    expect(s.progress.sentence?.number).toBe(11);
    expect(s.frame).toEqual(expect.arrayContaining(['dalian', 'harbin', 'daqing', 'yanji', 'suifenhe']));
  });

  it('are absent by default', () => {
    expect(steps.some((s) => s.kind === 'sentence')).toBe(false);
  });
});

describe('moving through the tour', () => {
  const ids = steps.map((s) => s.id);
  it.each([
    ['next from the title is the preamble', () => nextStep(steps, 'title'), 'preamble'],
    ['next from clause 4 is clause 5', () => nextStep(steps, 'I.4'), 'I.5'],
    ['next from the last step stays there', () => nextStep(steps, ids[ids.length - 1]), ids[ids.length - 1]],
    ['next from an unknown step starts the tour', () => nextStep(steps, 'nowhere'), 'title'],
    ['previous from clause 1 is the preamble', () => previousStep(steps, 'I.1'), 'preamble'],
    ['previous from the title stays there', () => previousStep(steps, 'title'), 'title'],
    ['previous from an unknown step starts the tour', () => previousStep(steps, 'nowhere'), 'title'],
    ['first is the title', () => firstStep(steps), 'title'],
    ['last is the last clause', () => lastStep(steps), clauses[clauses.length - 1].id],
  ])('%s', (_, move, expected) => {
    expect(move()).toBe(expected);
  });

  it('gives -1 as the index of a step the tour lacks', () => {
    expect(stepIndex(steps, 'I.9')).toBe(-1);
  });
});

describe('reading a tour= link', () => {
  it.each([
    ['I.5', 'clause', 'I.5'],
    ['title', 'clause', 'title'],
    ['preamble', 'clause', 'preamble'],
    ['I.5.s11', 'sentence', 'I.5.s11'],
    ['I.5.s11', 'clause', null],
    ['I.5.s1', 'sentence', null], // it names only the region: no step of its own
    ['i.5', 'clause', null],
    [' I.5', 'clause', null],
    ['', 'clause', null],
    [null, 'clause', null],
    ['I.99', 'clause', null],
  ] as const)('reads %j in a tour by %s as %j', (value, by, expected) => {
    expect(parseTourParam(value, by === 'sentence' ? withSentences : steps)).toBe(expected);
  });

  it.each([
    ['I.5.s3', true],
    ['I.5', false],
    ['title', false],
    [null, false],
  ] as const)('knows whether %j needs sentence steps', (value, expected) => {
    expect(namesSentenceStep(value)).toBe(expected);
  });
});
