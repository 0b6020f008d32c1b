import type { Localized } from './lang.js';

// Messages of the officer's terminal: help, filters, ids, prompts, the first screen.
export interface TerminalMessages {
  helpCommand: string;
  helpArg: string;
  usageHint: (command: string) => string;
  /** `example`: how the year is given to this command ("--year 2019", or the bare argument "2019"). */
  badYear: (value: string, example: string) => string;
  sampleAsOf: (date: string) => string;
  andMore: (n: number) => string;
  missingValue: (what: string) => string;
  pick: (n: number, fallback: number | undefined) => string;
  notAChoice: (answer: string) => string;
  askTask: string;
  askState: string;
  askStatus: string;
  askPeriod: (task: string) => string;
  askYear: string;
  askKind: string;
  askDocument: string;
  askDate: string;
  periodChosen: (period: string, due: string, task: string) => string;
  periodOthers: (others: string) => string;
  periodByDate: (period: string, task: string) => string;
  brokenFile: (file: string, n: number) => string;
  didYouMean: (s: string) => string;
  ambiguousFilter: (what: 'lead' | 'content', query: string, fits: string) => string;
  noSuchFilter: (what: 'lead' | 'content', query: string, suggestion: string | undefined, known: string) => string;
  ambiguousTask: (id: string, programmes: string) => string;
  unknownTask: (id: string, suggestion: string | undefined, known: string) => string;
  filterLine: (parts: string[]) => string;
  filterLead: (label: string) => string;
  filterContent: (label: string) => string;
  filterState: (label: string) => string;
  nothingMatches: string;
  shownFooter: (shown: string, total: string) => string;
}

export const terminalMessages: Localized<TerminalMessages> = {
  get vi(): TerminalMessages {
    return {
      helpCommand: 'hiện hướng dẫn của một lệnh',
      helpArg: 'help [lệnh]',
      usageHint: (command) => `xem "${command} --help"`,
      badYear: (value, example) => `"${value}" không phải một năm; viết năm đủ bốn chữ số, ví dụ ${example}`,
      sampleAsOf: (date) => `(Hồ sơ mẫu, xem như tại ngày ${date}: một ngày trong thời gian của chương trình; dùng --as-of để chọn ngày khác)`,
      andMore: (n) => `và ${n} mục khác`,
      missingValue: (what) => `lỗi: thiếu giá trị bắt buộc ${what}`,
      pick: (n, d) => `Chọn số (1–${n})${d === undefined ? '' : `, Enter để chọn ${d}`}:`,
      notAChoice: (a) => `"${a}" không phải một lựa chọn; gõ số thứ tự`,
      askTask: 'Báo cáo cho nhiệm vụ nào?',
      askState: 'Kết quả thực hiện?',
      askStatus: 'Trạng thái mới của nhiệm vụ?',
      askPeriod: (t) => `${t} còn nhiều kỳ chưa hoàn thành; báo cáo cho kỳ nào?`,
      askYear: 'Chốt đánh giá năm nào?',
      askKind: 'Loại văn bản?',
      askDocument: 'Số, ký hiệu văn bản (ví dụ 12-QĐ/BCSĐ-BDVTU)',
      askDate: 'Ngày ký (YYYY-MM-DD)',
      periodChosen: (p, due, t) => `ghi vào kỳ ${p} (hạn ${due}) của ${t}, kỳ sớm nhất chưa hoàn thành; chọn kỳ khác bằng --period`,
      periodOthers: (o) => `các kỳ khác chưa hoàn thành: ${o}`,
      periodByDate: (p, t) => `ghi vào kỳ ${p} của ${t}, kỳ có ngày báo cáo (không còn kỳ nào chưa hoàn thành đến hạn); chọn kỳ khác bằng --period`,
      brokenFile: (f, n) => `${f} có ${n} lỗi (in ở trên) nên chưa đọc được; sửa rồi chạy lại lệnh`,
      didYouMean: (s) => `có phải ý bạn là ${s}?`,
      ambiguousFilter: (what, q, fits) => `"${q}" khớp với nhiều ${what === 'lead' ? 'cơ quan' : 'nội dung'}: ${fits}; ghi rõ hơn hoặc dùng mã`,
      noSuchFilter: (what, q, s, known) =>
        `không có ${what === 'lead' ? 'cơ quan' : 'nội dung'} "${q}"${s ? `; có phải ý bạn là ${s}?` : ''} (${what === 'lead' ? 'các cơ quan' : 'các nội dung'}: ${known}); có thể ghi mã, tên viết tắt hoặc tên đầy đủ, không cần dấu`,
      ambiguousTask: (id, programmes) => `nhiệm vụ "${id}" có trong nhiều chương trình: ${programmes}; chọn bằng --programme hoặc viết chương-trình/${id}`,
      unknownTask: (id, s, known) => `không có nhiệm vụ "${id}"${s ? `; có phải ý bạn là ${s}?` : ''} (các nhiệm vụ: ${known})`,
      filterLine: (parts) => `Lọc theo ${parts.join(', ')}`,
      filterLead: (label) => `cơ quan chủ trì ${label}`,
      filterContent: (label) => `nội dung ${label}`,
      filterState: (label) => `tình trạng "${label}"`,
      nothingMatches: 'Không có nhiệm vụ nào khớp bộ lọc.',
      shownFooter: (shown, total) => `Hiển thị ${shown}/${total} nhiệm vụ`,
    };
  },
  get en(): TerminalMessages {
    return {
      helpCommand: 'show help for a command',
      helpArg: 'help [command]',
      usageHint: (command) => `see "${command} --help"`,
      badYear: (value, example) => `"${value}" is not a year; write all four digits, for example ${example}`,
      sampleAsOf: (date) => `(The sample records, seen as of ${date}: a day inside the programme's period; use --as-of for another day)`,
      andMore: (n) => `and ${n} more`,
      missingValue: (what) => `error: missing required value ${what}`,
      pick: (n, d) => `Choose a number (1–${n})${d === undefined ? '' : `, Enter for ${d}`}:`,
      notAChoice: (a) => `"${a}" is not one of the choices; type its number`,
      askTask: 'Which task is the report for?',
      askState: 'What is the result?',
      askStatus: 'The task\'s new status?',
      askPeriod: (t) => `${t} has several open periods; which one is the report for?`,
      askYear: 'Finalise the evaluation of which year?',
      askKind: 'Kind of document?',
      askDocument: 'Document number (for example 12-QĐ/BCSĐ-BDVTU)',
      askDate: 'Date signed (YYYY-MM-DD)',
      periodChosen: (p, due, t) => `recorded for ${p} (due ${due}) of ${t}, the earliest open period; choose another with --period`,
      periodOthers: (o) => `other open periods: ${o}`,
      periodByDate: (p, t) => `recorded for ${p} of ${t}, the period the date falls in (no open period is due by then); choose another with --period`,
      brokenFile: (f, n) => `${f} has ${n} error${n === 1 ? '' : 's'} (shown above), so it could not be read; fix and run the command again`,
      didYouMean: (s) => `did you mean ${s}?`,
      ambiguousFilter: (what, q, fits) => `"${q}" fits several ${what === 'lead' ? 'agencies' : 'content areas'}: ${fits}; be more precise or use the id`,
      noSuchFilter: (what, q, s, known) =>
        `there is no ${what === 'lead' ? 'agency' : 'content area'} "${q}"${s ? `; did you mean ${s}?` : ''} (${what === 'lead' ? 'agencies' : 'content areas'}: ${known}); an id, short or full name works, tone marks optional`,
      ambiguousTask: (id, programmes) => `task "${id}" exists in several programmes: ${programmes}; choose with --programme or write programme/${id}`,
      unknownTask: (id, s, known) => `there is no task "${id}"${s ? `; did you mean ${s}?` : ''} (tasks: ${known})`,
      filterLine: (parts) => `Filtered by ${parts.join(', ')}`,
      filterLead: (label) => `lead ${label}`,
      filterContent: (label) => `content ${label}`,
      filterState: (label) => `state "${label}"`,
      nothingMatches: 'No task matches the filters.',
      shownFooter: (shown, total) => `Showing ${shown}/${total} tasks`,
    };
  },
};
