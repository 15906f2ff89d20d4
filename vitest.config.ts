import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: tests must pass on a slow, busy machine; speed is measured by `tuiyan bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
