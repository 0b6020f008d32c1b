import type { LoadedFile } from './load.js';
import type { Amendment, AgenciesFile, Evaluation, ProgrammeFolder, Programme, Records, Settings, Task } from './types.js';

/**
 * Groups the files that passed their schema into programmes. Files that failed are left out,
 * so that later rules never blame a broken record twice; their task ids stay known.
 */
export function buildRecords(files: readonly LoadedFile[], failed: ReadonlySet<string>): Records {
  const records: Records = { programmes: [], hasAgenciesFile: files.some((f) => f.found.kind === 'agencies') };
  const folders = new Map<string, ProgrammeFolder>();
  const folder = (dir: string): ProgrammeFolder => {
    let f = folders.get(dir);
    if (!f) {
      f = { dir, tasks: [], evaluations: [], amendments: [], brokenTaskIds: new Set(), complete: true };
      folders.set(dir, f);
    }
    return f;
  };
  for (const file of files) {
    const { found, source, value } = file;
    const ok = source !== undefined && value !== undefined && !failed.has(found.path);
    if (found.programmeDir === null) {
      if (!ok) continue;
      if (found.kind === 'settings') records.settings = { source, data: value as unknown as Settings };
      if (found.kind === 'agencies') records.agencies = { source, data: value as unknown as AgenciesFile };
      continue;
    }
    const target = folder(found.programmeDir);
    if (!ok) {
      target.complete = false;
      if (found.kind === 'task') {
        const id = typeof value?.id === 'string' ? value.id : found.path.replace(/^.*\//, '').replace(/\.yaml$/, '');
        target.brokenTaskIds.add(id);
      }
      continue;
    }
    if (found.kind === 'programme') target.programme = { source, data: value as unknown as Programme };
    else if (found.kind === 'task') target.tasks.push({ source, data: value as unknown as Task });
    else if (found.kind === 'evaluation') target.evaluations.push({ source, data: value as unknown as Evaluation });
    else if (found.kind === 'amendment') target.amendments.push({ source, data: value as unknown as Amendment });
  }
  records.programmes = [...folders.values()].sort((a, b) => a.dir.localeCompare(b.dir));
  return records;
}
