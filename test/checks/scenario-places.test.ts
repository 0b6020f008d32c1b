import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/formatters/index.js';
import { baseRoot, writeRoot, writeRootBytes } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';
import { SCENARIOS } from './scenarios.js';

// What a code-scanning tool (SARIF: GitHub, GitLab, editors) is given for each broken root of
// scenarios.ts: where each finding points — file:line:column, the value at fault, not the mapping
// around it — with its severity, and the one-line description of each rule, which must be the line
// the README's rule table gives. `UPDATE_FIXTURES=1 npx vitest run test/checks/scenario-places.test.ts`
// rewrites scenario-places.json (read the diff: each column must point at the value or key at fault).

interface Sarif {
  runs: {
    tool: { driver: { rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[] }[];
  }[];
}

const PLACES = new URL('scenario-places.json', import.meta.url);
const expectedPlaces: Record<string, string[]> = existsSync(PLACES) ? JSON.parse(readFileSync(PLACES, 'utf8')) : {};
const actualPlaces: Record<string, string[]> = {};

/** The README's rule table: id → "severity | description". */
function readmeRules(): Map<string, string> {
  const text = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return new Map([...text.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.*) \|$/gm)].map((m) => [m[1]!, `${m[2]} | ${m[3]}`]));
}

/** Problems with a file itself have no row in the README's table; this is what SARIF says of them. */
const FILE_RULE_LINES: Record<string, string> = {
  'yaml-syntax': 'error | YAML syntax errors, merge-conflict markers, unsupported tags, too many aliases.',
  'duplicate-key': 'error | A key appears twice in one mapping.',
  'not-a-mapping': 'error | The file is not a mapping (a list, a single value, an empty file).',
  'multiple-documents': 'error | The file holds several YAML documents.',
  'file-encoding': 'error | The file is not UTF-8: UTF-16, binary, or over 1 MB.',
  'file-unreadable': 'error | The file cannot be read.',
  symlink: 'warning | Symbolic links are not followed.',
  schema: 'error | The record does not follow its JSON Schema (schemas/*.schema.json).',
};

async function sarif(root: string): Promise<Sarif['runs'][number]> {
  const result = await runCli(['validate', '--root', root, '--format', 'sarif', '--no-cache']);
  return (JSON.parse(result.stdout) as Sarif).runs[0]!;
}

/** Each rule described, as "id: severity | description". */
const described = (run: Sarif['runs'][number]) => run.tool.driver.rules.map((r) => `${r.id}: ${r.defaultConfiguration.level} | ${r.shortDescription.text}`);

const broken = SCENARIOS.filter((s) => s.expected.length > 0);
const documented = new Map([...readmeRules(), ...Object.entries(FILE_RULE_LINES)]);

describe('what a code-scanning tool is given', () => {
  it.each(broken.map((s) => [s.name, s] as const))('%s', async (name, scenario) => {
    const run = await sarif(writeRoot(scenario.files));
    const places = run.results.map((r) => {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      return `${r.ruleId} ${r.level} ${artifactLocation.uri}:${region.startLine}:${region.startColumn}`;
    });
    actualPlaces[name] = places;
    if (!process.env.UPDATE_FIXTURES) expect(places).toEqual(expectedPlaces[name]);
    expect(described(run)).toEqual(run.tool.driver.rules.map((r) => `${r.id}: ${documented.get(r.id)}`));
  });

  it('keeps scenario-places.json in step with the scenarios', () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(PLACES, JSON.stringify(actualPlaces, null, 2) + '\n');
    else expect(Object.keys(expectedPlaces).sort()).toEqual(broken.map((s) => s.name).sort());
  });

  it('describes every rule in the README table, and the problems with a file itself', async () => {
    const rules = readmeRules();
    expect(rules.size).toBe(22);
    const fixture = (name: string) => readFileSync(new URL(`../fixtures/broken/${name}`, import.meta.url));
    const files = baseRoot();
    // Done on a day still to come (the clock says 2024-06-15): future-date, which no scenario breaks.
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active', 'status: done\ndone_on: 2024-06-16');
    const root = writeRootBytes({
      ...files,
      'p/tasks/T4.yaml': fixture('task--several-documents.yaml'),
      'p/tasks/T5.yaml': fixture('task--utf16-le.yaml'),
      'p/tasks/T6.yaml': fixture('task--duplicate-key.yaml'),
      'p/tasks/T7.yaml': fixture('task--is-a-list.yaml'),
      'p/tasks/T8.yaml': fixture('task--unclosed-brace.yaml'),
      'p/tasks/T9.yaml': fixture('task--unknown-field.yaml'),
    });
    symlinkSync('/etc/hostname', path.join(root, 'p/tasks/T10.yaml'));
    const run = await sarif(root);
    expect(described(run)).toEqual(
      ['date-range', 'duplicate-key', 'file-encoding', 'future-date', 'multiple-documents', 'not-a-mapping', 'schema', 'symlink', 'yaml-syntax'].map((id) => `${id}: ${documented.get(id)}`),
    );
    // An unreadable file cannot be made as root: its finding, as the loader makes it, formatted.
    const unreadable = FORMATTERS.sarif([{ file: 'p/tasks/T1.yaml', line: 1, column: 1, rule: 'file-unreadable', severity: 'error', message: 'không đọc được tệp (EACCES)' }], { rootLabel: '.', version: '0', files: [], pathPrefix: '', lang: 'en', color: false, fileCount: 1, sourceLine: () => undefined });
    expect(described(JSON.parse(unreadable).runs[0])).toEqual([`file-unreadable: ${FILE_RULE_LINES['file-unreadable']}`]);
  });
});
