/**
 * Edit distance counting a swap of two neighbours as one edit ("stauts" is one edit from "status").
 * With `limit`, any distance above it comes back as limit + 1, found as soon as a row says so.
 */
export function distance(a: string, b: string, limit = Infinity): number {
  // Three rolling rows (this one, the one before, the one before that) instead of a whole matrix.
  let before = new Uint16Array(b.length + 1);
  let previous = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let row = new Uint16Array(b.length + 1);
  let earlierLeast = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      row[j] = best;
      if (best < least) least = best;
    }
    // A later row is built from this one, or (a swap) from the one before plus one: once both are
    // past the limit, so is every later row.
    if (Math.min(least, earlierLeast + 1) > limit) return limit + 1;
    earlierLeast = least;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** The known value nearest to a mistyped one, when it is near enough to be a likely typo. */
export function closest(value: string, known: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  for (const candidate of known) {
    // Lengths further apart than the edits allowed (or than the best so far) cannot win.
    if (Math.abs(candidate.length - wanted.length) > Math.min(allowed, bestDistance)) continue;
    const d = distance(wanted, candidate.toLowerCase(), Math.min(allowed, bestDistance));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
