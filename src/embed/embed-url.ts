/**
 * The addresses a view is shared at: the page itself, or the same view in
 * embed mode (`?embed=1`). Pure: the page's address and the view's query
 * string in, an absolute URL out.
 */

/** The query parameter that turns a page into an embed. */
export const EMBED_PARAM = 'embed';

/** Whether a query string asks for embed mode: `embed=1`, nothing else. */
export function isEmbedQuery(search: string): boolean {
  if (search.length > 4096) return false;
  return new URLSearchParams(search).get(EMBED_PARAM) === '1';
}

/**
 * The view's URL on the page at `pageUrl` (whose own query and hash are
 * dropped): `query` is a view's query string as `stateToUrl` writes it.
 * With `embed`, the same view in embed mode; with `lang`, the language is
 * written even where the query leaves it to the browser.
 */
export function viewUrl(pageUrl: string, query: string, options: { embed?: boolean; lang?: string } = {}): string {
  const url = new URL(pageUrl);
  url.hash = '';
  const params = new URLSearchParams(query);
  params.delete(EMBED_PARAM);
  // An embedded view keeps the language it was made in, whatever its readers' browsers prefer.
  if (options.lang) params.set('lang', options.lang);
  if (options.embed) params.set(EMBED_PARAM, '1');
  // Slashes and commas read better unescaped, as stateToUrl writes them.
  const search = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  url.search = search ? `?${search}` : '';
  return url.href;
}
