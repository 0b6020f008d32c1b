import { describe, expect, it, vi } from 'vitest';

// The pager (src/io/pager.ts) on a system where no shell can be started: the spawn itself fails
// (ENOENT), as it does when /bin/sh is missing. The real spawn is used, of a shell that is not there.
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  return { ...actual, spawn: (command: string, options: object) => actual.spawn(command, { ...options, shell: '/phoihop/no/such/sh' }) };
});

const { page } = await import('../../src/io/pager.js');

describe('page without a shell', () => {
  it('is false, so that the caller prints the text itself', async () => {
    expect(await page('x\n'.repeat(100_000), { PATH: process.env.PATH, PAGER: 'cat' })).toBe(false);
  });
});
