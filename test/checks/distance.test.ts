import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/checks/closest.js';

describe('edit distance with a limit', () => {
  it('is the full distance, or limit + 1 when the full distance is past the limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 's', 't', 'u'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 6 }), (a, b, limit) => {
        expect(distance(a, b, limit)).toBe(Math.min(distance(a, b), limit + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a swap of neighbours as one edit, also near the limit', () => {
    expect(distance('stauts', 'status', 1)).toBe(1);
    expect(distance('abcd', 'badc', 1)).toBe(2);
    expect(distance('abcd', 'badc')).toBe(2);
  });

  it('leaves the suggestion unchanged: the first nearest known value, when near enough', () => {
    expect(closest('stauts', ['start', 'status', 'statue'])).toBe('status');
    expect(closest('titel', ['title', 'tile'])).toBe('title');
    expect(closest('k00001', ['id', 'title', 'lead', 'schedule'])).toBeUndefined();
  });
});
