import { sanitize } from '../formatters/sanitize.js';
import { formatDateLong } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import type { ReportDocument } from './report-document.js';
import { balanceLines, textWidth } from './text-measure.js';

/**
 * What a signed report's frame holds, decided once for Word and HTML alike (so that both show the
 * same blocks in the same order): texts in their final case, sizes in points, and which rule of
 * Hướng dẫn 36-HD/VPTW (party form) or Nghị định 30/2020/NĐ-CP, Phụ lục I (state form) put them
 * there. docs/documents.md cites each rule.
 */
export interface ReportLayout {
  form: ReportDocument['form'];
  lang: Lang;
  /** Left header cell: the parent body (not bold), the issuing bodies (bold), then "*" or a short rule. */
  issuer: { parent: string[]; names: string[][]; size: number; separator: 'star' | 'rule' };
  /** Right header cell: party heading or national motto, each with its size; the last has a rule under it. */
  motto: { text: string; size: number }[];
  number: string;
  dateLine: string;
  /** Widths of the header's two columns, in points. */
  columns: [number, number];
  kind: { text: string; size: number };
  subject: { lines: string[]; size: number };
  addressees: string[];
  draft: string | undefined;
  signatures: { on: string; position: string; name: string }[];
  recipients: { heading: string; headingSize: number; underlined: boolean; italicBold: boolean; size: number; lines: string[] };
  pageNumberSize: number;
  notes: string[];
}

/** A4 less the margins both rules allow (left 30 mm, right 15 mm): 165 mm of text. */
export const TEXT_WIDTH_PT = (165 / 25.4) * 72;

export const WORDS = {
  get vi() {
    return {
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      number: (form: 'party' | 'state', n: string) => (form === 'party' ? `Số ${n}` : `Số: ${n}`),
      blankDate: 'ngày ... tháng ... năm ...',
      blankPlace: '..........',
      recipients: 'Nơi nhận:',
      partyArchive: 'Lưu Văn phòng',
      stateArchive: 'Lưu: VT',
      addressees: 'Kính gửi',
      draft: 'DỰ THẢO',
      on: { party: 'T/M', state: 'TM.' },
      droppedAsAbove: 'Đã bỏ "Như trên" ở Nơi nhận: báo cáo không có "Kính gửi".',
    };
  },
  get en() {
    return {
      party: 'COMMUNIST PARTY OF VIETNAM',
      nation: 'SOCIALIST REPUBLIC OF VIETNAM',
      motto: 'Independence - Freedom - Happiness',
      number: (_form: 'party' | 'state', n: string) => `No. ${n}`,
      blankDate: '.......... 20..',
      blankPlace: '..........',
      recipients: 'Recipients:',
      partyArchive: 'Archived at the Office',
      stateArchive: 'Archived: Clerical Office',
      addressees: 'To',
      draft: 'DRAFT',
      on: { party: 'ON BEHALF OF', state: 'ON BEHALF OF' },
      droppedAsAbove: 'Left "As above" out of the recipients: the report has no addressee.',
    };
  },
};

function upper(text: string, lang: Lang): string {
  return sanitize(text).toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en');
}

/** "Số 03-BC/BCSĐ-BDVTU" (HD36: no colon) or "Số: 88/BC-UBND" (ND30); blanks for the number as a last resort. */
function numberLine(doc: ReportDocument): string {
  const w = WORDS[doc.lang];
  if (doc.number) return w.number(doc.form, sanitize(doc.number));
  const symbols = doc.symbols.length ? doc.symbols.join('-') : '...';
  return w.number(doc.form, doc.form === 'party' ? `...-BC/${symbols}` : `.../BC-${symbols}`);
}

const AS_ABOVE = /^(như trên|as above)\b/i;
const ARCHIVE = /^(lưu|archived)\b/i;

/** Nơi nhận: one line each, "-" first; "," after each in Party texts (HD36), ";" in state texts (ND30); "." after the last, the archive line. */
function recipientLines(doc: ReportDocument, notes: string[]): string[] {
  const w = WORDS[doc.lang];
  let items = doc.recipients.map((r) => sanitize(r).trim().replace(/^[-–•]\s*/, '').replace(/[.,;]+$/, '')).filter(Boolean);
  if (!doc.addressees?.length && items.some((r) => AS_ABOVE.test(r))) {
    items = items.filter((r) => !AS_ABOVE.test(r));
    notes.push(w.droppedAsAbove);
  }
  const archive = items.filter((r) => ARCHIVE.test(r));
  items = items.filter((r) => !ARCHIVE.test(r));
  // The Party form files its copy with the Office ("Lưu Văn phòng"); "Lưu VT" is the state form's.
  const kept = archive.map((r) => (doc.form === 'party' && /^lưu:?\s*vt\b/i.test(r) ? w.partyArchive : r));
  items.push(...(kept.length ? kept : [doc.form === 'party' ? w.partyArchive : w.stateArchive]));
  const comma = doc.form === 'party' ? ',' : ';';
  return items.map((r, i) => `- ${r}${i === items.length - 1 ? '.' : comma}`);
}

/** "T/M BAN CÁN SỰ ĐẢNG" in the Party form, "TM. ỦY BAN NHÂN DÂN" in the state form, whichever the model wrote. */
function onBehalf(on: string, doc: ReportDocument): string {
  const text = upper(on, doc.lang).replace(/\s+/g, ' ').trim();
  const bare = text.replace(/^(T\/M|TM\.?|ON BEHALF OF|FOR)\s*/, '');
  // A head who signs in their own name (no collective) has no "T/M" line.
  if (!bare || /^(KT\.|TL\.|TUQ\.|Q\.)/.test(bare)) return bare;
  return `${WORDS[doc.lang].on[doc.form]} ${bare}`;
}

function dateLine(doc: ReportDocument): string {
  const w = WORDS[doc.lang];
  const place = doc.place ? sanitize(doc.place) : w.blankPlace;
  return `${place}, ${doc.date ? formatDateLong(doc.date, doc.lang) : w.blankDate}`;
}

const LEVEL = /^(.+?)\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+)$/u;

/** An issuing body's name in lines: broken before its place ("ỦY BAN NHÂN DÂN / TỈNH SƠN LA") when it must wrap, else balanced. */
function issuerLines(name: string, width: number, size: number, bold: boolean): string[] {
  if (textWidth(name, size, bold) <= width) return [name];
  const split = LEVEL.exec(name);
  if (split && split.slice(1, 3).every((part) => textWidth(part!, size, bold) <= width)) return [split[1]!, split[2]!];
  return balanceLines(name, width, size, bold);
}

/**
 * Lays out the frame of a signed report by the form's rules. Its notes are the model's (what the
 * records lack: a number, a date, a signatory) plus what the layout itself decided ("Như trên" left out).
 */
export function layoutReport(doc: ReportDocument): ReportLayout {
  const w = WORDS[doc.lang];
  const notes = doc.notes.map(sanitize);
  const party = doc.form === 'party';
  // HD36: "ĐẢNG CỘNG SẢN VIỆT NAM" 15 pt bold. ND30: the nation 12–13 pt, the motto 13–14 pt, bold.
  const motto = party ? [{ text: w.party, size: 15 }] : [{ text: w.nation, size: 12 }, { text: w.motto, size: 13 }];
  const issuerSize = party ? 14 : 12.5;
  // The right column is as wide as its longest line needs to stay on one line, the rest is the issuer's.
  const right = Math.max(TEXT_WIDTH_PT * 0.45, ...motto.map((m) => textWidth(m.text, m.size, true) + 36));
  const left = TEXT_WIDTH_PT - right;
  const fit = (text: string, bold: boolean) => issuerLines(upper(text, doc.lang), left - 12, issuerSize, bold);
  const number = numberLine(doc);
  const recipients = recipientLines(doc, notes);
  const signatures = doc.signatures.map((s) => ({ on: onBehalf(s.on, doc), position: upper(s.position, doc.lang), name: s.name ? sanitize(s.name) : '' }));
  const subjectSize = 14;
  return {
    form: doc.form,
    lang: doc.lang,
    issuer: { parent: doc.issuers.parent ? fit(doc.issuers.parent, false) : [], names: doc.issuers.names.map((n) => fit(n, true)), size: issuerSize, separator: party ? 'star' : 'rule' },
    motto,
    number,
    dateLine: dateLine(doc),
    columns: [left, right],
    kind: { text: upper(doc.kind, doc.lang), size: party ? 16 : 14 },
    subject: { lines: balanceLines(sanitize(doc.subject), TEXT_WIDTH_PT - 40, subjectSize, true), size: subjectSize },
    addressees: (doc.addressees ?? []).map(sanitize),
    draft: doc.draft ? w.draft : undefined,
    signatures,
    recipients: party
      ? { heading: w.recipients, headingSize: 14, underlined: true, italicBold: false, size: 12, lines: recipients }
      : { heading: w.recipients, headingSize: 12, underlined: false, italicBold: true, size: 11, lines: recipients },
    pageNumberSize: 14,
    notes,
  };
}

/** The layout's notes alone, without measuring a line: what a report pasted as text tells its drafter. */
export function layoutNotes(doc: ReportDocument): string[] {
  const notes = doc.notes.map(sanitize);
  recipientLines(doc, notes);
  return notes;
}

/** A section heading as printed: level 1 in capitals (written as capitals, not by a style), others as written. */
export function headingText(text: string, level: 1 | 2 | 3, lang: Lang): string {
  return level === 1 ? upper(text, lang) : sanitize(text);
}
