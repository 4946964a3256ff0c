import { defineConfig } from 'vitest/config';

// Browser journeys run one file at a time: each drives a real Chromium, and
// the machines they run on have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The map renders in software (SwiftShader) on a two-core machine: give
    // what it draws a few seconds to appear before a check gives up.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
