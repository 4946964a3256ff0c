import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../../src/content/atlas-data.ts';
import { THEMES, type ThemeId } from '../../src/content/designations.ts';
import { keyCounts, placesOfTheme } from '../../src/content/key-counts.ts';
import { keyCountText } from '../../src/ui/key-count.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const data = loadAtlasData();
const theme = (id: ThemeId) => THEMES.find((t) => t.id === id)!;
const outsourcing = theme('service-outsourcing');
const names = (places: readonly PlaceFeature[]) => places.map((p) => p.properties.name_en).sort();

describe('what the key counts', () => {
  it('counts the service-outsourcing cities the text designates apart from those it encourages', () => {
    const counts = keyCounts(data.places, outsourcing);
    expect(counts.map(({ role, count }) => [role?.role_en, count])).toEqual([
      ['designated', 3],
      ['encouraged', 2],
    ]);
    expect(keyCountText(counts, 'en')).toBe('3 designated · 2 encouraged');
    expect(keyCountText(counts, 'zh')).toBe('示范3 · 鼓励2');
  });

  it('counts the places the text names in each standing: Dalian, Harbin, Daqing; Yanji, Suifenhe', () => {
    const holding = (id: string) => data.places.filter((p) => p.properties.designations.some((d) => d.id === id));
    expect(names(holding('service-outsourcing-demonstration-city'))).toEqual(['Dalian', 'Daqing', 'Harbin']);
    expect(names(holding('software-outsourcing-city'))).toEqual(['Suifenhe', 'Yanji']);
    expect(names(placesOfTheme(data.places, outsourcing))).toHaveLength(5);
  });

  it('gives one number for a theme whose places share one standing', () => {
    const counts = keyCounts(data.places, theme('hi-tech-bases'));
    expect(counts).toEqual([{ role: null, count: 5 }]);
    expect(keyCountText(counts, 'en')).toBe('5');
  });

  it('follows the data, not a fixed text: a third encouraged city makes it “3 encouraged”', () => {
    const tonghua = data.placeById.get('tonghua')!;
    const encouraged = { ...tonghua, properties: { ...tonghua.properties, designations: [{ id: 'software-outsourcing-city' as const, sentence: 'I.5.s11', words: 'Tonghua' }] } };
    const places = data.places.map((p) => (p.properties.id === 'tonghua' ? encouraged : p));
    expect(keyCountText(keyCounts(places, outsourcing), 'en')).toBe('3 designated · 3 encouraged');
  });

  it('gives the total when only one standing of the theme is on the map', () => {
    const onlyEncouraged = data.places.filter((p) => !p.properties.designations.some((d) => d.id === 'service-outsourcing-demonstration-city'));
    expect(keyCounts(onlyEncouraged, outsourcing)).toEqual([{ role: null, count: 2 }]);
  });
});
