export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** A value given in every language. */
export type Localized<T> = Record<Lang, T>;

/** Sorts Vietnamese text by Vietnamese rules, not code points. */
export const collator = new Intl.Collator('vi', { numeric: true });
