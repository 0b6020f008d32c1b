import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

describe('after the programme ends, in English', () => {
  it('what is left counts its periods: "1 period", "2 periods"', async () => {
    const root = writeRoot(baseRoot());
    const status = (await runCli(['status', '--root', root, '--as-of', '2024-06-30', '--format', 'markdown', '--lang', 'en'])).stdout;
    const left = [...status.matchAll(/left when the programme ended \((\d+) (periods?)\)/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(left.length).toBeGreaterThan(1);
    for (const said of left) expect(said).toMatch(/^(1 period|([2-9]|\d\d+) periods)$/);
    expect(left).toContain('1 period');
    expect(left.some((s) => s.endsWith('periods'))).toBe(true);
  });
});
