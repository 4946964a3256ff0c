/**
 * "Share": one button that opens a modal dialog with everything a
 * journalist takes away from a view: its link, an embed code with a live
 * preview, a PNG, the data, and a citation. A native <dialog> opened with
 * showModal(): it holds focus, Esc closes it, and focus goes back to the
 * button. Each part is built from the state as it is when the dialog opens.
 * On the one-file copy, which has no address to give (see shared-addresses.ts),
 * Link and Embed say that they need the atlas on its website, and the other
 * parts give what works from the file: the image, the selection's data and a
 * citation, none of them with the file's path.
 */
import './share-dialog.css';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { citation } from '../../cite/citation.ts';
import { EMBED_HEIGHTS, clampEmbedHeight, embedCode } from '../../embed/embed-code.ts';
import { selectionCsv, selectionFileName, selectionGeoJson } from '../../export/selection-download.ts';
import { formatDate } from '../../i18n/format.ts';
import { STRINGS, type Strings } from '../../i18n/index.ts';
import { LANG_TAG, type Lang } from '../../i18n/lang.ts';
import type { StateSource } from '../../state/actions.ts';
import type { AppState, Selection } from '../../state/app-state.ts';
import { yearShown } from '../../state/year-shown.ts';
import { copyField } from './copy-field.ts';
import { el } from '../../ui/dom.ts';
import { downloadBlob } from './download.ts';
import { type SelectionSummary, type SummarySources, summarize } from '../../ui/selection-summary.ts';
import { imageKey } from './image-key.ts';
import { type ImageSize, exportImage, imageFileName } from './share-image.ts';
import { LIGHT_PALETTE } from '../../map/palette.ts';

export interface ShareDialogOptions {
  state: StateSource;
  sources: SummarySources;
  /** The map, once it exists. */
  map(): MapLibreMap | null;
  /** A state's address on this page; with `embed`, the same view as an embed; `null` where the page has none to give. */
  viewUrl(state: AppState, options?: { embed?: boolean }): string | null;
  /** A selection's stable address as of a year (the latest year is left out of it), for a citation: `?sentence=I.5.s12`; `null` where the page has none to give. */
  citeUrl(selection: Selection | null, asOf: number): string | null;
  /** The data package's address; `null` where the page has none (the one-file copy). */
  dataZipUrl: string | null;
}

type Part = 'link' | 'embed' | 'image' | 'data' | 'cite';
const PARTS: readonly Part[] = ['link', 'embed', 'image', 'data', 'cite'];

/** Today as an ISO date in the reader's own time zone. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class ShareDialog {
  /** The Share button, for the panel's header. */
  readonly button: HTMLButtonElement;
  readonly dialog: HTMLDialogElement;
  private readonly options: ShareDialogOptions;
  private readonly status: HTMLElement;
  private part: Part = 'link';
  private readonly unsubscribe: () => void;

  constructor(options: ShareDialogOptions) {
    this.options = options;
    this.button = el('button', {
      className: 'share-button',
      attrs: { type: 'button', 'aria-haspopup': 'dialog' },
      on: { click: () => this.open() },
    });
    this.status = el('p', { className: 'share-dialog__status', attrs: { role: 'status', 'aria-live': 'polite' } });
    this.dialog = el('dialog', { className: 'share-dialog' });
    // Esc belongs to the dialog: it must not also reach the atlas, where it clears the selection.
    this.dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.stopPropagation();
    });
    this.dialog.addEventListener('close', () => {
      this.dialog.replaceChildren();
      this.button.focus();
    });
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    this.dialog.addEventListener('click', (event) => {
      if (event.target === this.dialog) this.dialog.close();
    });
    this.label(options.state.get().lang);
    this.unsubscribe = options.state.subscribe((state, previous) => {
      if (state.lang !== previous.lang) this.label(state.lang);
    });
  }

  remove(): void {
    this.unsubscribe();
    if (this.dialog.open) this.dialog.close();
    this.button.remove();
    this.dialog.remove();
  }

  open(part: Part = this.part): void {
    this.part = part;
    this.render();
    if (!this.dialog.open) this.dialog.showModal();
  }

  private label(lang: Lang): void {
    this.button.textContent = STRINGS[lang].share;
  }

  private announce = (message: string): void => {
    // Emptied first, so that the same message twice is announced twice.
    this.status.textContent = '';
    requestAnimationFrame(() => {
      this.status.textContent = message;
    });
  };

  private render(): void {
    const state = this.options.state.get();
    const strings = STRINGS[state.lang];
    const summary = summarize(this.options.sources, state.selection, strings, state.lang);
    const titleId = 'share-dialog-title';
    const switches = el(
      'div',
      { className: 'share-dialog__parts', attrs: { role: 'group', 'aria-label': strings.shareSections } },
      PARTS.map((part) =>
        el('button', {
          className: 'share-dialog__part',
          text: this.partName(strings, part),
          attrs: { type: 'button', 'aria-pressed': String(part === this.part) },
          on: {
            click: () => {
              this.open(part);
              this.dialog.querySelector<HTMLElement>(`.share-dialog__part[aria-pressed="true"]`)?.focus();
            },
          },
        }),
      ),
    );
    this.status.textContent = '';
    this.dialog.setAttribute('aria-labelledby', titleId);
    this.dialog.setAttribute('lang', LANG_TAG[state.lang]);
    this.dialog.replaceChildren(
      el('div', { className: 'share-dialog__head' }, [
        el('h2', { className: 'share-dialog__title', text: strings.shareTitle, attrs: { id: titleId } }),
        el('button', {
          className: 'share-dialog__close',
          text: '×',
          attrs: { type: 'button', 'aria-label': strings.close },
          on: { click: () => this.dialog.close() },
        }),
      ]),
      switches,
      el('div', { className: 'share-dialog__body' }, [this.partBody(state, strings, summary)]),
      this.status,
    );
  }

  private partName(strings: Strings, part: Part): string {
    return { link: strings.shareLink, embed: strings.shareEmbed, image: strings.shareImage, data: strings.shareData, cite: strings.shareCite }[part];
  }

  private partBody(state: AppState, strings: Strings, summary: SelectionSummary): HTMLElement {
    switch (this.part) {
      case 'link':
        return this.linkPart(state, strings);
      case 'embed':
        return this.embedPart(state, strings, summary);
      case 'image':
        return this.imagePart(state, strings, summary);
      case 'data':
        return this.dataPart(state, strings, summary);
      case 'cite':
        return this.citePart(state, strings, summary);
    }
  }

  /** Where a part needs an address and the page has none. */
  private needsSite(strings: Strings): HTMLElement {
    return el('section', { className: 'share-part' }, [el('p', { className: 'share-part__lead', text: strings.shareNeedsSite })]);
  }

  private linkPart(state: AppState, strings: Strings): HTMLElement {
    const url = this.options.viewUrl(state);
    if (url === null) return this.needsSite(strings);
    const field = copyField({ label: strings.shareLinkField, value: url, strings, announce: this.announce, lang: 'en' });
    return el('section', { className: 'share-part' }, [el('p', { className: 'share-part__lead', text: strings.shareLinkLead }), field.element]);
  }

  private embedPart(state: AppState, strings: Strings, summary: SelectionSummary): HTMLElement {
    const src = this.options.viewUrl(state, { embed: true });
    if (src === null) return this.needsSite(strings);
    const title = strings.embedFrameTitle(summary.name);
    const heightSelect = el('select', { attrs: { id: 'share-embed-height' } }, [
      ...EMBED_HEIGHTS.map((height) => el('option', { text: strings.embedHeightPixels(height), attrs: { value: String(height) } })),
      el('option', { text: strings.embedHeightCustom, attrs: { value: 'custom' } }),
    ]);
    heightSelect.value = String(EMBED_HEIGHTS[1]);
    const custom = el('input', {
      attrs: { id: 'share-embed-custom', type: 'number', min: '250', max: '900', step: '10', value: String(EMBED_HEIGHTS[1]) },
    });
    const customRow = el('div', { className: 'share-part__row' }, [
      el('label', { text: strings.embedCustomHeight, attrs: { for: 'share-embed-custom' } }),
      custom,
    ]);
    customRow.hidden = true;
    const resize = el('input', { attrs: { id: 'share-embed-resize', type: 'checkbox' } });
    const height = () => clampEmbedHeight(heightSelect.value === 'custom' ? Number(custom.value) : Number(heightSelect.value));
    const code = () => embedCode({ src, title, height: height(), resize: resize.checked });
    const field = copyField({ label: strings.embedCode, value: code(), strings, announce: this.announce, rows: 5, lang: 'en' });
    const preview = el('iframe', {
      className: 'share-part__preview',
      attrs: { src, title, width: '100%', height: String(height()), loading: 'lazy', allow: 'fullscreen; clipboard-write' },
    });
    const update = () => {
      customRow.hidden = heightSelect.value !== 'custom';
      field.setValue(code());
      preview.height = String(height());
    };
    heightSelect.addEventListener('change', update);
    custom.addEventListener('input', update);
    resize.addEventListener('change', update);
    return el('section', { className: 'share-part' }, [
      el('p', { className: 'share-part__lead', text: strings.embedLead }),
      el('div', { className: 'share-part__row' }, [el('label', { text: strings.embedHeight, attrs: { for: 'share-embed-height' } }), heightSelect]),
      customRow,
      el('div', { className: 'share-part__row' }, [resize, el('label', { text: strings.embedResize, attrs: { for: 'share-embed-resize' } })]),
      field.element,
      el('h3', { className: 'share-part__heading', text: strings.embedPreview }),
      preview,
    ]);
  }

  private imagePart(state: AppState, strings: Strings, summary: SelectionSummary): HTMLElement {
    const sizes: [ImageSize, string][] = [
      ['social', strings.imageSizeSocial],
      ['print', strings.imageSizePrint],
    ];
    const radios = sizes.map(([size, label], i) => {
      const input = el('input', { attrs: { type: 'radio', name: 'share-image-size', value: size, id: `share-image-${size}` } });
      input.checked = i === 0;
      return el('div', { className: 'share-part__row' }, [input, el('label', { text: label, attrs: { for: input.id } })]);
    });
    const quotes = el('input', { attrs: { id: 'share-image-quotes', type: 'checkbox' } });
    quotes.checked = summary.quotes.length > 0;
    quotes.disabled = summary.quotes.length === 0;
    const button = el('button', { className: 'share-part__action', text: strings.imageDownload, attrs: { type: 'button' } });
    const section = el('section', { className: 'share-part' }, [
      el('p', { className: 'share-part__lead', text: strings.imageLead }),
      el('fieldset', { className: 'share-part__fieldset' }, [el('legend', { text: strings.imageSize }), ...radios]),
      el('div', { className: 'share-part__row' }, [quotes, el('label', { text: strings.imageQuotes, attrs: { for: quotes.id } })]),
      button,
    ]);
    button.addEventListener('click', () => {
      const map = this.options.map();
      if (!map) return;
      const size = (section.querySelector<HTMLInputElement>('input[name="share-image-size"]:checked')?.value ?? 'social') as ImageSize;
      const cited = citation(this.options.sources.data, summary.citeTarget, { lang: state.lang, accessed: new Date() });
      // `null` on the one-file copy: the footer then gives no address rather than a path on the reader's disk.
      const url = this.options.viewUrl(state);
      const year = yearShown(state);
      const fileName = imageFileName(state.selection?.id ?? null, size, year);
      button.disabled = true;
      this.announce(strings.imageMaking);
      exportImage({
        map,
        size,
        lang: state.lang,
        strings,
        // The screen's key, in the light palette's inks, which the image's frame is drawn on.
        key: imageKey(this.options.sources.data, state.hidden, state.lang, LIGHT_PALETTE),
        selection: summary.name,
        year,
        quotes: quotes.checked ? summary.quotes.map((entry) => entry.sentence.text) : [],
        citation: cited?.short ?? '',
        url,
        date: formatDate(state.lang, today()),
      })
        .then((blob) => {
          downloadBlob(blob, fileName);
          this.announce(strings.imageDone(fileName));
        })
        .catch((error: unknown) => {
          console.error(error);
          this.announce(strings.imageFailed);
        })
        .finally(() => {
          button.disabled = false;
        });
    });
    return section;
  }

  private dataPart(state: AppState, strings: Strings, summary: SelectionSummary): HTMLElement {
    const { data, divisions } = this.options.sources;
    const zip = this.options.dataZipUrl
      ? el('p', {}, [el('a', { className: 'share-part__download', text: strings.dataZip, attrs: { href: this.options.dataZipUrl, download: '' } })])
      : null;
    const selection = state.selection;
    const download = (label: string, make: (s: Selection) => Blob, extension: 'geojson' | 'csv') =>
      el('button', {
        className: 'share-part__action',
        text: label,
        attrs: { type: 'button' },
        on: { click: () => selection && downloadBlob(make(selection), selectionFileName(selection, extension, yearShown(state))) },
      });
    const just =
      selection && summary.name
        ? [
            el('h3', { className: 'share-part__heading', text: strings.dataSelectionHeading(summary.name) }),
            el('div', { className: 'share-part__actions' }, [
              download(
                strings.dataSelectionGeoJson,
                (s) => new Blob([JSON.stringify(selectionGeoJson(s, data, divisions))], { type: 'application/geo+json' }),
                'geojson',
              ),
              download(strings.dataSelectionCsv, (s) => new Blob([selectionCsv(s, data, divisions)], { type: 'text/csv;charset=utf-8' }), 'csv'),
            ]),
          ]
        : [el('p', { className: 'share-part__note', text: strings.dataNoSelection })];
    const lead = el('p', { className: 'share-part__lead', text: zip ? strings.dataLead : strings.dataZipNotInCopy });
    return el('section', { className: 'share-part' }, [lead, zip, ...just]);
  }

  private citePart(state: AppState, strings: Strings, summary: SelectionSummary): HTMLElement {
    const target = summary.citeTarget;
    // Without an address (the one-file copy) the citation names no URL and no access date.
    const year = yearShown(state);
    const url = this.options.citeUrl(target.kind === 'document' ? null : state.selection, year);
    const cited = citation(this.options.sources.data, target, { lang: state.lang, ...(url === null ? {} : { url }), asOf: year, accessed: new Date() });
    const forms = {
      short: [strings.citeShort, cited?.short ?? ''],
      full: [strings.citeFull, cited?.full ?? ''],
      bibtex: [strings.citeBibtex, cited?.bibtex ?? ''],
      csl: [strings.citeCsl, cited ? JSON.stringify([cited.csl], null, 2) : ''],
    } as const;
    type Form = keyof typeof forms;
    const format = el(
      'select',
      { attrs: { id: 'share-cite-format' } },
      (Object.keys(forms) as Form[]).map((form) => el('option', { text: forms[form][0], attrs: { value: form } })),
    );
    const field = copyField({ label: strings.citeField, value: forms.short[1], strings, announce: this.announce, rows: 6 });
    format.addEventListener('change', () => field.setValue(forms[format.value as Form][1]));
    const what = target.kind === 'document' ? strings.citeDocument : (summary.name ?? strings.citeDocument);
    return el('section', { className: 'share-part' }, [
      el('p', { className: 'share-part__lead', text: strings.citeLead(what) }),
      el('div', { className: 'share-part__row' }, [el('label', { text: strings.citeFormat, attrs: { for: 'share-cite-format' } }), format]),
      field.element,
    ]);
  }
}
