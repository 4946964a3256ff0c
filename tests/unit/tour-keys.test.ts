import { describe, expect, it } from 'vitest';
import { tourKeyAction, type TourKeyEvent, type TourKeyTarget } from '../../src/features/tour/tour-keys.ts';

const PAGE: TourKeyTarget = { tagName: 'BODY', isContentEditable: false, inMap: false };
const CANVAS: TourKeyTarget = { tagName: 'CANVAS', isContentEditable: false, inMap: true };
const SEARCH: TourKeyTarget = { tagName: 'INPUT', isContentEditable: false, inMap: false };
const EDITABLE: TourKeyTarget = { tagName: 'DIV', isContentEditable: true, inMap: false };
const BUTTON: TourKeyTarget = { tagName: 'BUTTON', isContentEditable: false, inMap: false };
const CHECKBOX: TourKeyTarget = { tagName: 'INPUT', inputType: 'checkbox', isContentEditable: false, inMap: false };

const press = (key: string, target = PAGE, extra: Partial<TourKeyEvent> = {}): TourKeyEvent => ({
  key,
  shiftKey: false,
  defaultPrevented: false,
  target,
  ...extra,
});

describe('tourKeyAction', () => {
  it.each([
    ['→ goes forward', press('ArrowRight'), 'next'],
    ['PageDown goes forward', press('PageDown'), 'next'],
    ['Space goes forward', press(' '), 'next'],
    ['← goes back', press('ArrowLeft'), 'prev'],
    ['PageUp goes back', press('PageUp'), 'prev'],
    ['Shift+Space goes back', press(' ', PAGE, { shiftKey: true }), 'prev'],
    ['Home goes to the first step', press('Home'), 'first'],
    ['End goes to the last step', press('End'), 'last'],
    ['Esc leaves the tour', press('Escape'), 'exit'],
    ['a letter does nothing', press('a'), null],
    ['↑ does nothing, leaving the page to scroll', press('ArrowUp'), null],
    ['→ in the search field moves the caret, not the tour', press('ArrowRight', SEARCH), null],
    ['Space in the search field types a space', press(' ', SEARCH), null],
    ['Esc in the search field is the field\'s', press('Escape', SEARCH), null],
    ['PageDown in an editable element is the element\'s', press('PageDown', EDITABLE), null],
    ['a textarea keeps its keys', press('ArrowLeft', { ...PAGE, tagName: 'TEXTAREA' }), null],
    ['a select keeps its keys', press('End', { ...PAGE, tagName: 'SELECT' }), null],
    ['→ on the map canvas pans the map', press('ArrowRight', CANVAS), null],
    ['← on the map canvas pans the map', press('ArrowLeft', CANVAS), null],
    ['PageDown on the map canvas still goes forward', press('PageDown', CANVAS), 'next'],
    ['Space on the map canvas still goes forward', press(' ', CANVAS), 'next'],
    ['Esc on the map canvas still leaves the tour', press('Escape', CANVAS), 'exit'],
    ['Space on a button is left to the button', press(' ', BUTTON), null],
    ['→ on a button goes forward', press('ArrowRight', BUTTON), 'next'],
    ['→ on a checkbox goes forward: it is a switch, not a field', press('ArrowRight', CHECKBOX), 'next'],
    ['PageUp on a checkbox goes back', press('PageUp', CHECKBOX), 'prev'],
    ['Space on a checkbox is left to it, which it ticks', press(' ', CHECKBOX), null],
    ['a text input keeps its keys', press('PageDown', { ...SEARCH, inputType: 'text' }), null],
    ['a key already handled is left alone', press('ArrowRight', PAGE, { defaultPrevented: true }), null],
    ['Alt+← is the browser\'s back', press('ArrowLeft', PAGE, { altKey: true }), null],
    ['Ctrl+End is left to the browser', press('End', PAGE, { ctrlKey: true }), null],
    ['Meta+→ is left to the browser', press('ArrowRight', PAGE, { metaKey: true }), null],
  ])('%s', (_, event, expected) => {
    expect(tourKeyAction(event)).toBe(expected);
  });
});
