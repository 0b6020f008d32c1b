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

// Each party signs on behalf of its body (T/M in Party texts, TM. in state texts): the body's name
// without its place, "Ban Cán sự đảng Ủy ban nhân dân tỉnh" → "Ban Cán sự đảng", "Ban Dân vận Tỉnh ủy"
// → "Ban Dân vận". The renderers print it in capitals under the form's prefix.
const COLLECTIVES = [/^Ban Cán sự đảng/iu, /^Đảng đoàn/iu, /^Ban Thường vụ/iu, /^Ban Chấp hành/iu, /^Ủy ban nhân dân/iu, /^Ủy ban Mặt trận Tổ quốc Việt Nam/iu, /^Ban Thường trực/iu];
const PLACE_TAIL = /\s+(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|tỉnh|thành phố|huyện|quận|thị xã)(\s+\p{Lu}[\p{L}\s]*)?$/u;

/** "Ban Dân vận" for "Ban Dân vận Tỉnh ủy": the body a signatory acts for. */
export function bodyName(name: string): string {
  return COLLECTIVES.map((re) => re.exec(name)?.[0]).find(Boolean) ?? name.replace(PLACE_TAIL, '');
}

/** The signature block of one party: "T/M Ban Cán sự đảng" / "Bí thư" / the signatory. */
function signature(agency: Agency | undefined, id: string, signatory: string, form: 'party' | 'state', lang: Lang): ReportDocument['signatures'][number] {
  const prefix = lang === 'en' ? 'On behalf of' : form === 'party' ? 'T/M' : 'TM.';
  return { on: `${prefix} ${bodyName(agency?.name ?? id)}`, position: agency?.head ?? '', name: signatory };
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
    signatures: model.programme.parties.map((p, i) => signature(agencies[i], p.agency, p.signatory, form, lang)),
    recipients: [...(input.recipients ?? model.programme.recipients ?? [])],
  };
}
