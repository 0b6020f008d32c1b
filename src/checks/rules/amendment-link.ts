import { amendmentStem } from '../../model/programme-model.js';
import { defineRule } from '../rule.js';

export const amendmentLink = defineRule({
  id: 'amendment-link',
  severity: 'error',
  docs: {
    vi: 'Nhiệm vụ bị hủy phải có văn bản điều chỉnh hủy nó; nhiệm vụ bổ sung ghi added_by đúng văn bản có thao tác add_task tương ứng, và ngược lại.',
    en: 'A cancelled task is cancelled by an amendment; an added task names, in added_by, the amendment whose add_task adds it, and the other way round.',
  },
  messages: {
    get vi() {
      return {
        cancelledWithout: 'nhiệm vụ có "status: cancelled" nhưng không văn bản nào hủy nó',
        cancelledWithoutHint: (id: string) => `thêm văn bản điều chỉnh trong amendments/ với "- { op: cancel_task, task: ${id} }"`,
        cancelledButActive: (stem: string, status: string) => `văn bản ${stem} đã hủy nhiệm vụ này nhưng trạng thái vẫn là "${status}"`,
        cancelledButActiveHint: 'sửa thành "status: cancelled" (giữ nguyên tệp: lịch sử không bị xóa)',
        addedWithout: (stem: string, id: string) => `văn bản ${stem} không có thao tác add_task cho ${id}`,
        addedWithoutHint: (id: string) => `thêm "- { op: add_task, task: ${id} }" vào văn bản, hoặc sửa added_by`,
        addNotLinked: (id: string) => `văn bản bổ sung nhiệm vụ ${id} nhưng tệp nhiệm vụ không ghi added_by tương ứng`,
        addNotLinkedHint: (stem: string) => `thêm dòng "added_by: ${stem}" vào tệp nhiệm vụ`,
      };
    },
    get en() {
      return {
        cancelledWithout: 'the task has "status: cancelled" but no amendment cancels it',
        cancelledWithoutHint: (id: string) => `add an amendment under amendments/ with "- { op: cancel_task, task: ${id} }"`,
        cancelledButActive: (stem: string, status: string) => `amendment ${stem} cancels this task but its status is still "${status}"`,
        cancelledButActiveHint: 'write "status: cancelled" (keep the file: history is never deleted)',
        addedWithout: (stem: string, id: string) => `amendment ${stem} has no add_task for ${id}`,
        addedWithoutHint: (id: string) => `add "- { op: add_task, task: ${id} }" to the amendment, or correct added_by`,
        addNotLinked: (id: string) => `an amendment adds task ${id} but the task file has no matching added_by`,
        addNotLinkedHint: (stem: string) => `add a line "added_by: ${stem}" to the task file`,
      };
    },
  },
  check({ models }, msg, report) {
    for (const model of models) {
      if (!model.folder.complete) continue;
      const byStem = new Map(model.amendments.map((a) => [amendmentStem(a), a]));
      const tasks = new Map(model.tasks.map((t) => [t.task.id, t]));
      for (const { rec, task, cancelledBy } of model.tasks) {
        if (task.status === 'cancelled' && !cancelledBy) report({ source: rec.source, path: ['status'], message: msg.cancelledWithout, hint: msg.cancelledWithoutHint(task.id) });
        if (task.status !== 'cancelled' && cancelledBy) report({ source: rec.source, path: ['status'], message: msg.cancelledButActive(amendmentStem(cancelledBy), task.status), hint: msg.cancelledButActiveHint });
        const addedBy = task.added_by && byStem.get(task.added_by);
        if (addedBy && !addedBy.data.changes.some((c) => c.op === 'add_task' && c.task === task.id)) {
          report({ source: rec.source, path: ['added_by'], message: msg.addedWithout(task.added_by!, task.id), hint: msg.addedWithoutHint(task.id) });
        }
      }
      for (const amendment of model.amendments) {
        const stem = amendmentStem(amendment);
        amendment.data.changes.forEach((change, i) => {
          const task = change.op === 'add_task' ? tasks.get(change.task!) : undefined; // the schema requires its task
          if (task && task.task.added_by !== stem) report({ source: amendment.source, path: ['changes', i, 'task'], message: msg.addNotLinked(task.task.id), hint: msg.addNotLinkedHint(stem) });
        });
      }
    }
  },
});
