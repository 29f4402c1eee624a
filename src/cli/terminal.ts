/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and line feed (ESC starts
 * sequences that retitle the window or clear the screen, CR overwrites a line), DEL, C1 controls
 * (0x9B is a one-byte CSI), and the bidirectional overrides and isolates that reorder what
 * follows (a hostile title could make a URL read backwards), with the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from a feed, ready to print: each unsafe character becomes a visible escape (`\x1b`, `\u202e`). */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
