import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/content/categories.ts';
import { placesInExtent } from '../../src/features/map-view/places-in-view.ts';
import { loadAtlasData } from './atlas-fixture.ts';

const data = loadAtlasData();
const ids = (groups: ReturnType<typeof placesInExtent>) => groups.flatMap((g) => g.places.map((p) => p.properties.id));

describe('placesInExtent', () => {
  it('lists a place whose label point is in view and not one outside it', () => {
    const dalian = data.placeById.get('dalian');
    const harbin = data.placeById.get('harbin');
    if (!dalian || !harbin) throw new Error('fixture lacks Dalian or Harbin');
    const [lng, lat] = dalian.properties.label_point;
    const listed = ids(placesInExtent(data.places, CATEGORIES, [lng - 0.5, lat - 0.5, lng + 0.5, lat + 0.5], []));
    expect(listed).toContain('dalian');
    expect(listed).not.toContain('harbin');
  });

  it('groups places by category in the category table order, leaving out places whose themes are all hidden', () => {
    const all = placesInExtent(data.places, CATEGORIES, [100, 30, 140, 55], []);
    const order = CATEGORIES.map((c) => c.id);
    const shown = all.map((g) => order.indexOf(g.category.id));
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(all.every((g) => g.places.every((p) => p.properties.category === g.category.id))).toBe(true);
    // Tonghua is only a hi-tech industrial base; Dalian is one too, and more.
    const hidden = ids(placesInExtent(data.places, CATEGORIES, [100, 30, 140, 55], ['hi-tech-bases']));
    expect(ids(all)).toContain('tonghua');
    expect(hidden).not.toContain('tonghua');
    expect(hidden).toContain('dalian');
  });
});
