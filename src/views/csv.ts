import { csvField } from '../formatters/escape.js';

export { csvField };

export function csvTable(headers: readonly string[], rows: readonly (string | number | null)[][]): string {
  return [headers, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
