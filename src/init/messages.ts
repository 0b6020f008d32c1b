import type { Localized } from '../i18n/lang.js';

// What init says about where CI installs phoihop from.
export const initMessages: Localized<{ optInstall: string; placeholder: (file: string) => string }> = {
  vi: {
    optInstall: 'nơi CI cài phoihop: địa chỉ git ghim vào thẻ hoặc commit, ví dụ git+https://git.don-vi.vn/phoihop.git#v0.2.0',
    placeholder: (files) => `cảnh báo: chưa biết địa chỉ git của phoihop; sửa biến PHOIHOP (chỗ OWNER) trong ${files} hoặc chạy lại với --install`,
  },
  en: {
    optInstall: "where CI installs phoihop from: a git address pinned to a tag or commit, e.g. git+https://git.example.org/phoihop.git#v0.2.0",
    placeholder: (files) => `warning: phoihop's git address is unknown; edit the PHOIHOP variable (the OWNER part) in ${files} or run again with --install`,
  },
};
