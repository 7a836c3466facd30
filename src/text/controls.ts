/**
 * Characters that change how a terminal or a page shows text rather than being shown: C0 controls other than tab
 * and line feed (ESC starts terminal sequences, CR overwrites a line), DEL, C1 controls, and the bidi controls
 * that reorder what follows them (U+202E shows `exe.txt` for `txt.exe`).
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as a visible `\uXXXX` (also a valid JSON string escape). */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
