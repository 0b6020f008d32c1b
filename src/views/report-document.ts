import type { Lang } from '../i18n/lang.js';
import type { Block } from './report-doc.js';

/**
 * A signed report as one tree (conventions: "one report model, many renderers"). The report
 * model (year report, mid-term and final reviews) builds it from the records; text and Markdown
 * render `body` only, HTML and Word render the whole frame. Rules of presentation (HD36, ND30)
 * live in the renderers, never here.
 */
export interface ReportDocument {
  lang: Lang;
  /** party: Hướng dẫn 36-HD/VPTW; state: Nghị định 30/2020/NĐ-CP. */
  form: 'party' | 'state';
  /** The issuing bodies as equals, under their common parent ("TỈNH ỦY SƠN LA") when they share one. */
  issuers: { parent?: string; names: string[] };
  /** "03-BC/BCSĐ-BDVTU" from the evaluation's or review's `document`; absent: ".../BC-..." for the drafter to fill. */
  number?: string;
  /** The symbols of the issuing bodies, for the fallback number (".../BC-BCSĐ-BDVTU"). */
  symbols: string[];
  place?: string;
  /** ISO date of the report (the evaluation's or review's held_on); absent for an undated draft. */
  date?: string;
  /** The kind of document in capitals' source form: "Báo cáo". */
  kind: string;
  /** "Kính gửi": only a report sent to named addressees has them; without them Nơi nhận never says "Như trên". */
  addressees?: string[];
  /** The subject line under the kind: "Kết quả thực hiện Chương trình phối hợp ... năm 2019". */
  subject: string;
  draft: boolean;
  /** What goes into the report as written: sections, paragraphs, bullets, tables. */
  body: Block[];
  /** One per party, in the order of `parties`: "T/M BAN CÁN SỰ ĐẢNG", "BÍ THƯ", the signatory. */
  signatures: { on: string; position: string; name?: string }[];
  /** Nơi nhận, as written in the records (evaluation's, else the programme's). */
  recipients: string[];
  /** Notes for the drafter (draft state, missing data): never part of the body. */
  notes: string[];
}
