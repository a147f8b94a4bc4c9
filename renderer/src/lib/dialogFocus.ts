import type { Attachment } from 'svelte/attachments';

interface DialogFocusOptions {
  /** Escape closes the dialog this way. Leave it out for a dialog that must be answered. */
  onescape?: () => void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), textarea:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keyboard and switch access for a modal dialog: `{@attach dialogFocus({ onescape })}` on the
 * dialog box. The first control gets the focus when it opens; Tab and Shift+Tab go round inside it,
 * never to the screen behind; Escape closes it when it may be closed; and when it closes, the focus
 * goes back to the control that opened it.
 */
export function dialogFocus(options: DialogFocusOptions = {}): Attachment<HTMLElement> {
  return (dialog) => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.querySelector<HTMLElement>(FOCUSABLE)?.focus();

    const onkeydown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && options.onescape) {
        event.preventDefault();
        options.onescape();
        return;
      }
      if (event.key !== 'Tab') return;
      const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = controls[0];
      const last = controls.at(-1);
      if (!first || !last) {
        event.preventDefault();
        return;
      }
      const focused = document.activeElement;
      const inside = focused instanceof Node && dialog.contains(focused);
      if (event.shiftKey && (focused === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (focused === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onkeydown, true);

    return () => {
      document.removeEventListener('keydown', onkeydown, true);
      if (opener?.isConnected) opener.focus();
    };
  };
}
