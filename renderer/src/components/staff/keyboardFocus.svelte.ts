/**
 * Which text field the staff keyboard types into. Kiosks have no physical keyboard, so every
 * staff text field carries `data-keyboard` and the on-screen keyboard appears while it has focus.
 */
class KeyboardFocus {
  target = $state.raw<HTMLInputElement | HTMLTextAreaElement | null>(null);
  /** Length of the focused field's text, kept in step so the keyboard can offer a capital at the start. */
  textLength = $state(0);

  get open(): boolean {
    return this.target !== null;
  }

  focusIn = (event: FocusEvent) => {
    const element = event.target;
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.dataset.keyboard !== undefined) {
      this.target = element;
      this.textLength = element.value.length;
      // Keep the field visible above the keyboard.
      requestAnimationFrame(() => element.scrollIntoView({ block: 'center' }));
    }
  };

  /**
   * A finished tap elsewhere puts the keyboard away. Not on focus or pointer-down: the page would
   * shrink under the finger and the tap would miss the button it was meant for.
   *
   * A click that holds the field inside it began on the field: the field was brought up above the
   * keyboard while the finger was still down, and a click goes to what the press and the release
   * share. A tap on empty space around the field takes the focus away, and focusOut closes it then.
   */
  clickedSomewhere = (event: MouseEvent) => {
    const element = event.target;
    if (!this.target || !(element instanceof Element)) return;
    if (element.contains(this.target) || element.closest('[data-staff-keyboard]')) return;
    if (element.closest('input[data-keyboard], textarea[data-keyboard]')) return;
    this.target = null;
  };

  focusOut = (event: FocusEvent) => {
    // Focus left for nowhere (a tap on empty space): the keyboard goes away.
    if (event.relatedTarget === null && event.target === this.target) this.target = null;
  };

  /** Typing on a plugged-in keyboard changes the text too. */
  typed = (event: Event) => {
    if (event.target === this.target && this.target) this.textLength = this.target.value.length;
  };

  close() {
    this.target?.blur();
    this.target = null;
  }

  /** Types text at the caret, as a key press would, so bound values and length limits behave as usual. */
  insert(text: string) {
    const field = this.target;
    if (!field) return;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? field.value.length;
    if (field.maxLength > 0 && field.value.length - (end - start) + text.length > field.maxLength) return;
    field.setRangeText(text, start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    this.textLength = field.value.length;
  }

  erase() {
    const field = this.target;
    if (!field) return;
    const end = field.selectionEnd ?? field.value.length;
    const start = field.selectionStart ?? end;
    if (start === end && start === 0) return;
    field.setRangeText('', start === end ? start - 1 : start, end, 'end');
    field.dispatchEvent(new Event('input', { bubbles: true }));
    this.textLength = field.value.length;
  }
}

export const keyboardFocus = new KeyboardFocus();
