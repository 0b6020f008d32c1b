import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { isValid, parse } from 'date-fns';
import { makeDate } from '../calendar.js';
import { isDueDay, isIsoDate, isMonthDay } from '../formats.js';
import type { Diagnostic } from '../diagnostic.js';
import { packageFile } from '../package-root.js';
import { AJV_OPTIONS, readSchemaText, SCHEMA_FILES, schemaHash, SHARED_SCHEMA } from './schema-set.js';
import type { Lang } from '../i18n/lang.js';
import { formatNumber } from '../i18n/format.js';
import { locate, type Path, type Position } from '../records/positions.js';
import type { RecordKind, SourceFile } from '../records/types.js';
import { closest } from './closest.js';
import { schemaMessages, type SchemaMessages } from './schema-messages.js';

export type Validators = Map<RecordKind, ValidateFunction>;

/** The validators precompiled at build time, when they were compiled from these very schemas. */
export async function precompiledValidators(): Promise<Validators | undefined> {
  const precompiled = (await import(packageFile('dist/validators.js').href).catch(() => undefined)) as (Record<string, ValidateFunction> & { SCHEMA_HASH: string }) | undefined;
  if (precompiled?.SCHEMA_HASH !== schemaHash()) return undefined;
  return new Map(Object.keys(SCHEMA_FILES).map((kind) => [kind as RecordKind, precompiled[kind]!]));
}

/** Compiles the schemas now (development, or a build older than the schemas). */
export async function compileValidators(): Promise<Validators> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const ajv = new Ajv2020(AJV_OPTIONS);
  ajv.addFormat('date', isIsoDate).addFormat('month-day', isMonthDay).addFormat('due-day', isDueDay);
  ajv.addSchema(JSON.parse(readSchemaText(SHARED_SCHEMA)));
  return new Map(Object.entries(SCHEMA_FILES).map(([kind, file]) => [kind as RecordKind, ajv.compile(JSON.parse(readSchemaText(file)))]));
}

const validators: Validators = (await precompiledValidators()) ?? (await compileValidators());

/** Validates one parsed record against its kind's schema; each error points at its YAML node. */
export function checkSchema(source: SourceFile, value: unknown, lang: Lang): Diagnostic[] {
  const validate = validators.get(source.kind)!;
  if (validate(value)) return [];
  const errors = collapse(validate.errors ?? []);
  // Missing keys by place, gathered once: a file with thousands of unknown keys stays linear.
  const missing = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'required') continue;
    const list = missing.get(e.instancePath) ?? [];
    list.push((e.params as { missingProperty: string }).missingProperty);
    missing.set(e.instancePath, list);
  }
  const missingAt = (path: string) => missing.get(path) ?? [];
  // A misspelt key ("laed") explains the missing one ("lead"): say it once, at the misspelling.
  const explained = new Set(
    errors
      .filter((e) => e.keyword === 'additionalProperties')
      .flatMap((e) => {
        const near = closest((e.params as { additionalProperty: string }).additionalProperty, missingAt(e.instancePath));
        return near ? [`${e.instancePath}|${near}`] : [];
      }),
  );
  const { listed, more } = summariseUnknown(errors.filter((e) => e.keyword !== 'required' || !explained.has(`${e.instancePath}|${(e.params as { missingProperty: string }).missingProperty}`)));
  const diagnostics = listed.map((error) => toDiagnostic(error, source, schemaMessages(lang), lang, missingAt(error.instancePath)));
  return [...diagnostics, ...more.map((m) => moreUnknown(m, source, lang))];
}

/** Unknown keys listed one by one per mapping; past that, one finding says how many more. */
export const UNKNOWN_LISTED = 100;

interface MoreUnknown {
  instancePath: string;
  first: string;
  count: number;
}

function summariseUnknown(errors: ErrorObject[]): { listed: ErrorObject[]; more: MoreUnknown[] } {
  const seen = new Map<string, number>();
  const more = new Map<string, MoreUnknown>();
  const listed = errors.filter((e) => {
    if (e.keyword !== 'additionalProperties') return true;
    const n = (seen.get(e.instancePath) ?? 0) + 1;
    seen.set(e.instancePath, n);
    if (n <= UNKNOWN_LISTED) return true;
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const entry = more.get(e.instancePath) ?? { instancePath: e.instancePath, first: extra, count: 0 };
    entry.count++;
    more.set(e.instancePath, entry);
    return false;
  });
  return { listed, more: [...more.values()] };
}

function moreUnknown({ instancePath, first, count }: MoreUnknown, source: SourceFile, lang: Lang): Diagnostic {
  const msg = schemaMessages(lang);
  const at = locate(source, [...toPath(instancePath), first], { key: true });
  return { file: source.path, line: at.line, column: at.column, rule: 'schema', severity: 'error', message: msg.moreUnknownFields(formatNumber(count, lang), first), hint: msg.moreUnknownHint(UNKNOWN_LISTED), pointer: instancePath };
}

/**
 * One message per place: drops `if` wrappers and keeps the first error of each instance path.
 * The schemas give alternatives with `oneOf` only (never `anyOf`): under a failed `oneOf`, the
 * errors of its branches are left out for its own.
 */
function collapse(errors: ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const seen = new Set<string>();
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    const under = alternatives.find((p) => error.instancePath.startsWith(p));
    if (under !== undefined && error.keyword !== 'oneOf') continue;
    const params = error.params as { missingProperty?: string; additionalProperty?: string };
    const key = `${error.instancePath}|${error.keyword === 'required' ? `-${params.missingProperty}` : error.keyword === 'additionalProperties' ? `+${params.additionalProperty}` : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(error);
  }
  return kept;
}

function toPath(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(path: Path, lang: Lang): string {
  const names = path.filter((s): s is string => typeof s === 'string');
  return names[names.length - 1] ?? (lang === 'vi' ? '(tệp)' : '(file)');
}

function describeValue(value: unknown, msg: SchemaMessages): string {
  if (value === null) return msg.typeName('null');
  if (Array.isArray(value)) return msg.typeName('array');
  if (typeof value === 'number') return `${msg.typeName(Number.isInteger(value) ? 'integer' : 'number')} ${value}`;
  if (typeof value === 'object') return msg.typeName('object');
  if (typeof value === 'string') return `${msg.typeName('string')} "${value}"`;
  return msg.typeName(typeof value);
}

/** `missingHere`: required fields missing from the same mapping, the likeliest meaning of a typo. */
/**
 * A key with no value holding a space ("{ title: Báo cáo, năm 2019 }" reads "năm 2019" as a key):
 * the sign of a comma splitting an unquoted value in a flow mapping.
 */
function commaSplit(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  // Each unknown key of a mapping asks about the same mapping: it is looked through once.
  if (!splitKeys.has(data)) splitKeys.set(data, splitKeyOf(data as Record<string, unknown>));
  return splitKeys.get(data);
}

const splitKeys = new WeakMap<object, string | undefined>();

function splitKeyOf(data: Record<string, unknown>): string | undefined {
  for (const key in data) if (data[key] === null && /\s/.test(key)) return key;
  return undefined;
}

function toDiagnostic(error: ErrorObject, source: SourceFile, msg: SchemaMessages, lang: Lang, missingHere: string[]): Diagnostic {
  const path = toPath(error.instancePath);
  const field = fieldName(path, lang);
  const parentSchema = (error.parentSchema ?? {}) as { properties?: Record<string, { description?: string }>; description?: string; title?: string };
  // The schemas describe their fields in Vietnamese only: an English listing goes without.
  const described = lang === 'vi' ? parentSchema.description : undefined;
  // Located when the message is made: an unknown key is found by its key alone.
  let at: Position | undefined;
  let message: string;
  let hint: string | undefined;
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      message = msg.required(missing);
      hint = msg.requiredHint(missing, parentSchema.properties?.[missing]?.description ?? '');
      break;
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      at = locate(source, [...path, extra], { key: true });
      const known = Object.keys(parentSchema.properties ?? {});
      const near = closest(extra, missingHere) ?? closest(extra, known);
      message = msg.unknownField(extra) + (near ? '; ' + msg.didYouMean(near) : '');
      const split = commaSplit(error.data);
      hint = split ? msg.commaInFlow(split) : msg.knownFields(known.join(', '));
      break;
    }
    case 'type': {
      const expected = String((error.params as { type: string | string[] }).type).split(',').map(msg.typeName).join(' / ');
      message = msg.wrongType(field, expected, describeValue(error.data, msg));
      if (String((error.params as { type: string }).type).includes('string') && error.data !== null && typeof error.data !== 'object') hint = msg.quoteHint(String(error.data));
      break;
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const near = closest(String(error.data), allowed);
      message = msg.badEnum(field, String(error.data)) + (near ? '; ' + msg.didYouMean(near) : '');
      hint = described ?? msg.chooseOne(allowed.join(', '));
      break;
    }
    case 'format':
      ({ message, hint } = formatMessage((error.params as { format: string }).format, String(error.data), msg));
      break;
    case 'pattern':
      message = msg.badPattern(field, String(error.data));
      hint = described;
      break;
    case 'minItems':
      message = msg.tooFewItems(field, (error.params as { limit: number }).limit);
      hint = described;
      break;
    case 'minLength':
      message = msg.emptyText(field);
      break;
    case 'maxLength':
      message = msg.tooLong(field, (error.params as { limit: number }).limit);
      break;
    case 'minimum':
      message = msg.tooSmall(field, (error.params as { limit: number }).limit);
      break;
    case 'maximum':
      message = msg.tooLarge(field, (error.params as { limit: number }).limit);
      break;
    case 'oneOf':
    case 'anyOf':
      message = msg.noMatch(field);
      hint = commaSplit(error.data) ? msg.commaInFlow(commaSplit(error.data)!) : described;
      break;
    default:
      message = msg.other(field, error.message ?? error.keyword);
  }
  at ??= locate(source, path);
  return { file: source.path, line: at.line, column: at.column, rule: 'schema', severity: 'error', message, ...(hint ? { hint } : {}), pointer: error.instancePath };
}

const DMY_FORMS = ['d/M/yyyy', 'd-M-yyyy', 'd.M.yyyy'];

/** "18/4/2017" → "2017-04-18": the Vietnamese habit, rewritten in ISO form. */
export function isoFromDayMonthYear(value: string): string | undefined {
  for (const form of DMY_FORMS) {
    const parsed = parse(value, form, new Date(2000, 0, 1));
    if (isValid(parsed) && parsed.getFullYear() >= 1900) return makeDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
  }
  return undefined;
}

function formatMessage(format: string, value: string, msg: SchemaMessages): { message: string; hint?: string } {
  if (format === 'date' || (format === 'due-day' && value.length > 5)) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { message: msg.impossibleDate(value), hint: msg.dateForm };
    const iso = isoFromDayMonthYear(value);
    const message = format === 'date' ? msg.badDate(value) : msg.badDueDay(value);
    return { message, hint: iso ? msg.writeDate(iso) : format === 'date' ? msg.dateForm : msg.dueDayForm };
  }
  const dayMonth = /^(\d{1,2})\/(\d{1,2})$/.exec(value);
  const suggestion = dayMonth ? `"${dayMonth[2]!.padStart(2, '0')}-${dayMonth[1]!.padStart(2, '0')}"` : undefined;
  const message = format === 'month-day' ? msg.badMonthDay(value) : msg.badDueDay(value);
  return { message, hint: suggestion ? msg.writeDate(suggestion) : format === 'month-day' ? msg.monthDayForm : msg.dueDayForm };
}
