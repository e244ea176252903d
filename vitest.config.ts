import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Several tests read and validate the whole real catalog; on a busy two-core machine that
    // takes seconds, so the budget is generous rather than tuned to an idle machine.
    testTimeout: 60_000,
  },
});
