import type { Locale } from '../../../../../shared/locale';
import { t } from '../../../lib/i18n.svelte';
import { LAYOUTS, PAGE_KEYS, type LayoutName } from '../../keyboard/layouts';

/**
 * Which page of keys shows (small letters, capitals, numbers and symbols) and what the function
 * keys say. Shift gives one capital, as on a phone.
 */
export class KeyPages {
  page = $state<LayoutName>('default');
  #backToSmall = false;

  /** Every key tap, before the text changes. */
  pressed(button: string) {
    if (button === PAGE_KEYS.shift) this.page = this.page === 'shift' ? 'default' : 'shift';
    else if (button === PAGE_KEYS.symbols) this.page = 'symbols';
    else if (button === PAGE_KEYS.letters) this.page = 'default';
    else this.#backToSmall = this.page === 'shift' && !button.startsWith('{');
  }

  /** After the text changed: a capital was typed, so the next letter is small again. */
  typed() {
    if (this.#backToSmall) this.page = 'default';
    this.#backToSmall = false;
  }

  /** simple-keyboard's options for the current page, language and limit. */
  options(locale: Locale, maxLength: number) {
    return {
      layout: LAYOUTS[locale],
      layoutName: this.page,
      // simple-keyboard writes key captions as HTML: every caption here is ours and plain.
      display: {
        '{bksp}': '⌫',
        '{shift}': '⇧',
        '{space}': t('boards:keys.space'),
        '{symbols}': '123',
        '{abc}': 'ABC',
        '<': '&lt;',
        '>': '&gt;',
        '&': '&amp;',
      },
      buttonAttributes: [
        { attribute: 'aria-label', value: t('boards:keys.backspace'), buttons: '{bksp}' },
        { attribute: 'aria-label', value: t('boards:keys.shift'), buttons: '{shift}' },
        { attribute: 'aria-pressed', value: String(this.page === 'shift'), buttons: '{shift}' },
        { attribute: 'aria-label', value: t('boards:keys.space'), buttons: '{space}' },
        { attribute: 'aria-label', value: t('boards:keys.symbols'), buttons: '{symbols}' },
        { attribute: 'aria-label', value: t('boards:keys.letters'), buttons: '{abc}' },
      ],
      maxLength,
    };
  }
}
