import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { packageFile } from '../package-root.js';
import type { RecordKind } from '../records/types.js';

export const SCHEMA_DIR = packageFile('schemas/');
export const SHARED_SCHEMA = 'defs.schema.json';
export const SCHEMA_FILES: Record<RecordKind, string> = {
  settings: 'settings.schema.json',
  agencies: 'agencies.schema.json',
  programme: 'programme.schema.json',
  task: 'task.schema.json',
  evaluation: 'evaluation.schema.json',
  amendment: 'amendment.schema.json',
};

export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

export function readSchemaText(file: string): string {
  return readFileSync(new URL(file, SCHEMA_DIR), 'utf8');
}

/** Identifies the schemas' exact content: precompiled validators are used only for the same hash. */
export function schemaHash(): string {
  const hash = createHash('sha256');
  for (const file of [SHARED_SCHEMA, ...Object.values(SCHEMA_FILES)]) hash.update(file).update('\0').update(readSchemaText(file)).update('\0');
  return hash.digest('hex');
}
