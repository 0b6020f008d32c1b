import { describe, expect, it } from 'vitest';
import { flowDepthOverflow } from '../../src/records/load.js';

describe('flow nesting deeper than any record needs', () => {
  it('is found where the 65th level opens', () => {
    expect(flowDepthOverflow(`note: ${'['.repeat(70)}`)).toBe(6 + 64);
    expect(flowDepthOverflow(`note: ${'['.repeat(64)}${']'.repeat(64)}`)).toBe(-1);
  });

  it('does not count brackets in quoted text or comments', () => {
    expect(flowDepthOverflow(`a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n# ${'['.repeat(100)}\nc: 1`)).toBe(-1);
    expect(flowDepthOverflow(`a: "x\\"${'['.repeat(100)}"\nb: [1]`)).toBe(-1);
  });
});
