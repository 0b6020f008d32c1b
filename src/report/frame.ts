import type { IsoDate } from '../calendar.js';
import type { Lang } from '../i18n/lang.js';
import type { ProgrammeModel } from '../model/programme-model.js';
import type { Agency } from '../records/types.js';
import type { ReportDocument } from '../views/report-document.js';

export type ReportFrame = Pick<ReportDocument, 'form' | 'issuers' | 'number' | 'symbols' | 'place' | 'date' | 'signatures' | 'recipients'>;

export interface FrameInput {
  model: ProgrammeModel;
  lang: Lang;
  /** phoihop.yaml's `heading`, when it says one. */
  heading?: 'party' | 'state';
  place?: string;
  date?: IsoDate;
  /** The evaluation's or review's `document`. */
  number?: string;
  /** The evaluation's recipients, which override the programme's. */
  recipients?: readonly string[];
}

// Collective bodies sign "on behalf of" (T/M in Party texts, TM. in state texts); the phrase is the
// collective's name without its place: "Ban Cán sự đảng UBND tỉnh" signs "T/M BAN CÁN SỰ ĐẢNG".
const COLLECTIVES = [/^Ban Cán sự đảng/iu, /^Đảng đoàn/iu, /^Ban Thường vụ/iu, /^Ban Chấp hành/iu, /^Ủy ban nhân dân/iu, /^Ủy ban Mặt trận Tổ quốc Việt Nam/iu, /^Ban Thường trực/iu];

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The signature block of one party: "T/M BAN CÁN SỰ ĐẢNG" / "BÍ THƯ" / the signatory. */
function signature(agency: Agency | undefined, signatory: string, form: 'party' | 'state', lang: Lang): ReportDocument['signatures'][number] {
  const name = agency?.name ?? '';
  const collective = COLLECTIVES.map((re) => re.exec(name)?.[0]).find(Boolean);
  const on = collective ? `${lang === 'en' ? 'FOR' : form === 'party' ? 'T/M' : 'TM.'} ${upper(collective)}` : '';
  return { on, position: agency?.head ? upper(agency.head) : '', name: signatory };
}

/**
 * The frame of a signed report: the form (party when every party is a Party body, unless a
 * `heading` in programme.yaml or phoihop.yaml says otherwise), the issuers as equals under their
 * common parent, the number, place and date, a signature per party and the recipients.
 */
export function buildFrame(input: FrameInput): ReportFrame {
  const { model, lang } = input;
  const agencies = model.programme.parties.map((p) => model.agencies.get(p.agency));
  const derived = agencies.every((a) => a?.kind === 'party') ? 'party' : 'state';
  const form = model.programme.heading ?? input.heading ?? derived;
  const parents = new Set(agencies.map((a) => a?.parent));
  const parent = parents.size === 1 ? [...parents][0] : undefined;
  const names = model.programme.parties.map((p, i) => agencies[i]?.name ?? p.agency);
  return {
    form,
    issuers: { ...(parent ? { parent } : {}), names },
    ...(input.number ? { number: input.number } : {}),
    symbols: agencies.flatMap((a) => (a?.symbol ? [a.symbol] : [])),
    ...(input.place ? { place: input.place } : {}),
    ...(input.date ? { date: input.date } : {}),
    signatures: model.programme.parties.map((p, i) => signature(agencies[i], p.signatory, form, lang)),
    recipients: [...(input.recipients ?? model.programme.recipients ?? [])],
  };
}
