import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { MessageBook, type Messages } from '../../../renderer/src/lib/messages';

const book = () => {
  const messages = new MessageBook();
  messages.add('en', 'common', {
    a: 'A {{x}} {{y.z}} {{ n }}',
    obj: { b: 'B' },
    p_one: '{{count}} one',
    p_other: '{{count}} other',
    p_zero: 'none',
    q: 'bare {{count}}',
    only: 'English only',
    r_other: 'r {{count}}',
  });
  messages.add('en', 'home', { h: 'H' });
  messages.add('es', 'common', { p_one: 'uno', p_other: 'otros', r_one: 'r uno' });
  return messages;
};

describe('the message book', () => {
  it('finds texts by namespace and path, and says the key when there is none', () => {
    const messages = book();
    expect(messages.text('en', 'home:h')).toBe('H');
    expect(messages.text('en', 'obj.b')).toBe('B');
    expect(messages.text('en', 'home:missing')).toBe('missing');
    expect(messages.text('en', 'staff:pin.erase')).toBe('pin.erase');
    expect(messages.text('en', 'obj.b.c')).toBe('obj.b.c');
    // A stored value used as a key finds nothing inherited, and an object is not text.
    expect(messages.text('en', 'constructor')).toBe('constructor');
    expect(messages.text('en', 'toString')).toBe('toString');
    expect(messages.text('en', 'obj')).toBe('obj');
    expect(messages.text('en', 'missing', { defaultValue: 'Other {{x}}', x: 5 })).toBe('Other 5');
  });

  it('picks the plural form of the language, zero first, then the bare key', () => {
    const messages = book();
    expect(messages.text('en', 'p', { count: 0 })).toBe('none');
    expect(messages.text('en', 'p', { count: 1 })).toBe('1 one');
    expect(messages.text('en', 'p', { count: 2 })).toBe('2 other');
    expect(messages.text('en', 'p', { count: 1.5 })).toBe('1.5 other');
    expect(messages.text('en', 'q', { count: 3 })).toBe('bare 3');
    expect(messages.text('es', 'p', { count: 1 })).toBe('uno');
    expect(messages.text('es', 'p', { count: 0 })).toBe('otros');
    // A count that is not a number picks no form.
    expect(messages.text('en', 'p', { count: '2' as unknown as number })).toBe('p');
  });

  it('takes a text missing in Spanish from English, with English plural forms', () => {
    const messages = book();
    expect(messages.text('es', 'only')).toBe('English only');
    expect(messages.text('es', 'r', { count: 1 })).toBe('r uno');
    expect(messages.text('es', 'r', { count: 2 })).toBe('r 2');
    expect(messages.text('en', 'r', { count: 1 })).toBe('r');
  });

  it('fills values as text, never as markup, and leaves names not given as written', () => {
    const messages = book();
    expect(messages.text('en', 'a', { x: '<b>', y: { z: 2 }, n: null })).toBe('A <b> 2 ');
    expect(messages.text('en', 'a', { x: 1 })).toBe('A 1 {{y.z}} {{ n }}');
    expect(messages.text('en', 'a', { x: undefined })).toBe('A  {{y.z}} {{ n }}');
  });
});

/** Every text of the locale files, flattened to its key. */
function keysOf(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as Messages, `${prefix}${key}.`),
  );
}

describe('the locale files read as i18next read them', () => {
  it('gives every text, plural form and value alike, in both languages', async () => {
    const dir = join(__dirname, '../../../renderer/src/locales');
    const resources: Record<string, Record<string, Messages>> = {};
    const messages = new MessageBook();
    for (const lang of readdirSync(dir).filter((name) => !name.includes('.'))) {
      for (const file of readdirSync(join(dir, lang))) {
        const ns = file.replace(/\.json$/, '');
        const content = JSON.parse(readFileSync(join(dir, lang, file), 'utf8')) as Messages;
        (resources[lang] ??= {})[ns] = content;
        messages.add(lang, ns, content);
      }
    }
    const i18n = i18next.createInstance();
    await i18n.init({
      resources,
      lng: 'en',
      fallbackLng: 'en',
      ns: ['common'],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    const names = new Set<string>();
    for (const text of JSON.stringify(resources).matchAll(/\{\{(.+?)\}\}/g)) names.add((text[1] as string).trim());
    const values = Object.fromEntries([...names].map((name) => [name, `<${name}>`]));
    let compared = 0;
    for (const [lang, namespaces] of Object.entries(resources)) {
      for (const [ns, content] of Object.entries(namespaces)) {
        const keys = new Set(keysOf(content).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
        for (const key of keys) {
          for (const options of [{}, { ...values, count: 0 }, { ...values, count: 1 }, { ...values, count: 7 }]) {
            for (const asked of [lang, lang === 'en' ? 'es' : 'en']) {
              const full = ns === 'common' ? key : `${ns}:${key}`;
              expect(messages.text(asked, full, options), `${asked} ${full} ${JSON.stringify(options)}`).toBe(i18n.t(full, { ...options, lng: asked }));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // Some ten thousand lookups through both: seconds on a busy machine, not a hang.
  }, 30_000);
});
