import type { Localized } from '../i18n/lang.js';

// Errors of the summary command that teach: what was asked, what is possible, how to ask.
export const SUMMARY_MESSAGES: Localized<{
  yearOutside: (year: number, programme: string, from: number, to: number) => string;
  nothingLive: (year: number, programme: string, from: number, to: number) => string;
  notStarted: (programme: string, from: string) => string;
  badReview: (value: string) => string;
  noReview: (kind: string, programme: string, known: string) => string;
}> = {
  vi: {
    yearOutside: (year, programme, from, to) => `Năm ${year} không có trong chương trình ${programme}: chọn --year từ ${from} đến ${to}.`,
    nothingLive: (year, programme, from, to) => `Năm ${year} chương trình ${programme} không có nhiệm vụ nào đang thực hiện: chọn --year từ ${from} đến ${to}.`,
    notStarted: (programme, from) => `Chương trình ${programme} bắt đầu từ ngày ${from}, sau ngày tính: chọn --as-of từ ngày đó trở đi.`,
    badReview: (value) => `--review "${value}" không hợp lệ: dùng mid-term (sơ kết) hoặc final (tổng kết).`,
    noReview: (kind, programme, known) => `Chương trình ${programme} chưa ghi hội nghị ${kind === 'mid-term' ? 'sơ kết' : 'tổng kết'}: thêm vào programme.yaml, ví dụ reviews: [{ kind: ${kind}, through: 2019, held_on: 2019-12-20 }] (đã có: ${known}).`,
  },
  en: {
    yearOutside: (year, programme, from, to) => `${year} is not a year of programme ${programme}: choose --year from ${from} to ${to}.`,
    nothingLive: (year, programme, from, to) => `Programme ${programme} has no live task in ${year}: choose --year from ${from} to ${to}.`,
    notStarted: (programme, from) => `Programme ${programme} starts on ${from}, after the as-of date: choose --as-of from then on.`,
    badReview: (value) => `--review "${value}" is not valid: use mid-term or final.`,
    noReview: (kind, programme, known) => `Programme ${programme} records no ${kind} review: add one to programme.yaml, e.g. reviews: [{ kind: ${kind}, through: 2019, held_on: 2019-12-20 }] (recorded: ${known}).`,
  },
};
