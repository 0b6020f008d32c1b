import type { Path } from '../../records/positions.js';
import type { SourceFile } from '../../records/types.js';
import { documentNumber } from '../../records/types.js';
import { distance } from '../closest.js';
import { defineRule } from '../rule.js';

/**
 * The issuers' symbols in a số, ký hiệu: Party style "45-BC/BDVTU" (all after the slash), state
 * style "150/BC-UBND" (after the document type). Known symbols may hold a hyphen ("MTTQ-BTT").
 */
export function issuerTokens(number: string, known: ReadonlySet<string>): string[] {
  const slash = number.indexOf('/');
  if (slash < 0) return [];
  const parts = number.slice(slash + 1).split('-').filter(Boolean);
  if (!number.slice(0, slash).includes('-')) parts.shift();
  const tokens: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    let taken = 1;
    for (let m = parts.length; m > k + 1; m--) {
      if (known.has(parts.slice(k, m).join('-'))) {
        taken = m - k;
        break;
      }
    }
    tokens.push(parts.slice(k, k + taken).join('-'));
    k += taken - 1;
  }
  return tokens;
}

/** A known symbol one keystroke away from the token (or differing only in case), if any. */
function nearSymbol(token: string, known: ReadonlySet<string>): string | undefined {
  if (known.has(token) || token.length < 3) return undefined;
  for (const symbol of known) {
    if (symbol.toLowerCase() === token.toLowerCase() || distance(token, symbol) <= 1) return symbol;
  }
  return undefined;
}

export const documentSymbol = defineRule({
  id: 'document-symbol',
  severity: 'warning',
  docs: {
    vi: 'Ký hiệu cơ quan trong số, ký hiệu văn bản (45-BC/BDVTU) không sai một ký tự so với ký hiệu (symbol) của một cơ quan trong agencies.yaml (cảnh báo).',
    en: "An issuer's symbol in a document number (45-BC/BDVTU) is not one character off an agency's symbol in agencies.yaml (warning).",
  },
  messages: {
    get vi() {
      return {
        near: (number: string, token: string, symbol: string, name: string) => `số, ký hiệu "${number}": "${token}" gần giống ký hiệu ${symbol} của ${name}`,
        hint: (fixed: string) => `nếu là văn bản của cơ quan này, viết ${fixed}`,
      };
    },
    get en() {
      return {
        near: (number: string, token: string, symbol: string, name: string) => `document number "${number}": "${token}" is close to ${symbol}, the symbol of ${name}`,
        hint: (fixed: string) => `if the document is that agency's, write ${fixed}`,
      };
    },
  },
  check({ records, models }, msg, report) {
    const bySymbol = new Map((records.agencies?.data.agencies ?? []).flatMap((a) => (a.symbol ? [[a.symbol, a.name] as const] : [])));
    if (bySymbol.size === 0) return;
    const known = new Set(bySymbol.keys());
    const look = (source: SourceFile, path: Path, number: string | undefined) => {
      if (!number) return;
      for (const token of issuerTokens(number, known)) {
        const symbol = nearSymbol(token, known);
        if (!symbol) continue;
        const fixed = number.slice(0, number.indexOf('/') + 1) + number.slice(number.indexOf('/') + 1).replace(token, symbol);
        report({ source, path, message: msg.near(number, token, symbol, bySymbol.get(symbol)!), hint: msg.hint(fixed) });
      }
    };
    for (const model of models) {
      const programme = model.rec;
      look(programme.source, ['number'], programme.data.number);
      (programme.data.reviews ?? []).forEach((r, i) => look(programme.source, ['reviews', i, 'document'], r.document));
      for (const { rec, task } of model.tasks) {
        (task.reports ?? []).forEach((r, i) =>
          (r.documents ?? []).forEach((d, j) => look(rec.source, typeof d === 'string' ? ['reports', i, 'documents', j] : ['reports', i, 'documents', j, 'number'], documentNumber(d))),
        );
      }
      for (const { source, data } of model.evaluations.values()) {
        look(source, ['document'], data.document);
        look(source, ['next_year', 'plan', 'number'], data.next_year?.plan?.number);
      }
      for (const { source, data } of model.amendments) look(source, ['document'], data.document);
    }
  },
});
