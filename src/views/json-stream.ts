/** An entry of a json listing, as JSON.stringify lays it out at two spaces. */
export function jsonItem(entry: object): string {
  return JSON.stringify(entry, null, 2);
}

/**
 * The text `JSON.stringify({ ...head, [key]: entries }, null, 2) + '\n'` gives, made a piece at a
 * time from each entry's own text (`jsonItem`) as it comes, so a long listing is never held whole.
 */
export async function* jsonDocument(head: object, key: string, entries: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string> {
  const fields = JSON.stringify(head, null, 2);
  const opening = `${fields === '{}' ? '{\n' : `${fields.slice(0, -2)},\n`}  ${JSON.stringify(key)}: [`;
  let first = true;
  for await (const entry of entries) {
    // An entry's text has no raw line breaks inside strings (JSON escapes them): each line moves in.
    yield `${first ? `${opening}\n` : ',\n'}    ${entry.replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield first ? `${opening}]\n}\n` : '\n  ]\n}\n';
}
