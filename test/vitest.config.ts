import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // Lets tests that run the bin in a child process kill and cover mutants (a no-op outside Stryker).
    setupFiles: ['test/helpers/stryker-children.ts'],
    globalSetup: ['test/helpers/temp-root.ts'],
    // Every test must assert something that could fail (issue 19): a test with no expect fails.
    expect: { requireAssertions: true },
    // Real-tool tests (LibreOffice, Chromium, shells, git) run slower on a loaded 2-core machine; a timeout is not a finding.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
