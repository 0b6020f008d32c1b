import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/checks/closest.js';

/** The textbook restricted edit distance (optimal string alignment), a whole matrix at a time. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('edit distance with a limit', () => {
  it('is the textbook distance, swaps of neighbours counting one', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 's', 't', 'u'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(distance(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('suggests the nearest known value, and nothing further than a third of the word (at least two edits) away', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 's', 't'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 5 }), (value, known) => {
        const allowed = Math.max(2, Math.floor(value.length / 3));
        const distances = known.map((k) => reference(value, k));
        const best = Math.min(Infinity, ...distances);
        expect(closest(value, known)).toBe(best <= allowed ? known[distances.indexOf(best)] : undefined);
      }),
      { numRuns: 3000 },
    );
  });

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
