import { defineRule } from '../rule.js';

export const declaredCount = defineRule({
  id: 'declared-count',
  severity: 'error',
  docs: {
    vi: 'Số lượng khớp với lúc ký: declared.tasks + nhiệm vụ bổ sung − nhiệm vụ bị hủy = số tệp nhiệm vụ chưa hủy; declared.contents + nội dung bổ sung = số nội dung.',
    en: 'Live counts agree with what was signed: declared.tasks + added − cancelled = task files not cancelled; declared.contents + added contents = contents listed.',
  },
  messages: {
    get vi() {
      return {
        tasks: (declared: number, added: number, cancelled: number, expected: number, found: number) =>
          `theo văn bản ký và các văn bản bổ sung, điều chỉnh phải có ${expected} nhiệm vụ chưa hủy (${declared} khi ký + ${added} bổ sung − ${cancelled} hủy), nhưng có ${found} tệp nhiệm vụ chưa hủy`,
        tasksHint: 'thiếu tệp nhiệm vụ thì thêm vào tasks/; nhiệm vụ mới phải có văn bản bổ sung (add_task), nhiệm vụ bỏ phải có văn bản điều chỉnh (cancel_task)',
        contents: (declared: number, added: number, expected: number, found: number) =>
          `phải có ${expected} nội dung (${declared} khi ký + ${added} bổ sung), nhưng programme.yaml liệt kê ${found}`,
        contentsHint: 'nội dung mới phải có văn bản bổ sung với "- { op: add_content, content: ND10 }"',
      };
    },
    get en() {
      return {
        tasks: (declared: number, added: number, cancelled: number, expected: number, found: number) =>
          `the signed programme and its amendments give ${expected} live tasks (${declared} signed + ${added} added − ${cancelled} cancelled), but ${found} task files are not cancelled`,
        tasksHint: 'add missing task files under tasks/; a new task needs an amendment with add_task, a dropped one an amendment with cancel_task',
        contents: (declared: number, added: number, expected: number, found: number) =>
          `there should be ${expected} contents (${declared} signed + ${added} added), but programme.yaml lists ${found}`,
        contentsHint: 'a new content needs an amendment with "- { op: add_content, content: ND10 }"',
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      if (!model.folder.complete) continue;
      const changes = model.amendments.flatMap((a) => a.data.changes);
      const count = (op: string) => changes.filter((c) => c.op === op).length;
      const { declared } = model.programme;
      const [added, cancelled, addedContents] = [count('add_task'), count('cancel_task'), count('add_content')];
      const expectedTasks = declared.tasks + added - cancelled;
      const liveTasks = model.tasks.filter((t) => t.task.status !== 'cancelled').length;
      const source = model.rec.source;
      if (expectedTasks !== liveTasks) {
        report({ source, path: ['declared', 'tasks'], message: msg.tasks(declared.tasks, added, cancelled, expectedTasks, liveTasks), hint: msg.tasksHint });
      }
      const expectedContents = declared.contents + addedContents;
      if (expectedContents !== model.programme.contents.length) {
        report({ source, path: ['declared', 'contents'], message: msg.contents(declared.contents, addedContents, expectedContents, model.programme.contents.length), hint: msg.contentsHint });
      }
    }
  },
});
