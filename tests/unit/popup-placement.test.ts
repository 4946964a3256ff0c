import { describe, expect, it } from 'vitest';
import { placeWithin } from '../../src/features/map-view/map-popups.ts';

describe('placeWithin', () => {
  const area = { width: 400, height: 300 };
  const size = { width: 250, height: 120 };

  it('puts a popup below and right of the point where there is room', () => {
    expect(placeWithin({ x: 20, y: 30 }, size, area, 14)).toEqual({ x: 34, y: 44 });
  });

  it('flips a popup above a point near the foot of the area, as the Shenyang chooser needs', () => {
    const { y } = placeWithin({ x: 20, y: 280 }, size, area, 14);
    expect(y + size.height).toBeLessThanOrEqual(area.height - 8);
    expect(y).toBe(280 - 14 - 120);
  });

  it('keeps a popup wider than the room on either side inside the area, at its margin', () => {
    const { x } = placeWithin({ x: 200, y: 10 }, size, area);
    expect(x).toBeGreaterThanOrEqual(8);
    expect(x + size.width).toBeLessThanOrEqual(area.width - 8);
  });

  it('never places a popup before the area starts, even when it is larger than the area', () => {
    expect(placeWithin({ x: 5, y: 5 }, { width: 500, height: 500 }, area)).toEqual({ x: 8, y: 8 });
  });
});
