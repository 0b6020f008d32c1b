// The string formats the schemas name. Each function is self-contained (it refers to nothing
// outside itself), because the build copies its source into the precompiled validators.
// They read characters rather than match a pattern: every date of every record passes through
// them, and a match builds an array and a string per part.

/** "YYYY-MM-DD" that exists on the calendar (2018-02-30 does not). */
export function isIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return false;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : month >= 1 && month <= 12 ? 31 : 0;
  return day >= 1 && day <= days;
}

/** "MM-DD" that exists in some year (02-29 included). */
export function isMonthDay(text: string): boolean {
  if (text.length !== 5 || text.charCodeAt(2) !== 0x2d) return false;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 5; i++) {
    if (i === 2) continue;
    const digit = text.charCodeAt(i) - 0x30;
    if (!(digit >= 0 && digit <= 9)) return false;
    if (i < 2) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  const days = month === 2 ? 29 : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : month >= 1 && month <= 12 ? 31 : 0;
  return day >= 1 && day <= days;
}

/** A task's due day: a date for once-tasks ("YYYY-" first), "MM-DD" for recurring ones. */
export function isDueDay(text: string): boolean {
  // A "-" fifth can never start "MM-DD", so it alone decides which form is meant.
  return text.charCodeAt(4) === 0x2d ? isIsoDate(text) : isMonthDay(text);
}
