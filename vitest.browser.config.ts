import { defineConfig } from 'vitest/config';

// Browser journeys run one file at a time: each drives a real Chromium, and
// the machines they run on have two cores.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
