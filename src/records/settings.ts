import { fastParse } from './load.js';
import { yaml } from './yaml-lib.js';
import { isLang, type Lang } from '../i18n/lang.js';

export interface EffectiveSettings {
  lang?: Lang;
  timezone: string;
  soon: number;
  place?: string;
  /** Only when phoihop.yaml says it: reports otherwise take the form from the parties' kind. */
  heading?: 'state' | 'party';
}

export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';
export const DEFAULT_SOON_DAYS = 30;

/**
 * Reads phoihop.yaml leniently, before anything else, because the language and time zone shape
 * every later message. Invalid values fall back to defaults here (an unknown time zone when
 * today is needed); `validate` reports them.
 */
export function readSettings(text: string | null): EffectiveSettings {
  let raw: Record<string, unknown> = {};
  try {
    // The fast parser records are read with; `yaml` only for what it leaves (anchors, tags, errors).
    const parsed: unknown = text === null ? null : (fastParse(text) ?? yaml().parse(text, { schema: 'core' }));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // A broken settings file is reported by `validate`; the defaults serve meanwhile.
  }
  const settings: EffectiveSettings = { timezone: DEFAULT_TIMEZONE, soon: DEFAULT_SOON_DAYS };
  if (raw.heading === 'party' || raw.heading === 'state') settings.heading = raw.heading;
  if (isLang(raw.lang)) settings.lang = raw.lang;
  if (typeof raw.timezone === 'string') settings.timezone = raw.timezone;
  if (typeof raw.soon === 'number' && Number.isInteger(raw.soon) && raw.soon >= 0) settings.soon = raw.soon;
  if (typeof raw.place === 'string' && raw.place.trim()) settings.place = raw.place;
  return settings;
}
