import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One Spanish glossary (renderer/src/locales/glossary.json): every Spanish text calls each thing
 * by one name, and no English word staff reported is left in a Spanish screen.
 */
const LOCALES = join(process.cwd(), 'renderer', 'src', 'locales');
const glossary = JSON.parse(readFileSync(join(LOCALES, 'glossary.json'), 'utf8')) as {
  terms: { en: string; es: string; avoid: string[] }[];
  englishNeverInSpanish: string[];
};

/** Every text of a locale folder, as [file:key.path, text]. */
function texts(locale: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  for (const file of readdirSync(join(LOCALES, locale)).filter((name) => name.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(LOCALES, locale, file), 'utf8')), file.replace('.json', ''));
  }
  return found;
}

const wordIn = (word: string, text: string) =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text);
// Placeholders are filled in later, and their names are English by design.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');

describe('the Spanish glossary', () => {
  const spanish = texts('es');

  it('is used: no Spanish text calls a thing by a name the glossary avoids', () => {
    const found = glossary.terms.flatMap((term) =>
      spanish.filter(([, text]) => term.avoid.some((word) => wordIn(word, withoutPlaceholders(text)))).map(([path]) => `${path}: says one of ${term.avoid.join(', ')} for "${term.es}"`),
    );
    expect(found).toEqual([]);
  });

  it('leaves no English in a Spanish screen', () => {
    const found = spanish.filter(([, text]) => glossary.englishNeverInSpanish.some((word) => wordIn(word, withoutPlaceholders(text)))).map(([path, text]) => `${path}: ${text}`);
    expect(found).toEqual([]);
  });

  it('has a Spanish text for every English one, and none left empty', () => {
    const english = new Map(texts('en'));
    const spanishKeys = new Map(spanish);
    expect([...english.keys()].filter((key) => !spanishKeys.has(key))).toEqual([]);
    expect(spanish.filter(([, text]) => text.trim() === '').map(([path]) => path)).toEqual([]);
  });

  it('catches a text that breaks it', () => {
    expect(wordIn('tableros', 'Todos los tableros')).toBe(true);
    expect(wordIn('tablero', 'Todos los tableros')).toBe(false);
    expect(wordIn('rows', 'Se guardan {{count}} rows')).toBe(true);
    expect(wordIn('added', withoutPlaceholders('{{added}} añadidos'))).toBe(false);
  });
});
