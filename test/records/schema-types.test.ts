import { readFileSync, writeFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';

// The TypeScript record types are generated from the JSON Schemas, so field names cannot drift.
// `npm run gen:types` rewrites src/records/schema-types.ts; this test fails when it is stale.
const KINDS = { agencies: 'AgenciesFile', programme: 'Programme', task: 'Task', evaluation: 'Evaluation', amendment: 'Amendment', settings: 'Settings' };
const TARGET = new URL('../../src/records/schema-types.ts', import.meta.url);

function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'));
}

/** Inlines the shared definitions so that the generator needs no file resolution. */
function bundle(schema: Record<string, unknown>, defs: Record<string, unknown>): JSONSchema {
  const text = JSON.stringify(schema).replaceAll('"defs.schema.json#/$defs/', '"#/$defs/shared_');
  const bundled = JSON.parse(text);
  for (const [key, value] of Object.entries(defs)) {
    bundled.$defs = { ...bundled.$defs, [`shared_${key}`]: JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/$defs/shared_')) };
  }
  return bundled;
}

async function generate(): Promise<string> {
  const defs = readSchema('defs').$defs as Record<string, unknown>;
  const parts = ['// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand.\n'];
  for (const [kind, typeName] of Object.entries(KINDS)) {
    const schema = { ...bundle(readSchema(kind), defs), title: typeName };
    const ts = await compile(schema, typeName, { bannerComment: '', additionalProperties: false, unreachableDefinitions: false, declareExternallyReferenced: true, format: true, strictIndexSignatures: true });
    parts.push(`export namespace ${kind}Schema {\n${ts}}\n`);
  }
  return parts.join('\n');
}

describe('record types', () => {
  it('agree with the JSON Schemas', async () => {
    const expected = await generate();
    if (process.env.UPDATE_TYPES) writeFileSync(TARGET, expected);
    expect(readFileSync(TARGET, 'utf8')).toBe(expected);
  }, 30_000);
});
