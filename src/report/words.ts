import type { Localized } from '../i18n/lang.js';

// Every fixed phrase of the reports, in Vietnamese and English.
export const REPORT_WORDS: Localized<{
  kind: string;
  yearSubject: (name: string, year: number) => string;
  reviewSubject: (kind: 'mid-term' | 'final', name: string, years: number, from: number, through: number) => string;
  opening: (programme: string, plan: string | null, year: number, parties: string) => string;
  reviewOpening: (programme: string, kind: 'mid-term' | 'final', years: number, parties: string) => string;
  direction: string;
  results: string;
  assessment: string;
  strengths: string;
  shortcomings: string;
  causes: string;
  objective: string;
  subjective: string;
  lessons: string;
  nextYear: (year: number) => string;
  plan: (plan: string, year: number) => string;
  focus: (titles: string[]) => string;
  recommendations: string;
  inYear: (year: number) => string;
  figuresOfYear: (year: number) => string;
  noEvaluation: (year: number) => string;
  draftEvaluation: (year: number) => string;
  silentTasks: (ids: string[]) => string;
  noHead: (agency: string) => string;
}> = {
  vi: {
    kind: 'Báo cáo',
    yearSubject: (name, year) => `Kết quả thực hiện ${name} năm ${year}`,
    reviewSubject: (kind, name, years, from, through) =>
      kind === 'mid-term' ? `Sơ kết ${String(years).padStart(2, '0')} năm thực hiện ${name} (${from}–${through})` : `Tổng kết ${String(years).padStart(2, '0')} năm thực hiện ${name} giai đoạn ${from}–${through}`,
    opening: (programme, plan, year, parties) => `Thực hiện ${programme}${plan ? `, ${plan} thực hiện Chương trình năm ${year}` : ''}, ${parties} báo cáo kết quả thực hiện năm ${year} như sau:`,
    reviewOpening: (programme, kind, years, parties) => `Thực hiện ${programme}, ${parties} báo cáo ${kind === 'mid-term' ? 'sơ kết' : 'tổng kết'} ${String(years).padStart(2, '0')} năm thực hiện Chương trình như sau:`,
    direction: 'Công tác lãnh đạo, chỉ đạo',
    results: 'Kết quả thực hiện',
    assessment: 'Đánh giá chung',
    strengths: 'Ưu điểm',
    shortcomings: 'Hạn chế',
    causes: 'Nguyên nhân',
    objective: 'Nguyên nhân khách quan',
    subjective: 'Nguyên nhân chủ quan',
    lessons: 'Bài học kinh nghiệm',
    nextYear: (year) => `Phương hướng, nhiệm vụ năm ${year}`,
    plan: (plan, year) => `Hai bên thống nhất triển khai ${plan} thực hiện Chương trình năm ${year}.`,
    focus: (titles) => `Tập trung thực hiện các nhiệm vụ: ${titles.map((t) => (/^\p{Lu}\p{Ll}/u.test(t) ? t[0]!.toLowerCase() + t.slice(1) : t)).join('; ')}.`,
    recommendations: 'Kiến nghị, đề xuất',
    inYear: (year) => `Năm ${year}`,
    figuresOfYear: (year) => `Số liệu năm ${year}`,
    noEvaluation: (year) => `Chưa có đánh giá năm ${year} (evaluations/${year}.yaml): báo cáo là dự thảo, kết quả tổng hợp từ báo cáo của các nhiệm vụ.`,
    draftEvaluation: (year) => `Đánh giá năm ${year} còn là dự thảo: xếp loại lấy từ báo cáo của các nhiệm vụ; chạy "phoihop evaluation finalise ${year}" khi đã thống nhất.`,
    silentTasks: (ids) => `Nhiệm vụ chưa có báo cáo và chưa được đánh giá: ${ids.join(', ')}.`,
    noHead: (agency) => `Cơ quan ${agency} chưa ghi chức danh người ký ("head" trong agencies.yaml).`,
  },
  en: {
    kind: 'Report',
    yearSubject: (name, year) => `Results of the ${name} in ${year}`,
    reviewSubject: (kind, name, years, from, through) => `${kind === 'mid-term' ? 'Mid-term review' : 'Final review'} of ${years} years of the ${name} (${from}–${through})`,
    opening: (programme, plan, year, parties) => `Under the ${programme}${plan ? ` and ${plan} for ${year}` : ''}, ${parties} report the results of ${year} as follows:`,
    reviewOpening: (programme, kind, years, parties) => `Under the ${programme}, ${parties} report the ${kind === 'mid-term' ? 'mid-term review' : 'final review'} of ${years} years as follows:`,
    direction: 'Leadership and direction',
    results: 'Results',
    assessment: 'Overall assessment',
    strengths: 'Strengths',
    shortcomings: 'Shortcomings',
    causes: 'Causes',
    objective: 'Objective causes',
    subjective: 'Subjective causes',
    lessons: 'Lessons learned',
    nextYear: (year) => `Directions and tasks for ${year}`,
    plan: (plan, year) => `The parties agreed to carry out ${plan} for ${year}.`,
    focus: (titles) => `Focus tasks: ${titles.join('; ')}.`,
    recommendations: 'Recommendations',
    inYear: (year) => `In ${year}`,
    figuresOfYear: (year) => `Figures for ${year}`,
    noEvaluation: (year) => `No evaluation for ${year} (evaluations/${year}.yaml): this is a draft built from the tasks' reports.`,
    draftEvaluation: (year) => `The ${year} evaluation is a draft: ratings come from the tasks' reports; run "phoihop evaluation finalise ${year}" once agreed.`,
    silentTasks: (ids) => `Tasks with no report and no rating: ${ids.join(', ')}.`,
    noHead: (agency) => `Agency ${agency} has no signing title ("head" in agencies.yaml).`,
  },
};
