/**
 * The HTML a journalist pastes into an article to embed a view: an iframe
 * and, optionally, a few lines of script that fit its height to what the
 * embed posts. No third-party resizer: the script trusts only messages
 * whose source is its own iframe's window.
 */

/** The message an embedded atlas posts to its parent with the height it wants. */
export const HEIGHT_MESSAGE_TYPE = 'northeast-atlas:height';

/** Heights offered for the iframe, in CSS pixels. */
export const EMBED_HEIGHTS = [400, 500, 600] as const;

/** The height range the embed is designed for. */
export const EMBED_HEIGHT_RANGE = [250, 900] as const;

export interface EmbedCodeOptions {
  /** The embed's URL (with `embed=1`). */
  src: string;
  /** The iframe's accessible name. */
  title: string;
  /** Height in CSS pixels; clamped to the range the embed is designed for. */
  height: number;
  /** Add the script that resizes the iframe to the height the embed posts. */
  resize: boolean;
}

function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function clampEmbedHeight(height: number): number {
  const [min, max] = EMBED_HEIGHT_RANGE;
  return Number.isFinite(height) ? Math.round(Math.min(max, Math.max(min, height))) : EMBED_HEIGHTS[1];
}

export function embedCode(options: EmbedCodeOptions): string {
  const iframe =
    `<iframe src="${attribute(options.src)}" title="${attribute(options.title)}" width="100%" ` +
    `height="${clampEmbedHeight(options.height)}" loading="lazy" allow="fullscreen; clipboard-write" style="border:0"></iframe>`;
  if (!options.resize) return iframe;
  const script = [
    '<script>',
    '(function () {',
    '  var frame = document.currentScript.previousElementSibling;',
    "  window.addEventListener('message', function (event) {",
    `    if (event.source !== frame.contentWindow || !event.data || event.data.type !== '${HEIGHT_MESSAGE_TYPE}') return;`,
    '    var height = Number(event.data.height);',
    `    if (height >= ${EMBED_HEIGHT_RANGE[0]} && height <= ${EMBED_HEIGHT_RANGE[1]}) frame.height = String(Math.round(height));`,
    '  });',
    '})();',
    '</script>',
  ];
  return [iframe, ...script].join('\n');
}
