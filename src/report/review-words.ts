import type { Localized } from '../i18n/lang.js';
import type { ReviewKind } from '../records/types.js';
import type { YearStanding as TaskYearStanding } from '../schedule/year-summary.js';

export const REVIEW_WORDS: Localized<{
  yearRating: (year: number, rating: string) => string;
  overYears: (parts: string[]) => string;
  periods: (ratio: string, percent: string) => string;
  figures: (parts: string[], total: string) => string;
  yearHeaders: string[];
  taskHeaders: string[];
  total: string;
  overall: (years: number, ratio: string, percent: string) => string;
  eachYear: (year: number) => string;
  standing: Record<Exclude<TaskYearStanding, 'counted'>, string>;
  nextProgramme: (from: number) => string;
  proposal: string;
  direction: string;
  notYetHeld: (date: string) => string;
  noDate: (kind: ReviewKind) => string;
  draftYears: (years: number[]) => string;
}> = {
  vi: {
    yearRating: (year, rating) => `năm ${year} ${rating}`,
    overYears: (parts) => `Kết quả đánh giá qua các năm: ${parts.join('; ')}.`,
    periods: (ratio, percent) => `Hoàn thành ${ratio} kỳ báo cáo đến hạn (${percent}).`,
    figures: (parts, total) => `Số liệu: ${parts.join('; ')}; tổng cộng: ${total}.`,
    yearHeaders: ['Năm', 'Triển khai', 'Hoàn thành', 'Tỷ lệ'],
    taskHeaders: ['TT', 'Nhiệm vụ', 'Chủ trì', 'Kết quả'],
    total: 'Cộng',
    overall: (years, ratio, percent) => `Tính chung ${String(years).padStart(2, '0')} năm, các nhiệm vụ hoàn thành ${ratio} kỳ báo cáo đến hạn (${percent}), không tính các kỳ của nhiệm vụ đã hủy, tạm dừng.`,
    eachYear: (year) => `Kết quả thực hiện các nhiệm vụ năm ${year}`,
    standing: { not_yet_due: 'chưa đến hạn', paused: 'tạm dừng' },
    nextProgramme: (from) => `Trên cơ sở kết quả thực hiện Chương trình, hai bên đề xuất xây dựng, ký kết Chương trình phối hợp giai đoạn tiếp theo (từ năm ${from}), tập trung vào các nội dung sau:`,
    proposal: 'Đề xuất chương trình phối hợp giai đoạn tiếp theo',
    direction: 'Phương hướng, nhiệm vụ thời gian tới',
    notYetHeld: (date) => `Hội nghị được ghi ngày ${date}, sau ngày tính: báo cáo là dự thảo, chưa ghi ngày.`,
    noDate: (kind) => `Chưa có ngày tổ chức ${kind === 'mid-term' ? 'sơ kết' : 'tổng kết'} ("held_on" trong reviews của programme.yaml): báo cáo là dự thảo, chưa ghi ngày.`,
    draftYears: (years) => `Đánh giá các năm ${years.join(', ')} chưa chốt: xếp loại của các năm này lấy từ báo cáo.`,
  },
  en: {
    yearRating: (year, rating) => `${year} ${rating}`,
    overYears: (parts) => `Ratings over the years: ${parts.join('; ')}.`,
    periods: (ratio, percent) => `${ratio} periods due were done (${percent}).`,
    figures: (parts, total) => `Figures: ${parts.join('; ')}; in total: ${total}.`,
    yearHeaders: ['Year', 'Carried out', 'Completed', 'Share'],
    taskHeaders: ['No.', 'Task', 'Lead', 'Result'],
    total: 'Total',
    overall: (years, ratio, percent) => `Over ${years} years the tasks completed ${ratio} periods due (${percent}), leaving out periods of cancelled and paused tasks.`,
    eachYear: (year) => `Tasks in ${year}`,
    standing: { not_yet_due: 'not yet due', paused: 'paused' },
    nextProgramme: (from) => `On the strength of these results the parties propose a coordination programme for the next period (from ${from}), focused on:`,
    proposal: 'Proposal for the next programme',
    direction: 'Directions for the time ahead',
    notYetHeld: (date) => `The conference is recorded on ${date}, after the as-of date: this is an undated draft.`,
    noDate: (kind) => `No date for the ${kind} review ("held_on" in programme.yaml's reviews): this is an undated draft.`,
    draftYears: (years) => (years.length === 1 ? `The evaluation of ${years[0]} is not final: that year's ratings come from the reports.` : `Evaluations of ${years.join(', ')} are not final: those years' ratings come from the reports.`),
  },
};
