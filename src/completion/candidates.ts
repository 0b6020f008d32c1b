import type { Command, Option } from 'commander';
import { DERIVED_STATES } from '../schedule/task-state.js';
import type { RecordFacts } from './record-facts.js';

/** What the shell should offer for the word being typed. */
export type Completion = { kind: 'words'; words: string[] } | { kind: 'files' } | { kind: 'dirs' };

// The tables are made per call (one completion makes them once): a table built when the module
// loads is code that a mutation run cannot credit to the tests that read it (issue 19).
function tables() {
  return {
    FORMATS: {
      validate: ['pretty', 'json', 'github', 'junit', 'gitlab', 'sarif'],
      status: ['table', 'markdown', 'csv', 'json', 'html'],
      overdue: ['table', 'markdown', 'csv', 'json', 'html'],
      summary: ['text', 'markdown', 'json', 'html', 'docx', 'csv'],
      diff: ['markdown', 'text', 'json'],
    } as Record<string, string[]>,

    /** Values an option or argument takes that do not depend on the records. */
    FIXED: {
      '--lang': ['vi', 'en'],
      '--kind': ['supplement', 'adjustment'],
      '--review': ['mid-term', 'final'],
      'status --state': [...DERIVED_STATES],
      'report add --state': ['done', 'partial', 'not_done'],
      'task status <status>': ['active', 'done', 'paused', 'cancelled'],
      'completion <shell>': ['bash', 'zsh', 'fish', 'powershell'],
    } as Record<string, string[]>,
    FILES: new Set(['--output', '--add-task']),
    DIRS: new Set(['--root', 'init <dir>']),
    TASK_ARGS: new Set(['explain <task>', 'report add <task>', 'task status <task>', '--cancel-task']),
    GIT_REFS: new Set(['--at', '--base', 'diff <base>', 'diff <head>']),
    YEAR_ARGS: new Set(['--year', 'evaluation new <year>', 'evaluation finalise <year>']),
  };
}

export interface CommandLine {
  /** The words after the program's name, the last one being typed (possibly ""). */
  words: string[];
}

interface Position {
  command: Command;
  path: string[];
  /** Positional arguments given so far to the (sub)command. */
  args: string[];
  /** The option whose value is being typed, if any. */
  option?: Option;
}

function findOption(commands: Command[], word: string): Option | undefined {
  for (const c of commands) {
    const option = c.options.find((o) => o.long === word || o.short === word);
    if (option) return option;
  }
  return undefined;
}

/** Walks the words already typed: which (sub)command, which arguments, which option wants a value. */
function locate(program: Command, done: string[]): Position {
  let command = program;
  const path: string[] = [];
  const args: string[] = [];
  let option: Option | undefined;
  for (const word of done) {
    if (option) {
      option = undefined;
      continue;
    }
    if (word.startsWith('-')) {
      const found = findOption([command, program], word.split('=')[0]!);
      if (found && (found.required || found.optional) && !word.includes('=')) option = found;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub && args.length === 0) {
      command = sub;
      path.push(sub.name());
    } else args.push(word);
  }
  return { command, path, args, ...(option ? { option } : {}) };
}

function valueKey(position: Position): string[] {
  const where = position.path.join(' ');
  if (position.option) return [`${where} ${position.option.long}`, position.option.long!];
  const argument = position.command.registeredArguments[position.args.length];
  return argument ? [`${where} <${argument.name()}>`] : [];
}

function matching(words: Iterable<string>, prefix: string): string[] {
  const lower = prefix.toLocaleLowerCase('vi');
  return [...new Set(words)].filter((w) => w.toLocaleLowerCase('vi').startsWith(lower)).sort(new Intl.Collator('vi').compare);
}

/** The candidates for the last word of a command line; `facts` is asked only when records matter. */
export async function complete(program: Command, line: CommandLine, facts: () => Promise<RecordFacts>): Promise<Completion> {
  const { FORMATS, FIXED, FILES, DIRS, TASK_ARGS, GIT_REFS, YEAR_ARGS } = tables();
  const current = line.words[line.words.length - 1] ?? '';
  const position = locate(program, line.words.slice(0, -1));
  const keys = valueKey(position);
  const has = (set: Set<string>) => keys.some((k) => set.has(k));
  // A word begun with "-" where an argument could come is an option (`report add --<TAB>`), unless an option waits for its value.
  if (position.option || (!current.startsWith('-') && position.command.registeredArguments[position.args.length])) {
    const fixed = keys.map((k) => FIXED[k]).find(Boolean);
    if (fixed) return { kind: 'words', words: matching(fixed, current) };
    if (keys.includes('--format')) return { kind: 'words', words: matching(FORMATS[position.path[0] ?? ''] ?? [], current) };
    if (has(FILES)) return { kind: 'files' };
    if (has(DIRS)) return { kind: 'dirs' };
    const records = await facts();
    if (has(TASK_ARGS)) return { kind: 'words', words: matching(records.taskIds(), current) };
    if (has(YEAR_ARGS)) return { kind: 'words', words: matching(records.years().map(String), current) };
    if (keys.includes('--programme')) return { kind: 'words', words: matching(records.programmeIds(), current) };
    if (keys.includes('--lead')) return { kind: 'words', words: matching(records.agencyNames(), current) };
    if (keys.includes('--content')) return { kind: 'words', words: matching(records.contentIds(), current) };
    if (keys.includes('--period')) return { kind: 'words', words: matching(await records.openPeriods(position.args[0]), current) };
    if (has(GIT_REFS)) return { kind: 'words', words: matching(await records.gitRefs(), current) };
    return { kind: 'words', words: [] };
  }
  if (current.startsWith('-')) {
    const options = [...position.command.options, ...(position.command === program ? [] : program.options)];
    return { kind: 'words', words: matching(options.flatMap((o) => (o.long && !o.hidden ? [o.long] : [])), current) };
  }
  const subs = position.args.length === 0 ? position.command.commands.filter((c) => !(c as Command & { _hidden?: boolean })._hidden).flatMap((c) => [c.name(), ...c.aliases()]) : [];
  return { kind: 'words', words: matching(subs, current) };
}
