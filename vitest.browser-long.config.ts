import { defineConfig } from 'vitest/config';

// The long browser runs, apart from `npm test` and run after it by CI
// (`npm run test:long`): the soak, two hundred hostile URLs, and the failure
// cases that each need a load of their own. Same browser, build and
// harness as tests/browser/.
export default defineConfig({
  test: {
    include: ['tests/browser-long/**/*.browser.ts'],
    globalSetup: ['tests/browser/run-record.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
