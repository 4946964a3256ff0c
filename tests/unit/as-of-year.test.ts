/**
 * The year the atlas shows: the latest year the inventories cover (held to
 * the content files), the selector every feature reads, the action that sets
 * it, and the distances it answers for.
 */
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AIRPORTS_COMPLETE_AS_OF } from '../../content/airports.ts';
import { CROSSINGS_COMPLETE_AS_OF } from '../../content/crossings.ts';
import { SEAPORTS_COMPLETE_AS_OF } from '../../content/infrastructure.ts';
import { FIRST_AS_OF_YEAR, INVENTORIES_COMPLETE_AS_OF, LATEST_DATA_YEAR } from '../../src/content/data-years.ts';
import { distancesFrom, openCounts } from '../../src/spatial/nearest.ts';
import type { LngLat } from '../../src/spatial/spatial-context.ts';
import { createActions } from '../../src/state/actions.ts';
import { DEFAULT_STATE } from '../../src/state/app-state.ts';
import { type ChangeMeta, Store } from '../../src/state/store.ts';
import { clampYear, showsLatestYear, yearShown } from '../../src/state/year-shown.ts';
import { ctx, placesCollection } from './spatial-fixture.ts';

describe('the years the atlas can show', () => {
  it('repeats the inventories’ “complete as of” dates exactly as the content files give them', () => {
    expect(INVENTORIES_COMPLETE_AS_OF).toEqual({
      seaport: SEAPORTS_COMPLETE_AS_OF,
      'border-crossing': CROSSINGS_COMPLETE_AS_OF,
      airport: AIRPORTS_COMPLETE_AS_OF,
    });
  });

  it('ends at the latest year every inventory covers, and starts at the first revitalization strategy, 2003', () => {
    const years = [SEAPORTS_COMPLETE_AS_OF, CROSSINGS_COMPLETE_AS_OF, AIRPORTS_COMPLETE_AS_OF].map((date) => Number(date.slice(0, 4)));
    expect(LATEST_DATA_YEAR).toBe(Math.min(...years));
    expect(LATEST_DATA_YEAR).toBe(2025);
    expect(FIRST_AS_OF_YEAR).toBe(2003);
  });
});

describe('yearShown', () => {
  it('is the latest year by default', () => {
    expect(yearShown(DEFAULT_STATE)).toBe(LATEST_DATA_YEAR);
    expect(showsLatestYear(DEFAULT_STATE)).toBe(true);
  });

  it.each([
    [2009, 2009],
    [2003, 2003],
    [1990, FIRST_AS_OF_YEAR],
    [2100, LATEST_DATA_YEAR],
    [2009.6, 2010],
    [Number.NaN, LATEST_DATA_YEAR],
    [Number.POSITIVE_INFINITY, LATEST_DATA_YEAR],
  ])('reads asOf %d as %d', (asOf, year) => {
    expect(yearShown({ asOf })).toBe(year);
    expect(clampYear(asOf)).toBe(year);
  });

  it('says when the view is not the latest year', () => {
    expect(showsLatestYear({ asOf: 2009 })).toBe(false);
  });
});

describe('setAsOf', () => {
  const setup = () => {
    const store = new Store(DEFAULT_STATE);
    const changes: ChangeMeta[] = [];
    store.subscribe((_s, _p, meta) => changes.push(meta));
    return { store, changes, actions: createActions(store, { readerShows: () => true }) };
  };

  it('sets the year, replacing the history entry, and ignores the year already shown', () => {
    const { store, changes, actions } = setup();
    actions.setAsOf(2009);
    actions.setAsOf(2009);
    expect(store.get().asOf).toBe(2009);
    expect(changes).toEqual([{ history: 'replace' }]);
  });

  it('keeps a year outside the data’s within it', () => {
    const { store, actions } = setup();
    actions.setAsOf(1999);
    expect(store.get().asOf).toBe(FIRST_AS_OF_YEAR);
    actions.setAsOf(3000);
    expect(store.get().asOf).toBe(LATEST_DATA_YEAR);
  });
});

describe('distances as of a year', () => {
  const pointOf = (id: string) => (placesCollection.features.find((f) => f.properties.id === id)?.geometry as Point).coordinates as LngLat;

  it('as of 2008, Daqing’s nearest airport is not Sartu, which opened in 2009; as of 2025 it is Sartu, about 18 km', () => {
    const daqing = pointOf('daqing');
    const in2008 = distancesFrom(ctx, daqing, { openedBy: 2008 }).airport;
    const in2025 = distancesFrom(ctx, daqing, { openedBy: 2025 }).airport;
    expect(in2008?.item.properties.id).not.toBe('airport-daqing-sartu');
    expect(in2008?.item.properties.opened).toBeLessThanOrEqual(2008);
    expect(in2025?.item.properties.id).toBe('airport-daqing-sartu');
    expect(Math.round(in2025?.km ?? 0)).toBe(18);
    expect(distancesFrom(ctx, daqing, { openedBy: 2009 }).airport?.item.properties.id).toBe('airport-daqing-sartu');
  });

  it('answers with a closed airport in the years it was open: Changchun’s is Dafangshen until 2004, Longjia from 2005', () => {
    const changchun = pointOf('changchun');
    expect(distancesFrom(ctx, changchun, { openedBy: 2004 }).airport?.item.properties.id).toBe('airport-changchun-dafangshen');
    expect(distancesFrom(ctx, changchun, { openedBy: 2005 }).airport?.item.properties.id).toBe('airport-changchun-longjia');
  });

  it('answers at Mudanjiang Hailang’s own point with Hailang until 2024, and not in 2025, when it closed', () => {
    const hailang = ctx.infrastructure.airport.items.find((f) => f.properties.id === 'airport-mudanjiang-hailang');
    expect(hailang?.properties.closed).toBe(2025);
    const at = (hailang?.geometry as Point).coordinates as LngLat;
    expect(distancesFrom(ctx, at, { openedBy: 2024 }).airport).toMatchObject({ item: { properties: { id: 'airport-mudanjiang-hailang' } }, km: 0 });
    expect(distancesFrom(ctx, at, { openedBy: 2025 }).airport?.item.properties.id).not.toBe('airport-mudanjiang-hailang');
  });

  it('counts what each answer was chosen from in that year', () => {
    const in2009 = openCounts(ctx, 2009);
    const in2025 = openCounts(ctx, 2025);
    expect(in2009.airports).toBeLessThan(in2025.airports);
    expect(in2009.seaports).toBe(in2025.seaports - 1);
    expect(openCounts(ctx, LATEST_DATA_YEAR)).toEqual(openCounts(ctx));
  });
});
