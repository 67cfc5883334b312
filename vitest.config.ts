import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One seed for every property test (FC_SEED to change it): the suite is reproducible.
    setupFiles: ['test/fast-check-seed.ts'],
    // Property tests and multi-replication runs are CPU-bound; the default 5 s is too tight on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
