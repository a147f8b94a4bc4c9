import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyPages } from '../../../renderer/src/components/boards/keyboard/keyPages.svelte';
import { LAYOUTS } from '../../../renderer/src/components/keyboard/layouts';
import { language } from '../../../renderer/src/lib/i18n.svelte';

/** The residents' on-screen keyboard for shares: which page of keys shows, and what its keys say. */

let keys: KeyPages;
beforeEach(() => {
  keys = new KeyPages();
});
afterEach(() => language.set('en'));

/** A tap on a key as the keyboard reports it: the page changes first, then the text. */
function tap(button: string) {
  keys.pressed(button);
  if (!button.startsWith('{')) keys.typed();
}

describe('the keyboard for shares', () => {
  it('starts on small letters; shift gives one capital, then small letters again', () => {
    expect(keys.page).toBe('default');
    tap('{shift}');
    expect(keys.page).toBe('shift');
    tap('H');
    expect(keys.page).toBe('default');
    tap('i');
    expect(keys.page).toBe('default');
  });

  it('takes shift back when tapped twice, and keeps it through a space or a delete', () => {
    tap('{shift}');
    tap('{shift}');
    expect(keys.page).toBe('default');
    tap('{shift}');
    keys.pressed('{bksp}');
    keys.typed();
    expect(keys.page).toBe('shift');
  });

  it('goes to numbers and symbols and back to letters', () => {
    tap('{symbols}');
    expect(keys.page).toBe('symbols');
    tap('1');
    expect(keys.page).toBe('symbols');
    tap('{abc}');
    expect(keys.page).toBe('default');
  });

  it('gives the layout of the resident’s language and the page showing, with the limit', () => {
    tap('{shift}');
    const english = keys.options('en', 280);
    expect(english.layout).toBe(LAYOUTS.en);
    expect(english.layoutName).toBe('shift');
    expect(english.maxLength).toBe(280);
    expect(english.buttonAttributes).toContainEqual({ attribute: 'aria-pressed', value: 'true', buttons: '{shift}' });
    expect(keys.options('es', 100).layout.default[0]).toBe('á é í ó ú ü');
  });

  it('labels its keys in the wall’s language, and writes < > & as plain text', () => {
    expect(keys.options('en', 280).display['{space}']).toBe('Space');
    language.set('es');
    const spanish = keys.options('es', 280);
    expect(spanish.display['{space}']).toBe('Espacio');
    expect(spanish.buttonAttributes).toContainEqual({ attribute: 'aria-label', value: 'Borrar', buttons: '{bksp}' });
    expect(spanish.display['<']).toBe('&lt;');
    expect(spanish.display['&']).toBe('&amp;');
  });
});
