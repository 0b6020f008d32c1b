import type { Path } from '../records/positions.js';

/**
 * Calls `fn` for every string in a parsed record, keys included. `path` is a live stack: copy it
 * (`[...path]`) to keep it, which only a finding needs.
 */
export function eachString(value: unknown, fn: (text: string, path: Path, isKey: boolean) => void, path: (string | number)[] = []): void {
  if (typeof value === 'string') fn(value, path, false);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], fn, path);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      fn(key, path, true);
      eachString((value as Record<string, unknown>)[key], fn, path);
      path.pop();
    }
  }
}

/** Shortens text for a message. */
export function excerpt(text: string, max = 40): string {
  return text.length > max ? text.slice(0, max) + '…' : text;
}
