import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Spanish says everything English says: the same texts, each with at least English's plural forms,
 * and the same `{{values}}`. English is the reference: its files name the keys (MessageKey), so a
 * text missing in Spanish, or one only Spanish has, is a mistake in Spanish.
 */

const LOCALES = join(process.cwd(), 'renderer', 'src', 'locales');

type Tree = { readonly [key: string]: unknown };
/** One text by its key (`ns:a.b`), as forms: '' for a text without plural forms, else 'one', 'other'… */
type Texts = Map<string, Map<string, string>>;

const PLURAL = /_(zero|one|two|few|many|other)$/;

function textsOf(files: Record<string, Tree>): Texts {
  const texts: Texts = new Map();
  const walk = (tree: Tree, prefix: string) => {
    for (const [name, value] of Object.entries(tree)) {
      if (typeof value !== 'string') {
        walk(value as Tree, `${prefix}${name}.`);
        continue;
      }
      const form = PLURAL.exec(name);
      const key = `${prefix}${form ? name.slice(0, form.index) : name}`;
      if (!texts.has(key)) texts.set(key, new Map());
      texts.get(key)?.set(form ? (form[1] as string) : '', value);
    }
  };
  for (const [ns, tree] of Object.entries(files)) walk(tree, `${ns}:`);
  return texts;
}

const listed = (values: string[]) => (values.length === 0 ? 'nothing' : values.map((value) => `{{${value}}}`).join(', '));

const valuesIn = (forms: Map<string, string>) =>
  [...new Set([...forms.values()].flatMap((text) => [...text.matchAll(/\{\{(.+?)\}\}/g)].map((found) => (found[1] as string).trim())))].sort();

/** Where Spanish does not say what English says, one line each. Spanish may add plural forms its own grammar has. */
function parityProblems(english: Record<string, Tree>, spanish: Record<string, Tree>): string[] {
  const spanishForms = new Set(['zero', ...new Intl.PluralRules('es').resolvedOptions().pluralCategories]);
  const en = textsOf(english);
  const es = textsOf(spanish);
  const problems: string[] = [];
  for (const [key, forms] of en) {
    const translated = es.get(key);
    if (!translated) {
      problems.push(`${key}: missing in Spanish`);
      continue;
    }
    for (const form of forms.keys()) if (!translated.has(form)) problems.push(`${key}: Spanish has no ${form ? `_${form}` : 'text without a plural'} form`);
    const plural = [...forms.keys()].some((form) => form !== '');
    for (const form of translated.keys()) {
      if (!forms.has(form) && !(plural && spanishForms.has(form))) problems.push(`${key}: only Spanish has ${form ? `_${form}` : 'a text without a plural'}`);
    }
    const [enValues, esValues] = [valuesIn(forms), valuesIn(translated)];
    if (enValues.join() !== esValues.join()) problems.push(`${key}: English fills ${listed(enValues)}, Spanish ${listed(esValues)}`);
  }
  for (const key of es.keys()) if (!en.has(key)) problems.push(`${key}: only in Spanish`);
  return problems;
}

function localeFiles(lang: string): Record<string, Tree> {
  const dir = join(LOCALES, lang);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree]),
  );
}

describe('the Spanish locale files', () => {
  it('have the same files as English', () => {
    expect(Object.keys(localeFiles('es')).sort()).toEqual(Object.keys(localeFiles('en')).sort());
  });

  it('say every English text, with its plural forms and values, and nothing English does not', () => {
    const english = localeFiles('en');
    expect(Object.keys(english).length).toBeGreaterThan(5);
    expect(parityProblems(english, localeFiles('es'))).toEqual([]);
  });
});

describe('the parity check', () => {
  const english = { home: { title: 'Home', left_one: '{{count}} minute', left_other: '{{count}} minutes', with: { name: 'With {{name}}' } } };

  it('passes Spanish that says the same, with a plural form of its own grammar', () => {
    const spanish = { home: { title: 'Inicio', left_one: '{{count}} minuto', left_other: '{{count}} minutos', left_many: '{{count}} de minutos', with: { name: 'Con {{name}}' } } };
    expect(parityProblems(english, spanish)).toEqual([]);
  });

  it('finds a text missing in Spanish, and one only Spanish has', () => {
    const spanish = { home: { title: 'Inicio', left_one: '{{count}} minuto', left_other: '{{count}} minutos', with: { nombre: 'Con {{name}}' } } };
    expect(parityProblems(english, spanish)).toEqual(['home:with.name: missing in Spanish', 'home:with.nombre: only in Spanish']);
  });

  it('finds a plural form English has and Spanish lacks, and a plural Spanish gives a text English has none for', () => {
    const spanish = { home: { title_one: 'Inicio', title_other: 'Inicios', left_other: '{{count}} minutos', with: { name: 'Con {{name}}' } } };
    expect(parityProblems(english, spanish)).toEqual([
      'home:title: Spanish has no text without a plural form',
      'home:title: only Spanish has _one',
      'home:title: only Spanish has _other',
      'home:left: Spanish has no _one form',
    ]);
  });

  it('finds values that differ between the languages', () => {
    const spanish = { home: { title: 'Inicio {{house}}', left_one: 'Un minuto', left_other: '{{count}} minutos', with: { name: 'Con {{nombre}}' } } };
    expect(parityProblems(english, spanish)).toEqual([
      'home:title: English fills nothing, Spanish {{house}}',
      'home:with.name: English fills {{name}}, Spanish {{nombre}}',
    ]);
  });
});
