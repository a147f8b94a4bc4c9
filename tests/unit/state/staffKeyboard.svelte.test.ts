import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyboardFocus } from '../../../renderer/src/components/staff/keyboardFocus.svelte';

/**
 * Which staff text field the on-screen keyboard types into, and how it types. The page here has
 * no DOM: the few element features the class uses are stood in for below, text fields editing
 * their value as the HTML standard says setRangeText does.
 */

class FakeElement {
  parent: FakeElement | null = null;
  readonly marks = new Set<string>();
  constructor(parent: FakeElement | null = null, ...marks: string[]) {
    this.parent = parent;
    for (const mark of marks) this.marks.add(mark);
  }
  contains(other: FakeElement | null): boolean {
    for (let node = other; node; node = node.parent) if (node === this) return true;
    return false;
  }
  /** The selectors keyboardFocus asks about: the keyboard, and keyboard text fields. */
  closest(selector: string): FakeElement | null {
    for (const node of this.#selfAndAncestors()) {
      if (selector === '[data-staff-keyboard]' && node.marks.has('staff-keyboard')) return node;
      if (selector.includes('[data-keyboard]') && node instanceof FakeField && node.dataset.keyboard !== undefined) return node;
    }
    return null;
  }
  *#selfAndAncestors(): Generator<FakeElement> {
    yield this;
    for (let node = this.parent; node; node = node.parent) yield node;
  }
}

class FakeField extends FakeElement {
  value = '';
  selectionStart: number | null = null;
  selectionEnd: number | null = null;
  maxLength = -1;
  dataset: Record<string, string> = {};
  readonly events: string[] = [];
  blurred = false;
  scrolled = false;
  setRangeText(text: string, start: number, end: number, mode: 'end') {
    expect(mode).toBe('end');
    this.value = this.value.slice(0, start) + text + this.value.slice(end);
    this.selectionStart = this.selectionEnd = start + text.length;
  }
  dispatchEvent(event: Event) {
    this.events.push(event.type);
    return true;
  }
  blur() {
    this.blurred = true;
  }
  scrollIntoView() {
    this.scrolled = true;
  }
}
class FakeInput extends FakeField {}
class FakeTextArea extends FakeField {}

beforeAll(() => {
  Object.assign(globalThis, { Element: FakeElement, HTMLInputElement: FakeInput, HTMLTextAreaElement: FakeTextArea });
});

afterEach(() => keyboardFocus.close());

const form = new FakeElement();
const keyboard = new FakeElement(null, 'staff-keyboard');
const keyOnKeyboard = new FakeElement(keyboard);

/** A staff text field that asks for the keyboard, with its text and caret. */
function field(value = '', caret = value.length, kind: 'input' | 'textarea' = 'input') {
  const element = kind === 'input' ? new FakeInput(form) : new FakeTextArea(form);
  element.dataset.keyboard = '';
  element.value = value;
  element.selectionStart = element.selectionEnd = caret;
  return element;
}

const focus = (target: FakeElement) => keyboardFocus.focusIn({ target } as unknown as FocusEvent);
const click = (target: FakeElement) => keyboardFocus.clickedSomewhere({ target } as unknown as MouseEvent);

describe('the staff keyboard’s text field', () => {
  it('opens for a field that asks for it, brings the field into view, and not for one that does not', async () => {
    const plain = new FakeInput(form);
    focus(plain);
    expect(keyboardFocus.open).toBe(false);
    focus(new FakeElement(form));
    expect(keyboardFocus.open).toBe(false);

    const name = field('Sam');
    focus(name);
    expect(keyboardFocus.open).toBe(true);
    expect(keyboardFocus.textLength).toBe(3);
    await vi.waitFor(() => expect(name.scrolled).toBe(true));
    focus(field('', 0, 'textarea'));
    expect(keyboardFocus.textLength).toBe(0);
  });

  it('types at the caret as a key press would, and the field hears it', () => {
    const name = field('Helo', 3);
    focus(name);
    keyboardFocus.insert('l');
    expect(name.value).toBe('Hello');
    expect(name.selectionStart).toBe(4);
    expect(name.events).toEqual(['input']);
    expect(keyboardFocus.textLength).toBe(5);
  });

  it('replaces the chosen text, and refuses what would go past the field’s limit', () => {
    const code = field('ab', 2);
    code.maxLength = 3;
    focus(code);
    keyboardFocus.insert('cd');
    expect(code.value).toBe('ab');
    expect(code.events).toEqual([]);
    keyboardFocus.insert('c');
    expect(code.value).toBe('abc');
    code.selectionStart = 0;
    code.selectionEnd = 3;
    keyboardFocus.insert('xyz');
    expect(code.value).toBe('xyz');
  });

  it('erases the letter before the caret, or the chosen text, and nothing at the start', () => {
    const name = field('Samm', 4);
    focus(name);
    keyboardFocus.erase();
    expect(name.value).toBe('Sam');
    expect(keyboardFocus.textLength).toBe(3);
    name.selectionStart = 0;
    name.selectionEnd = 2;
    keyboardFocus.erase();
    expect(name.value).toBe('m');
    name.selectionStart = name.selectionEnd = 0;
    keyboardFocus.erase();
    expect(name.value).toBe('m');
    expect(name.events).toEqual(['input', 'input']);
  });

  it('stays open for taps on its keys, on the field and on another field, and closes for a tap elsewhere', () => {
    const name = field('Sam');
    focus(name);
    click(keyOnKeyboard);
    click(name);
    click(form);
    click(field('other'));
    expect(keyboardFocus.open).toBe(true);
    click(new FakeElement());
    expect(keyboardFocus.open).toBe(false);
  });

  it('closes when focus leaves for nowhere, not when it moves on to another field', () => {
    const name = field('Sam');
    focus(name);
    keyboardFocus.focusOut({ target: name, relatedTarget: field() } as unknown as FocusEvent);
    expect(keyboardFocus.open).toBe(true);
    keyboardFocus.focusOut({ target: name, relatedTarget: null } as unknown as FocusEvent);
    expect(keyboardFocus.open).toBe(false);
  });

  it('follows typing on a plugged-in keyboard, and lets go of the field when closed', () => {
    const name = field('Sa');
    focus(name);
    name.value = 'Sam';
    keyboardFocus.typed({ target: field('elsewhere') } as unknown as Event);
    expect(keyboardFocus.textLength).toBe(2);
    keyboardFocus.typed({ target: name } as unknown as Event);
    expect(keyboardFocus.textLength).toBe(3);
    keyboardFocus.close();
    expect(name.blurred).toBe(true);
    expect(keyboardFocus.open).toBe(false);
    keyboardFocus.insert('x');
    expect(name.value).toBe('Sam');
  });
});
