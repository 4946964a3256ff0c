import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { infrastructure } from '../../content/infrastructure.ts';
import { laterDesignations } from '../../content/later-designations.ts';
import { places } from '../../content/places.ts';
import { buildLaterDesignations, laterDesignationsFile, yearOf } from '../../scripts/later-designations/build.ts';
import { LATER_DESIGNATIONS_PATH } from '../../scripts/later-designations/output.ts';
import { gazetteerPoint } from '../../scripts/later-designations/points.ts';
import { LATER_DESIGNATIONS } from '../../src/content/later-designations-data.ts';
import { designationsFollowing, laterDesignationsIn, latestDesignationYear } from '../../src/spatial/later-designations.ts';

const built = buildLaterDesignations(laterDesignations, gazetteerPoint);
const placeIds = new Set(places.map((p) => p.id));
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

describe('geodata/later-designations.geojson', () => {
  it('is what `npm run later-designations` writes from content/later-designations.ts', () => {
    expect(laterDesignationsFile(laterDesignations, gazetteerPoint) === readFileSync(LATER_DESIGNATIONS_PATH, 'utf8')).toBe(true);
  });

  it('is the list the site reads', () => {
    expect(LATER_DESIGNATIONS).toEqual(JSON.parse(JSON.stringify(built)));
  });
});

describe('the later designations', () => {
  it('give every item a kebab-case id unique across them, the gazetteer and the inventories', () => {
    const ids = [...laterDesignations.map((r) => r.id), ...places.map((p) => p.id), ...infrastructure.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const record of laterDesignations) expect(record.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('date every item as an ISO date or month, from 2009 on, with what the date means, in both languages', () => {
    for (const record of laterDesignations) {
      expect(record.date, record.id).toMatch(ISO_DATE);
      expect(yearOf(record.date), record.id).toBeGreaterThanOrEqual(2009);
      expect(record.dateMeaningEn.trim(), record.id).not.toBe('');
      expect(record.dateMeaningZh, record.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('name, describe and attribute every item in English and in Chinese characters', () => {
    for (const record of laterDesignations) {
      for (const english of [record.nameEn, record.descriptionEn, record.issuedByEn]) expect(english.trim(), record.id).not.toBe('');
      for (const chinese of [record.nameZh, record.descriptionZh, record.issuedByZh]) expect(chinese, record.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('cite for every item at least one checkable source, each with the day it was read', () => {
    for (const record of laterDesignations) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source.label.trim(), record.id).not.toBe('');
        expect(new URL(source.url).protocol, `${record.id}: ${source.url}`).toMatch(/^https?:$/);
        expect(source.read, record.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('draw nothing with more precision than a source gives: a marker at the host city, or no geometry', () => {
    for (const feature of built.features) {
      const { id, precision, marker_at: markerAt, host_city_en: hostCity } = feature.properties;
      if (precision === 'host-city') {
        expect(feature.geometry?.type, id).toBe('Point');
        expect(feature.geometry?.coordinates, id).toEqual(gazetteerPoint(markerAt ?? ''));
        expect(hostCity, `${id}: a marker says which city it stands for`).toBeTruthy();
      } else {
        expect(feature.geometry, id).toBeNull();
      }
    }
  });

  it('list the plans over named prefectures on a zone of the gazetteer, and region-wide documents on the region', () => {
    for (const record of laterDesignations.filter((r) => r.precision === 'zone')) {
      expect(record.hosts.length, record.id).toBe(1);
      expect(places.find((p) => p.id === record.hosts[0])?.category, record.id).toMatch(/zone|corridor|base/);
    }
    for (const record of laterDesignations.filter((r) => r.precision === 'region-wide')) expect(record.hosts, record.id).toEqual(['northeast-china']);
  });

  it('host every item on places of the gazetteer, and every area of a zone on a zone of the list', () => {
    const ids = new Set(laterDesignations.map((r) => r.id));
    for (const record of laterDesignations) {
      for (const host of record.hosts) expect(placeIds.has(host), `${record.id}: ${host}`).toBe(true);
      if (record.partOf !== undefined) expect(ids.has(record.partOf), record.id).toBe(true);
    }
  });

  it('have at least the designations the issue lists, with their years', () => {
    const years = Object.fromEntries(built.features.map((f) => [f.properties.id, f.properties.opened]));
    expect(years).toMatchObject({
      'liaoning-coastal-economic-belt-plan': 2009,
      'changjitu-pilot-zone-plan': 2009,
      'shenyang-economic-zone-reform-pilot': 2010,
      'harbin-new-area': 2015,
      'changchun-new-area': 2016,
      'suifenhe-dongning-pilot-zone': 2016,
      'northeast-comprehensive-revitalization-opinions-2016': 2016,
      'northeast-important-measures-2016': 2016,
      'liaoning-pilot-free-trade-zone': 2017,
      'liaoning-ftz-dalian-area': 2017,
      'liaoning-ftz-shenyang-area': 2017,
      'liaoning-ftz-yingkou-area': 2017,
      'shenfu-demonstration-zone': 2018,
      'heilongjiang-pilot-free-trade-zone': 2019,
      'heilongjiang-ftz-harbin-area': 2019,
      'heilongjiang-ftz-heihe-area': 2019,
      'heilongjiang-ftz-suifenhe-area': 2019,
    });
    const numbers = built.features.map((f) => f.properties.document_number);
    expect(numbers).toEqual(expect.arrayContaining(['中发〔2016〕7号', '国发〔2016〕62号', '国发〔2017〕15号']));
  });

  it('mark only the two plans of July and August 2009 as coming before the policy', () => {
    const before = built.features.filter((f) => f.properties.before_policy).map((f) => f.properties.id);
    expect(before).toEqual(['liaoning-coastal-economic-belt-plan', 'changjitu-pilot-zone-plan']);
  });
});

describe('the inventories, as dated items', () => {
  it('give every item an opening year and a source, and a closing year only after its opening', () => {
    for (const record of infrastructure) {
      expect(Number.isInteger(record.opened), record.id).toBe(true);
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      if (record.closed !== undefined) expect(record.closed, record.id).toBeGreaterThan(record.opened);
      for (const span of record.crossingKinds ?? []) {
        expect(Number.isInteger(span.opened), record.id).toBe(true);
        if (span.closed !== undefined) expect(span.closed, record.id).toBeGreaterThan(span.opened);
      }
    }
  });
});

describe('the designations as of a year', () => {
  const all = LATER_DESIGNATIONS.features;

  it('show in 2015 what was designated by then, and in the latest year all of them', () => {
    const ids2015 = laterDesignationsIn(all, 2015).map((f) => f.properties.id);
    expect(ids2015).toContain('harbin-new-area');
    expect(ids2015).not.toContain('changchun-new-area');
    expect(laterDesignationsIn(all, 2008)).toEqual([]);
    expect(laterDesignationsIn(all, latestDesignationYear(all))).toHaveLength(all.length);
  });

  it('give Harbin its new area (2015) and the Harbin area of the Heilongjiang free trade zone (2019)', () => {
    const harbin = designationsFollowing(laterDesignationsIn(all, 2025), ['harbin']).map((f) => [f.properties.id, f.properties.opened]);
    expect(harbin).toEqual([
      ['harbin-new-area', 2015],
      ['heilongjiang-ftz-harbin-area', 2019],
    ]);
    expect(designationsFollowing(laterDesignationsIn(all, 2016), ['harbin']).map((f) => f.properties.id)).toEqual(['harbin-new-area']);
  });
});
