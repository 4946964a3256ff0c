import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // Some files rebuild the base map or the places before their tests, a few
    // seconds' work alone that a busy two-core machine can stretch past the default.
    hookTimeout: 60_000,
  },
});
