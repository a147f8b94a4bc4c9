import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShare, crisisPatternHits, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

const options: ShareCheckOptions = { maxLength: 1000, lists: moderationLists, rosterNames: [], preModeration: false };
const matched = (text: string) => crisisPatternHits(text).length > 0;
const severityOf = (text: string) => {
  const result = checkShare(text, options);
  return result.kind === 'hold' ? result.severity : null;
};

describe('crisis patterns over word forms', () => {
  it.each([
    'i want to die',
    'i wanted to die all day again',
    'wanting to die is all i think about',
    'i wanna die so bad',
    'i keep thinking about killing myself',
    'im going to end my life',
    'everyone would be better off without me',
    'i cut myself again last night',
    'my stepdad touched me when i was little',
  ])('finds the English "%s"', (text) => {
    expect(matched(text)).toBe(true);
  });

  it.each([
    'quiero morir',
    'quiero morirme',
    'quisiera morirme',
    'me quiero matar',
    'me voy a matar',
    'tengo ganas de morirme',
    'ya no quiero vivir',
    'me volví a cortar',
    'mi pareja me golpea',
    'todos estarían mejor sin mí',
  ])('finds the Spanish "%s", whatever the conjugation or clitic', (text) => {
    expect(matched(text)).toBe(true);
  });

  it.each(['i w4nt t0 d13', 'qu1ero m0r1rm3', 'i want to dieeeee', 'quiero morirrrrr', 'thinking about s*icide', 'i want to d i e'])(
    'reads leetspeak, masks and stretching: "%s"',
    (text) => {
      expect(matched(text)).toBe(true);
    },
  );
});

describe('negation, pattern by pattern', () => {
  it.each(["I don't want to die", 'no quiero morir', "i'm not going to kill myself", 'I never want to hurt myself'])(
    'a negated wish to die is not a crisis: "%s"',
    (text) => {
      expect(matched(text)).toBe(false);
    },
  );

  it.each(["I don't want to be alive", 'no quiero vivir', "i don't want to live anymore", 'ya no quiero estar aquí'])(
    'not wanting to live is a crisis: "%s"',
    (text) => {
      expect(matched(text)).toBe(true);
    },
  );

  it('a negation in another sentence does not cancel a crisis', () => {
    expect(matched("I don't know. I want to die")).toBe(true);
  });

  it('"nobody asked" is the resident\'s own words, where someone else\'s question retold is not', () => {
    expect(matched('bought a rope at the hardware store, nobody asked why')).toBe(true);
    expect(matched('compré una cuerda y nadie preguntó')).toBe(true);
    expect(matched('my counselor asked if i had bought a rope')).toBe(false);
  });
});

describe('idioms and everyday words are not a crisis', () => {
  it.each([
    'this heat is killing me',
    'me muero de risa con ese video',
    "i'm dying to see the new movie",
    'me mata la espalda de tanto trapear',
    'my sister is gonna kill me for forgetting her birthday haha',
    'I cut my finger peeling potatoes, all good',
    'took my meds with breakfast like every day',
    'six months without cutting today and I am proud',
    'my dad died two years ago and I still miss him',
    'we killed it at the soccer game',
    'Hoy me corto el pelo y estoy contento.',
    'el puente de la calle principal está cerrado',
    "i'm a drain on the wifi when i stream lol",
  ])('publishes "%s"', (text) => {
    expect(checkShare(text, options).kind).toBe('publish');
  });
});

describe('severity', () => {
  it('a plan, a means, a time, a goodbye or abuse is urgent', () => {
    expect(severityOf('I have been saving my pills for weeks')).toBe('urgent');
    expect(severityOf('tonight is the night, im going to end it')).toBe('urgent');
    expect(severityOf('goodbye everyone. this is my last post')).toBe('urgent');
    expect(severityOf('mi novio me pega cuando toma')).toBe('urgent');
    expect(severityOf('im going to stab him if he talks to me again')).toBe('urgent');
  });

  it('a wish, hopelessness, burden or self-harm is a concern, urgent once a time is near', () => {
    expect(severityOf('i wish i was dead')).toBe('concern');
    expect(severityOf('soy una carga para todos')).toBe('concern');
    expect(severityOf('i wish i was dead. tonight')).toBe('urgent');
  });
});

const SUBJECT = ['i', 'honestly i', 'some days i', 'lately i'];
const WISH = ['want to', 'wanna', 'really want to', 'just want to'];
const DEATH = ['die', 'kill myself', 'end my life', 'be dead'];
const FILLER = ['', ' today', ' and i dont know what to do', '. group was long', ' right now'];
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5' };

const sentence = fc
  .record({
    subject: fc.constantFrom(...SUBJECT),
    wish: fc.constantFrom(...WISH),
    death: fc.constantFrom(...DEATH),
    filler: fc.constantFrom(...FILLER),
  })
  .map(({ subject, wish, death, filler }) => ({ subject, wish, death, filler }));

describe('properties of the patterns', { timeout: 120_000 }, () => {
  it('any wish to die, in any of its wordings, is held as a crisis', () => {
    fc.assert(
      fc.property(sentence, ({ subject, wish, death, filler }) => {
        expect(checkShare(`${subject} ${wish} ${death}${filler}`, options)).toMatchObject({ kind: 'hold', crisis: true });
      }),
      { numRuns: 200 },
    );
  });

  it('leetspeak in any letters of a crisis sentence keeps it held', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), ({ subject, wish, death, filler }, flips) => {
        const text = [...`${subject} ${wish} ${death}${filler}`].map((c, i) => (flips[i] && LEET[c] ? LEET[c] : c)).join('');
        expect(checkShare(text, options)).toMatchObject({ kind: 'hold', crisis: true });
      }),
      { numRuns: 200 },
    );
  });

  it('negating the wish to die clears the patterns, whatever the wording', () => {
    fc.assert(
      fc.property(
        fc.constantFrom("i don't want to", 'i dont wanna', 'i never want to', 'i do not want to'),
        fc.constantFrom('die', 'be dead'),
        fc.constantFrom('', ' and i am grateful for group', ' anymore, therapy helps'),
        (wish, death, filler) => {
          expect(crisisPatternHits(`${wish} ${death}${filler}`)).toEqual([]);
        },
      ),
    );
  });

  it('adding an everyday sentence never clears a crisis', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom('The soup was good.', 'I love the garden.', 'No.', 'Thanks staff!'), ({ subject, wish, death }, extra) => {
        expect(checkShare(`${extra} ${subject} ${wish} ${death}. ${extra}`, options)).toMatchObject({ kind: 'hold', crisis: true });
      }),
      { numRuns: 100 },
    );
  });
});
