// The terminal's escaping lives with the others in escape.ts; these names stay for the views.
export { terminalText as sanitize, terminalLine as sanitizeLine } from './escape.js';
