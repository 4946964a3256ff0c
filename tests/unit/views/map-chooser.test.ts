/**
 * The chooser a map click opens where it falls on several places: each
 * place, the prefecture under the pointer and "What's here at this spot",
 * each a button whose choice the atlas turns into an action.
 */
import { describe, expect, it } from 'vitest';
import { Chooser } from '../../../src/features/map-view/map-popups.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { Lang } from '../../../src/i18n/lang.ts';
import type { Pick } from '../../../src/map/policy-map.ts';
import { data, fakeAtlas } from './fake-atlas.ts';
import { allByRole, byRole, click, hasRole, press, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const place = (id: string): Pick => {
  const feature = data.placeById.get(id);
  if (!feature) throw new Error(`no place ${id}`);
  return { kind: 'place', place: feature };
};
const PICKS: Pick[] = [
  place('dalian'),
  place('liaoning-coastal-economic-zone'),
  { kind: 'division', id: '210200', nameEn: 'Dalian', nameZh: '大连市' },
  { kind: 'spot', at: [121.6, 38.9] },
];

function openChooser(lang: Lang = 'en') {
  const atlas = fakeAtlas({ lang });
  const canvas = Object.assign(document.createElement('canvas'), { tabIndex: 0 });
  // As the atlas turns a pick into an action.
  const chooser = new Chooser({
    lang: () => atlas.state().lang,
    returnFocusTo: () => canvas,
    onChoose: (pick) => {
      if (pick.kind === 'spot') atlas.actions.showSpot(pick.at);
      else atlas.actions.select(pick.kind === 'place' ? { kind: 'place', id: pick.place.properties.id } : { kind: 'division', id: pick.id });
    },
  });
  const mapElement = document.createElement('div');
  mapElement.append(canvas, chooser.element);
  document.body.append(mapElement);
  chooser.open(PICKS, { x: 100, y: 100 });
  const dialog = byRole(document.body, 'dialog', { name: STRINGS[lang].chooserTitle });
  return { ...atlas, chooser, dialog, canvas };
}

describe('the map’s chooser', () => {
  it('lists each place under the click, the prefecture and the spot, the first taking focus', () => {
    const { dialog } = openChooser();
    const coastal = data.placeById.get('liaoning-coastal-economic-zone')?.properties;
    expect(allByRole(dialog, 'listitem').map((item) => textOf(item))).toEqual([
      'Dalian 大连市',
      `${coastal?.name_en} ${coastal?.name_zh}`,
      `${EN.chooserDivision('Dalian')} 大连市`,
      EN.chooserSpot,
    ]);
    expect(document.activeElement).toBe(allByRole(dialog, 'button')[0]);
  });

  it('choosing a place selects it, the prefecture selects the division, the spot describes it; each closes the chooser', () => {
    const { dialog, chooser, state } = openChooser();
    click(byRole(dialog, 'button', { name: 'Dalian 大连市' }));
    expect(state().selection).toEqual({ kind: 'place', id: 'dalian' });
    expect(hasRole(document.body, 'dialog')).toBe(false);
    chooser.open(PICKS, { x: 0, y: 0 });
    click(byRole(document.body, 'button', { name: `${EN.chooserDivision('Dalian')} 大连市` }));
    expect(state().selection).toEqual({ kind: 'division', id: '210200' });
    chooser.open(PICKS, { x: 0, y: 0 });
    click(byRole(document.body, 'button', { name: EN.chooserSpot }));
    expect(state()).toMatchObject({ selection: null, at: [121.6, 38.9] });
  });

  it('Esc or × closes it without a choice and gives the focus back to the map', () => {
    const { dialog, chooser, canvas, state } = openChooser();
    press(document.activeElement as HTMLElement, 'Escape');
    expect(hasRole(document.body, 'dialog')).toBe(false);
    expect(document.activeElement).toBe(canvas);
    chooser.open(PICKS, { x: 0, y: 0 });
    click(byRole(dialog, 'button', { name: EN.close }));
    expect(document.activeElement).toBe(canvas);
    expect(state().selection).toBeNull();
  });

  it('in Chinese, the title, the Chinese names and the spot are Chinese', () => {
    const { dialog } = openChooser('zh');
    expect(hasRole(dialog, 'button', { name: '大连市 Dalian' })).toBe(true);
    expect(hasRole(dialog, 'button', { name: ZH.chooserSpot })).toBe(true);
  });
});
