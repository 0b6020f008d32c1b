import { describe, expect, it } from 'vitest';
import { baseRoot, writeRoot, type RootFiles } from '../helpers/roots.js';
import { runCli } from '../helpers/world.js';

// The details an officer reads in `overdue` and `status`, as behaviour: each one a promise of the
// README (the last report of a period speaks for it; the oldest late period sets the days late...).
interface OverdueItem { task: string | null; period: string | null; reason: string; days_overdue: number; kind: string }
interface TaskRow { id: string; state: string; worst_days_overdue: number; overdue_count: number; last_report: { on: string; state: string } | null }

async function overdue(files: RootFiles, asOf: string): Promise<OverdueItem[]> {
  const result = await runCli(['overdue', '--root', writeRoot(files), '--format', 'json', '--as-of', asOf]);
  return (JSON.parse(result.stdout) as { overdue: OverdueItem[] }).overdue;
}

async function rows(files: RootFiles, asOf: string): Promise<TaskRow[]> {
  const result = await runCli(['status', '--root', writeRoot(files), '--format', 'json', '--as-of', asOf]);
  return (JSON.parse(result.stdout) as { programmes: { tasks: TaskRow[] }[] }).programmes[0]!.tasks;
}

function withT1Reports(reports: string): RootFiles {
  const files = baseRoot();
  files['p/tasks/T1.yaml'] = files['p/tasks/T1.yaml']!.replace(/reports:[\s\S]*$/, `reports:\n${reports}`);
  return files;
}

describe('why a period is late', () => {
  it('is what the last report of the period says, not the first', async () => {
    const partialLast = withT1Reports('  - { period: "2020", on: 2020-12-01, state: not_done }\n  - { period: "2020", on: 2020-12-10, state: partial }\n');
    expect((await overdue(partialLast, '2021-01-10')).find((o) => o.task === 'T1' && o.period === '2020')?.reason).toBe('partial');
    const notDoneLast = withT1Reports('  - { period: "2020", on: 2020-12-01, state: partial }\n  - { period: "2020", on: 2020-12-10, state: not_done }\n');
    expect((await overdue(notDoneLast, '2021-01-10')).find((o) => o.task === 'T1' && o.period === '2020')?.reason).toBe('not_done');
  });
});

describe('days late in status', () => {
  it('count from the oldest late period', async () => {
    const files = withT1Reports('  - { period: "2022", on: 2022-12-10, state: done }\n');
    const t1 = (await rows(files, '2022-12-20')).find((r) => r.id === 'T1')!;
    expect(t1.overdue_count).toBe(2);
    expect(t1.worst_days_overdue).toBe(735); // 2020-12-15 to 2022-12-20
  });
});

describe('the last report', () => {
  it('is the one written last when two share a day', async () => {
    const files = withT1Reports('  - { period: "2020", on: 2020-12-10, state: partial }\n  - { period: "2020", on: 2020-12-10, state: done }\n');
    expect((await rows(files, '2021-01-10')).find((r) => r.id === 'T1')!.last_report).toMatchObject({ on: '2020-12-10', state: 'done' });
  });
});

describe('a paused once-task past its due day', () => {
  it('is overdue in status and in overdue alike (the spec: not done or cancelled)', async () => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active', 'status: paused');
    expect((await rows(files, '2021-08-01')).find((r) => r.id === 'T3')!.state).toBe('overdue');
    expect((await overdue(files, '2021-08-01')).some((o) => o.task === 'T3')).toBe(true);
  });
});

describe('the yearly evaluation', () => {
  it('is not due in a year whose due day falls before the programme starts', async () => {
    const files = baseRoot();
    files['p/programme.yaml'] = files['p/programme.yaml']!.replace('evaluation: { due: "12-15" }', 'evaluation: { due: "01-05" }');
    delete files['p/evaluations/2020.yaml']; // a final 2020 evaluation would hide a 2020 due day
    const evaluations = (await overdue(files, '2022-12-30')).filter((o) => o.kind === 'evaluation').map((o) => o.period);
    expect(evaluations).toEqual(['2021', '2022']); // 2020-01-05 is before the start, 2020-01-10
  });
});

describe('date-range', () => {
  it('flags a once-task due after its own end', async () => {
    const files = baseRoot();
    files['p/tasks/T3.yaml'] = files['p/tasks/T3.yaml']!.replace('status: active', 'status: active\nend: 2021-03-31');
    const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache']);
    const found = (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.map((d) => `${d.rule} ${d.file}`);
    expect(found).toContain('date-range p/tasks/T3.yaml');
    expect(result.exitCode).toBe(1);
  });

  it('flags a once-task due before its own start, and not one due inside its dates', async () => {
    const findings = async (files: RootFiles) => {
      const result = await runCli(['validate', '--root', writeRoot(files), '--format', 'json', '--no-cache']);
      return (JSON.parse(result.stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.filter((d) => d.rule === 'date-range').map((d) => d.file);
    };
    const early = baseRoot();
    early['p/tasks/T3.yaml'] = early['p/tasks/T3.yaml']!.replace('status: active', 'status: active\nstart: 2021-07-01').replace(/reports:[\s\S]*$/, '');
    expect(await findings(early)).toEqual(['p/tasks/T3.yaml']);
    const inside = baseRoot();
    inside['p/tasks/T3.yaml'] = inside['p/tasks/T3.yaml']!.replace('status: active', 'status: active\nstart: 2021-06-30\nend: 2021-06-30').replace(/reports:[\s\S]*$/, '');
    expect(await findings(inside)).toEqual([]);
  });
});
