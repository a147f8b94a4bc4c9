import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShare, crisisPatternHits, type ShareCheckOptions } from '../../../shared/moderation';
import { moderationLists } from '../../../renderer/src/lib/boards/moderationLists';

/**
 * The general rules that keep everyday words everyday, in both languages: each with sentences it
 * must leave alone and crisis sentences of the same shape it must still hold. The sentences are
 * written for these tests, not taken from the corpus.
 */
const matched = (text: string) => crisisPatternHits(text).length > 0;
const options: ShareCheckOptions = { maxLength: 1000, lists: moderationLists, rosterNames: [], preModeration: false, watchWords: [] };
const held = (text: string) => checkShare(text, options).kind === 'hold';

const RULES: { rule: string; leaves: string[]; holds: string[] }[] = [
  {
    rule: 'a fear of dying told as it was felt ("thought i was gonna die") is an effort, not a wish',
    leaves: ['first day of the hike i thought i was gonna die on the hill', 'en la clase de spinning pense que me moria'],
    holds: ['i think im gonna die tonight', 'hoy me voy a morir'],
  },
  {
    rule: 'something or someone else that "killed me" is a figure of speech',
    leaves: ['el examen me mato', 'la clase de zumba me mato las piernas', 'ese gol me mato'],
    holds: ['esta noche me mato', 'ya no aguanto, me mato'],
  },
  {
    rule: 'a body that hurts is pain, not harm done',
    leaves: ['my knees hurt after the walk, my back hurts too', 'so tired my feet hurt'],
    holds: ['i want to hurt myself again', 'quiero lastimarme otra vez'],
  },
  {
    rule: 'Spanish "se me …" is what happened by accident, nobody\'s doing',
    leaves: ['se me quemaron los frijoles y el jefe me regaño', 'se me cayo el plato y me corte tantito al recogerlo, ya me pusieron curita', 'se me hizo tarde, no me peguen jaja'],
    holds: ['mi padrastro me quemo con un cigarro', 'se me acabaron las ganas de vivir', 'mi ex me pego anoche y tengo miedo'],
  },
  {
    rule: 'a weight taken off is relief',
    leaves: ['hablar con mi consejera me quito un peso de encima', 'that meeting took a weight off my shoulders'],
    holds: ['soy una carga para todos', 'im just a burden to everyone'],
  },
  {
    rule: 'a goodbye party, or a goodbye someone else said, is a send-off',
    leaves: ['the crew threw me a goodbye lunch with tacos', 'nos hicieron una comida de despedida en el taller'],
    holds: ['this is goodbye everyone', 'me despido de todos para siempre'],
  },
  {
    rule: 'a last day at a job or a place is leaving it',
    leaves: ['friday is my last day at the laundromat', 'el viernes es mi ultimo dia en la fabrica'],
    holds: ['today is my last day on earth', 'hoy es mi ultimo dia en este mundo'],
  },
  {
    rule: 'cutting back, cutting cloth and hair is not cutting oneself',
    leaves: ['cutting back on soda this month', 'cut the sleeves off my old hoodie'],
    holds: ['i cut myself again last night', 'me volvi a cortar los brazos'],
  },
  {
    rule: 'the dead spoken of are grief',
    leaves: ['does anyone else write to their dead parents', 'le hable a mi papa muerto en el panteon'],
    holds: ['i wish i was dead', 'ojala estuviera muerta'],
  },
  {
    rule: 'a time of day, or the whole of it, is not a date set',
    leaves: ['lonely sunday in the evening, anyone else?', 'hoy llore todo el dia pero ya estoy mejor'],
    holds: ['hoy en la noche. ya decidi', 'tonight is the night'],
  },
  {
    rule: 'two negations cancel: not without hope, not wanting to stop living',
    leaves: ['no estoy sin esperanza, tengo un plan', 'no quiero dejar de vivir, quiero vivir distinto', "i don't want to stop living, i want to live better"],
    holds: ['no quiero vivir', "i don't want to live anymore"],
  },
  {
    rule: '"not that", "no es que", "doesn\'t mean" deny what follows in their clause',
    leaves: ['i need a new schedule, not that i want to end anything', 'no es que ya no quiera vivir, extraño a mis hijos', "being sad doesn't mean i want to die"],
    holds: ['not that anyone cares but i want to die', 'no es que a alguien le importe, pero me quiero morir'],
  },
  {
    rule: 'a negation reaches through a wish or an intent to what is wished',
    leaves: ["i don't want to just really go away forever, i want a nap", 'no quiero irme para siempre, solo de vacaciones'],
    holds: ['i want to just really go away forever', "i didn't sleep and i want to die"],
  },
  {
    rule: 'the resident\'s own words quoted and taken back are not held again',
    leaves: ['i said "i want to die" about the exam but i just meant the exam', 'dije "me quiero morir" pero era broma, fue por el recibo de la luz'],
    holds: ['i said i want to die and i meant it', 'dije que me quiero morir y lo dije en serio'],
  },
  {
    rule: 'the past told as the past, and turned to now, is recovery',
    leaves: ['back when i was drinking i used to want to die. now i have a job and a cat', 'cuando consumia pensaba en morirme. ahora tengo trabajo y estoy bien', 'i used to write goodbye letters. now i write grocery lists'],
    holds: ['i used to cut back in school and last night i did it again', 'antes me cortaba y anoche volvi a hacerlo, me corte el brazo'],
  },
  {
    rule: 'thoughts and urges said to have gone quiet are over',
    leaves: ["the urge to cut isn't there today", 'las ganas de morir ya casi no vienen'],
    holds: ["the urge to cut won't go away", 'las ganas de morir no se van'],
  },
  {
    rule: 'an urge said to have passed, in its sentence or the next, is over unless it is back',
    leaves: ['the urge to hurt myself came last night and i called my sponsor. it passed', 'anoche tuve ganas de lastimarme y hablé con mi madrina. se me pasó'],
    holds: ['the urge to hurt myself came last night. it passed but tonight its back', 'tuve ganas de cortarme. se pasó y ahora volvió'],
  },
  {
    rule: 'burns and scratches from cooking and gardening, and cutting a slice or a close call, are not self-harm',
    leaves: ['burned my wrist on the frying oil, ice helped', 'me quemé la mano con el comal', 'scratched my arm on the rose bush', 'cutting it close with curfew tonight', 'gonna cut myself a slice of that cake'],
    holds: ['burned my wrist with a lighter on purpose', 'me corté el brazo con el pedazo de la taza'],
  },
  {
    rule: 'killed by a game, the traffic or study is an idiom; run out of milk or a series is not the end of everything',
    leaves: ['jugamos uno y Kevin me mató con un +4', 'el tráfico de hoy me mató', 'se acabó la leche otra vez', 'se acabó la telenovela anoche, qué final', 'checkmate in 4, he did not see it coming', 'rope lights for the christmas tree are in the closet'],
    holds: ['ya me mato, no aguanto', 'se acabó todo para mí', 'he will not see it coming, i know where he sleeps'],
  },
  {
    rule: 'not wanting to sleep forever is not a wish to die',
    leaves: ["dont wanna sleep forever, just till 9", 'no quiero dormir pa siempre, hasta las 10 nomas'],
    holds: ['i want to sleep forever', 'quiero dormir para siempre'],
  },
  {
    rule: 'a patio is a yard, a hard exit "cost" someone effort, kitchen knives kept sharp are kitchen work, and a run leaves runners "dying"',
    leaves: ['gracias por la platica en el patio, me hacia falta', 'me costó mucho salir de esa vida', 'sharpened the house knives, careful they cut now', 'afilé los cuchillos, cuidado', 'running club at 7, ill be dying by mile 3', 'compré una cuerda para el tendedero del patio'],
    holds: ['mi ex me patea cuando toma', 'solo soy un costo para mi familia', 'sharpened the knife and hid it under my bed', 'im gonna die tonight'],
  },
  {
    rule: 'a thing that ran out, a day saved, an idiom of embarrassment, a game of cutthroat',
    leaves: ['se me acabo el saldo del cel otra vez', 'la vecina me salvo el dia con el cafe', 'mi hija me mata de verguenza cuando canta en el bus', 'spades tonight, we cutting throats', 'me voy a cortar el fleco yo sola'],
    holds: ['se me acabo la fe y las ganas de vivir', 'quiero cortarme las venas', 'i want to cut my throat'],
  },
  {
    rule: 'food burning, a knife someone took, going back to a partner, a glare, a feeling that caught up',
    leaves: ['casi se quema la sopa, alguien la apago', 'quien se llevo el cuchillo de la cocina?', 'no pienso regresar con el nunca', 'if looks could kill, my roommate would be locked up', 'me agarro el llanto en misa'],
    holds: ['llevo el cuchillo pa cuando salga el', 'no pienso regresar de este viaje', 'gonna kill that guy at the front desk', 'mi ex me agarro del cuello'],
  },
  {
    rule: 'a death anniversary and "this year" are dates ahead, not a past',
    leaves: ['my 5 year anniversary sober is this year'],
    holds: ['my sons anniversary is friday and i will be with him that same day', 'gonna see god early this year'],
  },
  {
    rule: 'never so much is a measure, zero is a no, and "asked for" is a request',
    leaves: ['zero urges to cut today', 'cero ganas de lastimarme hoy', 'my counselor asked if i ever thought of dying'],
    holds: ['nunca tuve tantas ganas de morirme', 'asked for double from my old dealer', 'they asked if i want to die. said no. lied'],
  },
  {
    rule: 'a negation does not reach past "and" or "so"',
    leaves: ['never thinking about cutting again'],
    holds: ["i cut and it didn't help so i cut more", 'no dormi nada y quiero morir'],
  },
  {
    rule: 'a laughing or eye-rolling face marks a threat as the hyperbole "lol" marks',
    leaves: ['i swear ima strangle my cousin if she takes my charger again 🙄', 'te juro que si vuelven a dejar los trastes sucios los mato a todos 😂'],
    holds: ['i will strangle him tonight', 'los voy a matar a todos esta noche'],
  },
  {
    rule: 'a board game or a puzzle is a game',
    leaves: ['voy a acabar con todos en el parchis esta noche', 'en el domino te voy a matar, prepara la silla'],
    holds: ['voy a acabar con todo esta noche'],
  },
  {
    rule: 'something used up in the kitchen is only used up',
    leaves: ['se acabo el veneno pa las cucarachas otra vez'],
    holds: ['ya se acabo todo para mi'],
  },
  {
    rule: 'a knife drawer or a knife for fruit is kitchen work',
    leaves: ['el cajon de los cuchillos se atora otra vez', 'me compre una navaja chiquita pa pelar fruta en el trabajo'],
    holds: ['compre una navaja para cortarme'],
  },
  {
    rule: 'a team that will "kill me this season" is sport',
    leaves: ['the Bengals gonna kill me this season i swear'],
    holds: ['im going to kill him this weekend'],
  },
  {
    rule: 'a skull and "im dead" is laughing; "you\'re dead when I see you" is a threat',
    leaves: ['im dead 💀 did you see his hat'],
    holds: ['youre dead when i see you'],
  },
  {
    rule: 'a kitchen knife gone missing, or pills counted aloud, are house matters',
    leaves: ['falta el cuchillo del pan otra vez, devuelvanlo porfa', 'i count my pills out loud so i dont double up'],
    holds: ['been saving my pills, got enough now'],
  },
  {
    rule: '"dead tired" on a new dose, a "lethal" card and a "feeling cute, might delete later" are idioms',
    leaves: ['new night dose has me dead tired by 8', 'uno esta noche, el +4 es arma letal y la voy a usar', 'new hoodie, feeling cute, might delete later'],
    holds: ['enough pills to be dead by morning', 'i might just die tonight'],
  },
  {
    rule: 'ending a subscription, palms cut for Palm Sunday, and bottles kept for art are errands',
    leaves: ["i'm thinking of ending my cable, too expensive", 'necesito las tijeras pa cortar las palmas del domingo de ramos', 'saving my empty pill bottles for the recycling art project, not for anything else'],
    holds: ['once the lease runs out im ending it', 'quiero cortarme otra vez'],
  },
  {
    rule: '"not because … it is because …" denies what it names',
    leaves: ['if im quiet its not bc im thinking about dying its bc im thinking about lunch', 'si estoy callado no es xq piense en morirme, es xq pienso en la comida'],
    holds: ['im quiet not because im fine but because im thinking about dying', 'estoy callado porque pienso en morirme'],
  },
  {
    rule: '"two years ago tonight" is an anniversary, told of then',
    leaves: ["two years ago tonight i tried to end it. tonight i'm making pancakes for the floor"],
    holds: ['tonight i end it'],
  },
  {
    rule: "another resident's words quoted to answer them are not the writer's own",
    leaves: ['to whoever wrote "whats the point of anything": the point is you wrote it here', 'al q escribio "ya no quiero vivir": yo tambien lo senti, habla con la enfermera', 're the post about "ending it": staff are kind about it'],
    holds: ['whoever took my pills, i dont care anymore, i want to die', 'ya no quiero vivir'],
  },
  {
    rule: 'a wall punched in wish only, with a walk or a pillow instead, is coping',
    leaves: ['wanna punch a wall rn, gonna walk the block instead', 'tengo ganas de pegarle a la pared, mejor salgo a dar vueltas a la cuadra'],
    holds: ['punched the wall till my knuckles split, on purpose', 'hit my head on the wall til it bled'],
  },
  {
    rule: 'rope for the garden, a roof garden and a bridge market are errands',
    leaves: ['need rope or strong string for the garden tomatoes, anyone?', 'the roof garden is open again, tomatoes are out of control', 'el sabado voy al puente del centro al tianguis, quien va'],
    holds: ['the roof is where i am going tonight', 'tengo la cuerda lista para esta noche'],
  },
  {
    rule: '"nothing i do is enough" is about effort; "enough" holds a plan only close to what it is enough for',
    leaves: ['feels like nothing i do is enough at work but i keep showing up and doing it'],
    holds: ['got enough saved in my drawer to do it', 'tengo suficientes pastillas para hacerlo'],
  },
  {
    rule: 'starting over with someone new, a keepsake kept forever and a plain "a lot" are not an end',
    leaves: ['my counselor left so now i have to start over with a new one, so annoying', '60 dias limpio, me dieron mi llavero y lo voy a guardar pa siempre', 'i used to think about killing myself a lot, these days i dont'],
    holds: ['i keep wishing i could vanish forever', 'tonight i am going to end it all'],
  },
  {
    rule: 'a roommate "killed" over the dishes or the yogurt, then a note, is a house quarrel',
    leaves: ['i could strangle whoever keeps leaving dirty dishes, writing a note instead', 'a la que se comio mi yogur la mato jaja, le dejo una nota'],
    holds: ['im going to stab my roommate tonight', 'voy a matar a mi companero de cuarto esta noche'],
  },
  {
    rule: 'filleting fish, insulin in the fridge, an alarm for the pills and sheets on the roof are chores',
    leaves: ['my uncle showed me how to fillet fish, sharp knife and patience', 'keep my insulin in the fridge with my name on it so nobody moves it', 'la alarma de las 8 es pa las pastillas, no pa despertarme', 'what time does the roof open? i want to hang the sheets up there'],
    holds: ['bought a rope, not for laundry lol', 'me voy a tirar del puente esta noche'],
  },
  {
    rule: 'when worry grabs, a walk; scissors for the labels; a saw that cut straight',
    leaves: ['cuando me agarra la ansiedad salgo a caminar y llamo a mi tia', 'alguien me presta tijeras? quiero cortar las etiquetas de la camisa', 'en carpinteria use la sierra y me quedo derecho el corte'],
    holds: ['quiero cortarme otra vez', 'no tiene sentido seguir viviendo'],
  },
];

describe('everyday readings that reach every crisis pattern', () => {
  for (const { rule, leaves, holds } of RULES) {
    describe(rule, () => {
      it.each(leaves)('leaves "%s"', (text) => {
        expect(crisisPatternHits(text)).toEqual([]);
      });
      it.each(holds)('still holds "%s"', (text) => {
        expect(held(text)).toBe(true);
      });
    });
  }
});

describe('the same rules, whatever the words around them', () => {
  const WISHES = ['i want to die', 'i want to kill myself', 'quiero morir', 'me quiero matar', 'i want to end my life', 'quiero suicidarme'];
  const NEUTRAL = ['honestly', 'today', 'ok', 'mira', 'la verdad', 'bueno'];

  it('a denial before a wish in the same clause clears the pattern, wherever the clause stands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WISHES), fc.constantFrom(...NEUTRAL), fc.constantFrom('not that', 'no es que', "that doesn't mean"), (wish, before, denial) => {
        expect(matched(wish)).toBe(true);
        expect(matched(`${before}. ${denial} ${wish}`)).toBe(false);
      }),
    );
  });

  it('a negated wish reaches through any run of little words to the wish', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('to', 'go', 'just', 'really', 'even'), { maxLength: 3 }), (filler) => {
        const words = ['i', "don't", 'want', 'to', ...filler, 'go', 'away', 'forever'].join(' ');
        const goesForever = (text: string) => crisisPatternHits(text).some((hit) => hit.rule === 'go-forever');
        expect(goesForever(words)).toBe(false);
        expect(goesForever(words.replace("don't ", ''))).toBe(true);
      }),
    );
  });

  it('a wish told after "and" or "so" stays a crisis however the clause before it was negated', () => {
    fc.assert(
      fc.property(fc.constantFrom("i didn't sleep", "i can't eat", 'no dormi', 'no comi'), fc.constantFrom('and', 'so', 'y', 'entonces'), fc.constantFrom(...WISHES), (before, joiner, wish) => {
        expect(matched(`${before} ${joiner} ${wish}`)).toBe(true);
      }),
    );
  });

  it('a past clause turned to now clears the wish only when nothing tells it came back', () => {
    fc.assert(
      fc.property(fc.constantFrom('years ago', 'hace dos anos', 'a year ago'), fc.constantFrom(...WISHES), (when, wish) => {
        expect(matched(`${when} ${wish}. now i am doing ok`)).toBe(false);
        expect(matched(`${when} ${wish}. now i am doing ok but last night i did it again`)).toBe(true);
      }),
    );
  });
});
