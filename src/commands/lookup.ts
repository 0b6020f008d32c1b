import { closest } from '../checks/closest.js';
import { foldText } from '../i18n/fold.js';
import { terminalMessages } from '../i18n/terminal-messages.js';
import type { Lang } from '../i18n/lang.js';
import { UserError } from '../user-error.js';

/** Something a user may name on the command line: an id, and the names it is also known by. */
export interface Named {
  id: string;
  names: readonly string[];
  /** How to show it once found ("BDV Tỉnh ủy (bdv-tu)"). */
  label: string;
  /** How to show it in a list of what exists (default: label). */
  listed?: string;
}

export const LIST_LIMIT = 10;

/** At most ten items, then how many more: lists in messages stay readable with 1,000 programmes. */
export function listSome(items: readonly string[], lang: Lang): string {
  if (items.length === 0) return '—';
  const shown = items.slice(0, LIST_LIMIT).join(', ');
  return items.length > LIST_LIMIT ? `${shown} ${terminalMessages[lang].andMore(items.length - LIST_LIMIT)}` : shown;
}

/**
 * The one item a query names: an id, short or full name, in any case and with or without tone
 * marks; else the one whose name contains the query. Nothing or several: a UserError that says
 * which were meant (did-you-mean) or which fit.
 */
export function resolveNamed(query: string, items: readonly Named[], what: 'lead' | 'content', lang: Lang): Named {
  const m = terminalMessages[lang];
  const wanted = foldText(query);
  if (wanted === '') throw new UserError(m.noSuchFilter(what, query, undefined, listSome(items.map((i) => i.listed ?? i.label), lang)));
  const exact = items.filter((item) => [item.id, ...item.names].some((n) => foldText(n) === wanted));
  if (exact.length === 1) return exact[0]!;
  const partial = exact.length > 1 ? exact : items.filter((item) => item.names.some((n) => foldText(n).includes(wanted)));
  if (partial.length === 1) return partial[0]!;
  if (partial.length > 1) throw new UserError(m.ambiguousFilter(what, query, listSome(partial.map((p) => p.label), lang)));
  const byFold = new Map(items.flatMap((item) => [item.id, ...item.names].map((n) => [foldText(n), item] as const)));
  const near = closest(wanted, byFold.keys());
  const suggestion = near === undefined ? undefined : byFold.get(near)!.label;
  throw new UserError(m.noSuchFilter(what, query, suggestion, listSome(items.map((i) => i.listed ?? i.label), lang)));
}

/** An id typed in any case: the exact one first, else the one that equals it ignoring case. */
export function sameId(typed: string, id: string): boolean {
  return typed === id || typed.toLowerCase() === id.toLowerCase();
}
