import type { Localized } from './lang.js';

// What `report add` says about figures and full citations (record format 1.1), and the comments
// `evaluation new` writes for the 1.1 sections. Kept apart from edit-messages.ts to keep merges small.
export interface ReportFieldMessages {
  optFigure: string;
  optDocumentDate: string;
  optDocumentTitle: string;
  optDocumentIssuer: string;
  badFigure: (value: string) => string;
  badFigureNumber: (value: string) => string;
  unknownIndicator: (id: string, near: string | undefined, known: string) => string;
  noIndicators: (id: string) => string;
  figureTwice: (id: string) => string;
  unpaired: (option: string, given: number, documents: number) => string;
  badDocumentDate: (value: string) => string;
  draftHeldOn: (due: string) => string;
  draftDirection: string;
  draftStrengths: string;
  draftCauses: string;
  draftRecommendations: string;
  draftPlan: string;
  draftRecipients: string;
  notYetDue: string;
  pausedNoReport: string;
}

export const reportFieldMessages: Localized<ReportFieldMessages> = {
  get vi(): ReportFieldMessages {
    return {
      optFigure: 'số liệu theo chỉ tiêu, dạng MÃ=SỐ, ví dụ tiep-dan=48 (lặp lại được)',
      optDocumentDate: 'ngày ban hành văn bản (YYYY-MM-DD); nhiều văn bản: mỗi --document một --document-date, theo thứ tự',
      optDocumentTitle: 'trích yếu văn bản; nhiều văn bản: mỗi --document một --document-title, theo thứ tự',
      optDocumentIssuer: 'cơ quan ban hành, khi không suy ra được từ ký hiệu; theo thứ tự như trên',
      badFigure: (v) => `số liệu "${v}" phải có dạng MÃ=SỐ, ví dụ --figure tiep-dan=48`,
      badFigureNumber: (v) => `"${v}" không phải số: viết 35000 (không dùng dấu phân cách hàng nghìn) hoặc 85.1 / 85,1 (số thập phân)`,
      unknownIndicator: (id, near, known) => `chỉ tiêu "${id}" chưa khai báo trong programme.yaml (indicators)${near ? `; có phải ý bạn là "${near}"?` : '.'} Các chỉ tiêu đã có: ${known}`,
      noIndicators: (id) => `chương trình chưa khai báo chỉ tiêu nào; thêm vào programme.yaml rồi ghi lại, ví dụ "indicators: [{ id: ${id}, title: phiên tiếp công dân, unit: phiên }]"`,
      figureTwice: (id) => `số liệu "${id}" được ghi hai lần`,
      unpaired: (option, given, documents) => `có ${documents} --document nhưng ${given} ${option}: khi ghi nhiều văn bản, cho mỗi --document một ${option}, theo đúng thứ tự (dùng "" cho văn bản không có)`,
      badDocumentDate: (v) => `ngày văn bản "${v}" không hợp lệ; viết dạng YYYY-MM-DD, ví dụ 2019-11-30`,
      draftHeldOn: (due) => `ngày họp đánh giá (hạn ${due}); báo cáo năm mang ngày này`,
      draftDirection: 'công tác lãnh đạo, chỉ đạo, quán triệt, triển khai',
      draftStrengths: 'ưu điểm',
      draftCauses: 'nguyên nhân hạn chế: khách quan (objective), chủ quan (subjective)',
      draftRecommendations: 'kiến nghị, đề xuất',
      draftPlan: 'kế hoạch phối hợp năm sau: plan: { number: 01-KH/..., date: YYYY-MM-DD }',
      draftRecipients: 'nơi nhận, khi khác với programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]',
      notYetDue: 'chưa đến hạn: không xếp loại',
      pausedNoReport: 'nhiệm vụ tạm dừng, không có báo cáo trong năm: không xếp loại',
    };
  },
  get en(): ReportFieldMessages {
    return {
      optFigure: 'a figure for an indicator, as ID=NUMBER, for example tiep-dan=48 (repeatable)',
      optDocumentDate: "the document's date (YYYY-MM-DD); with several documents, one --document-date per --document, in order",
      optDocumentTitle: "the document's title; with several documents, one --document-title per --document, in order",
      optDocumentIssuer: 'the issuing body, when its symbol does not tell; in order as above',
      badFigure: (v) => `the figure "${v}" must look like ID=NUMBER, for example --figure tiep-dan=48`,
      badFigureNumber: (v) => `"${v}" is not a number: write 35000 (no thousands separator) or 85.1 / 85,1 (a decimal)`,
      unknownIndicator: (id, near, known) => `the indicator "${id}" is not declared in programme.yaml (indicators)${near ? `; did you mean "${near}"?` : '.'} Declared: ${known}`,
      noIndicators: (id) => `the programme declares no indicators; add them to programme.yaml first, for example "indicators: [{ id: ${id}, title: phiên tiếp công dân, unit: phiên }]"`,
      figureTwice: (id) => `the figure "${id}" is given twice`,
      unpaired: (option, given, documents) => `${documents} --document but ${given} ${option}: with several documents, give one ${option} per --document, in the same order ("" for none)`,
      badDocumentDate: (v) => `the document date "${v}" is not valid; write YYYY-MM-DD, for example 2019-11-30`,
      draftHeldOn: (due) => `the day the evaluation is held (due ${due}); the year report carries this date`,
      draftDirection: 'leadership and direction: briefings, plans, instructions',
      draftStrengths: 'strengths',
      draftCauses: 'causes of the shortcomings: objective and subjective',
      draftRecommendations: 'recommendations',
      draftPlan: "next year's joint plan: plan: { number: 01-KH/..., date: YYYY-MM-DD }",
      draftRecipients: 'recipients, when not those of programme.yaml: recipients: [Thường trực Tỉnh ủy (để báo cáo), Lưu VT]',
      notYetDue: 'not yet due: no rating',
      pausedNoReport: 'the task is paused and has no report in the year: no rating',
    };
  },
};
