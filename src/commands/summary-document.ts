import type { Lang } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { Block } from '../views/report-doc.js';
import type { ReportDocument } from '../views/report-document.js';

/**
 * Until the report model builds ReportDocument itself (issue 11), this wraps the summary's blocks in
 * the frame the Word and HTML renderers need: the parties as issuing bodies and signatories, the
 * report's title as the subject, its date. It invents nothing: what the records lack stays blank.
 */
export function documentFromBlocks(model: ProgrammeModel, blocks: readonly Block[], options: { lang: Lang; heading: 'party' | 'state'; place?: string; date?: string; final: boolean }): ReportDocument {
  const agencies = model.programme.parties.map((p) => ({ party: p, agency: model.agencies.get(p.agency) }));
  const parents = new Set(agencies.map((a) => a.agency?.parent));
  const parent = parents.size === 1 ? [...parents][0] : undefined;
  const title = blocks.find((b) => b.kind === 'title');
  const titleText = title && 'text' in title ? title.text : '';
  const subject = titleText.replace(/^(báo cáo|report on)\s+/i, '');
  const body = blocks.filter((b) => b.kind !== 'title' && b.kind !== 'mark' && b.kind !== 'dateLine').map((b) => (b.kind === 'subtitle' ? { kind: 'paragraph' as const, text: b.text } : b));
  return {
    lang: options.lang,
    form: options.heading,
    issuers: { ...(parent ? { parent } : {}), names: agencies.map((a) => a.agency?.name ?? a.party.agency) },
    symbols: agencies.flatMap((a) => (a.agency?.symbol ? [a.agency.symbol] : [])),
    ...(options.place ? { place: options.place } : {}),
    ...(options.date ? { date: options.date } : {}),
    kind: options.lang === 'vi' ? 'Báo cáo' : 'Report',
    subject: subject.charAt(0).toLocaleUpperCase(options.lang) + subject.slice(1),
    draft: !options.final,
    body,
    signatures: agencies.map((a) => ({ on: a.agency?.name ?? a.party.agency, position: a.agency?.head ?? a.party.position ?? '', ...(a.party.signatory ? { name: a.party.signatory } : {}) })),
    recipients: [...(model.programme.recipients ?? [])],
    notes: [],
  };
}
