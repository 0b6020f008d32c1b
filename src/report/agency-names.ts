import type { Lang } from '../i18n/lang.js';
import type { Agency } from '../records/types.js';

/**
 * Agency names as a document uses them: the full name on the first mention, the short name after.
 * One instance per document, called in reading order, so that "first" is a property of the document.
 */
export class AgencyNames {
  private readonly seen = new Set<string>();

  constructor(private readonly agencies: ReadonlyMap<string, Agency>) {}

  name(id: string): string {
    const agency = this.agencies.get(id);
    if (!agency) return id;
    if (this.seen.has(id)) return agency.short ?? agency.name;
    this.seen.add(id);
    return agency.name;
  }

  names(ids: readonly string[]): string[] {
    return ids.map((id) => this.name(id));
  }
}

/** "A, B và C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = lang === 'vi' ? ' và ' : ' and ';
  return items.slice(0, -1).join(', ') + and + items.at(-1)!;
}
