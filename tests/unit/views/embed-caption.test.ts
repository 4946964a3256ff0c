/** The embed's caption under the map: the selection, what the policy says of it, a citation and the way to the full atlas. */
import { describe, expect, it } from 'vitest';
import { EmbedCaption } from '../../../src/features/embed/embed-caption.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { stateToUrl } from '../../../src/state/url-state.ts';
import { basemap, data, divisionNames, fakeAtlas } from './fake-atlas.ts';
import { byRole, byText, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openCaption(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const caption = new EmbedCaption({
    state: atlas.store,
    sources: { data, divisions: basemap.divisions, divisionNames },
    fullAtlasUrl: (state) => `https://example.org/atlas/${stateToUrl(state)}`,
  });
  document.body.append(caption.element);
  const region = () => byRole(document.body, 'region', { name: STRINGS[atlas.state().lang].embedCaptionLabel });
  return { ...atlas, region };
}

describe('the embed caption', () => {
  it('names the selected place, quotes the policy on it and links to the same view in the full atlas, in a new tab', () => {
    const { region } = openCaption({ selection: { kind: 'place', id: 'suifenhe' } });
    expect(textOf(byRole(region(), 'heading'))).toBe('Suifenhe 绥芬河市');
    const [sentence] = data.placeById.get('suifenhe')?.properties.sentences ?? [];
    expect(textOf(region().querySelector('blockquote') as HTMLElement)).toBe(data.sentenceById.get(sentence ?? '')?.sentence.text);
    const open = byRole(region(), 'link', { name: EN.embedOpenFull });
    expect(open.getAttribute('href')).toBe('https://example.org/atlas/?place=suifenhe');
    expect(open.getAttribute('target')).toBe('_blank');
    expect(textOf(region())).toContain('Guo Fa [2009] No. 33');
  });

  it('with nothing selected, gives the atlas’s title and its lead', () => {
    const { region } = openCaption();
    expect(textOf(byRole(region(), 'heading'))).toBe(EN.appTitle);
    expect(byText(region(), EN.overviewLead)).toBeTruthy();
  });

  it('follows the selection and the language', () => {
    const { region, actions } = openCaption();
    actions.select({ kind: 'place', id: 'harbin' });
    actions.setLang('zh');
    expect(textOf(byRole(region(), 'heading'))).toBe('哈尔滨市 Harbin');
    expect(byRole(region(), 'link', { name: ZH.embedOpenFull })).toBeTruthy();
  });
});
