import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/** A unified diff of two texts (3 lines of context) with git's a/ b/ names, so `git apply` takes it. */
export function unifiedDiff(file: string, before: string | null, after: string | null): string {
  if (before === after) return '';
  const patch = createTwoFilesPatch(before === null ? '/dev/null' : `a/${file}`, after === null ? '/dev/null' : `b/${file}`, before ?? '', after ?? '', undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  return patch.includes('\n@@ ') ? patch : '';
}
