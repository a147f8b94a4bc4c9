import { describe, expect, it } from 'vitest';
import { checkShare, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

const options: ShareCheckOptions = {
  maxLength: 280,
  lists: moderationLists,
  rosterNames: ['María López', 'Joseph Okafor', 'Al B.'],
  preModeration: false,
};
const check = (text: string, overrides: Partial<ShareCheckOptions> = {}) => checkShare(text, { ...options, ...overrides });
const reasonsFor = (text: string) => {
  const result = check(text);
  return result.kind === 'hold' ? result.reasons : [];
};

describe('refusing a share', () => {
  it('refuses text that is empty once spaces and invisible characters are gone', () => {
    expect(check('')).toEqual({ kind: 'refused', reason: 'empty' });
    expect(check('  \n\u200B\u202E ')).toEqual({ kind: 'refused', reason: 'empty' });
  });

  it('refuses text over the house limit, counted after normalising', () => {
    // Letters none of the checks know anything about (not even the classifier, which reads runs of
    // letters: "zzz" is made of runs it has seen): only the length decides.
    expect(check(`${'qw'.repeat(20)}q`, { maxLength: 40 })).toEqual({ kind: 'refused', reason: 'too-long' });
    expect(check(`${'qw'.repeat(20)}   `, { maxLength: 40 }).kind).toBe('publish');
  });
});

describe('publishing everyday shares', () => {
  it.each([
    'A long walk helped me this week.',
    'I called my sister and it felt good.',
    'Sober 365 days today!',
    'I was born in Niger and I miss the food.',
    'I walked 2 blocks down the road and felt calmer.',
    'From 2019-2024 I worked in a kitchen.',
    'The group at 10:30 helped.',
    'I stayed at home. Then I slept well.',
    'This heat, though. Tea helped.',
    'Me ayudó caminar por el parque.',
    'Hoy me corto el pelo y estoy contento.',
    'Tengo 10 años sin beber.',
    'Llegué a las 5 en punto.',
    'Agradezco el café de la mañana.',
  ])('publishes "%s"', (text) => {
    expect(check(text)).toEqual({ kind: 'publish', text });
  });

  it('publishes the normalised text, not what was typed', () => {
    expect(check('  Tea\u200B helped   me ')).toEqual({ kind: 'publish', text: 'Tea helped me' });
  });

  it('publishes markup as plain text: the pipeline does not look for HTML, the screen never renders it', () => {
    const text = '<script>alert(1)</script> <img src=x onerror=alert(1)>';
    expect(check(text)).toEqual({ kind: 'publish', text });
  });
});

describe('holding crisis language for staff', () => {
  it.each([
    'I want to die',
    'Sometimes I think about suicide',
    'I feel suicidal tonight',
    'I keep hurting myself',
    'I want to kill myself',
    'Everyone would be better off without me',
    'He hits me when he drinks',
    'I was sexually abused',
  ])('holds the English "%s" as a crisis', (text) => {
    expect(check(text)).toMatchObject({ kind: 'hold', reasons: ['crisis'], crisis: true });
  });

  it.each([
    'Quiero morir',
    'Me quiero morir, no puedo más',
    'Pienso en el suicidio',
    'No quiero vivir así',
    'Quiero quitarme la vida',
    'A veces me hago daño',
    'Mi pareja me pega',
    'Abusaron de mí de pequeña',
  ])('holds the Spanish "%s" as a crisis', (text) => {
    expect(check(text)).toMatchObject({ kind: 'hold', reasons: ['crisis'], crisis: true });
  });

  it.each([
    ['case', 'I WANT TO DIE'],
    ['accents', 'I wánt tö díe'],
    ['leetspeak', 'i w4nt t0 d13'],
    ['mixed leetspeak ones', 'k1ll my5e1f'],
    ['symbols as letters', 'k!ll my$elf'],
    ['stretched letters', 'I want to kiiill myselllf'],
    ['spaced letters', 's u i c i d e'],
    ['dotted letters', 's.u.i.c.i.d.e'],
    ['a hyphen inside the word', 'sui-cide'],
    ['a whole phrase spelled out', 'I k.i.l.l m.y.s.e.l.f today'],
    ['zero-width characters', 'sui\u200Bci\u200Dde'],
    ['a bidi override', 'me quiero \u202Emorir\u202C'],
    ['full-width letters', 'ｓｕｉｃｉｄｅ'],
    ['look-alike Cyrillic letters', 'ѕuісіdе'],
    ['Spanish without accents', 'me hago dano'],
  ])('sees through %s: "%s"', (_trick, text) => {
    expect(check(text)).toMatchObject({ kind: 'hold', crisis: true });
  });

  it.each(['lol catscratch time again, couldnt help it', 'ya me vieron las marcas y dije q fue el gato jaja el gato soy yo'])(
    'reads marks blamed on a cat as self-harm slang: "%s"',
    (text) => {
      expect(check(text)).toMatchObject({ kind: 'hold', crisis: true });
    },
  );
});

describe('holding personal data', () => {
  it.each([
    'Call me 555 123 4567',
    'my number is (555) 123-4567',
    'text 555.123.4567',
    '+1 555 123 4567',
    '5 5 5 1 2 3 4 5 6 7',
    'Llámame al 612 345 678',
    'mi móvil +34 612 34 56 78',
    'fijo 91 123 45 67',
    'ring +44 20 7946 0958',
  ])('holds the phone number in "%s"', (text) => {
    expect(reasonsFor(text)).toEqual(['personal-data']);
  });

  it.each([
    'write to sam.r@example.com',
    'sam @ example . com',
    'sam at example dot com',
    'sam [at] example [dot] org',
    'escríbeme a sam arroba correo punto es',
  ])('holds the e-mail address in "%s"', (text) => {
    expect(reasonsFor(text)).toEqual(['personal-data']);
  });

  it.each([
    'I live at 123 Main St',
    'come to 45 North Oak Avenue',
    'my old place, 12 Oak Drive',
    'Vivo en Calle Mayor 5',
    'C/ Mayor, 5',
    'en la Avenida de la Constitución 12',
    'Plaza de España nº 3',
  ])('holds the street address in "%s"', (text) => {
    expect(reasonsFor(text)).toContain('personal-data');
  });
});

describe('holding residents\' names', () => {
  it('holds a first or last name from the roster, whatever its case and accents', () => {
    expect(reasonsFor('I had tea with maria')).toEqual(['resident-name']);
    expect(reasonsFor('LÓPEZ made soup')).toEqual(['resident-name']);
    expect(reasonsFor('Joseph helped me')).toEqual(['resident-name']);
  });

  it('matches whole words only', () => {
    expect(check('Josephine sent a card').kind).toBe('publish');
    expect(check('Marian came by').kind).toBe('publish');
  });

  it('ignores name parts too short to tell from ordinary words', () => {
    expect(check('Voy al parque').kind).toBe('publish');
  });
});

describe('holding slurs', () => {
  it('holds English and Spanish slurs, disguised or not', () => {
    expect(reasonsFor('you retard')).toEqual(['slur']);
    expect(reasonsFor('r3t4rd')).toEqual(['slur']);
    expect(reasonsFor('eres un maricón')).toEqual(['slur']);
    expect(reasonsFor('MARICON')).toEqual(['slur']);
  });

  it('does not hold words that only contain a slur', () => {
    expect(check('fire retardant paint').kind).toBe('publish');
  });
});

describe('pre-moderation', () => {
  it('holds every share when the house reads all shares first', () => {
    expect(check('Tea helped', { preModeration: true })).toEqual({
      kind: 'hold',
      text: 'Tea helped',
      reasons: ['pre-moderation'],
      crisis: false,
      severity: null,
    });
  });

  it('still marks a crisis under pre-moderation', () => {
    expect(check('quiero morir', { preModeration: true })).toMatchObject({ reasons: ['crisis', 'pre-moderation'], crisis: true });
  });
});

describe('never throwing', () => {
  it('holds rather than throws when the lists are missing', () => {
    const broken = { ...options, lists: undefined } as unknown as ShareCheckOptions;
    expect(checkShare('Tea helped', broken)).toEqual({ kind: 'hold', text: 'Tea helped', reasons: ['pre-moderation'], crisis: false, severity: null });
  });

  it('still finds a crisis with the patterns when the lists are broken', () => {
    const broken = { ...options, lists: undefined } as unknown as ShareCheckOptions;
    expect(checkShare('I want to die tonight', broken)).toMatchObject({ kind: 'hold', reasons: ['crisis', 'pre-moderation'], crisis: true });
  });

  it('holds for a person to read when a roster name cannot be read', () => {
    const broken = { ...options, rosterNames: [42] } as unknown as ShareCheckOptions;
    expect(checkShare('Tea helped', broken)).toMatchObject({ kind: 'hold', reasons: ['pre-moderation'] });
  });

  it('treats a missing text as empty', () => {
    expect(checkShare(undefined, options)).toEqual({ kind: 'refused', reason: 'empty' });
  });
});

describe('grading a crisis', () => {
  it.each([
    'I have been saving my pills and tonight I will take them all',
    'goodbye everyone, this is my last post',
    'my boyfriend hits me when he drinks',
    'esta noche me voy a matar',
    'me despido de todos, gracias por todo',
  ])('grades "%s" as urgent', (text) => {
    expect(check(text)).toMatchObject({ kind: 'hold', crisis: true, severity: 'urgent' });
  });

  it.each([
    'Everyone would be better off without me',
    'I keep hurting myself',
    'nada tiene sentido, ya me rendi',
    'i wish i was dead',
  ])('grades "%s" as a concern', (text) => {
    expect(check(text)).toMatchObject({ kind: 'hold', crisis: true, severity: 'concern' });
  });

  it('gives no severity to a hold that is not a crisis', () => {
    expect(check('Call me 555 123 4567')).toMatchObject({ kind: 'hold', crisis: false, severity: null });
    expect(check('I had tea with maria')).toMatchObject({ kind: 'hold', crisis: false, severity: null });
  });
});

describe('the house\'s words to watch', () => {
  it('holds a watch word as a concern that is not a crisis', () => {
    expect(check('we found a vape in the garden', { watchWords: ['vape'] })).toEqual({
      kind: 'hold',
      text: 'we found a vape in the garden',
      reasons: ['watch-word'],
      crisis: false,
      severity: 'concern',
    });
  });

  it.each(['V4PE by the door', 'v a p e', 'vááápe', 'va\u200Bpe'])('sees through disguises of a watch word: "%s"', (text) => {
    expect(check(text, { watchWords: ['vape'] })).toMatchObject({ kind: 'hold', reasons: ['watch-word'] });
  });

  it('matches watch words of several words and keeps a crisis urgent', () => {
    expect(check('I saw the old crew at the bus stop', { watchWords: ['old crew'] })).toMatchObject({ reasons: ['watch-word'] });
    expect(check('goodbye everyone, this is my last post. say hi to the old crew', { watchWords: ['old crew'] })).toMatchObject({
      reasons: ['crisis', 'watch-word'],
      crisis: true,
      severity: 'urgent',
    });
  });

  it('publishes when no watch word is there', () => {
    expect(check('we planted tomatoes', { watchWords: ['vape'] }).kind).toBe('publish');
  });
});
