import { describe, expect, it } from 'vitest';
import { normaliseShareText, shareLength } from '../../../shared/moderation';

describe('normalising a share', () => {
  it('trims and collapses every kind of space and line break into single spaces', () => {
    expect(normaliseShareText('  A walk\n\n helped\tme \u00A0 today\u2003 ')).toBe('A walk helped me today');
  });

  it('applies NFKC, so full-width and styled letters become plain ones', () => {
    expect(normaliseShareText('ｔｅａ')).toBe('tea');
    expect(normaliseShareText('𝐜𝐚𝐥𝐦')).toBe('calm');
    expect(normaliseShareText('cafe\u0301')).toBe('café');
  });

  it('removes zero-width characters and the soft hyphen', () => {
    expect(normaliseShareText('he\u200Bl\u200Cl\u200Do\u2060 w\uFEFFor\u00ADld')).toBe('hello world');
  });

  it('removes bidi overrides, isolates and marks that could reorder text on screen', () => {
    const text = '\u202Eabc\u202C \u2066def\u2069 \u200Eg\u200Fh\u061C \u202Ai\u202Bj\u202D';
    expect(normaliseShareText(text)).toBe('abc def gh ij');
  });

  it('removes control characters but keeps the words apart', () => {
    expect(normaliseShareText('one\u0000two\u0007 three\r\nfour')).toBe('onetwo three four');
  });

  it('keeps Spanish letters, punctuation and emoji', () => {
    expect(normaliseShareText('¿Qué tal? ¡Año nuevo! 🌻')).toBe('¿Qué tal? ¡Año nuevo! 🌻');
  });

  it('gives an empty string for anything that is not a string', () => {
    expect(normaliseShareText(undefined)).toBe('');
    expect(normaliseShareText(42)).toBe('');
    expect(normaliseShareText({ text: 'x' })).toBe('');
  });

  it('counts length in characters a reader sees as one', () => {
    expect(shareLength('año')).toBe(3);
    expect(shareLength('🌻🌻')).toBe(2);
  });
});
