import type { Path } from '../../records/positions.js';
import type { SourceFile } from '../../records/types.js';
import { defineRule, type Finding } from '../rule.js';

interface Place {
  source: SourceFile;
  path: Path;
}

/** Reports every place after the first that repeats an id. */
function findRepeats(places: Iterable<[string, Place]>, say: (id: string, first: Place) => Omit<Finding, 'source' | 'path'>, report: (f: Finding) => void) {
  const first = new Map<string, Place>();
  for (const [id, place] of places) {
    const earlier = first.get(id);
    if (earlier) report({ ...place, ...say(id, earlier) });
    else first.set(id, place);
  }
}

// The file only, never its line: a message naming another file's line would change, and so look
// like a new finding to --base, whenever that other file moved a line.
function where(place: Place): string {
  return place.source.path;
}

export const uniqueId = defineRule({
  id: 'unique-id',
  severity: 'error',
  docs: {
    vi: 'Mã không trùng: cơ quan, chương trình (trong cả kho), nội dung và nhiệm vụ (trong chương trình), kết quả đánh giá (mỗi nhiệm vụ một lần).',
    en: 'Ids are unique: agencies, programmes (across the root), contents and tasks (within a programme), evaluation results (one per task).',
  },
  messages: {
    get vi() {
      return {
        duplicate: (what: string, id: string, other: string) => `${what} "${id}" đã có ở ${other}`,
        hint: 'mỗi mã chỉ dùng một lần; đổi mã hoặc gộp hai mục',
        agency: 'mã cơ quan',
        programme: 'mã chương trình',
        content: 'mã nội dung',
        task: 'mã nhiệm vụ',
        result: 'kết quả của nhiệm vụ',
      };
    },
    get en() {
      return {
        duplicate: (what: string, id: string, other: string) => `${what} "${id}" is already used in ${other}`,
        hint: 'use each id once; change the id or merge the two entries',
        agency: 'the agency id',
        programme: 'the programme id',
        content: 'the content id',
        task: 'the task id',
        result: 'a result for task',
      };
    },
  },
  check({ records }, msg, report) {
    const say = (what: string) => (id: string, first: Place) => ({ message: msg.duplicate(what, id, where(first)), hint: msg.hint });
    const agencies = records.agencies;
    if (agencies) {
      findRepeats(agencies.data.agencies.map((a, i) => [a.id, { source: agencies.source, path: ['agencies', i, 'id'] }]), say(msg.agency), report);
    }
    const programmes = records.programmes.flatMap((f) => (f.programme ? [f.programme] : []));
    findRepeats(programmes.map((p) => [p.data.id, { source: p.source, path: ['id'] }]), say(msg.programme), report);
    for (const folder of records.programmes) {
      const programme = folder.programme;
      if (programme) {
        findRepeats(programme.data.contents.map((c, i) => [c.id, { source: programme.source, path: ['contents', i, 'id'] }]), say(msg.content), report);
      }
      findRepeats(folder.tasks.map((t) => [t.data.id, { source: t.source, path: ['id'] }]), say(msg.task), report);
      for (const evaluation of folder.evaluations) {
        const results = evaluation.data.results ?? [];
        findRepeats(results.map((r, i) => [r.task, { source: evaluation.source, path: ['results', i, 'task'] }]), say(msg.result), report);
      }
    }
  },
});
