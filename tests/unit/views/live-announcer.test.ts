/** The live region that says each change of selection, however it was made. */
import { describe, expect, it } from 'vitest';
import { LiveAnnouncer } from '../../../src/features/reader/live-announcer.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { data, divisionNames, fakeAtlas, nextFrame } from './fake-atlas.ts';
import { byRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openAnnouncer(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const announcer = new LiveAnnouncer({ state: atlas.store, contextFor: atlas.contextFor });
  document.body.append(announcer.element);
  /** What the region says once the frame after the change has run. */
  const said = async () => {
    await nextFrame();
    return textOf(byRole(document.body, 'status'));
  };
  return { ...atlas, said };
}

describe('the live announcer', () => {
  it('says nothing at first', async () => {
    const { said } = openAnnouncer({ selection: { kind: 'place', id: 'dalian' } });
    expect(await said()).toBe('');
  });

  it('says the name of a place, a prefecture, a clause or a sentence as it is selected', async () => {
    const { actions, said } = openAnnouncer();
    actions.select({ kind: 'place', id: 'harbin' });
    expect(await said()).toBe(EN.announceSelected('Harbin'));
    actions.select({ kind: 'division', id: '210200' });
    expect(await said()).toBe(EN.announceSelected(divisionNames.get('210200')?.nameEn ?? ''));
    actions.select({ kind: 'clause', id: 'I.5' });
    expect(await said()).toBe(EN.announceSelected(EN.clauseLabel(data.clauseById.get('I.5')?.number ?? 0)));
    actions.select({ kind: 'sentence', id: 'I.5.s12' });
    expect(await said()).toBe(EN.announceSelected(`${EN.sentenceHeading} · ${EN.clauseLabel(data.sentenceById.get('I.5.s12')?.clause?.number ?? 0)}`));
  });

  it('says when the panel goes back to the overview', async () => {
    const { actions, said } = openAnnouncer({ selection: { kind: 'place', id: 'dalian' } });
    actions.clear();
    expect(await said()).toBe(EN.announceOverview);
  });

  it('says nothing for a change that leaves the selection as it was', async () => {
    const { actions, said } = openAnnouncer();
    actions.select({ kind: 'place', id: 'yanji' });
    await said();
    actions.setShown('logistics', false);
    actions.moveCamera({ lng: 125, lat: 44, zoom: 6 });
    expect(await said()).toBe(EN.announceSelected('Yanji'));
  });

  it('speaks Chinese, with the Chinese name, in Chinese', async () => {
    const { actions, said } = openAnnouncer({ lang: 'zh' });
    actions.select({ kind: 'place', id: 'dalian' });
    expect(await said()).toBe(ZH.announceSelected('大连市'));
  });
});
