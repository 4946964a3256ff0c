/**
 * The "Since 2009" marker's card: each designation at the marker with its
 * entry, open at once when there is only one, closed by Esc with focus back
 * on the map; in both languages.
 */
import { describe, expect, it } from 'vitest';
import { LaterCard } from '../../../src/features/map-view/later-popup.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import { fakeAtlas } from './fake-atlas.ts';
import { allByRole, byRole, byText, press } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openCard(lang: Lang, ids: string[]) {
  const { since } = fakeAtlas({ lang });
  const map = Object.assign(document.createElement('div'), { tabIndex: 0 });
  const card = new LaterCard({ lang: () => lang, since, returnFocusTo: () => map });
  document.body.append(map, card.element);
  card.open(since().items.filter((item) => ids.includes(item.properties.id)), { x: 40, y: 40 });
  return { card, map, dialog: byRole(document.body, 'dialog', { name: STRINGS[lang].sinceHeading }) };
}

describe('the Since 2009 card', () => {
  it('lists the designations at Harbin’s marker, each a closed entry to open', () => {
    const { dialog } = openCard('en', ['harbin-new-area', 'heilongjiang-ftz-harbin-area']);
    const entries = allByRole(dialog, 'button').filter((button) => button.tagName === 'SUMMARY');
    expect(entries.map((entry) => (entry.closest('details') as HTMLDetailsElement).open)).toEqual([false, false]);
    expect(byRole(dialog, 'button', { name: /^Harbin Area, China \(Heilongjiang\) Pilot Free Trade Zone .* · 2019$/ })).toBeTruthy();
  });

  it('opens the one entry at a marker with one designation, with the part it belongs to and its sources', () => {
    const { dialog } = openCard('en', ['heilongjiang-ftz-heihe-area']);
    expect((dialog.querySelector('details') as HTMLDetailsElement).open).toBe(true);
    expect(byText(dialog, EN.sincePartOf('China (Heilongjiang) Pilot Free Trade Zone'))).toBeTruthy();
    expect(byText(dialog, EN.sincePrecision('host-city', 'Heihe'))).toBeTruthy();
    expect(allByRole(dialog, 'link').length).toBeGreaterThanOrEqual(3);
  });

  it('speaks Chinese, and Esc closes it with focus back on the map', () => {
    const { dialog, map } = openCard('zh', ['heilongjiang-ftz-heihe-area']);
    expect(byText(dialog, ZH.sincePrecision('host-city', '黑河'))).toBeTruthy();
    press(dialog, 'Escape');
    expect(dialog.hidden).toBe(true);
    expect(document.activeElement).toBe(map);
  });
});
