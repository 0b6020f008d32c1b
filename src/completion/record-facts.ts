import { readFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../git/git.js';
import { discoverRecords } from '../records/discover.js';
import { fastParse } from '../records/load.js';
import { fileSystemTree } from '../records/tree.js';
import type { AgenciesFile, Programme, Task } from '../records/types.js';
import { splitDate } from '../calendar.js';
import { periodId, periodsOf, taskWindow } from '../schedule/periods.js';

/** The ids a completion offers, read cheaply: file names and a fast parse, no validation. */
export interface RecordFacts {
  taskIds(): string[];
  programmeIds(): string[];
  agencyNames(): string[];
  contentIds(): string[];
  years(): number[];
  openPeriods(taskId: string | undefined): Promise<string[]>;
  gitRefs(): Promise<string[]>;
}

function parse<T>(file: string): T | undefined {
  try {
    return fastParse(readFileSync(file, 'utf8')) as T | undefined;
  } catch {
    return undefined;
  }
}

export async function readRecordFacts(root: string): Promise<RecordFacts> {
  const { files } = await discoverRecords(fileSystemTree(root));
  const programmes = files.filter((f) => f.kind === 'programme').map((f) => ({ dir: f.programmeDir!, data: parse<Programme>(path.join(root, f.path)) }));
  const tasks = files.filter((f) => f.kind === 'task').map((f) => ({ id: path.basename(f.path, '.yaml'), file: path.join(root, f.path), dir: f.programmeDir! }));
  const agencies = parse<AgenciesFile>(path.join(root, 'agencies.yaml'))?.agencies ?? [];
  const valid = programmes.flatMap((p) => (p.data?.period?.from && p.data.period.to ? [p.data] : []));
  return {
    taskIds: () => tasks.map((t) => t.id),
    programmeIds: () => programmes.flatMap((p) => (typeof p.data?.id === 'string' ? [p.data.id] : [])),
    agencyNames: () => agencies.flatMap((a) => [a.id, ...(a.short ? [a.short] : [])]).filter((n): n is string => typeof n === 'string'),
    contentIds: () => programmes.flatMap((p) => (Array.isArray(p.data?.contents) ? p.data.contents.map((c) => c.id) : [])),
    years: () => {
      const years = new Set<number>();
      for (const p of valid) for (let y = splitDate(p.period.from).year; y <= splitDate(p.period.to).year; y++) years.add(y);
      return [...years].sort();
    },
    async openPeriods(taskId) {
      const task = tasks.find((t) => t.id.toLowerCase() === taskId?.toLowerCase());
      const data = task && parse<Task>(task.file);
      const programme = task && programmes.find((p) => p.dir === task.dir)?.data;
      if (!data?.schedule || !programme?.period) return [];
      const done = new Set((data.reports ?? []).filter((r) => r.state === 'done').map((r) => periodId(r.period)));
      return periodsOf(data, taskWindow(data, programme)).flatMap((p) => (p.id && !done.has(p.id) ? [p.id] : []));
    },
    async gitRefs() {
      try {
        return (await git(root, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags'])).toString().split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
  };
}
