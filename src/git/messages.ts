import type { Localized } from '../i18n/lang.js';

// What `validate --base` says when history would be lost.
export const historyMessages: Localized<{
  taskDeleted: string;
  taskDeletedHint: string;
  finalChanged: string;
  finalDeleted: string;
  finalHint: string;
}> = {
  vi: {
    taskDeleted: 'tệp nhiệm vụ bị xóa; nhiệm vụ chỉ được hủy bằng văn bản điều chỉnh, không xóa tệp',
    taskDeletedHint: 'khôi phục tệp (git checkout BASE -- <tệp>), đặt "status: cancelled" và thêm văn bản điều chỉnh có "- { op: cancel_task, task: ... }"',
    finalChanged: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị sửa',
    finalDeleted: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị xóa',
    finalHint: 'hồ sơ đã chốt không được sửa; khôi phục tệp và ghi điều chỉnh vào đánh giá năm sau hoặc một văn bản điều chỉnh',
  },
  en: {
    taskDeleted: 'a task file was deleted; tasks are cancelled by an amendment, never removed',
    taskDeletedHint: 'restore the file (git checkout BASE -- <file>), set "status: cancelled" and add an amendment with "- { op: cancel_task, task: ... }"',
    finalChanged: 'an evaluation that was final at the base was changed',
    finalDeleted: 'an evaluation that was final at the base was deleted',
    finalHint: 'final records are not edited; restore the file and record the correction in next year\'s evaluation or an amendment',
  },
};
