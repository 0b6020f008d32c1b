import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { compileValidators, precompiledValidators } from '../../src/checks/schema.js';
import type { RecordKind } from '../../src/records/types.js';

// The build compiles the schemas into standalone code; it must judge every record exactly as
// the schemas compiled at run time do.
const KINDS: Record<string, RecordKind> = { task: 'task', programme: 'programme', evaluation: 'evaluation', amendment: 'amendment', agencies: 'agencies', settings: 'settings' };
const DIR = new URL('../fixtures/broken/', import.meta.url);

describe('precompiled validators', () => {
  it('agree with validators compiled at run time on every fixture', async () => {
    const precompiled = await precompiledValidators();
    expect(precompiled, 'run npm run build first').toBeDefined();
    const compiled = await compileValidators();
    let compared = 0;
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml'))) {
      let value: unknown;
      try {
        value = load(readFileSync(new URL(file, DIR), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        continue;
      }
      const kind = KINDS[file.split('--')[0]!]!;
      const [a, b] = [precompiled!.get(kind)!, compiled.get(kind)!];
      expect(a(value), file).toBe(b(value));
      expect(a.errors?.map((e) => [e.keyword, e.instancePath]), file).toEqual(b.errors?.map((e) => [e.keyword, e.instancePath]));
      compared++;
    }
    expect(compared).toBeGreaterThan(40);
  });
});
