import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // Every test must assert something that could fail (issue 19): a test with no expect fails.
    expect: { requireAssertions: true },
  },
});
