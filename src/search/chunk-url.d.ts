/**
 * Imports ending `?chunk-url` give the address a module's chunk is served
 * from, or `null` in the one-file build; see scripts/chunk-url/vite-plugin.ts.
 */
declare module '*?chunk-url' {
  const url: string | null;
  export default url;
}
