import { describe, expect, it } from 'vitest';
import { formatAt, formatCompare, MAX_COMPARED, parseAt, parseCompare, roundAt } from '../../src/spatial/url-params.ts';

describe('?at=lat,lng', () => {
  it.each([
    ['38.9208,121.6392', [121.6392, 38.9208]],
    ['45.75761234,126.64091234', [126.6409, 45.7576]],
    ['-33.5,151', [151, -33.5]],
    ['90,180', [180, 90]],
    ['-90,-180', [-180, -90]],
    ['0,0', [0, 0]],
    ['-0.00001,0', [0, 0]],
  ])('reads %s as the rounded [lng, lat] %j', (text, expected) => {
    expect(parseAt(text)).toEqual(expected);
  });

  it.each([
    [null],
    [''],
    ['38.9'],
    ['38.9,121.6,3'],
    ['90.0001,0'],
    ['0,180.5'],
    ['1e1,20'],
    ['0x10,20'],
    [' 38.9,121.6'],
    ['38.9, 121.6'],
    ['+38.9,121.6'],
    ['NaN,1'],
    ['Infinity,1'],
    ['1234,1'],
    ['38.9;121.6'],
    ['38.9,121.6'.padEnd(100, '0')],
  ])('drops the malformed or out-of-range %j', (text) => {
    expect(parseAt(text)).toBeNull();
  });

  it.each([
    [[121.63921, 38.92084], '38.9208,121.6392'],
    [[126.5, 45], '45,126.5'],
    [[-0.00001, 0.00004], '0,0'],
  ] as [[number, number], string][])('writes %j as %s, latitude first, without trailing zeros', (at, text) => {
    expect(formatAt(at)).toBe(text);
  });

  it('round-trips every rounded spot', () => {
    for (const at of [[121.6392, 38.9208], [-179.9999, -89.9999], [0.0001, 0]] as [number, number][]) {
      expect(parseAt(formatAt(at))).toEqual(roundAt(at));
    }
  });
});

describe('?compare=a,b,c', () => {
  const known = new Set(['dalian', 'harbin', 'yanji', 'shenyang', 'changchun']);

  it.each([
    ['dalian,harbin,yanji', ['dalian', 'harbin', 'yanji']],
    ['dalian,nowhere,harbin', ['dalian', 'harbin']],
    ['dalian,dalian,harbin', ['dalian', 'harbin']],
    [' dalian , harbin ', ['dalian', 'harbin']],
    ['dalian,harbin,yanji,shenyang,changchun', ['dalian', 'harbin', 'yanji', 'shenyang']],
    ['<script>,harbin', ['harbin']],
    ['', []],
  ])('reads %j as %j', (text, expected) => {
    expect(parseCompare(text, known)).toEqual(expected);
  });

  it('reads a missing parameter as no comparison', () => {
    expect(parseCompare(null, known)).toEqual([]);
  });

  it(`keeps at most ${MAX_COMPARED} places and writes them back comma-separated`, () => {
    const ids = parseCompare([...known].join(','), known);
    expect(ids).toHaveLength(MAX_COMPARED);
    expect(parseCompare(formatCompare(ids), known)).toEqual(ids);
  });
});
