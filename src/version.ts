import { readFileSync } from 'node:fs';
import { packageFile } from './package-root.js';

export const VERSION = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;

// The contracts phoihop keeps, each versioned on its own (docs/versioning.md): a record format
// version changes only by adding optional fields; a json envelope version only when a field
// changes meaning or goes away (new fields may appear in any release).
export const RECORD_FORMAT = { current: '1.1', reads: ['1', '1.1'] } as const;
export const JSON_ENVELOPE = 1;

/** What `phoihop --version` prints: the tool and the contracts it keeps. */
export function versionText(lang: 'vi' | 'en'): string {
  return lang === 'vi'
    ? `phoihop ${VERSION}\nđịnh dạng hồ sơ ${RECORD_FORMAT.current} (đọc được ${RECORD_FORMAT.reads.join(', ')})\nđịnh dạng json ${JSON_ENVELOPE}`
    : `phoihop ${VERSION}\nrecord format ${RECORD_FORMAT.current} (reads ${RECORD_FORMAT.reads.join(', ')})\njson envelope ${JSON_ENVELOPE}`;
}
