import { describe, expect, it } from 'vitest';
import { composeExportImage, type ExportTarget } from '../../src/export/compose-image.ts';
import { ensureFontsFor, exportText } from '../../src/export/export-fonts.ts';
import { type Box, EXPORT_SIZES, type ExportContent, type ExportLayout, type Size, exportLayout } from '../../src/export/export-layout.ts';
import { captureMapCanvas } from '../../src/export/map-capture.ts';
import { ELLIPSIS, type MeasureText, wrapText } from '../../src/export/text-wrap.ts';

/** A stand-in for canvas text metrics: Chinese characters are square, Latin ones about half as wide. */
const measure: MeasureText = (text, font) => {
  const px = Number(/([\d.]+)px/.exec(font)?.[1] ?? 10);
  return [...text].reduce((sum, c) => sum + (/[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(c) ? px : px * 0.55), 0);
};

const content: ExportContent = {
  title: 'Northeast China Revitalization Atlas · 东北振兴政策地图 · Guo Fa [2009] No. 33',
  selection: 'Liaoning Coastal Economic Zone 辽宁沿海经济带',
  asOf: 'As of 2009',
  legendTitle: 'Map key',
  legend: [
    { label: 'Region', color: '#000000', shape: 'none' },
    { label: 'Economic zones and city clusters named by the policy', color: '#CC79A7', shape: 'none' },
    { label: 'Cities', color: '#0072B2', shape: 'circle' },
    { label: 'Industrial sites', color: '#009E73', shape: 'square' },
    { label: 'Institutions', color: '#56B4E9', shape: 'diamond' },
    { label: 'Logistics hubs', color: '#999999', shape: 'triangle' },
  ],
  scale: { label: '100 km', lengthPx: 120 },
  snapshot: { width: 1600, height: 1000 },
  quotes: [
    'Accelerate the development of the coastal economic zone of Liaoning, and make it a new growth pole of the Northeast Region; promote the construction of modern logistics facilities and industrial clusters along the coast.',
    'Speed up the development of modern service industry, including finance, logistics, tourism and cultural industries, with a focus on the major cities.',
    '我们用中文写一个很长的句子来测试换行是否在任何两个汉字之间都可以发生并且不会超出栏宽。',
  ],
  citation:
    'State Council of the People’s Republic of China. Opinions of the State Council on Further Implementing the Strategy of Revitalizing the Old Industrial Bases Including Northeast China. Guo Fa [2009] No. 33, issued 9 September 2009. Clause 5.',
  url: 'https://example.org/northeast-atlas/?place=liaoning-coastal-economic-zone&map=6.2/40.1234/122.5678',
  attribution: 'Boundaries: Natural Earth (public domain) · Chinese divisions: china-geojson (MIT) · Rendering: MapLibre',
  date: '3 May 2025',
  fontFamily: '"Noto Sans", "Noto Sans SC", sans-serif',
};

const inside = (inner: Box, outer: Box, slack = 0.01) =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  inner.x + inner.width <= outer.x + outer.width + slack &&
  inner.y + inner.height <= outer.y + outer.height + slack;

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function allLines(layout: ExportLayout) {
  return [
    ...layout.header.lines,
    layout.legend.title,
    ...layout.legend.items.flatMap((i) => i.lines),
    ...(layout.quotes?.lines ?? []),
    ...(layout.scaleBar ? [layout.scaleBar.label] : []),
    ...layout.footer.lines,
  ];
}

describe.each(Object.entries(EXPORT_SIZES))('the export layout at the %s size', (_, size: Size) => {
  const layout = exportLayout(size, content, measure);
  const canvas: Box = { x: 0, y: 0, ...size };

  it('keeps every text line, the footer and the map inside the canvas', () => {
    for (const line of allLines(layout)) expect(inside(line.box, canvas), line.text).toBe(true);
    expect(inside(layout.footer.box, canvas)).toBe(true);
    expect(inside(layout.map.box, canvas)).toBe(true);
  });

  it('puts the header, the map, the key, the quotes and the footer where none overlaps another', () => {
    const boxes: [string, Box][] = [
      ['header', layout.header.box],
      ['map', layout.map.box],
      ['legend', layout.legend.box],
      ['footer', layout.footer.box],
      ...(layout.quotes ? ([['quotes', layout.quotes.box]] as [string, Box][]) : []),
    ];
    for (const [i, [nameA, a]] of boxes.entries())
      for (const [nameB, b] of boxes.slice(i + 1)) expect(overlap(a, b), `${nameA} × ${nameB}`).toBe(false);
  });

  it('wraps every text within its column', () => {
    for (const line of [...layout.header.lines, ...layout.footer.lines]) expect(line.box.width).toBeLessThanOrEqual(layout.header.box.width + 0.01);
    for (const line of [...(layout.quotes?.lines ?? []), layout.legend.title]) expect(line.box.width).toBeLessThanOrEqual(layout.legend.box.width + 0.01);
    expect(layout.quotes?.lines.length).toBeGreaterThan(3);
    expect(layout.footer.lines.length).toBeGreaterThan(2);
  });

  it('shows every key entry, the footer’s attribution and date, and the scale bar on the map', () => {
    expect(layout.legend.items.map((i) => i.entry.label)).toEqual(content.legend.map((e) => e.label));
    const footerText = layout.footer.lines.map((l) => l.text).join(' ');
    for (const part of ['Natural Earth', 'china-geojson', 'MapLibre', content.date]) expect(footerText).toContain(part);
    expect(layout.scaleBar && inside(layout.scaleBar.box, layout.map.box)).toBe(true);
  });

  it('without an address (the one-file copy) gives none: the footer is the citation, the attribution and the date, with no gap', () => {
    const addressless = exportLayout(size, { ...content, url: null }, measure);
    const texts = addressless.footer.lines.map((l) => l.text);
    expect(texts.some((text) => text.includes('example.org'))).toBe(false);
    expect(layout.footer.lines.some((l) => l.text.includes('example.org'))).toBe(true);
    expect(addressless.footer.lines).toHaveLength(layout.footer.lines.length - 1);
    expect(addressless.footer.box.height).toBeLessThan(layout.footer.box.height);
    expect(texts.join(' ')).toContain(content.date);
  });

  it('crops the snapshot to fill the map box without stretching, and scales the scale bar with it', () => {
    const { box, source, factor } = layout.map;
    expect(inside(source, { x: 0, y: 0, ...content.snapshot })).toBe(true);
    expect(source.width / source.height).toBeCloseTo(box.width / box.height, 6);
    expect(layout.scaleBar?.bar.width).toBeCloseTo(content.scale!.lengthPx * factor, 6);
  });
});

describe('the print size', () => {
  it('is the social layout at twice the scale', () => {
    const social = exportLayout(EXPORT_SIZES.social, content, measure);
    const print = exportLayout(EXPORT_SIZES.print, content, measure);
    expect(print.map.box.width).toBeCloseTo(2 * social.map.box.width, 6);
    expect(print.footer.box.y).toBeCloseTo(2 * social.footer.box.y, 6);
    expect(print.footer.lines.map((l) => l.text)).toEqual(social.footer.lines.map((l) => l.text));
  });
});

describe('wrapText', () => {
  const font = '10px sans-serif';
  it.each<[string, string, number, string[]]>([
    ['breaks Latin text at spaces', 'one two three four', 55, ['one two', 'three four']],
    ['breaks Chinese between any two characters', '东北地区老工业基地', 40, ['东北地区', '老工业基', '地']],
    ['breaks a word wider than the line between its letters', 'https://example.org/abc', 55, ['https://ex', 'ample.org/', 'abc']],
    ['collapses runs of spaces', 'a    b', 100, ['a b']],
  ])('%s', (_, text, width, lines) => {
    expect(wrapText(text, width, font, measure)).toEqual(lines);
  });

  it('ends the last allowed line in an ellipsis that fits', () => {
    const lines = wrapText('one two three four five six', 40, font, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith(ELLIPSIS)).toBe(true);
    expect(measure(lines[1], font)).toBeLessThanOrEqual(40);
  });
});

/** A 2D context that records what is drawn and measures like `measure`. */
function recorder() {
  const calls: { name: string; args: unknown[] }[] = [];
  const state = { font: '10px sans-serif' };
  const target = new Proxy(state as unknown as ExportTarget, {
    get(object, key: string) {
      if (key === 'measureText') return (text: string) => ({ width: measure(text, state.font) });
      if (key in object) return (object as unknown as Record<string, unknown>)[key];
      return (...args: unknown[]) => calls.push({ name: key, args });
    },
    set(object, key: string, value) {
      (object as unknown as Record<string, unknown>)[key] = value;
      return true;
    },
  });
  return { target, calls };
}

describe('composeExportImage', () => {
  it('draws the snapshot’s crop into the map box and every text inside the canvas', () => {
    const { target, calls } = recorder();
    const snapshot = {} as CanvasImageSource;
    const layout = composeExportImage({ target, size: EXPORT_SIZES.social, snapshot, content });
    const draw = calls.find((c) => c.name === 'drawImage');
    const { source, box } = layout.map;
    expect(draw?.args).toEqual([snapshot, source.x, source.y, source.width, source.height, box.x, box.y, box.width, box.height]);
    const texts = calls.filter((c) => c.name === 'fillText');
    expect(texts.length).toBe(allLines(layout).length);
    for (const { args } of texts) {
      const [, x, y] = args as [string, number, number];
      expect(x >= 0 && x < 1200 && y >= 0 && y < 675).toBe(true);
    }
    expect(texts.map((c) => c.args[0]).join(' ')).toContain('Natural Earth');
  });
});

describe('ensureFontsFor', () => {
  it('asks each font for the characters to be drawn, Chinese included', async () => {
    const loads: [string, string][] = [];
    await ensureFontsFor(exportText(content), ['bold 30px "Noto Sans SC"', '14px "Noto Sans"'], {
      load: async (font: string, text?: string) => {
        loads.push([font, text ?? '']);
        return [];
      },
    });
    expect(loads.map(([font]) => font)).toEqual(['bold 30px "Noto Sans SC"', '14px "Noto Sans"']);
    for (const character of '东北振兴辽宁沿海') expect(loads[0][1]).toContain(character);
    expect(new Set(loads[0][1]).size).toBe(loads[0][1].length);
  });
});

describe('captureMapCanvas', () => {
  it('copies the map canvas inside the render that follows a requested repaint', async () => {
    const events: string[] = [];
    let onRender: (() => void) | null = null;
    const mapCanvas = { width: 800, height: 500 } as HTMLCanvasElement;
    const map = {
      getCanvas: () => mapCanvas,
      once: (_: 'render', listener: () => void) => {
        events.push('listen');
        onRender = listener;
      },
      triggerRepaint: () => {
        events.push('repaint');
        // The frame is drawn later, as MapLibre does, and only then is the buffer readable.
        queueMicrotask(() => {
          events.push('render');
          onRender?.();
        });
      },
    };
    const drawn: unknown[][] = [];
    const copy = { width: 0, height: 0, getContext: () => ({ drawImage: (...args: unknown[]) => drawn.push(args) }) };
    const result = await captureMapCanvas(map, () => copy as unknown as HTMLCanvasElement);
    expect(events).toEqual(['listen', 'repaint', 'render']);
    expect(result).toBe(copy);
    expect([copy.width, copy.height]).toEqual([800, 500]);
    expect(drawn).toEqual([[mapCanvas, 0, 0]]);
  });
});

describe('the export layout’s year', () => {
  it('puts the year the map shows under the title, after the selection, and alone for the overview', () => {
    const size = EXPORT_SIZES.social;
    const texts = (c: typeof content) => exportLayout(size, c, measure).header.lines.map((line) => line.text).join(' ');
    expect(texts(content)).toContain('Liaoning Coastal Economic Zone 辽宁沿海经济带 · As of 2009');
    expect(texts({ ...content, selection: null })).toMatch(/As of 2009$/);
  });
});
