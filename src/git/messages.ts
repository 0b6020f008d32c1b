import type { Lang } from '../i18n/lang.js';

// The messages are made when a command needs them, one language at a time (as
// checks/schema-messages.ts): each string is then code that the tests reading it reach, and a
// mutation run credits it to them (issue 19: a table built when the module loads was reported
// "survived" whatever the tests checked).

export interface HistoryMessages {
  taskDeleted: string;
  taskDeletedHint: string;
  finalChanged: string;
  finalDeleted: string;
  finalHint: string;
}

/** What `validate --base` says when history would be lost. */
export function historyMessages(lang: Lang): HistoryMessages {
  if (lang === 'en') {
    return {
      taskDeleted: 'a task file was deleted; tasks are cancelled by an amendment, never removed',
      taskDeletedHint: 'restore the file (git checkout BASE -- <file>), set "status: cancelled" and add an amendment with "- { op: cancel_task, task: ... }"',
      finalChanged: 'an evaluation that was final at the base was changed',
      finalDeleted: 'an evaluation that was final at the base was deleted',
      finalHint: 'final records are not edited; restore the file and record the correction in next year\'s evaluation or an amendment',
    };
  }
  return {
    taskDeleted: 'tệp nhiệm vụ bị xóa; nhiệm vụ chỉ được hủy bằng văn bản điều chỉnh, không xóa tệp',
    taskDeletedHint: 'khôi phục tệp (git checkout BASE -- <tệp>), đặt "status: cancelled" và thêm văn bản điều chỉnh có "- { op: cancel_task, task: ... }"',
    finalChanged: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị sửa',
    finalDeleted: 'đánh giá đã chốt (state: final) ở phiên bản gốc bị xóa',
    finalHint: 'hồ sơ đã chốt không được sửa; khôi phục tệp và ghi điều chỉnh vào đánh giá năm sau hoặc một văn bản điều chỉnh',
  };
}

export interface GitMessages {
  emptyRevision: (option: string) => string;
  dubiousOwnership: (top: string) => string;
  shallowHint: string;
  noMergeBase: string;
  noMergeBaseShallow: string;
}

/** What git-aware commands say when git itself stands in the way. */
export function gitMessages(lang: Lang): GitMessages {
  if (lang === 'en') {
    return {
      emptyRevision: (option) => `${option} needs a branch, tag or commit id; it cannot be empty (for example ${option} origin/main)`,
      dubiousOwnership: (top) =>
        `git refuses to read the repository ${top} because the folder belongs to another user ("dubious ownership"); if you trust it, run: git config --global --add safe.directory ${top}`,
      shallowHint: 'this git clone is shallow and lacks the history; fetch it with "git fetch --unshallow" or, in GitHub Actions, "fetch-depth: 0" on actions/checkout',
      noMergeBase: 'the two revisions share no history (no merge base); check the base branch name',
      noMergeBaseShallow:
        'no merge base found because this git clone is shallow; fetch the history with "git fetch --unshallow" or, in GitHub Actions, "fetch-depth: 0" on actions/checkout',
    };
  }
  return {
    emptyRevision: (option) => `${option} cần tên nhánh, thẻ hoặc mã commit, không được để trống (ví dụ ${option} origin/main)`,
    dubiousOwnership: (top) =>
      `git từ chối đọc kho ${top} vì thư mục thuộc người dùng khác ("dubious ownership"); nếu tin kho này, chạy: git config --global --add safe.directory ${top}`,
    shallowHint: 'bản sao git này là bản nông (shallow clone) nên thiếu lịch sử; lấy đủ lịch sử bằng "git fetch --unshallow" hoặc, trong GitHub Actions, "fetch-depth: 0" ở bước actions/checkout',
    noMergeBase: 'hai phiên bản không có gốc chung (merge base); kiểm tra tên nhánh gốc',
    noMergeBaseShallow:
      'không tìm được gốc chung (merge base) vì bản sao git là bản nông (shallow clone); lấy đủ lịch sử bằng "git fetch --unshallow" hoặc, trong GitHub Actions, "fetch-depth: 0" ở bước actions/checkout',
  };
}
