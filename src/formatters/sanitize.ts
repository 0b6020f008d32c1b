// Record text is untrusted: a record must not be able to move the cursor, recolour or clear the
// officer's terminal or a CI log. Control characters are shown visibly instead (ESC as "\x1b").
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitize(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Like `sanitize`, and line breaks too, for one-line fields. */
export function sanitizeLine(text: string): string {
  return sanitize(text.replace(/\r?\n/g, '\\n').replace(/\t/g, ' '));
}
