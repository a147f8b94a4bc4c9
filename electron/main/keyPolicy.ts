/// <reference types="electron" />

/** The parts of a key press the policy reads: Electron's `before-input-event` Input. */
export type KeyPress = Pick<Electron.Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/**
 * Editing shortcuts a staff member with a keyboard may use inside a text field; none of them
 * leaves the page. Every other Ctrl/Cmd combination is a browser or window command.
 */
const EDITING_LETTERS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Backspace', 'Delete']);

/** Alt plus these walks the history (back/forward) or opens the home page. */
const HISTORY_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home']);

/** Dedicated keys on some keyboards that act on the browser or the window, never on the page. */
const BROWSER_KEYS = new Set([
  'ContextMenu',
  'Print',
  'Find',
  'Open',
  'Save',
  'New',
  'Close',
  'Help',
  'Props',
  'AppSwitch',
]);
const BROWSER_KEY_PREFIXES = ['Browser', 'Zoom', 'Launch'];

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

/**
 * True when a key press would act on the window rather than the page: reload (F5, Ctrl+R,
 * Ctrl+Shift+R), close and quit (Ctrl+W, Ctrl+Q, Cmd+Q, Alt+F4), zoom (Ctrl +/-/=/0), devtools
 * (F12, Ctrl+Shift+I/J/C), print (Ctrl+P), fullscreen (F11), view source (Ctrl+U), find
 * (Ctrl+F, F3), history (Alt+arrows) and the like. Plain typing, Shift, Tab, Enter, Escape,
 * arrows and the editing shortcuts inside a field pass.
 */
export function isBlockedKey(input: KeyPress): boolean {
  const { key } = input;
  // Every function key: F1 help, F3 find, F5 reload, F6 address, F7 caret browsing, F10 menu, F11 fullscreen, F12 devtools.
  if (FUNCTION_KEY.test(key)) return true;
  if (BROWSER_KEYS.has(key) || BROWSER_KEY_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  // Windows reports AltGr as Ctrl+Alt; the kiosk runs on Linux, where AltGr sets neither.
  if (input.control || input.meta) return !isEditingShortcut(input);
  if (input.alt) return HISTORY_KEYS.has(key) || key === ' ';
  return false;
}

function isEditingShortcut({ key, shift, alt }: KeyPress): boolean {
  if (alt) return false;
  if (CARET_KEYS.has(key)) return true;
  const letter = key.toLowerCase();
  if (!EDITING_LETTERS.has(letter)) return false;
  // Ctrl+Shift+C opens the element inspector; Ctrl+Shift+Z is redo.
  return !shift || letter === 'z';
}
