/**
 * Control characters in text a user supplies (a scenario's name, a file name): printed raw in a
 * terminal, an escape sequence could move the cursor or rewrite the screen. Line breaks and tabs
 * are ordinary text; every other C0 character, DEL and the C1 range are not.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Whether `text` holds a control character other than a line break or tab. */
export function hasControlCharacter(text: string): boolean {
  CONTROL_CHARACTERS.lastIndex = 0;
  return CONTROL_CHARACTERS.test(text);
}

/** `text` with each such control character written out as \xNN instead of obeyed. */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
