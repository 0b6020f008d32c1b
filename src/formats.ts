// The string formats the schemas name. Each function is self-contained (it refers to nothing
// outside itself), because the build copies its source into the precompiled validators.

/** "YYYY-MM-DD" that exists on the calendar (2018-02-30 does not). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** "MM-DD" that exists in some year (02-29 included). */
export function isMonthDay(text: string): boolean {
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [month, day] = [Number(m[1]), Number(m[2])];
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

/** A task's due day: a date for once-tasks, "MM-DD" for recurring ones. */
export function isDueDay(text: string): boolean {
  return /^\d{4}-/.test(text) ? isIsoDate(text) : isMonthDay(text);
}
