import type { Localized } from './lang.js';

/** Why a file could not be written or read, from the system's error code, in words an officer can act on. */
function causeVi(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'thư mục chứa tệp không tồn tại; tạo thư mục trước hoặc chọn đường dẫn khác';
    case 'ENOTDIR':
      return 'một phần của đường dẫn không phải thư mục';
    case 'EISDIR':
      return 'đây là một thư mục, không phải tệp; thêm tên tệp vào cuối đường dẫn';
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi (thư mục hoặc tệp chỉ đọc); chọn thư mục khác hoặc sửa quyền';
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc; chọn ổ đĩa khác';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ổ đĩa đã đầy; giải phóng dung lượng rồi chạy lại';
    default:
      return `lỗi hệ thống ${code ?? ''}`.trim();
  }
}

function causeEn(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'the folder does not exist; create it first or choose another path';
    case 'ENOTDIR':
      return 'part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file; add a file name to the path';
    case 'EACCES':
    case 'EPERM':
      return 'no permission to write (read-only folder or file); choose another folder or fix the permissions';
    case 'EROFS':
      return 'the disk is read-only; choose another disk';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full; free some space and run again';
    default:
      return `system error ${code ?? ''}`.trim();
  }
}

// What the file-writing layer says: --output, the records lock, recovery of an interrupted edit.
export interface IoMessages {
  cannotWrite: (file: string, code: string | undefined) => string;
  locked: (lock: string) => string;
  vanished: (file: string) => string;
  recovered: (files: string) => string;
  recoveryConflict: (file: string) => string;
  initLink: (dirs: string) => string;
}

export const ioMessages: Localized<IoMessages> = {
  get vi(): IoMessages {
    return {
      cannotWrite: (file, code) => `không ghi được ${file}: ${causeVi(code)}`,
      locked: (lock) => `một lệnh phoihop khác đang sửa hồ sơ (khóa ${lock}); chờ lệnh đó xong rồi chạy lại. Nếu không có lệnh nào đang chạy, khóa sẽ tự hết hạn sau 10 giây`,
      vanished: (file) => `tệp ${file} đã bị xóa hoặc đổi tên trong lúc chạy lệnh; kiểm tra lại rồi chạy lại lệnh`,
      recovered: (files) => `đã hoàn tất lần sửa bị gián đoạn trước đó (${files})`,
      recoveryConflict: (file) => `không hoàn tất được lần sửa bị gián đoạn: ${file} đã bị sửa sau đó; kiểm tra tệp này bằng git diff`,
      initLink: (dirs) => `không ghi gì: thư mục ${dirs} là liên kết tượng trưng (symlink), có thể dẫn ra ngoài thư mục đích; xóa liên kết hoặc chọn thư mục khác`,
    };
  },
  get en(): IoMessages {
    return {
      cannotWrite: (file, code) => `cannot write ${file}: ${causeEn(code)}`,
      locked: (lock) => `another phoihop command is editing the records (lock ${lock}); wait for it to finish and run again. If none is running, the lock expires after 10 seconds`,
      vanished: (file) => `${file} was deleted or renamed while the command ran; check it and run the command again`,
      recovered: (files) => `completed an edit that was interrupted earlier (${files})`,
      recoveryConflict: (file) => `could not complete an interrupted edit: ${file} was changed since; check it with git diff`,
      initLink: (dirs) => `nothing written: ${dirs} is a symbolic link and could lead outside the target folder; remove the link or choose another folder`,
    };
  },
};
