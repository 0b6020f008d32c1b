/**
 * `compute` remembered per key: for the small values (days, periods, time zones, letters) that
 * come up again in every task of every programme. At most `limit` keys are kept, so a root of
 * odd values cannot grow the table without end. A remembered value is shared: never change it.
 */
export function memoized<K, V>(compute: (key: K) => V, limit = 100_000): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found!;
    const value = compute(key);
    if (known.size < limit) known.set(key, value);
    return value;
  };
}
