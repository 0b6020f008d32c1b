import { amendmentStem } from '../../model/programme-model.js';
import type { Path } from '../../records/positions.js';
import type { SourceFile } from '../../records/types.js';
import { closest } from '../closest.js';
import { defineRule } from '../rule.js';

export const unknownReference = defineRule({
  id: 'unknown-reference',
  severity: 'error',
  docs: {
    vi: 'Mọi tham chiếu đều tồn tại: cơ quan (bên ký, chủ trì, phối hợp), nội dung, nhiệm vụ (trong kết quả đánh giá, nhiệm vụ trọng tâm, văn bản bổ sung) và added_by.',
    en: 'Every reference resolves: agencies (parties, lead, partners), contents, tasks (in results, focus_tasks and amendment changes) and added_by.',
  },
  messages: {
    get vi() {
      return {
        unknown: (what: string, id: string) => `không có ${what} "${id}"`,
        didYouMean: (id: string) => `có phải ý bạn là "${id}"?`,
        known: (ids: string) => `các mã hiện có: ${ids}`,
        noneYet: (what: string) => `chương trình chưa có ${what} nào; kiểm tra lại mã`,
        agency: 'cơ quan',
        content: 'nội dung',
        task: 'nhiệm vụ',
        amendment: 'văn bản bổ sung, điều chỉnh',
        addAgency: (id: string) => `thêm cơ quan vào agencies.yaml: "- { id: ${id}, name: ... }"`,
        noAgencies: 'kho hồ sơ chưa có tệp agencies.yaml nên không kiểm tra được mã cơ quan',
        noAgenciesHint: 'tạo agencies.yaml ở thư mục gốc, liệt kê mọi cơ quan với id và name',
      };
    },
    get en() {
      return {
        unknown: (what: string, id: string) => `there is no ${what} "${id}"`,
        didYouMean: (id: string) => `did you mean "${id}"?`,
        known: (ids: string) => `known ids: ${ids}`,
        noneYet: (what: string) => `the programme has no ${what} yet; check the id`,
        agency: 'agency',
        content: 'content',
        task: 'task',
        amendment: 'amendment',
        addAgency: (id: string) => `add the agency to agencies.yaml: "- { id: ${id}, name: ... }"`,
        noAgencies: 'the records root has no agencies.yaml, so agency ids cannot be checked',
        noAgenciesHint: 'create agencies.yaml in the root, listing every agency with id and name',
      };
    },
  },
  check({ records }, msg, report) {
    const agencyIds = records.agencies ? new Set(records.agencies.data.agencies.map((a) => a.id)) : null;
    const resolve = (known: Set<string> | null, what: string, id: string, source: SourceFile, path: Path, extraHint?: string) => {
      if (!known || known.has(id)) return;
      const near = closest(id, known);
      const list = [...known].slice(0, 20).join(', ');
      report({ source, path, message: msg.unknown(what, id) + (near ? '; ' + msg.didYouMean(near) : ''), hint: extraHint ?? (list ? msg.known(list) : msg.noneYet(what)) });
    };
    const agency = (id: string, source: SourceFile, path: Path) => resolve(agencyIds, msg.agency, id, source, path, msg.addAgency(id));
    for (const folder of records.programmes) {
      const programme = folder.programme;
      if (programme && !records.hasAgenciesFile) report({ source: programme.source, path: ['parties'], key: true, message: msg.noAgencies, hint: msg.noAgenciesHint });
      programme?.data.parties.forEach((p, i) => agency(p.agency, programme.source, ['parties', i, 'agency']));
      const contentIds = programme ? new Set(programme.data.contents.map((c) => c.id)) : null;
      const taskIds = new Set([...folder.tasks.map((t) => t.data.id), ...folder.brokenTaskIds]);
      const amendmentIds = new Set(folder.amendments.map(amendmentStem));
      for (const { source, data } of folder.tasks) {
        agency(data.lead, source, ['lead']);
        data.partners?.forEach((p, i) => agency(p, source, ['partners', i]));
        data.contents.forEach((c, i) => resolve(contentIds, msg.content, c, source, ['contents', i]));
        if (data.added_by !== undefined && folder.complete) resolve(amendmentIds, msg.amendment, data.added_by, source, ['added_by']);
      }
      for (const { source, data } of folder.evaluations) {
        data.results?.forEach((r, i) => resolve(taskIds, msg.task, r.task, source, ['results', i, 'task']));
        data.next_year?.focus_tasks?.forEach((t, i) => resolve(taskIds, msg.task, t, source, ['next_year', 'focus_tasks', i]));
      }
      for (const { source, data } of folder.amendments) {
        // The schema requires content for add_content and a task for every other change.
        data.changes.forEach((change, i) => {
          if (change.op === 'add_content') resolve(contentIds, msg.content, change.content!, source, ['changes', i, 'content']);
          else resolve(taskIds, msg.task, change.task!, source, ['changes', i, 'task']);
        });
      }
    }
  },
});
