import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/content/categories.ts';
import { LATER_DESIGNATIONS } from '../../src/content/later-designations-data.ts';
import { buildEpilogueSteps, buildTourSteps, namesEpilogueStep, tourWithEpilogue } from '../../src/content/tour-steps.ts';
import { data } from './spatial-fixture.ts';

const epilogue = buildEpilogueSteps(data, CATEGORIES, LATER_DESIGNATIONS.features);
const clauses = buildTourSteps(data, CATEGORIES, { sentences: false });

describe('the tour’s epilogue steps', () => {
  it('are one step per year of designations, in order, each holding that year’s designations', () => {
    expect(epilogue.map((step) => step.id)).toEqual(['since-2009', 'since-2010', 'since-2015', 'since-2016', 'since-2017', 'since-2018', 'since-2019']);
    const held = epilogue.flatMap((step) => step.epilogue?.designationIds ?? []);
    expect(held.sort()).toEqual(LATER_DESIGNATIONS.features.map((f) => f.properties.id).sort());
  });

  it('light the host places, framing the specific ones and leaving the region to the locator', () => {
    const step2016 = epilogue.find((step) => step.id === 'since-2016');
    expect(step2016?.frame).toEqual(['changchun', 'changchun-jilin-tumen', 'suifenhe']);
    expect(step2016?.locator).toEqual(['northeast-china']);
  });

  it('follow the policy’s steps up to the year shown, numbered as one tour', () => {
    const until2015 = tourWithEpilogue(clauses, epilogue, 2015);
    expect(until2015.map((step) => step.id).slice(clauses.length)).toEqual(['since-2009', 'since-2010', 'since-2015']);
    expect(until2015.map((step) => step.progress.step)).toEqual(until2015.map((_, i) => i + 1));
    expect(new Set(until2015.map((step) => step.progress.steps))).toEqual(new Set([until2015.length]));
    expect(tourWithEpilogue(clauses, epilogue, 2008)).toHaveLength(clauses.length);
  });

  it('are named by links as since-YYYY, and nothing else is', () => {
    expect(namesEpilogueStep('since-2015')).toBe(true);
    for (const other of ['I.5', 'since-15', 'since-2015x', null]) expect(namesEpilogueStep(other)).toBe(false);
  });
});
