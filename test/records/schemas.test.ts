import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Editors show a property's title and description as hover help: every property has both, in Vietnamese.
const DIR = new URL('../../schemas/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.schema.json'));

function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.properties && typeof record.properties === 'object') {
    for (const [name, schema] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) yield [`${path}.${name}`, schema];
  }
  // An `if` holds conditions, not properties of the record.
  for (const [key, value] of Object.entries(record)) if (key !== 'if' && value && typeof value === 'object') yield* properties(value, `${path}/${key}`);
}

describe('schemas', () => {
  it.each(FILES)('%s: draft 2020-12, an $id, closed objects, a title and description on every property', (file) => {
    const schema = JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/phoihop\.dev\/schemas\/v1\//);
    for (const [path, property] of properties(schema, file)) {
      expect(property.title, path).toEqual(expect.any(String));
      expect(property.description, path).toEqual(expect.any(String));
    }
    const objects = JSON.stringify(schema).match(/"type":"object"/g)?.length ?? 0;
    // A map (a report's figures) is closed by naming its keys: propertyNames instead of additionalProperties: false.
    const closed = (JSON.stringify(schema).match(/"additionalProperties":false/g)?.length ?? 0) + (JSON.stringify(schema).match(/"propertyNames":/g)?.length ?? 0);
    expect(closed).toBe(objects);
  });
});
