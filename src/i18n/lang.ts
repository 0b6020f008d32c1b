export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** A value given in every language; `pick` chooses one. */
export type Localized<T> = Record<Lang, T>;

export function pick<T>(localized: Localized<T>, lang: Lang): T {
  return localized[lang];
}

/** Sorts Vietnamese text by Vietnamese rules, not code points. */
export const collator = new Intl.Collator('vi', { numeric: true });
