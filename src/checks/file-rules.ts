import type { Localized } from '../i18n/lang.js';

/** Problems with a file itself, found while loading (not by a cross-record rule). */
export const FILE_RULES: readonly { id: string; docs: Localized<string> }[] = [
  { id: 'yaml-syntax', docs: { vi: 'Lỗi cú pháp YAML, dấu xung đột git, thẻ không hỗ trợ, quá nhiều alias.', en: 'YAML syntax errors, merge-conflict markers, unsupported tags, too many aliases.' } },
  { id: 'duplicate-key', docs: { vi: 'Một khóa xuất hiện hai lần trong cùng một bảng.', en: 'A key appears twice in one mapping.' } },
  { id: 'not-a-mapping', docs: { vi: 'Tệp không phải một bảng khóa–giá trị (danh sách, giá trị đơn, tệp rỗng).', en: 'The file is not a mapping (a list, a single value, an empty file).' } },
  { id: 'multiple-documents', docs: { vi: 'Tệp chứa nhiều tài liệu YAML.', en: 'The file holds several YAML documents.' } },
  { id: 'file-encoding', docs: { vi: 'Tệp không phải UTF-8, là UTF-16, nhị phân hoặc quá 1 MB.', en: 'The file is not UTF-8: UTF-16, binary, or over 1 MB.' } },
  { id: 'file-unreadable', docs: { vi: 'Không đọc được tệp.', en: 'The file cannot be read.' } },
  { id: 'symlink', docs: { vi: 'Liên kết tượng trưng không được đọc.', en: 'Symbolic links are not followed.' } },
  { id: 'schema', docs: { vi: 'Hồ sơ không đúng mẫu (schemas/*.schema.json).', en: 'The record does not follow its JSON Schema (schemas/*.schema.json).' } },
];
