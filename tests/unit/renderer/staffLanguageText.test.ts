import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { LOCALES, localized, localizedText } from '../../../shared/locale';

vi.stubGlobal('document', { documentElement: { lang: 'en' } });
const { language } = await import('../../../renderer/src/lib/i18n.svelte');
const { inOtherLanguage, inStaffLanguage } = await import('../../../renderer/src/lib/staff/auditWords');

describe('text staff wrote in two languages', () => {
  it('shows the asked language, or the other one when that was left empty, never nothing when there are words', () => {
    expect(localizedText({ en: 'Lounge', es: 'Sala' }, 'es')).toEqual({ text: 'Sala', lang: 'es' });
    expect(localizedText({ en: 'Lounge', es: '  ' }, 'es')).toEqual({ text: 'Lounge', lang: 'en' });
    // A note written only in Spanish still reaches the English wall.
    expect(localizedText({ en: '', es: 'Sam está enfermo' }, 'en')).toEqual({ text: 'Sam está enfermo', lang: 'es' });
    expect(localizedText({ en: '', es: '' }, 'en')).toEqual({ text: '', lang: 'en' });
    expect(localizedText({ en: '', es: ' ' }, 'es')).toEqual({ text: '', lang: 'es' });
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom(...LOCALES), (en, es, locale) => {
        const found = localizedText({ en, es }, locale);
        expect(found.text).toBe(localized({ en, es }, locale));
        if (en.trim() !== '' || es.trim() !== '') {
          expect(found.text).toBe({ en, es }[found.lang]);
          expect(found.text.trim()).not.toBe('');
        } else {
          // Only spaces in both: nothing to show, in the asked language.
          expect(found).toEqual({ text: '', lang: locale });
        }
      }),
    );
  });

  it('on a staff screen, says when the words are only in the other language, in the staff language', async () => {
    await language.loadStaffText();
    language.set('es');
    expect(inStaffLanguage({ en: 'Walking group', es: 'Grupo de caminata' })).toBe('Grupo de caminata');
    expect(inStaffLanguage({ en: 'Walking group', es: '' })).toBe('Walking group (solo en inglés)');
    expect(inOtherLanguage({ en: 'Walking group', es: 'Grupo de caminata' })).toEqual({ text: 'Walking group', lang: 'en' });
    expect(inOtherLanguage({ en: 'Walking group', es: '' })).toBeNull();
    language.set('en');
    expect(inStaffLanguage({ en: '', es: 'Sam está enfermo' })).toBe('Sam está enfermo (only in Spanish)');
    expect(inStaffLanguage({ en: 'Sam is ill', es: 'Sam está enfermo' })).toBe('Sam is ill');
    expect(inOtherLanguage({ en: 'Sam is ill', es: 'Sam está enfermo' })).toEqual({ text: 'Sam está enfermo', lang: 'es' });
  });
});
