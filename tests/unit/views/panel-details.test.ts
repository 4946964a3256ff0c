/**
 * The panel's Explore view: the overview, a place, a zone, a prefecture, a
 * clause and a sentence, rendered by the real panel from a real store.
 */
import { describe, expect, it } from 'vitest';
import { Panel } from '../../../src/features/reader/panel.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { distancesFrom } from '../../../src/spatial/nearest.ts';
import { citation } from '../../../src/cite/citation.ts';
import { formatDate } from '../../../src/i18n/format.ts';
import { dataReadme } from '../../../scripts/data-package/readme.ts';
import { data, fakeAtlas, spatial } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, hasRole, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;
const coastalZone = data.placeById.get('liaoning-coastal-economic-zone')?.properties.name_en ?? '';

function openPanel(initial: Partial<AppState> = {}) {
  const atlas = fakeAtlas(initial);
  const panel = new Panel({ state: atlas.store, actions: atlas.actions, contextFor: atlas.contextFor, header: [], id: 'panel' });
  document.body.append(panel.element);
  const region = byRole(document.body, 'complementary', { name: STRINGS[atlas.state().lang].panelLabel });
  return { ...atlas, panel, region };
}

/** The panel's main heading: what it shows. */
const title = (region: HTMLElement) => textOf(region.querySelector('h2') as HTMLElement);

/** The section under a heading of the panel. */
function sectionTitled(region: HTMLElement, name: string | RegExp): HTMLElement {
  return byRole(region, 'heading', { name }).closest('section') as HTMLElement;
}

describe('the panel’s Explore view', () => {
  it('with nothing selected, names the document and lists every place it names as a link', () => {
    const { region } = openPanel();
    expect(title(region)).toBe(`${data.document.meta.title} ${data.document.meta.titleZh}`);
    expect(byText(region, EN.overviewLead)).toBeTruthy();
    const browse = sectionTitled(region, EN.overviewBrowse);
    for (const place of data.places) {
      expect(allByRole(browse, 'link', { name: place.properties.name_en }), place.properties.id).toHaveLength(1);
    }
  });

  it('a place link in the overview selects the place, and the panel shows it with focus on its name', () => {
    const { region, state } = openPanel();
    click(byRole(region, 'link', { name: 'Suifenhe' }));
    expect(state().selection).toEqual({ kind: 'place', id: 'suifenhe' });
    const heading = byRole(region, 'heading', { name: 'Suifenhe 绥芬河市' });
    expect(document.activeElement).toBe(heading);
  });

  it('a place quotes every sentence naming it, with the naming words marked, each with a link to read it in context', () => {
    const { region, state } = openPanel({ selection: { kind: 'place', id: 'dalian' } });
    expect(title(region)).toBe('Dalian 大连市');
    const quotes = sectionTitled(region, EN.whatPolicySays(2));
    const marks = [...quotes.querySelectorAll('mark')].map((mark) => textOf(mark));
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.every((words) => /Dalian/.test(words))).toBe(true);
    const links = allByRole(quotes, 'link', { name: EN.readInContext });
    expect(links).toHaveLength(2);
    click(links[0] as HTMLElement);
    expect(state()).toMatchObject({ view: 'reader', selection: { kind: 'sentence' } });
  });

  it('a place says what the policy makes of it, each designation with the sentence that confers it', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'dalian' } });
    const designations = sectionTitled(region, EN.designationsHeading);
    const held = data.placeById.get('dalian')?.properties.designations ?? [];
    const items = allByRole(designations, 'listitem');
    expect(items).toHaveLength(held.length);
    held.forEach((designation, i) => {
      const item = items[i] as HTMLElement;
      expect(textOf(item.querySelector('blockquote') as HTMLElement)).toBe(data.sentenceById.get(designation.sentence)?.sentence.text);
      expect(textOf(item.querySelector('mark') as HTMLElement)).toBe(designation.words);
    });
  });

  it('a city says which zones it lies in, as links, and its straight-line distances to a port, a crossing and an airport', () => {
    const { region, state } = openPanel({ selection: { kind: 'place', id: 'dalian' } });
    const liesIn = sectionTitled(region, EN.liesIn);
    expect(hasRole(liesIn, 'link', { name: coastalZone })).toBe(true);
    const distances = sectionTitled(region, EN.distancesTitle(2025));
    const dalian = data.placeById.get('dalian');
    if (dalian?.geometry.type !== 'Point') throw new Error('Dalian is a point');
    const expected = distancesFrom(spatial, dalian.geometry.coordinates as [number, number]);
    const seaport = byText(distances, EN.nearestSeaport).nextElementSibling as HTMLElement;
    expect(textOf(seaport)).toContain(expected.seaport?.item.properties.name_en);
    expect(textOf(seaport)).toContain(EN.km(expected.seaport?.km ?? -1));
    expect(textOf(distances)).toContain(EN.straightLineNote);
    click(byRole(liesIn, 'link', { name: coastalZone }));
    expect(state().selection).toEqual({ kind: 'place', id: 'liaoning-coastal-economic-zone' });
  });

  it('in Chinese, a place’s Chinese name leads, the labels are Chinese, and the panel says the quotes are the English translation', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'suifenhe' }, lang: 'zh' });
    expect(title(region)).toBe('绥芬河市 Suifenhe');
    expect(hasRole(region, 'heading', { name: ZH.whatPolicySays(1) })).toBe(true);
    expect(byText(region, ZH.quotedInEnglish)).toBeTruthy();
    expect(allByRole(sectionTitled(region, ZH.whatPolicySays(1)), 'link', { name: ZH.readInContext })).toHaveLength(1);
  });

  it('a place the text does not name on its own says so, and quotes only the sentence that confers its designation, saying why', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'qiqihar' } });
    expect(byText(region, EN.contextNote)).toBeTruthy();
    // Qiqihar is in the Harbin–Daqing–Qiqihar corridor: the panel quotes the corridor's sentence once, and counts it.
    const quotes = sectionTitled(region, EN.whatPolicySays(1));
    expect(quotes.querySelectorAll('blockquote')).toHaveLength(1);
    expect(quotes.textContent).toContain(EN.quotedForDesignation);
  });

  it('a zone lists its member prefectures as links, and one opens the prefecture with the zones covering it', () => {
    const { region, state } = openPanel({ selection: { kind: 'place', id: 'liaoning-coastal-economic-zone' } });
    const members = sectionTitled(region, EN.members);
    const zone = data.placeById.get('liaoning-coastal-economic-zone');
    expect(allByRole(members, 'link').map((link) => textOf(link))).toEqual(zone?.properties.members.map((m) => m.name_en));
    const dalianDivision = zone?.properties.members.find((m) => m.name_en.startsWith('Dalian'));
    if (!dalianDivision) throw new Error('Dalian is a member of the coastal zone');
    click(byRole(members, 'link', { name: dalianDivision.name_en }));
    expect(state().selection).toEqual({ kind: 'division', id: dalianDivision.id });
    expect(byText(region, EN.divisionOf('Liaoning'))).toBeTruthy();
    const covering = sectionTitled(region, EN.zonesCovering);
    expect(hasRole(covering, 'link', { name: coastalZone })).toBe(true);
    const inside = sectionTitled(region, EN.placesNamed);
    expect(hasRole(inside, 'link', { name: 'Dalian' })).toBe(true);
  });

  it('a clause shows its number and heading, its text with every place name a link, and the places it names', () => {
    const { region, state } = openPanel({ selection: { kind: 'clause', id: 'I.5' } });
    const clause = data.clauseById.get('I.5');
    expect(title(region)).toBe(`${EN.clauseLabel(clause?.number ?? 0)} ${clause?.heading}`);
    const text = region.querySelector('.clause-text') as HTMLElement;
    expect(textOf(text)).toBe(clause?.paragraph.sentences.map((s) => s.text).join(' '));
    const named = sectionTitled(region, EN.placesNamed);
    const inText = allByRole(text, 'link');
    expect(inText.length).toBeGreaterThan(0);
    click(inText[0] as HTMLElement);
    expect(state().selection?.kind).toBe('place');
    expect(allByRole(named, 'link').length).toBeGreaterThan(0);
  });

  it('a sentence is quoted in full under its clause', () => {
    const { region } = openPanel({ selection: { kind: 'sentence', id: 'I.5.s12' } });
    const entry = data.sentenceById.get('I.5.s12');
    expect(title(region)).toBe(`${EN.sentenceHeading} ${EN.clauseTitle(entry?.clause?.number ?? 0, entry?.clause?.heading ?? '')}`);
    expect(textOf(region.querySelector('blockquote') as HTMLElement)).toBe(entry?.sentence.text);
  });

  it('an unknown place shows the overview rather than nothing', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'atlantis' } });
    expect(title(region)).toBe(`${data.document.meta.title} ${data.document.meta.titleZh}`);
  });

  it('Back to the overview shows only with a selection, and clears it', () => {
    const { region, state, actions } = openPanel();
    expect(hasRole(region, 'button', { name: EN.backToOverview })).toBe(false);
    actions.select({ kind: 'place', id: 'harbin' });
    click(byRole(region, 'button', { name: EN.backToOverview }));
    expect(state()).toMatchObject({ selection: null, view: 'details' });
  });

  it('the view switch says which view is shown and changes it', () => {
    const { region, state } = openPanel();
    const views = byRole(region, 'group', { name: EN.viewSwitch });
    const explore = byRole(views, 'button', { name: EN.tabDetails });
    const read = byRole(views, 'button', { name: EN.tabReader });
    expect([explore.getAttribute('aria-pressed'), read.getAttribute('aria-pressed')]).toEqual(['true', 'false']);
    click(read);
    expect(state().view).toBe('reader');
    expect([explore.getAttribute('aria-pressed'), read.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
  });

  it('the language switch, each language named in itself, relabels the panel in Chinese and back', () => {
    const { region, state } = openPanel({ selection: { kind: 'place', id: 'harbin' } });
    const languages = byRole(region, 'group', { name: EN.languageSwitch });
    click(byRole(languages, 'button', { name: ZH.languageName }));
    expect(state().lang).toBe('zh');
    expect(region.getAttribute('aria-label')).toBe(ZH.panelLabel);
    expect(byRole(region, 'button', { name: ZH.tabReader })).toBeTruthy();
    expect(title(region)).toBe('哈尔滨市 Harbin');
    expect(byRole(region, 'button', { name: ZH.languageName }).getAttribute('aria-pressed')).toBe('true');
    click(byRole(region, 'button', { name: EN.languageName }));
    expect(title(region)).toBe('Harbin 哈尔滨市');
  });

  it('Add to comparison adds the place, then reads Remove; with four compared, a fifth cannot be added and the panel says why', () => {
    const { region, state, actions } = openPanel({ selection: { kind: 'place', id: 'harbin' } });
    click(byRole(region, 'button', { name: EN.addToCompare }));
    expect(state().compare).toEqual(['harbin']);
    const remove = byRole(region, 'button', { name: EN.removeFromCompareButton });
    expect(remove.getAttribute('aria-pressed')).toBe('true');
    click(remove);
    expect(state().compare).toEqual([]);
    for (const id of ['dalian', 'daqing', 'yanji', 'suifenhe']) actions.addToCompare(id);
    expect((byRole(region, 'button', { name: EN.addToCompare }) as HTMLButtonElement).disabled).toBe(true);
    expect(byText(region, EN.compareFull)).toBeTruthy();
  });
});

describe('the translation’s date', () => {
  // Where each text says when the translation was first published, in its own wording.
  const said = {
    en: { overview: /first published (\d{1,2} \w+ \d{4})/, full: /first published (\d{1,2} \w+ \d{4})/, short: /English translation of (\d{1,2} \w+ \d{4})/ },
    zh: { overview: /首次发布于(\d{4}年\d{1,2}月\d{1,2}日)/, full: /(\d{4}年\d{1,2}月\d{1,2}日)首次发布/, short: /(\d{4}年\d{1,2}月\d{1,2}日)英文译本/ },
  } as const;

  it.each(['en', 'zh'] as const)('is the same in the overview, the short and full citations (%s), which the PNG and print use, and the data README', (lang) => {
    const { region } = openPanel({ lang });
    const cited = citation(data, { kind: 'document' }, { lang, url: 'https://example.org/atlas/', accessed: new Date() });
    const readme = dataReadme({ data, version: '1.0.0', dataDate: '2024-02-29', files: [], inventory: [] });
    const dates = {
      overview: said[lang].overview.exec(textOf(region))?.[1],
      full: said[lang].full.exec(cited?.full ?? '')?.[1],
      short: said[lang].short.exec(cited?.short ?? '')?.[1],
      readme: /The translation’s date, (\d{4}-\d{2}-\d{2})/.exec(readme)?.[1],
    };
    const first = data.document.meta.translationFirstPublished.date;
    expect(dates).toEqual({ overview: formatDate(lang, first), full: formatDate(lang, first), short: formatDate(lang, first), readme: first });
  });
});

describe('a place’s distances as of the year shown', () => {
  const airportOf = (region: HTMLElement) => textOf(byText(sectionTitled(region, /^Distances as of/), EN.nearestAirport).nextElementSibling as HTMLElement);

  it('as of 2008, Daqing’s nearest airport is not Sartu, which opened in 2009; as of 2025 it is Sartu, 18 km, and the heading says which year', () => {
    const { region, actions } = openPanel({ selection: { kind: 'place', id: 'daqing' }, asOf: 2008 });
    expect(hasRole(region, 'heading', { name: EN.distancesTitle(2008) })).toBe(true);
    expect(airportOf(region)).not.toMatch(/Sartu/);
    expect(textOf(sectionTitled(region, EN.distancesTitle(2008)))).toContain('listed as open as of 2008');
    actions.setAsOf(2025);
    expect(hasRole(region, 'heading', { name: EN.distancesTitle(2025) })).toBe(true);
    expect(airportOf(region)).toMatch(/^Daqing Sartu Airport .*\(opened 2009\).* 18 km$/);
  });

  it('keeps its scroll when only the year changes, as it does while a class plays through the years', () => {
    const { region, actions } = openPanel({ selection: { kind: 'place', id: 'daqing' }, asOf: 2008 });
    const body = region.querySelector('.panel__body') as HTMLElement;
    body.scrollTop = 120;
    actions.setAsOf(2012);
    expect(body.scrollTop).toBe(120);
    actions.select({ kind: 'place', id: 'harbin' });
    expect(body.scrollTop).toBe(0);
  });

  it('says the year in Chinese too', () => {
    const { region } = openPanel({ selection: { kind: 'place', id: 'daqing' }, asOf: 2008, lang: 'zh' });
    expect(hasRole(region, 'heading', { name: '距离（截至2008年）' })).toBe(true);
    expect(textOf(sectionTitled(region, ZH.distancesTitle(2008)))).toContain('截至2008年');
  });
});

describe('distances on a city’s panel, in both languages', () => {
  const CASES = [
    { id: 'daqing', lang: 'en', name: 'Daqing', expected: /Nearest airport.*Daqing Sartu.*\(opened 2009\).*\d+ km/ },
    { id: 'yanji', lang: 'en', name: 'Yanji', expected: /Nearest land border crossing.*(Tumen|Kaishantun).*\(opened \d{4}\).*\d+ km/ },
    { id: 'tonghua', lang: 'en', name: 'Tonghua', expected: /Nearest airport.*Tonghua Sanyuanpu.*\(opened 2014, after the policy\)/ },
    { id: 'daqing', lang: 'zh', name: '大庆市', expected: /最近的机场.*大庆萨尔图机场.*（2009年启用）.*\d+ 公里/ },
    { id: 'yanji', lang: 'zh', name: '延吉市', expected: /最近的陆路口岸.*(图们口岸|开山屯口岸).*年启用/ },
    { id: 'tonghua', lang: 'zh', name: '通化市', expected: /最近的机场.*通化三源浦机场.*（2014年启用，晚于政策）/ },
  ] as const;
  it.each(CASES)('$name ($lang): the nearest facilities with their opening years, and what they were chosen from', ({ id, lang, name, expected }) => {
    const { region } = openPanel({ selection: { kind: 'place', id }, lang });
    expect(title(region)).toContain(name);
    const distances = region.querySelector('section.distances');
    expect(distances?.textContent).toMatch(expected);
    expect(distances?.textContent).toMatch(lang === 'zh' ? /截至2025年已开通的所列\d+个海港/ : /Nearest of the \d+ seaports.*as of 2025/);
  });
});
