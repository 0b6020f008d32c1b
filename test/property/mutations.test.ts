import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRootBytes } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// Random damage to valid records never crashes the CLI: every run ends with exit 0 or 1 and a
// well-formed json report, and says nothing on stderr.
const FILES = Object.keys(baseRoot());

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }) }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: fc.string({ unit: 'grapheme', maxLength: 12 }) }),
  fc.record({ kind: fc.constant('swap-value' as const), at: fc.nat(), value: fc.constantFrom('[]', '{}', '~', '42', '-1.5', '"x"', '!!str 1', '&a b', '*a', '| \n  text', '[[[[', 'yes', '2019-02-29') }),
);

function mutate(text: Buffer, m: { kind: string; at: number; bytes?: Uint8Array; text?: string; value?: string }): Buffer {
  const lines = text.toString('utf8').split('\n');
  const at = m.at % Math.max(1, text.length);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(m.at % lines.length, 1);
      return Buffer.from(lines.join('\n'));
    case 'truncate':
      return text.subarray(0, at);
    case 'bytes':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.bytes!), text.subarray(at)]);
    case 'text':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.text!), text.subarray(at)]);
    default: {
      const i = m.at % lines.length;
      lines[i] = lines[i]!.replace(/:\s.*$/, `: ${m.value}`);
      return Buffer.from(lines.join('\n'));
    }
  }
}

describe('random mutations of valid records', () => {
  it('never crash the CLI', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (file, mutations) => {
        const files: Record<string, string | Uint8Array> = baseRoot();
        files[file] = mutations.reduce<Buffer>((bytes, m) => mutate(bytes, m), Buffer.from(files[file] as string));
        const result = await runCli(['validate', '--root', writeRootBytes(files), '--format', 'json']);
        expect([0, 1]).toContain(result.exitCode);
        expect(result.stderr).toBe('');
        const report = JSON.parse(result.stdout);
        expect(report.errors + report.warnings).toBe(report.diagnostics.length);
        for (const d of report.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150, seed: 20170418 },
    );
  }, 60_000);

  it('never crash the reports either', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), mutation, fc.constantFrom('status', 'overdue', 'summary'), async (file, m, command) => {
        const files: Record<string, string | Uint8Array> = baseRoot();
        files[file] = mutate(Buffer.from(files[file] as string), m);
        const result = await runCli([command, '--root', writeRootBytes(files), '--as-of', '2021-07-01', '--format', 'json']);
        expect(result.exitCode).toBe(0);
        expect(() => JSON.parse(result.stdout)).not.toThrow();
      }),
      { numRuns: 60, seed: 20210701 },
    );
  }, 60_000);
});
