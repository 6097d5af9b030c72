/**
 * Invisible characters that change how text looks without being seen (不可见字符): bidi controls
 * (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C) reorder what a list or an export shows
 * (`U+202E` makes `单位txt.exe` read backwards), zero-width characters (U+200B–U+200D, U+2060, U+FEFF)
 * make two names that look equal differ. Names, codes and usernames refuse them (and other control
 * characters); imported prose has them removed with a warning.
 */
const BIDI_AND_ZERO_WIDTH = '\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF';
/** C0 and C1 controls (tab and line ends included): a name is one line of visible text. */
const CONTROLS = '\u0001-\u001F\u007F-\u009F';

const INVISIBLE = new RegExp(`[${BIDI_AND_ZERO_WIDTH}]`, 'g');
const NOT_IN_A_NAME = new RegExp(`[${BIDI_AND_ZERO_WIDTH}${CONTROLS}]`);

/** The index of the first character a name, code or username may not hold, or -1. */
export function findCharacterNotInName(text: string): number {
  const match = NOT_IN_A_NAME.exec(text);
  return match === null ? -1 : match.index;
}

/** The text without bidi controls and zero-width characters, and how many were removed. */
export function stripInvisibleCharacters(text: string): { text: string; removed: number } {
  let removed = 0;
  const stripped = text.replace(INVISIBLE, () => {
    removed += 1;
    return '';
  });
  return { text: stripped, removed };
}

/** `U+202E`: how a refused or removed character is shown in a message. */
export function codePointLabel(text: string, index: number): string {
  return `U+${text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
