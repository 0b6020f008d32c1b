import { formatDateLong } from '../i18n/format.js';
import type { OfficialFrame } from '../views/docx.js';
import type { Block } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';

// A thin bridge from a ReportDocument to the block renderers of src/views until they take the
// document itself (the renderers' owner replaces this): frame parts become blocks.

const WORDS = {
  vi: { draft: '(Dự thảo)', recipients: 'Nơi nhận:', blankDate: 'ngày ... tháng ... năm ...', notes: 'Ghi chú cho người soạn thảo (không thuộc văn bản)' },
  en: { draft: '(Draft)', recipients: 'Recipients:', blankDate: '.......... 20..', notes: 'Notes for the drafter (not part of the report)' },
};

export function dateLine(doc: ReportDocument): string {
  const w = WORDS[doc.lang];
  return `${doc.place ?? '..........'}, ${doc.date ? formatDateLong(doc.date, doc.lang) : w.blankDate}`;
}

/** The document as blocks: heading lines, the body, recipients and signatures; notes only when asked. */
export function documentBlocks(doc: ReportDocument, options: { notes: boolean; frame: boolean }): Block[] {
  const w = WORDS[doc.lang];
  const blocks: Block[] = [{ kind: 'title', text: doc.kind }, { kind: 'subtitle', text: doc.subject }];
  if (doc.draft) blocks.push({ kind: 'mark', text: w.draft });
  blocks.push({ kind: 'dateLine', text: dateLine(doc) }, ...doc.body);
  if (options.frame) {
    if (doc.recipients.length) blocks.push({ kind: 'paragraph', text: w.recipients }, { kind: 'bullets', items: doc.recipients });
    for (const s of doc.signatures) blocks.push({ kind: 'paragraph', text: [s.on, s.position, s.name].filter(Boolean).join('\n') });
  }
  if (options.notes && doc.notes.length) blocks.push({ kind: 'heading', level: 1, text: w.notes }, { kind: 'bullets', items: doc.notes });
  return blocks;
}

/** The Word frame the current docx renderer takes. */
export function officialFrame(doc: ReportDocument): OfficialFrame {
  return {
    issuers: [...(doc.issuers.parent ? [doc.issuers.parent] : []), ...doc.issuers.names],
    heading: doc.form,
    dateLine: dateLine(doc),
    // The current renderer prefixes "TM." itself: it signs for each issuing body by name.
    signers: doc.issuers.names,
    lang: doc.lang,
  };
}
