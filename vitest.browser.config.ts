import { defineConfig } from 'vitest/config';

// Browser checks in `npm test`. Each file opens one page of the atlas and
// resets it between checks (tests/browser/fixtures.ts); the long runs (the
// soak, the hostile URLs, the failure cases that need a load each) are in
// tests/browser-long/, run by `npm run test:long`. Files run one at a time:
// each drives a real Chromium, and the machines they run on have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    globalSetup: ['tests/browser/run-record.ts'],
    testTimeout: 90_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // The map renders in software (SwiftShader) on a two-core machine: give
    // what it draws a few seconds to appear before a check gives up.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
