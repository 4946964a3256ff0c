/**
 * Share: the dialog's parts (link, embed code, citation, data), built from
 * the state as it is when the dialog opens, in the reader's language.
 */
import { describe, expect, it, vi } from 'vitest';
import { viewUrl } from '../../../src/embed/embed-url.ts';
import { ShareDialog } from '../../../src/features/share/share-dialog.ts';
import { sharedAddresses } from '../../../src/features/share/shared-addresses.ts';
import { STRINGS } from '../../../src/i18n/index.ts';
import { type AppState, DEFAULT_STATE } from '../../../src/state/app-state.ts';
import { stateToUrl } from '../../../src/state/url-state.ts';
import { basemap, catchDownloads, data, divisionNames, fakeAtlas, nextFrame } from './fake-atlas.ts';
import { allByRole, byRole, byText, check, choose, click, hasRole, press, textOf } from './queries.ts';

const { en: EN, zh: ZH } = STRINGS;

const PAGE = 'https://example.org/atlas/';

/** The one-file copy's address: a path on the reader's own disk. */
const FILE_PAGE = 'file:///home/reader/Downloads/atlas-offline.html';

function openShare(initial: Partial<AppState> = {}, { oneFileCopy = false } = {}) {
  const atlas = fakeAtlas(initial);
  const page = oneFileCopy ? FILE_PAGE : PAGE;
  const addresses = sharedAddresses(
    {
      viewUrl: (state, options = {}) => viewUrl(page, stateToUrl(state), options.embed ? { embed: true, lang: state.lang } : {}),
      citeUrl: (selection, asOf) => viewUrl(page, stateToUrl({ ...DEFAULT_STATE, selection, asOf })),
    },
    oneFileCopy,
  );
  const share = new ShareDialog({
    state: atlas.store,
    sources: { data, divisions: basemap.divisions, divisionNames },
    map: () => null,
    ...addresses,
    dataZipUrl: oneFileCopy ? null : `${PAGE}data.zip`,
  });
  document.body.append(share.button, share.dialog);
  const strings = STRINGS[atlas.state().lang];
  click(byRole(document.body, 'button', { name: strings.share }));
  const dialog = byRole(document.body, 'dialog', { name: strings.shareTitle });
  return { ...atlas, share, dialog, strings };
}

/** Switches to a part of the dialog by its button, as a reader does. */
function part(dialog: HTMLElement, name: string, strings = EN): void {
  click(byRole(byRole(dialog, 'group', { name: strings.shareSections }), 'button', { name }));
}

const field = (dialog: HTMLElement, name: string) => byRole(dialog, 'textbox', { name }) as HTMLTextAreaElement;

describe('the share dialog', () => {
  it('opens on the link to the view as it is, the Link part pressed', () => {
    const { dialog } = openShare({ selection: { kind: 'place', id: 'suifenhe' }, camera: { lng: 131.15, lat: 44.4, zoom: 8 } });
    expect(byRole(dialog, 'button', { name: EN.shareLink }).getAttribute('aria-pressed')).toBe('true');
    expect(byText(dialog, EN.shareLinkLead)).toBeTruthy();
    expect(field(dialog, EN.shareLinkField).value).toBe(`${PAGE}?place=suifenhe&map=8/44.4/131.15`);
  });

  it('Copy puts the text on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
    const { dialog } = openShare({ selection: { kind: 'place', id: 'dalian' } });
    click(byRole(dialog, 'button', { name: EN.copy }));
    await vi.waitFor(() => expect(textOf(byRole(dialog, 'status'))).toBe(EN.copied));
    expect(writeText).toHaveBeenCalledWith(`${PAGE}?place=dalian`);
  });

  it('where the clipboard is refused, selects the text for the reader to copy and says how', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText: () => Promise.reject(new Error('denied')) } as unknown as Clipboard);
    const { dialog } = openShare();
    click(byRole(dialog, 'button', { name: EN.copy }));
    await nextFrame();
    await vi.waitFor(() => expect(textOf(byRole(dialog, 'status'))).toBe(EN.copySelected));
    expect(document.activeElement).toBe(field(dialog, EN.shareLinkField));
  });

  it('Embed gives an iframe of the view in its language, whose height and resizing script follow the options', () => {
    const { dialog } = openShare({ selection: { kind: 'place', id: 'harbin' } });
    part(dialog, EN.shareEmbed);
    expect(byRole(dialog, 'button', { name: EN.shareEmbed }).getAttribute('aria-pressed')).toBe('true');
    const code = () => field(dialog, EN.embedCode).value;
    expect(code()).toBe(
      `<iframe src="${PAGE}?place=harbin&amp;lang=en&amp;embed=1" title="${EN.embedFrameTitle('Harbin')}" width="100%" height="500" loading="lazy" allow="fullscreen; clipboard-write" style="border:0"></iframe>`,
    );
    choose(byRole(dialog, 'combobox', { name: EN.embedHeight }) as HTMLSelectElement, '400');
    expect(code()).toContain('height="400"');
    choose(byRole(dialog, 'combobox', { name: EN.embedHeight }) as HTMLSelectElement, 'custom');
    const custom = byRole(dialog, 'spinbutton', { name: EN.embedCustomHeight }) as HTMLInputElement;
    custom.value = '2000';
    custom.dispatchEvent(new Event('input', { bubbles: true }));
    expect(code()).toContain('height="900"');
    check(byRole(dialog, 'checkbox', { name: EN.embedResize }) as HTMLInputElement);
    expect(code()).toMatch(/<\/iframe>\n<script>[\s\S]*<\/script>$/);
    const preview = dialog.querySelector('iframe') as HTMLIFrameElement;
    expect(preview.title).toBe(EN.embedFrameTitle('Harbin'));
    expect(preview.getAttribute('height')).toBe('900');
  });

  it('Cite cites the selection, short by default, and gives the other forms on request', () => {
    const { dialog } = openShare({ selection: { kind: 'sentence', id: 'I.5.s12' } });
    part(dialog, EN.shareCite);
    const citation = () => field(dialog, EN.citeField).value;
    expect(citation()).toContain('Guo Fa [2009] No. 33');
    choose(byRole(dialog, 'combobox', { name: EN.citeFormat }) as HTMLSelectElement, 'bibtex');
    expect(citation()).toMatch(/^@\w+\{/);
    expect(citation()).toContain(`${PAGE}?sentence=I.5.s12`);
    choose(byRole(dialog, 'combobox', { name: EN.citeFormat }) as HTMLSelectElement, 'csl');
    expect(JSON.parse(citation())).toHaveLength(1);
  });

  it('as of 2009, Cite gives the view’s year and a link that opens it, and the data files are named for the year', () => {
    const downloads = catchDownloads();
    const { dialog } = openShare({ selection: { kind: 'place', id: 'daqing' }, asOf: 2009 });
    part(dialog, EN.shareCite);
    choose(byRole(dialog, 'combobox', { name: EN.citeFormat }) as HTMLSelectElement, 'full');
    expect(field(dialog, EN.citeField).value).toContain(`Viewed in the Northeast China Revitalization Atlas as of 2009, ${PAGE}?place=daqing&asof=2009`);
    part(dialog, EN.shareData);
    click(byRole(dialog, 'button', { name: EN.dataSelectionCsv }));
    expect(downloads.map((d) => d.fileName)).toEqual(['northeast-atlas-place-daqing-as-of-2009.csv']);
  });

  it('Cite with nothing selected cites the whole document', () => {
    const { dialog } = openShare();
    part(dialog, EN.shareCite);
    expect(byText(dialog, EN.citeLead(EN.citeDocument))).toBeTruthy();
  });

  it('Data offers the whole package, and the selection’s own places and sentences as files', async () => {
    const downloads = catchDownloads();
    const { dialog } = openShare({ selection: { kind: 'place', id: 'suifenhe' } });
    part(dialog, EN.shareData);
    expect(byRole(dialog, 'link', { name: EN.dataZip }).getAttribute('href')).toBe(`${PAGE}data.zip`);
    expect(byRole(dialog, 'heading', { name: EN.dataSelectionHeading('Suifenhe') })).toBeTruthy();
    click(byRole(dialog, 'button', { name: EN.dataSelectionGeoJson }));
    click(byRole(dialog, 'button', { name: EN.dataSelectionCsv }));
    expect(downloads.map((d) => d.fileName)).toEqual(['northeast-atlas-place-suifenhe-as-of-2025.geojson', 'northeast-atlas-place-suifenhe-as-of-2025.csv']);
    const geojson = JSON.parse(await (downloads[0]?.blob as Blob).text());
    expect(geojson.features.map((f: { properties: { id: string } }) => f.properties.id)).toContain('suifenhe');
  });

  it('Data with nothing selected says how to get a selection’s data', () => {
    const { dialog } = openShare();
    part(dialog, EN.shareData);
    expect(byText(dialog, EN.dataNoSelection)).toBeTruthy();
    expect(hasRole(dialog, 'button', { name: EN.dataSelectionCsv })).toBe(false);
  });

  it('Escape in the dialog stays in the dialog: the atlas behind does not clear its selection', () => {
    const { dialog } = openShare();
    const reachedPage = vi.fn();
    document.body.addEventListener('keydown', reachedPage);
    press(dialog, 'Escape');
    expect(reachedPage).not.toHaveBeenCalled();
  });

  it('the close button closes it and gives the focus back to Share', () => {
    const { dialog } = openShare();
    click(byRole(dialog, 'button', { name: EN.close }));
    expect(hasRole(document.body, 'dialog')).toBe(false);
    expect(document.activeElement).toBe(byRole(document.body, 'button', { name: EN.share }));
  });

  it('in Chinese, the button, the title and the parts are Chinese', () => {
    const { dialog } = openShare({ lang: 'zh' });
    expect(dialog.getAttribute('lang')).toBe('zh-Hans');
    expect(allByRole(byRole(dialog, 'group', { name: ZH.shareSections }), 'button').map((button) => textOf(button))).toEqual([
      ZH.shareLink,
      ZH.shareEmbed,
      ZH.shareImage,
      ZH.shareData,
      ZH.shareCite,
    ]);
    expect(byText(dialog, ZH.shareLinkLead)).toBeTruthy();
  });
});

describe('the share dialog in the one-file copy, opened from disk', () => {
  const noPath = (dialog: HTMLElement) => {
    const text = `${textOf(dialog)} ${[...dialog.querySelectorAll('textarea, input, iframe, a')].map((e) => (e as HTMLTextAreaElement).value ?? e.getAttribute('src') ?? e.getAttribute('href')).join(' ')}`;
    expect(text).not.toMatch(/file:|Downloads|atlas-offline/);
  };

  it('Link and Embed say they need the atlas on its website, with no address, code or preview', () => {
    const { dialog } = openShare({ selection: { kind: 'place', id: 'suifenhe' } }, { oneFileCopy: true });
    expect(byText(dialog, EN.shareNeedsSite)).toBeTruthy();
    expect(hasRole(dialog, 'textbox', { name: EN.shareLinkField })).toBe(false);
    noPath(dialog);
    part(dialog, EN.shareEmbed);
    expect(byText(dialog, EN.shareNeedsSite)).toBeTruthy();
    expect(hasRole(dialog, 'textbox', { name: EN.embedCode })).toBe(false);
    expect(dialog.querySelector('iframe')).toBeNull();
    noPath(dialog);
  });

  it('Data says the ZIP is not in this copy, with no link that leads nowhere, and gives the selection’s own files', () => {
    const downloads = catchDownloads();
    const { dialog } = openShare({ selection: { kind: 'place', id: 'suifenhe' } }, { oneFileCopy: true });
    part(dialog, EN.shareData);
    expect(byText(dialog, EN.dataZipNotInCopy)).toBeTruthy();
    expect(hasRole(dialog, 'link', { name: EN.dataZip })).toBe(false);
    expect(textOf(dialog)).not.toContain(EN.dataLead);
    click(byRole(dialog, 'button', { name: EN.dataSelectionCsv }));
    expect(downloads.map((d) => d.fileName)).toEqual(['northeast-atlas-place-suifenhe-as-of-2025.csv']);
  });

  it('Image and Cite work from the file; the citation names no address and no access date', () => {
    const { dialog } = openShare({ selection: { kind: 'sentence', id: 'I.5.s12' } }, { oneFileCopy: true });
    part(dialog, EN.shareImage);
    expect(hasRole(dialog, 'button', { name: EN.imageDownload })).toBe(true);
    part(dialog, EN.shareCite);
    choose(byRole(dialog, 'combobox', { name: EN.citeFormat }) as HTMLSelectElement, 'full');
    const full = field(dialog, EN.citeField).value;
    expect(full).toContain('Guo Fa [2009] No. 33');
    expect(full).toContain('sentence I.5.s12');
    expect(full).not.toMatch(/Viewed in|accessed/);
    noPath(dialog);
  });

  it('in Chinese, says the same in Chinese', () => {
    const { dialog } = openShare({ lang: 'zh' }, { oneFileCopy: true });
    expect(byText(dialog, ZH.shareNeedsSite)).toBeTruthy();
    part(dialog, ZH.shareData, ZH);
    expect(byText(dialog, ZH.dataZipNotInCopy)).toBeTruthy();
    noPath(dialog);
  });
});
