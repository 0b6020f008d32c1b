import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff of two texts (3 lines of context) with git's a/ b/ names, so `git apply` takes it;
 * empty when nothing changed (a patch without hunks). An edit never deletes a file, so only the
 * text before may be missing (a new file).
 */
export function unifiedDiff(file: string, before: string | null, after: string): string {
  const patch = createTwoFilesPatch(before === null ? '/dev/null' : `a/${file}`, `b/${file}`, before ?? '', after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
  return patch.includes('\n@@ ') ? patch : '';
}
