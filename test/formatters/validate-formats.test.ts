// `validate --format X` in-process (issue 19): the command reaches each CI formatter with the
// files it checked and the rule descriptions, as the readers of those formats need.
import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

function brokenRoot(): string {
  const files = baseRoot();
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace('lead: ban-a', 'lead: ban-z');
  return writeRoot(files);
}

describe('validate in each CI format', () => {
  it('pretty (the default): the finding at its place and the count line', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--lang', 'en']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^p\/tasks\/T1\.yaml:\d+:\d+  error  /m);
    expect(r.stdout).toMatch(/^✖ 1 error, 0 warnings in \d+ files\n$/m);
  });

  it('json: the envelope with the root and the finding', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--format', 'json']);
    const envelope = JSON.parse(r.stdout) as { version: number; errors: number; diagnostics: { file: string; severity: string }[] };
    expect(envelope).toMatchObject({ version: 1, errors: 1 });
    expect(envelope.diagnostics).toMatchObject([{ file: 'p/tasks/T1.yaml', severity: 'error' }]);
  });

  it('github: one error annotation for the unknown agency', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--format', 'github']);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^::error file=p\/tasks\/T1\.yaml,line=\d+,col=\d+,title=phoihop [a-z-]+::/m);
  });

  it('junit: a test case for every file checked, the broken one failing', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--format', 'junit']);
    for (const file of Object.keys(baseRoot())) expect(r.stdout).toContain(`name="${file}"`);
    expect(r.stdout).toMatch(/<testcase classname="phoihop.validate" name="p\/tasks\/T1.yaml" file="p\/tasks\/T1.yaml">\n      <failure /);
  });

  it('gitlab: the finding located in its file', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--format', 'gitlab']);
    const issues = JSON.parse(r.stdout) as { severity: string; location: { path: string } }[];
    expect(issues.some((i) => i.severity === 'major' && i.location.path === 'p/tasks/T1.yaml')).toBe(true);
  });

  it('sarif: each rule that fired described in words, not by its id', async () => {
    const r = await runCli(['validate', '--root', brokenRoot(), '--no-cache', '--format', 'sarif']);
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as { id: string; shortDescription: { text: string } }[];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(rule.shortDescription.text).not.toBe(rule.id);
      expect(rule.shortDescription.text).toMatch(/ /);
    }
  });
});
