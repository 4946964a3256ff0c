/**
 * The dark palette, for readers whose system prefers a dark colour scheme:
 * the light table (palette.ts) with other colours. Land in warm charcoal, water a
 * shade darker and bluer, labels in pale ink; the Okabe–Ito washes as they
 * are, and the markers and names in the hue itself where it holds its
 * contrast against the dark land, brightened where it does not.
 */
import { LIGHT_PALETTE } from './palette.ts';
import { patchedPalette } from './palette-patch.ts';

export const DARK_PALETTE = patchedPalette(LIGHT_PALETTE, {
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
    river: '#4d7d93',
    labelWater: '#8fbad0',
    town: '#a39c90',
    labelTown: '#d6cfc2',
    railway: '#7a746a',
    selectionHalo: '#4a4430',
    selectionRing: '#f4ecd8',
  },
  inks: {
    'economic-zones': { marker: '#CC79A7', text: '#CC79A7' },
    'hi-tech-bases': { marker: '#0088D5', text: '#0092E5' },
    'service-outsourcing': { marker: '#D55E00', text: '#E56500' },
    logistics: { marker: '#E69F00', text: '#E69F00' },
    'industrial-corridor': { marker: '#56B4E9', text: '#56B4E9' },
    'energy-chemicals': { marker: '#F0E442', text: '#F0E442' },
    'equipment-manufacturing': { marker: '#009E73', text: '#009E73' },
    'industrial-parks': { marker: '#928600', text: '#978B00' },
    institutions: { marker: '#E8E2D6', text: '#E8E2D6' },
    context: { marker: '#999999', text: '#999999' },
  },
  markerRim: '#1c1b19',
});
