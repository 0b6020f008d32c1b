// The site escapes text with the project's one HTML escaping function (formatters/escape.ts).
export { htmlText as escapeText } from '../formatters/escape.js';
