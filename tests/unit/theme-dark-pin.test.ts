/**
 * Pins the dark theme's table while it is rewritten as a patch over the
 * light one: the copy below is the table as it stood before.
 */
import { describe, expect, it } from 'vitest';
import { DARK_THEME } from '../../src/map/theme-dark.ts';

const DARK_THEME_BEFORE = {
  colors: {
    water: '#1b2a33',
    land: '#2a2a28',
    neighbour: '#242422',
    province: '#2d2c29',
    region: '#33322e',
    coast: '#4a6573',
    divisionLine: '#4d4a44',
    provinceLine: '#8a8378',
    countryLine: '#6e685f',
    chinaBorder: '#b0a898',
    labelCountry: '#a8a196',
    labelProvince: '#c9c1b4',
    labelDivision: '#ece6da',
    labelArea: '#c4bdb0',
    halo: 'rgba(28, 27, 25, 0.9)',
    selectionHalo: '#4a4430',
    selectionRing: '#f4ecd8',
  },
  widths: {
    coast: 0.6,
    divisionLine: 0.6,
    provinceLine: 1.4,
    countryLine: 1,
    chinaBorder: 1.8,
  },
  fonts: ['Noto Sans', 'Noto Sans SC'],
  inks: {
    'economic-zones': { fill: '#CC79A7', marker: '#CC79A7', text: '#CC79A7' },
    'hi-tech-bases': { fill: '#0072B2', marker: '#0088D5', text: '#0092E5' },
    'service-outsourcing': { fill: '#D55E00', marker: '#D55E00', text: '#E56500' },
    logistics: { fill: '#E69F00', marker: '#E69F00', text: '#E69F00' },
    'industrial-corridor': { fill: '#56B4E9', marker: '#56B4E9', text: '#56B4E9' },
    'energy-chemicals': { fill: '#F0E442', marker: '#F0E442', text: '#F0E442' },
    'equipment-manufacturing': { fill: '#009E73', marker: '#009E73', text: '#009E73' },
    'industrial-parks': { fill: '#7A7000', marker: '#928600', text: '#978B00' },
    institutions: { fill: '#000000', marker: '#E8E2D6', text: '#E8E2D6' },
    context: { fill: '#999999', marker: '#999999', text: '#999999' },
  },
  markerRim: '#1c1b19',
};

describe('the dark theme', () => {
  it('is the same table as before it became a patch over the light theme', () => {
    expect(DARK_THEME).toEqual(DARK_THEME_BEFORE);
  });
});
