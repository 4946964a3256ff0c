/**
 * The card of a context item, as of the year the map shows: a land port's
 * ways of crossing are those open in that year, in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { InfrastructureFeature } from '../../../src/content/infrastructure-types.ts';
import { ContextCard } from '../../../src/features/map-view/context-popup.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { infrastructureCollection } from '../spatial-fixture.ts';
import { byRole, textOf } from './queries.ts';

const heihe = infrastructureCollection.features.find((f) => f.properties.id === 'crossing-heihe') as InfrastructureFeature;

function openCard(lang: Lang, year: number): HTMLElement {
  const card = new ContextCard({ lang: () => lang, year: () => year, returnFocusTo: () => document.body });
  document.body.append(card.element);
  card.open(heihe, { x: 10, y: 10 });
  return byRole(document.body, 'dialog');
}

describe('a land port’s card as of a year', () => {
  it('as of 2009, Heihe crosses by river only; as of 2025, by river, road and bridge (the bridge of 2022)', () => {
    expect(textOf(openCard('en', 2009))).toContain('As of 2009, by river (boats, ice road)');
    document.body.replaceChildren();
    expect(textOf(openCard('en', 2025))).toContain('As of 2025, by river (boats, ice road), road, and bridge');
  });

  it('says it in Chinese too', () => {
    expect(textOf(openCard('zh', 2025))).toContain('截至2025年的通关方式：水运（冬季冰上通道）、公路、桥梁');
  });
});
