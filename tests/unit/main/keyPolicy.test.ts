import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlockedKey, type KeyPress } from '../../../electron/main/keyPolicy';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({
  key,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...modifiers,
});

const ctrl = { control: true };
const cmd = { meta: true };
const ctrlShift = { control: true, shift: true };

/** Every combination of the four modifiers. */
const ALL_MODIFIERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15].map((bits) => ({
  control: Boolean(bits & 1),
  meta: Boolean(bits & 2),
  alt: Boolean(bits & 4),
  shift: Boolean(bits & 8),
}));

const PRINTABLE_ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i));
const EDITING_LETTERS = ['a', 'c', 'v', 'x', 'z', 'y'];

describe('the kiosk key policy', () => {
  it.each([
    ['reload', press('r', ctrl)],
    ['reload with Cmd', press('r', cmd)],
    ['hard reload', press('R', ctrlShift)],
    ['reload with F5', press('F5')],
    ['hard reload with Ctrl+F5', press('F5', ctrl)],
    ['close the window', press('w', ctrl)],
    ['close with Alt+F4', press('F4', { alt: true })],
    ['quit', press('q', ctrl)],
    ['quit with Cmd', press('q', cmd)],
    ['zoom in', press('+', ctrl)],
    ['zoom in with Ctrl+Shift+=', press('+', ctrlShift)],
    ['zoom in with Ctrl+=', press('=', ctrl)],
    ['zoom out', press('-', ctrl)],
    ['reset zoom', press('0', ctrl)],
    ['open devtools with F12', press('F12')],
    ['open devtools', press('I', ctrlShift)],
    ['open the console', press('J', ctrlShift)],
    ['open the element inspector', press('C', ctrlShift)],
    ['open devtools with Cmd+Alt+I', press('i', { meta: true, alt: true })],
    ['print', press('p', ctrl)],
    ['toggle fullscreen', press('F11')],
    ['view the source', press('u', ctrl)],
    ['find', press('f', ctrl)],
    ['find with F3', press('F3')],
    ['find next', press('g', ctrl)],
    ['open a new window', press('n', ctrl)],
    ['open a new tab', press('t', ctrl)],
    ['open a file', press('o', ctrl)],
    ['save the page', press('s', ctrl)],
    ['open history', press('h', ctrl)],
    ['focus the address bar', press('l', ctrl)],
    ['switch tabs', press('Tab', ctrl)],
    ['go back with Alt+Left', press('ArrowLeft', { alt: true })],
    ['go forward with Alt+Right', press('ArrowRight', { alt: true })],
    ['go home with Alt+Home', press('Home', { alt: true })],
    ['open the window menu with Alt+Space', press(' ', { alt: true })],
    ['go back with the browser key', press('BrowserBack')],
    ['refresh with the browser key', press('BrowserRefresh')],
    ['zoom with a zoom key', press('ZoomIn')],
    ['open the context menu with its key', press('ContextMenu')],
    ['open the context menu with Shift+F10', press('F10', { shift: true })],
    ['print with the print key', press('Print')],
  ])('blocks the keys that %s', (_what, key) => {
    expect(isBlockedKey(key)).toBe(true);
  });

  it('blocks every function key, whatever the modifiers', () => {
    for (let n = 1; n <= 24; n += 1) {
      for (const modifiers of ALL_MODIFIERS) expect(isBlockedKey(press(`F${n}`, modifiers)), `F${n} ${JSON.stringify(modifiers)}`).toBe(true);
    }
  });

  it('lets every printable character through, with or without Shift', () => {
    for (const key of PRINTABLE_ASCII) {
      expect(isBlockedKey(press(key)), key).toBe(false);
      expect(isBlockedKey(press(key, { shift: true })), `Shift+${key}`).toBe(false);
    }
  });

  it.each(['ñ', 'Ñ', 'á', 'é', 'í', 'ó', 'ú', 'ü', '¿', '¡', '€'])('lets the Spanish character %s through', (key) => {
    expect(isBlockedKey(press(key))).toBe(false);
    expect(isBlockedKey(press(key, { shift: true }))).toBe(false);
  });

  it.each(['Backspace', 'Enter', ' ', 'Tab', 'Escape', 'Delete', 'Home', 'End', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Shift', 'Control', 'Alt', 'Meta', 'CapsLock'])(
    'lets %s through, with or without Shift',
    (key) => {
      expect(isBlockedKey(press(key))).toBe(false);
      expect(isBlockedKey(press(key, { shift: true }))).toBe(false);
    },
  );

  it('lets the editing shortcuts work inside a text field, with Ctrl or Cmd', () => {
    for (const modifier of [ctrl, cmd]) {
      for (const letter of EDITING_LETTERS) expect(isBlockedKey(press(letter, modifier)), `${letter}`).toBe(false);
      expect(isBlockedKey(press('Z', { ...modifier, shift: true })), 'redo').toBe(false);
      for (const key of ['ArrowLeft', 'ArrowRight', 'Home', 'End', 'Backspace', 'Delete']) {
        expect(isBlockedKey(press(key, modifier)), key).toBe(false);
        expect(isBlockedKey(press(key, { ...modifier, shift: true })), `Shift+${key}`).toBe(false);
      }
    }
  });

  it('blocks every other Ctrl or Cmd combination with a printable character', () => {
    for (const key of PRINTABLE_ASCII) {
      for (const modifiers of ALL_MODIFIERS.filter((m) => m.control || m.meta)) {
        const isEditing = EDITING_LETTERS.includes(key.toLowerCase()) && !modifiers.alt && (!modifiers.shift || key.toLowerCase() === 'z');
        expect(isBlockedKey(press(key, modifiers)), `${key} ${JSON.stringify(modifiers)}`).toBe(!isEditing);
      }
    }
  });

  it('never blocks a single character typed without Ctrl, Cmd or Alt', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }), fc.boolean(), (key, shift) => {
        expect(isBlockedKey(press(key, { shift }))).toBe(false);
      }),
    );
  });

  it('looks only at the key pressed, not at keyDown or keyUp', () => {
    const input: Electron.Input = {
      type: 'keyUp',
      key: 'r',
      code: 'KeyR',
      isAutoRepeat: false,
      isComposing: false,
      shift: false,
      control: true,
      alt: false,
      meta: false,
      location: 0,
      modifiers: ['control'],
    };
    const keyDown: Electron.Input = { ...input, type: 'keyDown' };
    expect(isBlockedKey(input)).toBe(true);
    expect(isBlockedKey(keyDown)).toBe(true);
  });
});
