/**
 * The comparison: the tray in the panel's header, the dialog's table, and
 * its CSV, against the real comparison rows.
 */
import { describe, expect, it } from 'vitest';
import { CompareView } from '../../../src/features/investor/compare-view.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import type { AppState } from '../../../src/state/app-state.ts';
import { parseCsv } from '../csv-parse.ts';
import { catchDownloads, data, fakeAtlas, spatial } from './fake-atlas.ts';
import { allByRole, byRole, byText, click, hasRole, isHidden, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

function openCompare(initial: Partial<AppState> = {}, openOnStart = false) {
  const atlas = fakeAtlas(initial);
  const view = new CompareView({ data, spatial, state: atlas.store, actions: atlas.actions, openOnStart });
  document.body.append(view.tray, view.dialog);
  return { ...atlas, view, tray: view.tray, dialog: view.dialog };
}

/** An item's or a header's text, less its remove button (×), which has a name of its own. */
const label = (element: HTMLElement) => textOf(element).replace(/\s*×$/, '');

const nameOf = (id: string) => data.placeById.get(id)?.properties.name_en ?? '';

describe('the comparison tray', () => {
  it('is hidden while nothing is compared', () => {
    const { tray } = openCompare();
    expect(isHidden(tray)).toBe(true);
  });

  it('with one place, lists it, asks for one more, and cannot be opened yet', () => {
    const { tray } = openCompare({ compare: ['harbin'] });
    const region = byRole(document.body, 'region', { name: EN.compareTrayLabel });
    expect(region).toBe(tray);
    expect(allByRole(tray, 'listitem').map(label)).toEqual(['Harbin']);
    expect(byText(tray, EN.compareNeedsTwo)).toBeTruthy();
    expect((byRole(tray, 'button', { name: EN.compareOpen(1) }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('each place’s × removes it from the comparison', () => {
    const { tray, state } = openCompare({ compare: ['harbin', 'dalian'] });
    click(byRole(tray, 'button', { name: EN.compareRemove('Harbin') }));
    expect(state().compare).toEqual(['dalian']);
    expect(hasRole(tray, 'button', { name: EN.compareRemove('Harbin') })).toBe(false);
  });
});

describe('the comparison dialog', () => {
  it('opens from the tray with a table of the places side by side, one row per attribute', () => {
    const { tray, dialog } = openCompare({ compare: ['harbin', 'dalian', 'suifenhe'] });
    click(byRole(tray, 'button', { name: EN.compareOpen(3) }));
    expect(byRole(document.body, 'dialog', { name: EN.compareTitle })).toBe(dialog);
    const table = byRole(dialog, 'table');
    expect(textOf(table.querySelector('caption') as HTMLElement)).toBe(EN.compareCaption(['Harbin', 'Dalian', 'Suifenhe'], 2025));
    expect(allByRole(table, 'columnheader').map(label)).toEqual(['Harbin 哈尔滨市', 'Dalian 大连市', 'Suifenhe 绥芬河市']);
    expect(allByRole(table, 'rowheader').map((header) => textOf(header))).toEqual([
      EN.compareRowDesignations,
      EN.compareRowZones,
      EN.compareRowSentences,
      EN.compareRowClauses,
      EN.nearestSeaport,
      EN.nearestBorderCrossing,
      EN.nearestAirport,
      EN.landBorder,
    ]);
    const sentences = byRole(table, 'rowheader', { name: EN.compareRowSentences }).closest('tr') as HTMLElement;
    const counts = ['harbin', 'dalian', 'suifenhe'].map((id) => data.placeById.get(id)?.properties.sentences.length ?? -1);
    expect(allByRole(sentences, 'cell').map((cell) => textOf(cell))).toEqual(counts.map((count) => EN.sentenceCount(count)));
  });

  it('opens by itself on start when a link holds two places or more', async () => {
    const { dialog } = openCompare({ compare: ['harbin', 'dalian'] }, true);
    await Promise.resolve();
    expect(dialog.open).toBe(true);
  });

  it('removing a place in the dialog takes its column away', () => {
    const { tray, dialog, state } = openCompare({ compare: ['harbin', 'dalian', 'yanji'] });
    click(byRole(tray, 'button', { name: EN.compareOpen(3) }));
    click(byRole(dialog, 'button', { name: EN.compareRemove('Dalian') }));
    expect(state().compare).toEqual(['harbin', 'yanji']);
    expect(allByRole(byRole(dialog, 'table'), 'columnheader')).toHaveLength(2);
  });

  it('as of 2008, gives Daqing’s distances for 2008, says so in the caption, the note and the CSV, and names the file for the year', async () => {
    const downloads = catchDownloads();
    const { tray, dialog } = openCompare({ compare: ['daqing', 'harbin'], asOf: 2008 });
    click(byRole(tray, 'button', { name: EN.compareOpen(2) }));
    const table = byRole(dialog, 'table');
    expect(textOf(table.querySelector('caption') as HTMLElement)).toBe(EN.compareCaption(['Daqing', 'Harbin'], 2008));
    const airports = byRole(table, 'rowheader', { name: EN.nearestAirport }).closest('tr') as HTMLElement;
    expect(textOf(allByRole(airports, 'cell')[0] as HTMLElement)).not.toMatch(/Sartu/);
    expect(textOf(dialog)).toContain('as open as of 2008');
    click(byRole(dialog, 'button', { name: EN.compareExportCsv }));
    expect(downloads.map((d) => d.fileName)).toEqual(['comparison-daqing-harbin-as-of-2008.csv']);
    const rows = parseCsv(new TextDecoder().decode(new Uint8Array(await (downloads[0]?.blob as Blob).arrayBuffer()).slice(3)));
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['2008', '2008']);
    expect(rows[1]?.join()).not.toMatch(/Sartu/);
  });

  it('downloads the table as a CSV with a byte-order mark, a header row and a row per place, named after the places', async () => {
    const downloads = catchDownloads();
    const { tray, dialog } = openCompare({ compare: ['dalian', 'harbin'] });
    click(byRole(tray, 'button', { name: EN.compareOpen(2) }));
    click(byRole(dialog, 'button', { name: EN.compareExportCsv }));
    expect(downloads.map((d) => d.fileName)).toEqual(['comparison-dalian-harbin-as-of-2025.csv']);
    const bytes = new Uint8Array(await (downloads[0]?.blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]?.slice(0, 4)).toEqual([EN.compareCsvPlace, EN.compareRowDesignations, EN.compareRowZones, EN.compareRowSentences]);
    expect(rows.slice(1).map((row) => row[0])).toEqual([nameOf('dalian'), nameOf('harbin')]);
    expect(rows.slice(1).map((row) => row[3])).toEqual(['2', '2']);
    expect(rows[0]?.at(-1)).toBe(EN.compareCsvAsOf);
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(['2025', '2025']);
  });

  it('in Chinese, the table and the CSV are in Chinese, names leading in Chinese', async () => {
    const downloads = catchDownloads();
    const { tray, dialog, actions } = openCompare({ compare: ['dalian', 'harbin'] });
    click(byRole(tray, 'button', { name: EN.compareOpen(2) }));
    actions.setLang('zh');
    expect(byRole(document.body, 'dialog', { name: ZH.compareTitle })).toBe(dialog);
    expect(allByRole(byRole(dialog, 'table'), 'columnheader').map(label)).toEqual(['大连市 Dalian', '哈尔滨市 Harbin']);
    click(byRole(dialog, 'button', { name: ZH.compareExportCsv }));
    const rows = parseCsv((await (downloads[0]?.blob as Blob).text()).replace(/^\uFEFF/, ''));
    expect(rows[0]?.[0]).toBe(ZH.compareCsvPlace);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['大连市', '哈尔滨市']);
  });

  it('the close button closes the dialog', () => {
    const { tray, dialog } = openCompare({ compare: ['dalian', 'harbin'] });
    click(byRole(tray, 'button', { name: EN.compareOpen(2) }));
    click(byRole(dialog, 'button', { name: EN.close }));
    expect(dialog.open).toBe(false);
  });
});
