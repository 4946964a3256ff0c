import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assembleOfflinePage,
  cspHash,
  dropWoffFallbacks,
  escapeInlineJson,
  escapeInlineScript,
  externalReferences,
  offlineCsp,
} from '../../scripts/offline/single-file.ts';

/** The site's own page, as Vite writes it after adding the built script and stylesheet. */
const builtPage = readFileSync(new URL('../../index.html', import.meta.url), 'utf8')
  .replace('<script type="module" src="./src/main.ts"></script>', '')
  .replace(
    '</head>',
    '<script type="module" crossorigin src="./assets/index-abc.js"></script>\n<link rel="stylesheet" crossorigin href="./assets/index-abc.css">\n</head>',
  );

const parts = {
  script: 'const price = "$&"; if (a </script/.test(b)) {} console.log("</script>", `<!-- x -->`);',
  style: '.a{color:red}',
  data: [{ id: 'atlas-data-document', json: '{"text":"a </script> b","n":1}' }],
  favicon: 'data:image/svg+xml;base64,AAAA',
};
const page = assembleOfflinePage(builtPage, parts);

/** The text of every inline block of a kind, as the browser would hash it. */
function blocks(html: string, open: RegExp): string[] {
  return [...html.matchAll(new RegExp(`${open.source}([\\s\\S]*?)</(?:script|style)>`, 'g'))].map((m) => m[1]);
}

describe('the one-file page', () => {
  it('loads nothing from a file: no script src, stylesheet link or icon file remains', () => {
    expect(externalReferences(builtPage)).toEqual(['./favicon.svg', './assets/index-abc.js', './assets/index-abc.css']);
    expect(externalReferences(page)).toEqual([]);
  });

  it('allows its one inline script and its one style block by their hashes, and nothing inline otherwise', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
    const [script] = blocks(page, /<script type="module">/);
    const [style] = blocks(page, /<style>/);
    expect(csp).toContain(`script-src ${cspHash(script)};`);
    expect(csp).toContain(`style-src ${cspHash(style)};`);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("default-src 'none'");
  });

  it('keeps the inline script intact except where </script and <!-- would end or bend the block', () => {
    const [script] = blocks(page, /<script type="module">/);
    expect(script).toBe(escapeInlineScript(parts.script));
    expect(script).toContain('"$&"');
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('<!--');
  });

  it('carries each data file as a JSON block that parses back to the same value', () => {
    const [json] = blocks(page, /<script type="application\/json" id="atlas-data-document">/);
    expect(JSON.parse(json)).toEqual(JSON.parse(parts.data[0].json));
    expect(json).not.toContain('</script>');
  });

  it('puts the icon inline', () => {
    expect(page).toContain(`href="${parts.favicon}"`);
  });

  it('refuses a page without a policy to rewrite', () => {
    expect(() => assembleOfflinePage('<html><head></head><body></body></html>', parts)).toThrow('Content-Security-Policy');
  });
});

describe('helpers of the one-file build', () => {
  it('hashes a block as CSP level 2 defines: base64 of SHA-256 of its UTF-8 text', () => {
    const text = 'alert("大连")';
    expect(cspHash(text)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}'`);
    expect(cspHash('a')).not.toBe(cspHash('b'));
  });

  it.each([
    ['a</script>b', 'a<\\/script>b'],
    ['a</SCRIPT>b', 'a<\\/SCRIPT>b'],
    ['x = "<!--"', 'x = "<\\!--"'],
    ['a < b && c > d', 'a < b && c > d'],
  ])('escapes %j in a script as %j', (input, expected) => {
    expect(escapeInlineScript(input)).toBe(expected);
  });

  it('escapes < in JSON so that it still parses to the same string', () => {
    const json = JSON.stringify({ s: '</script><b>' });
    expect(escapeInlineJson(json)).not.toContain('<');
    expect(JSON.parse(escapeInlineJson(json))).toEqual({ s: '</script><b>' });
  });

  it('keeps a font source\'s WOFF2 and drops its WOFF fallback', () => {
    const css = "src: url(./files/a-400-normal.woff2) format('woff2'), url(./files/a-400-normal.woff) format('woff');";
    expect(dropWoffFallbacks(css)).toBe("src: url(./files/a-400-normal.woff2) format('woff2');");
  });

  it('lets the page reach nothing beyond its own blobs: no http(s), no self, no wildcard', () => {
    const csp = offlineCsp({ scripts: ["'sha256-x'"], styles: ["'sha256-y'"] });
    expect(csp).not.toMatch(/https?:|'self'|\*/);
    expect(csp).toContain('connect-src blob:');
  });
});
