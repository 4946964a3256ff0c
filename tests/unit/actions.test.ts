import { describe, expect, it } from 'vitest';
import { type Actions, createActions } from '../../src/state/actions.ts';
import { type AppState, DEFAULT_STATE, type Selection } from '../../src/state/app-state.ts';
import { readerShowsFor } from '../../src/state/reader-rule.ts';
import { type ChangeMeta, Store } from '../../src/state/store.ts';
import { loadAtlasData } from './atlas-fixture.ts';

/** The reader's rule over the committed text and places, as the atlas applies it. */
const readerShows = readerShowsFor(loadAtlasData());

/** A store with actions over it, recording every change it is asked to make. */
function setup(initial: Partial<AppState> = {}): { store: Store; actions: Actions; changes: ChangeMeta[] } {
  const store = new Store({ ...DEFAULT_STATE, ...initial });
  const changes: ChangeMeta[] = [];
  store.subscribe((_state, _previous, meta) => changes.push(meta));
  const actions = createActions(store, { readerShows });
  return { store, actions, changes };
}

describe('actions', () => {
  it('select keeps the panel view when the reader can show the selection', () => {
    const { store, actions } = setup({ view: 'reader' });
    actions.select({ kind: 'place', id: 'suifenhe' });
    expect(store.get()).toMatchObject({ selection: { kind: 'place', id: 'suifenhe' }, view: 'reader' });
  });

  it.each<Selection>([
    { kind: 'place', id: 'logistics-shenyang' },
    { kind: 'place', id: 'qiqihar' },
    { kind: 'division', id: '210100' },
  ])('select opens the details for $kind $id, which the reader has nothing to show for', (selection) => {
    const { store, actions } = setup({ view: 'reader' });
    actions.select(selection);
    expect(store.get().view).toBe('details');
  });

  it.each<Selection>([
    { kind: 'place', id: 'harbin-daqing-qiqihar-corridor' },
    { kind: 'clause', id: 'I.5' },
    { kind: 'sentence', id: 'I.5.s12' },
  ])('select keeps the reader for $kind $id, which the text holds', (selection) => {
    const { store, actions } = setup({ view: 'reader' });
    actions.select(selection);
    expect(store.get().view).toBe('reader');
  });

  it('ending the tour on a clause keeps the reader, and on a place the text never names opens the details', () => {
    const { store, actions } = setup({ view: 'reader', tour: 'I.5' });
    actions.endTour({ kind: 'clause', id: 'I.5' });
    expect(store.get()).toMatchObject({ tour: null, view: 'reader' });
    actions.startTour('I.5');
    actions.endTour({ kind: 'place', id: 'logistics-shenyang' });
    expect(store.get()).toMatchObject({ tour: null, view: 'details' });
  });

  it('the tour starts from its own steps: a selected place and a spot are let go, in one history entry, with no camera', () => {
    const { store, actions, changes } = setup({ selection: { kind: 'place', id: 'dalian' }, at: [125, 43], camera: { lng: 121.6, lat: 38.9, zoom: 8 } });
    actions.startTour('title');
    expect(store.get()).toMatchObject({ tour: 'title', selection: null, at: null, camera: null });
    expect(changes).toEqual([{ history: 'push' }]);
  });

  it('select takes an explicit view over the rule', () => {
    const { store, actions } = setup();
    actions.select({ kind: 'sentence', id: 'I.5.s12' }, { view: 'reader' });
    expect(store.get().view).toBe('reader');
  });

  it('select pushes one history entry and drops the camera the reader chose, so the map frames it; the same selection again changes nothing', () => {
    const { store, actions, changes } = setup({ camera: { lng: 125, lat: 43, zoom: 6 } });
    actions.select({ kind: 'place', id: 'dalian' });
    actions.select({ kind: 'place', id: 'dalian' });
    expect(changes).toEqual([{ history: 'push' }]);
    expect(store.get().camera).toBeNull();
  });

  it('clear returns to the overview in the details view, with no camera of the old selection', () => {
    const { store, actions } = setup({ selection: { kind: 'place', id: 'dalian' }, view: 'reader', camera: { lng: 121.6, lat: 38.9, zoom: 8 } });
    actions.clear();
    expect(store.get()).toMatchObject({ selection: null, view: 'details', camera: null });
  });

  it('camera moves, key toggles and language changes replace the history entry rather than add one', () => {
    const { actions, changes } = setup();
    actions.moveCamera({ lng: 125, lat: 43, zoom: 6 });
    actions.setShown('service-outsourcing', false);
    actions.setLang('zh');
    expect(changes.map((c) => c.history)).toEqual(['replace', 'replace', 'replace']);
  });

  it('setShown keeps hidden themes in the order of the key, whatever the order they were switched off in', () => {
    const { store, actions } = setup();
    actions.setShown('logistics', false);
    actions.setShown('economic-zones', false);
    expect(store.get().hidden).toEqual(['economic-zones', 'logistics']);
    actions.setShown('economic-zones', true);
    expect(store.get().hidden).toEqual(['logistics']);
  });

  it('restore puts back a history entry without writing history or framing', () => {
    const { store, actions, changes } = setup();
    const entry: AppState = { ...DEFAULT_STATE, selection: { kind: 'clause', id: 'I.5' }, view: 'reader', lang: 'zh' };
    actions.restore(entry);
    expect(store.get()).toEqual(entry);
    expect(changes).toEqual([{ history: 'none' }]);
  });
});
