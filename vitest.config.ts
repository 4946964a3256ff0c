import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Some files rebuild the base map or the places before their tests, a few
    // seconds' work alone that a busy two-core machine can stretch past the default.
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/views/**'],
          environment: 'node',
          // One module cache per worker, not per file, as for the views: importing the data modules,
          // turf and the style spec afresh for each of some sixty files cost about a quarter of the
          // run (61 → 45 s on two cores). No file changes a module's state; the two that stub a
          // global (fetch, process.env.TZ) put it back in a finally.
          isolate: false,
        },
      },
      {
        // The views, rendered in happy-dom against a real store and the committed data:
        // what a user sees and which actions they call, without a browser.
        extends: true,
        test: {
          name: 'views',
          include: ['tests/unit/views/**/*.test.ts'],
          environment: 'happy-dom',
          // One page and one module cache per worker, not per file: a fresh happy-dom window and a
          // fresh build of the spatial fixture for each file cost three times the tests' own time.
          // The set-up empties the page and restores mocks after each test, and a view that
          // listens on the document is removed by its test, so files do not see each other.
          isolate: false,
          environmentOptions: {
            happyDOM: {
              url: 'http://localhost:5173/atlas/',
              // Nothing a view renders is fetched: no page in a frame (the embed preview), no script, no navigation.
              settings: {
                disableIframePageLoading: true,
                disableJavaScriptFileLoading: true,
                navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
              },
            },
          },
          setupFiles: ['tests/unit/views/setup.ts'],
        },
      },
    ],
  },
});
