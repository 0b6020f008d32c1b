/**
 * RFC 4180: a field is quoted when it holds a quote, comma or line break; CRLF between records.
 * Text that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with "'".
 */
export function csvField(value: string | number | null): string {
  const raw = value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(headers: readonly string[], rows: readonly (string | number | null)[][]): string {
  return [headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
