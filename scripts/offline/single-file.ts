/**
 * Turns the built page into one self-contained HTML file that works opened
 * from disk (file://), where a page may neither fetch nor load module files:
 * the script, the styles, the data and the icon go inline, and a
 * Content-Security-Policy allows exactly those inline blocks by hash.
 * Pure functions; the Vite plugin beside this file feeds them the build.
 */
import { createHash } from 'node:crypto';

/** One inline JSON block: the data a page would otherwise fetch. */
export interface DataBlock {
  id: string;
  json: string;
}

export interface OfflineParts {
  /** The page's whole script, one ES module with no imports. */
  script: string;
  /** The page's whole stylesheet, fonts already inlined as data: URLs. */
  style: string;
  data: DataBlock[];
  /** The icon as a data: URL. */
  favicon: string;
}

/** The CSP source for an inline block: the base64 SHA-256 of its exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Script text made safe to sit between `<script>` tags: `</script` would end
 * the block early and `<!--` would change how the HTML parser reads it. Both
 * only occur inside strings, regular expressions or comments in real code,
 * where `<\/` and `<\!` mean the same.
 */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Style text made safe to sit between `<style>` tags. */
export function escapeInlineStyle(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * JSON made safe to sit in a `<script type="application/json">` block: every
 * `<` becomes `\u003c`, which JSON reads back as the same character, so no
 * `</script>` in the data can end the block.
 */
export function escapeInlineJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * Drops the WOFF fallback of each font source, keeping WOFF2: every browser
 * that runs the map reads WOFF2, and inlining both would double the file.
 */
export function dropWoffFallbacks(css: string): string {
  return css.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '');
}

/** The policy of the one-file page: nothing from anywhere but its own hashed inline blocks, data: and blob:. */
export function offlineCsp(hashes: { scripts: string[]; styles: string[] }): string {
  return [
    "default-src 'none'",
    `script-src ${hashes.scripts.join(' ')}`,
    // The worker's source travels as a Blob URL. On a page with an opaque
    // origin (file://) MapLibre reads that blob back and starts its module
    // worker from a data: URL of it, so both schemes are allowed, and
    // nothing else: the page still cannot reach any server.
    'worker-src blob: data:',
    'connect-src blob:',
    'img-src data: blob:',
    'font-src data:',
    `style-src ${hashes.styles.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const MODULE_SCRIPT_TAG = /<script\b[^>]*\btype="module"[^>]*\bsrc="[^"]*"[^>]*><\/script>\s*/g;
const STYLESHEET_LINK = /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*>\s*/g;
const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/;
const ICON_LINK = /(<link\b[^>]*\brel="icon"[^>]*\bhref=")[^"]*(")/;

/**
 * The one-file page: the built page with its script and stylesheet tags
 * replaced by inline blocks, the data as JSON blocks, the icon as a data:
 * URL, and its policy rewritten to the blocks' hashes. Replacements are
 * functions, so `$` in the inlined code is never read as a pattern.
 */
export function assembleOfflinePage(html: string, parts: OfflineParts): string {
  const script = escapeInlineScript(parts.script);
  const style = escapeInlineStyle(parts.style);
  if (!CSP_META.test(html)) throw new Error('the page has no Content-Security-Policy to rewrite');
  const csp = offlineCsp({ scripts: [cspHash(script)], styles: [cspHash(style)] });
  const dataBlocks = parts.data
    .map((block) => `<script type="application/json" id="${block.id}">${escapeInlineJson(block.json)}</script>\n`)
    .join('');
  return html
    .replace(MODULE_SCRIPT_TAG, () => '')
    .replace(STYLESHEET_LINK, () => '')
    .replace(CSP_META, () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace(ICON_LINK, (_, start: string, end: string) => `${start}${parts.favicon}${end}`)
    .replace('</head>', () => `<style>${style}</style>\n</head>`)
    .replace('</body>', () => `${dataBlocks}<script type="module">${script}</script>\n</body>`);
}

/**
 * Every `src` or `href` in the page's markup that would load a file: what a
 * page opened from disk cannot rely on. Links within the page (`#…`) and
 * data: URLs are fine. The text of inline blocks is left out, since it is
 * code and data, not markup; their opening tags are kept.
 */
export function externalReferences(html: string): string[] {
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, (_, open: string, _tag, close: string) => open + close);
  return [...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)]
    .map((match) => match[1])
    .filter((url) => !url.startsWith('#') && !url.startsWith('data:'));
}
