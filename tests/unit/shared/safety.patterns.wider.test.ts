import { describe, expect, it } from 'vitest';
import { crisisPatternHits } from '../../../shared/moderation';
import { tokenize } from '../../../shared/moderation/tokens';

const rulesOf = (text: string) => crisisPatternHits(text).map((hit) => hit.rule);

/** Each wider rule family: wordings it must hold, and everyday sentences with the same words it must leave alone. */
const FAMILIES: { rule: string; holds: string[]; leaves: string[] }[] = [
  {
    rule: 'intent-die',
    holds: ['im gonna die tonight', 'hoy me voy a morir'],
    leaves: ['ran my first 5k, thought i was gonna die at mile 2', 'casi me muero cuando vi el recibo'],
  },
  {
    rule: 'hopeless-more',
    holds: ['ya se acabo todo para mi', 'no tengo razon para seguir'],
    leaves: ['se acabo lo nuestro y duele pero ni modo', 'se acabo el plazo de la multa, hoy la pago'],
  },
  {
    rule: 'threat-more',
    holds: ['i swear i will stab that guy when i see him', 'he has it coming, i will burn his car', "i'll shoot anyone who comes near my room", 'me dan ganas de apuñalarlo', 'la proxima vez que me toque le pego'],
    leaves: ["i'm not going to hurt anyone, i talked it out with staff", 'we killed the boss in level 5', 'le vamos a partir en el show de talentos', 'la pelicula donde mata a todos estuvo fuerte'],
  },
  {
    rule: 'abuse-more',
    holds: ['my mom burns me with cigarettes', 'un tipo de la casa me agarro y no me soltaba', 'my landlord said i can pay rent with sex', 'mi tio me toca cuando nadie ve'],
    leaves: ['mañana me toca el corte de pelo por fin', 'hoy me toco picar el tomate', 'me agarro la lluvia camino a la tienda', 'my son hugs me every visit'],
  },
  {
    rule: 'time-date',
    holds: ['after my daughter\'s birthday i\'m going to do it', 'cuando todos se duerman hoy lo acabo'],
    leaves: ['after dinner i\'m going to do it, the dishes i mean', 'mañana lo hago, la tarea de ingles'],
  },
  {
    rule: 'time-set',
    holds: ['esta navidad va a ser la ultima', 'tomorrow morning nobody is going to find me breathing'],
    leaves: ['christmas will be my first one sober', 'saturday is the day! my daughter\'s recital'],
  },
  {
    rule: 'farewell-gift',
    holds: ['it was nice knowing all of you', 'please give my guitar to jose, he will play it better'],
    leaves: ['give my regards to the cooks, dinner was great', 'it was nice knowing the volunteers, they leave friday'],
  },
  {
    rule: 'farewell-wide',
    holds: ['esta es mi ultima publicacion aqui', "don't be sad for me"],
    leaves: ['la ultima publicacion del grupo fue la del menu de la semana'],
  },
  {
    rule: 'farewell-last-word',
    holds: ['this is the last time you will hear from me', 'los quiero a todos, siempre', 'que tengan una buena vida, ya no voy a estar'],
    leaves: ['my clothes go to the donation bin on saturday', 'have a good life in the new apartment, we will visit next week'],
  },
  {
    rule: 'hopeless-wide',
    holds: ['nothing is ever going to get better for me', 'estoy atorado en este hoyo y no hay forma de salir', "i've run out of reasons to keep going"],
    leaves: ['nothing is better than pizza on friday', 'we ran out of coffee again'],
  },
  {
    rule: 'hit-me',
    holds: ['sometimes i hope a bus hits me', 'a veces quisiera que me atropellara un camion'],
    leaves: ['i hope the bus is not late again'],
  },
  {
    rule: 'means-spot',
    holds: ['i have the cord, i just need a door', 'ya calcule cuanta insulina me haria falta'],
    leaves: ['i found a spot on the roof to watch the fireworks', 'how much insulin do i need before dinner, asking the nurse'],
  },
  {
    rule: 'plan-ready',
    holds: ['i took the blades out of my pencil sharpener and hid them', 'i know how i would do it and nobody would stop me'],
    leaves: ['i sharpened the kitchen knives for the chef'],
  },
  {
    rule: 'veins',
    holds: ['pienso en el 🔪 y en mis venas', 'thinking about the razor and my wrists'],
    leaves: ['the nurse could not find a vein for my blood draw'],
  },
  {
    rule: 'use-to-die',
    holds: ['going to use until i dont wake up', 'quiero meterme todo el polvo y que se me pare el corazon'],
    leaves: ['i drink coffee until i wake up properly'],
  },
  {
    rule: 'never-out',
    holds: ["i'm never getting out of this", 'nunca voy a salir de esto'],
    leaves: ["i'm never getting that song out of my head"],
  },
  {
    rule: 'last-day',
    holds: ['tonight is my last night alive'],
    leaves: ['tonight is the last night of the movie marathon'],
  },
  {
    rule: 'time-more',
    holds: ['i picked the date, after that its over'],
    leaves: ['i set the date for my court hearing, the 20th', 'ya puse la fecha de mi audiencia, el 20'],
  },
  {
    rule: 'threat',
    holds: ['im going to burn his car tonight'],
    leaves: ['voy a quemar un cd para mi mamá', 'going to burn a playlist for the road trip'],
  },
  {
    rule: 'done-with-all',
    holds: ['i am so done with everything', 'ya estoy harta de todo', 'so tired. im done with everything'],
    leaves: ['i am so done with this rain', 'ya estoy harta de todo el trabajo de la escuela'],
  },
  {
    rule: 'death-appeal',
    holds: ['death seems peaceful right now', 'la muerte se ve tranquila ahorita'],
    leaves: ["my grandpa's death was peaceful, he was 94", 'the death scene in the movie was so good'],
  },
  {
    rule: 'dream-not-be',
    holds: ['i dream about not existing', 'sueño con no existir'],
    leaves: ['i dream about opening a bakery', 'sueño con no tener que madrugar'],
  },
  {
    rule: 'self-harm-more',
    holds: ['necesito sentir el dolor otra vez, solo un corte', 'i need to feel the pain again'],
    leaves: ['i need to feel the sun on my face'],
  },
  {
    rule: 'desire-disappear',
    holds: ['i hate myself so much i want to disappear', 'me odio tanto que quiero desaparecer'],
    leaves: ['today i wanted to disappear for a bit so i took a long walk', 'quiero desaparecer un rato debajo de la cobija'],
  },
  {
    rule: 'attempt-not-fail',
    holds: ['esta vez no voy a fallar', "this time i won't survive it"],
    leaves: ["this time i won't fail my driving test", 'esta vez no voy a fallar la receta del pastel'],
  },
  {
    rule: 'means-edge',
    holds: ['staying on the roof ledge a little longer each night', 'me quedo en la orilla de la azotea cada noche'],
    leaves: ['we sat on the edge of the roof to watch the fireworks', 'limpiamos la orilla del techo por la gotera'],
  },
  {
    rule: 'farewell-affairs',
    holds: ['wrote down what to play at my funeral', 'escribí qué canciones poner en mi funeral', 'put everything in order and left instructions', 'le dejé a mi hija mis contraseñas y los papeles del seguro'],
    leaves: ['my grandma planned her own funeral songs years ago', 'left instructions for the cat sitter', 'puse todo en orden en mi cuarto', 'my daughter has my netflix password lol'],
  },
  {
    rule: 'abuse-more',
    holds: ['un trabajador de aquí me dijo que me haría daño si hablo', 'he warned me what happens if i tell anyone', 'alguien me sigue a casa y me espera afuera'],
    leaves: ['my counselor said if i talk to the nurse she can change my meds', 'el perro me sigue a todas partes'],
  },
  {
    rule: 'means-more',
    holds: ['tuve el cuchillo en la muñeca una hora', 'drank again and took pills with it, feel weird'],
    leaves: ['my watch is too tight on my wrist', 'drank a coffee and took my meds with breakfast'],
  },
  {
    rule: 'self-harm-more',
    holds: ['relapsed on the blades after 8 months clean', 'recaí con las navajas otra vez'],
    leaves: ['relapsed on sugar this week, back to salads'],
  },
  {
    rule: 'means-not-for',
    holds: ['bought a rope at the hardware store and its not for hanging laundry', 'compré una soga y no es pa tender ropa'],
    leaves: ['the rope is not for sale, its my dads', 'compré cuerda pa los niños, no para mí'],
  },
  {
    rule: 'means-not-for-use',
    holds: ['got a belt from the thrift store. not for my pants', 'tengo una cuerda en el cuarto. no para tender'],
    leaves: ['the rope? its for the tire swing, not for the gym', 'not for the faint of heart, this chili'],
  },
  {
    rule: 'means-with-drink',
    holds: ['took my xanax with a fifth of vodka', 'me tomé las pastillas con una caguama', 'tequila con los clonazepam y a dormir'],
    leaves: ['my doctor said no beer with the seroquel, so i stopped', 'the pharmacist warned me about wine with my pills'],
  },
  {
    rule: 'same-supply',
    holds: ['my cousin ODd last week. i just copped from the same guy', 'se murió mi compa de sobredosis y yo le compré al mismo'],
    leaves: ['my uncle died last year. got my hair cut by the same barber today', 'compré al mismo precio que la semana pasada'],
  },
  {
    rule: 'sorry-mess',
    holds: ['sorry for the mess i am going to leave you all', 'perdón por el lío que les voy a dejar'],
    leaves: ['sorry for the mess in the kitchen, ill clean it tomorrow', 'perdón por el desorden del cuarto, ya lo limpio luego'],
  },
  {
    rule: 'come-for-me',
    holds: ['the guys who jumped me say they will come back for me', 'me amenazaron y dicen que vuelven por mí'],
    leaves: ['my sister is coming back for me after lunch', 'mi padrino viene por mí a las 5'],
  },
  {
    rule: 'burden-self',
    holds: ['i am just a cost to everyone', 'solo soy un gasto para mi familia'],
    leaves: ['my car is just a cost at this point lol', 'el gym es solo un gasto si no voy'],
  },
  {
    rule: 'attempt-not-fail',
    holds: ['made a list so i dont chicken out this time', 'ya lo tengo todo pa no rajarme esta vez'],
    leaves: ['studying every night so i dont fail this exam this time', 'i wont go back this time, 30 days sober'],
  },
  {
    rule: 'hide-marks',
    holds: ['como escondo los cortes cuando revisa el personal', 'long sleeves again to hide the marks'],
    leaves: ['covered my old scars with a tattoo, years later'],
  },
];

describe('wider crisis wordings', () => {
  for (const { rule, holds, leaves } of FAMILIES) {
    it.each(holds)(`${rule} holds "%s"`, (text) => {
      expect(rulesOf(text)).toContain(rule);
    });
    it.each(leaves)(`${rule} leaves "%s" alone`, (text) => {
      expect(rulesOf(text)).not.toContain(rule);
    });
  }

  it('reads a key name like "f4" as letters and a number, not leetspeak', () => {
    expect(tokenize('alt f4 a mi vida').map((token) => token.word)).toEqual(['alt', 'f4', 'a', 'mi', 'vida']);
  });
});
