import type { Localized } from '../i18n/lang.js';

// What is said when the records root cannot be found, or is a folder never scanned.
export const rootMessages: Localized<{
  notFound: (cwd: string) => string;
  refused: (dir: string) => string;
}> = {
  vi: {
    notFound: (cwd) =>
      `không tìm thấy kho hồ sơ ở ${cwd} hay các thư mục cha (cần agencies.yaml hoặc phoihop.yaml ở gốc kho); chạy lệnh trong thư mục kho hồ sơ hoặc chỉ rõ bằng --root, ví dụ: phoihop validate --root ~/ho-so-phoi-hop`,
    refused: (dir) =>
      `không quét ${dir}: đây là thư mục gốc hoặc thư mục nhà, không phải kho hồ sơ (không có agencies.yaml hay phoihop.yaml); chỉ rõ thư mục kho bằng --root, ví dụ --root ~/ho-so-phoi-hop`,
  },
  en: {
    notFound: (cwd) =>
      `no records root found in ${cwd} or any folder above it (a root holds agencies.yaml or phoihop.yaml); run inside the records folder or name it with --root, for example: phoihop validate --root ~/records`,
    refused: (dir) =>
      `not scanning ${dir}: it is the file system root or a home folder, not a records root (no agencies.yaml or phoihop.yaml); name the records folder with --root, for example --root ~/records`,
  },
};
