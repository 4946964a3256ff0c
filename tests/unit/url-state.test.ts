import { describe, expect, it } from 'vitest';
import { FIRST_AS_OF_YEAR, LATEST_DATA_YEAR } from '../../src/content/data-years.ts';
import { type AppState, DEFAULT_STATE } from '../../src/state/app-state.ts';
import { type KnownIds, parseCamera, stateToUrl, urlToState } from '../../src/state/url-state.ts';

const known: KnownIds = {
  places: new Set(['suifenhe', 'dalian-commodity-exchange']),
  divisions: new Set(['210800']),
  clauses: new Set(['I.5']),
  sentences: new Set(['I.5.s12']),
  tourSteps: [{ id: 'title' }, { id: 'preamble' }, { id: 'I.5' }, { id: 'I.5.s12' }],
};

describe('stateToUrl and urlToState', () => {
  it.each<{ name: string; state: AppState; url: string }>([
    { name: 'the default state is an empty query', state: DEFAULT_STATE, url: '' },
    {
      name: 'a selected place',
      state: { ...DEFAULT_STATE, selection: { kind: 'place', id: 'suifenhe' } },
      url: '?place=suifenhe',
    },
    {
      name: 'a selected division',
      state: { ...DEFAULT_STATE, selection: { kind: 'division', id: '210800' } },
      url: '?division=210800',
    },
    {
      name: 'a clause in the reader',
      state: { ...DEFAULT_STATE, selection: { kind: 'clause', id: 'I.5' }, view: 'reader' },
      url: '?clause=I.5&view=reader',
    },
    {
      name: 'a sentence',
      state: { ...DEFAULT_STATE, selection: { kind: 'sentence', id: 'I.5.s12' } },
      url: '?sentence=I.5.s12',
    },
    {
      name: 'hidden themes, in the key’s order',
      state: { ...DEFAULT_STATE, hidden: ['hi-tech-bases', 'logistics'] },
      url: '?hide=hi-tech-bases,logistics',
    },
    {
      name: 'the later designations drawn',
      state: { ...DEFAULT_STATE, later: true },
      url: '?later=1',
    },
    {
      name: 'a camera, as zoom/lat/lng',
      state: { ...DEFAULT_STATE, camera: { zoom: 6.5, lat: 44.3967, lng: 131.1517 } },
      url: '?map=6.5/44.3967/131.1517',
    },
    {
      name: 'everything at once',
      state: {
        selection: { kind: 'place', id: 'dalian-commodity-exchange' },
        camera: { zoom: 8, lat: 38.89, lng: 121.585 },
        hidden: ['economic-zones'],
        view: 'reader',
        lang: 'zh',
        at: null,
        compare: ['suifenhe', 'dalian-commodity-exchange'],
        context: ['seaport', 'railway'],
        later: true,
        colorScheme: 'dark',
        asOf: 2009,
        tour: 'I.5',
      },
      url: '?tour=I.5&place=dalian-commodity-exchange&view=reader&hide=economic-zones&map=8/38.89/121.585&lang=zh&compare=suifenhe,dalian-commodity-exchange&ctx=seaport,railway&later=1&scheme=dark&asof=2009',
    },
    {
      name: 'a spot, latitude first, rounded to 4 decimals',
      state: { ...DEFAULT_STATE, at: [122.9949, 41.0817] },
      url: '?at=41.0817,122.9949',
    },
    {
      name: 'two places to compare, in the order added',
      state: { ...DEFAULT_STATE, compare: ['dalian-commodity-exchange', 'suifenhe'] },
      url: '?compare=dalian-commodity-exchange,suifenhe',
    },
    {
      name: 'context layers, in key order',
      state: { ...DEFAULT_STATE, context: ['seaport', 'border-crossing', 'airport', 'railway'] },
      url: '?ctx=seaport,border-crossing,airport,railway',
    },
    {
      name: 'the dark colour scheme',
      state: { ...DEFAULT_STATE, colorScheme: 'dark' },
      url: '?scheme=dark',
    },
    {
      name: 'the light colour scheme, chosen against a dark system preference',
      state: { ...DEFAULT_STATE, colorScheme: 'light' },
      url: '?scheme=light',
    },
    {
      name: 'a tour step: a clause',
      state: { ...DEFAULT_STATE, tour: 'I.5' },
      url: '?tour=I.5',
    },
    {
      name: 'a tour step: a sentence',
      state: { ...DEFAULT_STATE, tour: 'I.5.s12' },
      url: '?tour=I.5.s12',
    },
    {
      name: 'the tour\'s title step',
      state: { ...DEFAULT_STATE, tour: 'title' },
      url: '?tour=title',
    },
    {
      name: 'a year before the latest: the atlas as of it',
      state: { ...DEFAULT_STATE, asOf: 2008 },
      url: '?asof=2008',
    },
    {
      name: 'the first year the control offers',
      state: { ...DEFAULT_STATE, asOf: FIRST_AS_OF_YEAR },
      url: `?asof=${FIRST_AS_OF_YEAR}`,
    },
    {
      name: 'the Chinese interface',
      state: { ...DEFAULT_STATE, lang: 'zh' },
      url: '?lang=zh',
    },
  ])('round-trips $name', ({ state, url }) => {
    expect(stateToUrl(state)).toBe(url);
    expect(urlToState(url, known)).toEqual(state);
  });

  it('rounds the camera: zoom to 2 decimals, coordinates to 4', () => {
    const url = stateToUrl({ ...DEFAULT_STATE, camera: { zoom: 5.123456, lat: 43.123456789, lng: 125.987654321 } });
    expect(url).toBe('?map=5.12/43.1235/125.9877');
  });

  it.each([
    { name: 'an unknown place', query: '?place=atlantis' },
    { name: 'script text as an id', query: `?place=${encodeURIComponent('<script>alert(1)</script>')}` },
    { name: 'an id of the wrong kind', query: '?division=suifenhe' },
    { name: 'a very long value', query: `?place=${'suifenhe'.repeat(2000)}` },
    { name: 'an empty value', query: '?place=' },
  ])('ignores $name', ({ query }) => {
    expect(urlToState(query, known).selection).toBeNull();
  });

  it.each([
    { name: 'an unknown step', query: '?tour=I.9' },
    { name: 'a differently cased step', query: '?tour=i.5' },
    { name: 'an empty step', query: '?tour=' },
    { name: 'script text as a step', query: `?tour=${encodeURIComponent('<img src=x>')}` },
    { name: 'a very long step', query: `?tour=${'I.5'.repeat(100)}` },
    { name: 'a sentence the tour has no step for', query: '?tour=I.5.s1' },
  ])('opens no tour for $name', ({ query }) => {
    expect(urlToState(query, known).tour).toBeNull();
  });

  it('keeps the rest of a link whose tour step is unknown', () => {
    expect(urlToState('?tour=bogus&clause=I.5', known)).toEqual({ ...DEFAULT_STATE, selection: { kind: 'clause', id: 'I.5' } });
  });

  it('takes the first known selection when several are given', () => {
    expect(urlToState('?place=atlantis&clause=I.5', known).selection).toEqual({ kind: 'clause', id: 'I.5' });
  });

  it('drops unknown themes and keeps the known ones in the key’s order', () => {
    expect(urlToState('?hide=logistics,bogus,hi-tech-bases,hi-tech-bases', known).hidden).toEqual(['hi-tech-bases', 'logistics']);
  });

  it.each<{ name: string; hide: string; hidden: AppState['hidden'] }>([
    { name: 'the old city category hides the themes its cities held', hide: 'city', hidden: ['hi-tech-bases', 'service-outsourcing'] },
    { name: 'the old logistics-hub category hides logistics', hide: 'logistics-hub', hidden: ['logistics'] },
    { name: 'the old economic-zone category hides economic zones', hide: 'economic-zone', hidden: ['economic-zones'] },
    { name: 'the old industrial-site category hides both industrial themes', hide: 'industrial-site', hidden: ['equipment-manufacturing', 'industrial-parks'] },
    { name: 'a designation that is its theme’s only one hides the theme', hide: 'logistics-node', hidden: ['logistics'] },
    { name: 'a designation that is one of several hides nothing', hide: 'software-outsourcing-city', hidden: [] },
    { name: 'designations that make up a theme hide it', hide: 'software-outsourcing-city,service-outsourcing-demonstration-city', hidden: ['service-outsourcing'] },
    { name: 'old and new ids together', hide: 'corridor,logistics,bogus', hidden: ['logistics', 'industrial-corridor'] },
    { name: 'only unknown ids hide nothing', hide: 'bogus,,%3Cb%3E', hidden: [] },
  ])('reads old links: $name', ({ hide, hidden }) => {
    expect(urlToState(`?hide=${hide}`, known).hidden).toEqual(hidden);
  });

  it('writes an old link back with theme ids', () => {
    expect(stateToUrl(urlToState('?hide=logistics-hub,city', known))).toBe('?hide=hi-tech-bases,service-outsourcing,logistics');
  });

  it.each(['auto', 'DARK', 'black', '', '<b>', 'dark,light'])('follows the system for scheme=%j, and for the old theme=%j', (scheme) => {
    expect(urlToState(`?scheme=${encodeURIComponent(scheme)}`, known).colorScheme).toBe('auto');
    expect(urlToState(`?theme=${encodeURIComponent(scheme)}`, known).colorScheme).toBe('auto');
  });

  it.each(['dark', 'light'] as const)('reads an old link’s theme=%s as the colour scheme, and writes it back as scheme=', (scheme) => {
    const state = urlToState(`?place=suifenhe&theme=${scheme}`, known);
    expect(state.colorScheme).toBe(scheme);
    expect(stateToUrl(state)).toBe(`?place=suifenhe&scheme=${scheme}`);
  });

  it('lets scheme= win over an old theme= in the same link', () => {
    expect(urlToState('?theme=light&scheme=dark', known).colorScheme).toBe('dark');
  });

  it('falls back to the details view for an unknown view', () => {
    expect(urlToState('?view=%3Cb%3E', known).view).toBe('details');
  });

  it.each(['fr', 'ZH', 'zh-Hans', '', '<b>'])('falls back to the preferred language for lang=%j', (lang) => {
    expect(urlToState(`?lang=${encodeURIComponent(lang)}`, known, 'zh').lang).toBe('zh');
    expect(urlToState(`?lang=${encodeURIComponent(lang)}`, known, 'en').lang).toBe('en');
  });

  it('writes lang only when it differs from the preferred language', () => {
    expect(stateToUrl({ ...DEFAULT_STATE, lang: 'zh' }, 'zh')).toBe('');
    expect(stateToUrl({ ...DEFAULT_STATE, lang: 'en' }, 'zh')).toBe('?lang=en');
    expect(urlToState('', known, 'zh').lang).toBe('zh');
  });

  it('shows the latest year the data covers by default, and leaves it out of the URL', () => {
    expect(urlToState('', known).asOf).toBe(LATEST_DATA_YEAR);
    expect(stateToUrl({ ...DEFAULT_STATE, asOf: LATEST_DATA_YEAR })).toBe('');
    expect(urlToState(`?asof=${LATEST_DATA_YEAR}`, known)).toEqual(DEFAULT_STATE);
  });

  it.each([
    { name: 'a year before the first strategy opens at its year', asof: '1990', year: FIRST_AS_OF_YEAR },
    { name: 'year 0000 opens at the first year', asof: '0000', year: FIRST_AS_OF_YEAR },
    { name: 'a year after the data opens at the latest', asof: '2099', year: LATEST_DATA_YEAR },
    { name: 'a year with a sign is not a year', asof: '-2009', year: LATEST_DATA_YEAR },
    { name: 'a fraction is not a year', asof: '2009.5', year: LATEST_DATA_YEAR },
    { name: 'an exponent is not a year', asof: '2e3', year: LATEST_DATA_YEAR },
    { name: 'five digits are not a year', asof: '20090', year: LATEST_DATA_YEAR },
    { name: 'spaces around a year', asof: ' 2009 ', year: LATEST_DATA_YEAR },
    { name: 'script text', asof: '<script>2009</script>', year: LATEST_DATA_YEAR },
    { name: 'full-width digits', asof: '２００９', year: LATEST_DATA_YEAR },
    { name: 'an empty value', asof: '', year: LATEST_DATA_YEAR },
  ])('asof: $name', ({ asof, year }) => {
    const state = urlToState(`?asof=${encodeURIComponent(asof)}`, known);
    expect(state.asOf).toBe(year);
    expect(stateToUrl(state)).toBe(year === LATEST_DATA_YEAR ? '' : `?asof=${year}`);
  });

  it('survives a query string of megabytes', () => {
    expect(urlToState(`?x=${'a'.repeat(2_000_000)}&place=suifenhe`, known)).toEqual(DEFAULT_STATE);
  });
});

describe('the investor tools in the URL', () => {
  it('rounds a spot to 4 decimals when writing it', () => {
    expect(stateToUrl({ ...DEFAULT_STATE, at: [122.99487654, 41.08171234] })).toBe('?at=41.0817,122.9949');
  });

  it.each(['', 'abc', '41.08', '41.08,122.99,3', '95,122', '41,181', '1e1,122', ' 41,122', '41;122', '<b>,1'])(
    'ignores the malformed spot at=%j',
    (text) => {
      expect(urlToState(`?at=${encodeURIComponent(text)}`, known).at).toBeNull();
    },
  );

  it('drops the spot when the link also selects something: the panel shows one thing', () => {
    expect(urlToState('?place=suifenhe&at=41.08,122.99', known)).toMatchObject({ selection: { kind: 'place', id: 'suifenhe' }, at: null });
    expect(urlToState('?place=atlantis&at=41.08,122.99', known).at).toEqual([122.99, 41.08]);
  });

  it('drops unknown, repeated and surplus places to compare', () => {
    expect(urlToState('?compare=suifenhe,atlantis,suifenhe,dalian-commodity-exchange', known).compare).toEqual([
      'suifenhe',
      'dalian-commodity-exchange',
    ]);
    expect(urlToState(`?compare=${encodeURIComponent('<script>,suifenhe')}`, known).compare).toEqual(['suifenhe']);
    expect(urlToState('?compare=', known).compare).toEqual([]);
  });

  it('keeps known context layers in key order and drops the rest', () => {
    expect(urlToState('?ctx=railway,bogus,seaport,seaport', known).context).toEqual(['seaport', 'railway']);
  });
});

describe('parseCamera', () => {
  it.each([
    ['6/44/131', { zoom: 6, lat: 44, lng: 131 }],
    ['6.25/-33.5/-70.25', { zoom: 6.25, lat: -33.5, lng: -70.25 }],
  ])('reads %s', (text, camera) => {
    expect(parseCamera(text)).toEqual(camera);
  });

  it.each(['', 'abc', '6/44', '6/44/131/2', 'NaN/44/131', 'Infinity/1/1', '6/95/131', '6/44/181', '30/44/131', '1e3/1/1', ' 6/44/131', '6//131'])(
    'rejects %j',
    (text) => {
      expect(parseCamera(text)).toBeNull();
    },
  );
});
