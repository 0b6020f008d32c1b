/** An entry of a json listing as JSON.stringify lays it out at two spaces, moved in to its place in the list. */
export function jsonItem(entry: object): string {
  // Laid out where it goes, two lists in ("[\n  [\n" before it, "\n  ]\n]" after), so that
  // JSON.stringify indents each line itself: moving every line in afterwards copied each entry again.
  return JSON.stringify([[entry]], null, 2).slice(6, -6);
}

/**
 * The text `JSON.stringify({ ...head, [key]: entries, ... }, null, 2) + '\n'` gives, made a piece
 * at a time from each entry's own text (`jsonItem`, as text or its UTF-8 bytes) as it comes, so a
 * long listing is never held whole.
 */
export async function* jsonDocument(head: object, lists: readonly (readonly [string, Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>])[]): AsyncGenerator<string | Uint8Array> {
  const fields = JSON.stringify(head, null, 2);
  let opening = fields === '{}' ? '{\n' : `${fields.slice(0, -2)},\n`;
  for (const [key, entries] of lists) {
    yield `${opening}  ${JSON.stringify(key)}: [`;
    let first = true;
    for await (const entry of entries) {
      yield first ? '\n' : ',\n';
      yield entry;
      first = false;
    }
    yield first ? ']' : '\n  ]';
    opening = ',\n';
  }
  yield '\n}\n';
}
