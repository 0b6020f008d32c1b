import type { Localized } from './lang.js';

// Messages of the officer's terminal: help, filters, ids, prompts, the first screen.
export const terminalMessages: Localized<{
  helpCommand: string;
  helpArg: string;
  usageHint: (command: string) => string;
  badYear: (value: string) => string;
  sampleAsOf: (date: string) => string;
}> = {
  vi: {
    helpCommand: 'hiện hướng dẫn của một lệnh',
    helpArg: 'help [lệnh]',
    usageHint: (command) => `xem "${command} --help"`,
    badYear: (value) => `"${value}" không phải một năm; viết năm đủ bốn chữ số, ví dụ --year 2019`,
    sampleAsOf: (date) => `(Hồ sơ mẫu, xem như tại ngày ${date}: một ngày trong thời gian của chương trình; dùng --as-of để chọn ngày khác)`,
  },
  en: {
    helpCommand: 'show help for a command',
    helpArg: 'help [command]',
    usageHint: (command) => `see "${command} --help"`,
    badYear: (value) => `"${value}" is not a year; write all four digits, for example --year 2019`,
    sampleAsOf: (date) => `(The sample records, seen as of ${date}: a day inside the programme's period; use --as-of for another day)`,
  },
};
