import { describe, expect, it } from 'vitest';
import { crisisPatternHits } from '../../../shared/moderation';
import { findCrisis, neverHolds } from '../../../shared/moderation/crisis';
import { matchText } from '../../../shared/moderation/matching';
import { laughedOff, nuisanceTold, sportLossJoked } from '../../../shared/moderation/patterns';
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
  {
    rule: 'reason-gone',
    holds: ['my cat was the only thing keeping me alive and they took her to the shelter', 'lo unico que me mantenia vivo era mi trabajo y lo perdi'],
    leaves: ['the only thing keeping me going is my grandkids', 'lo unico que me mantiene aqui es mi hija'],
  },
  {
    rule: 'wont-be-around',
    holds: ['feed my fish from now on ok, i wont be around', 'i will not be around much longer', 'ya no voy a estar aqui'],
    leaves: ['i wont be around this weekend, court date', 'ya no voy a estar aqui, me dieron el alta'],
  },
  {
    rule: 'be-with-dead',
    holds: ['my son died two years ago today. i will be with him soon', 'mi esposo falleció en marzo. pronto voy a estar con él'],
    leaves: ['my mom passed in june. ill be with her family on sunday for the anniversary', 'mi abuela murio. mañana voy a estar con ella en el panteon'],
  },
  {
    rule: 'farewell-secret',
    holds: ['called my brothers today. i said goodbye without them knowing', 'me despedí de mi mamá sin que sepa nada'],
    leaves: ['me despedí de todos sin que sepan porque me dieron el alta mañana'],
  },
  {
    rule: 'wait-with-weapon',
    holds: ['cuando salga del turno lo espero afuera con el cuchillo', 'im waiting for him by the gate with a bat'],
    leaves: ['los espero en el patio con el machete pa cortar la maleza', 'waiting for you with the cake at 5, happy birthday'],
  },
  {
    rule: 'seek-tonight',
    holds: ['ya se quien fue el sapo, esta noche te busco'],
    leaves: ['ya se quien hizo el cafe, mañana te busco pa desayunar'],
  },
  {
    rule: 'self-harm-mine',
    holds: ['when it gets bad yo me corto, pensé que ya no', 'they asked what calms us. mines cutting'],
    leaves: ['yo me corto el pelo sola desde hace años'],
  },
  {
    rule: 'not-an-accident',
    holds: ['the burn on my arm was not an accident', 'la cortada de la pierna no fue accidente'],
    leaves: ['the cut on my thumb was an accident, peeling potatoes', 'conocernos no fue casualidad, gracias por la amistad'],
  },
  {
    rule: 'hide-bruise',
    holds: ['what covers a black eye best before my visit', 'con que me tapo los moretones del brazo'],
    leaves: ['how do i cover the bruise from sparring at boxing', 'makeup to cover the bags under my eyes'],
  },
  {
    rule: 'abuse-blows',
    holds: ['mi pareja me da golpes si llego tarde', 'el señor del cuarto me daba patadas'],
    leaves: ['me da risa cuando se enoja el gato', 'me dieron consejos buenos en el grupo'],
  },
  {
    rule: 'not-reaching',
    holds: ['cobro el viernes. no pienso llegar', 'no voy a cumplir 50, ya lo decidi', 'turning 30 in may and i dont plan on seeing 31', 'the fine wont matter after sunday'],
    leaves: ['no pienso llegar tarde al grupo', 'no voy a cumplir 30 soltera jaja', 'the score wont matter after the game'],
  },
  {
    rule: 'time-unseen',
    holds: ['tonight after lights out so nobody can stop me', 'mañana temprano, asi nadie me ve'],
    leaves: ['i get up early so nobody sees me eat the last donut', 'me baño temprano asi nadie me ve el bano ocupado'],
  },
  {
    rule: 'see-you-dead',
    holds: ['rip mama, ya casi un año. nos vemos pronto', 'four years since grandma passed. see you soon grandma'],
    leaves: ['my mom passed last spring. see you soon mom, visiting your grave sunday'],
  },
  {
    rule: 'peace-to-go',
    holds: ['paid my debts, said sorry. finally at peace to go', 'deje todo arreglado, ya estoy en paz para irme'],
    leaves: ['me dieron el alta, me voy en paz para irme a mi casa', 'finally at peace to go home for christmas'],
  },
  {
    rule: 'nothing-after-tonight',
    holds: ['dont save me a plate. not for anything after tonight'],
    leaves: ['im too tired for anything after tonights shift'],
  },
  {
    rule: 'roof-door',
    holds: ['does anyone know if the roof door stays unlocked at night', 'alguien sabe si la puerta del techo esta abierta de noche'],
    leaves: ['who left the roof door open? the rain got in'],
  },
  {
    rule: 'last-anything',
    holds: ['my last visit is sunday. my last everything'],
    leaves: ['packed the last everything into the moving truck'],
  },
  {
    rule: 'self-harm-streak',
    holds: ['120 days clean from cutting and i broke it in the shower', 'perdi mi racha de dos semanas sin lastimarme'],
    leaves: ['90 days no cutting today, proud of me', 'rompi mi racha en el gym, 3 semanas sin faltar'],
  },
  {
    rule: 'bandages-many',
    holds: ['where does staff keep the gauze? need lots rn'],
    leaves: ['need a bunch of bandaids, my new shoes gave me blisters', 'we need to restock the gauze, lots of it'],
  },
  {
    rule: 'marks-unseen',
    holds: ['hoodie on so the nurse doesnt notice the cuts', 'uso pulseras pa que mi hija no note las cortadas'],
    leaves: ['sanded the table so nobody will notice the scratches'],
  },
  {
    rule: 'weapon-not-for',
    holds: ['got a machete off my cousin. not for camping'],
    leaves: ['the kids bat is not for playing in the house'],
  },
  {
    rule: 'weapon-and-watch',
    holds: ['i memorized the staff rounds. the knife is under my mattress'],
    leaves: ['i know the kitchen schedule, the chef sharpens the knives on monday'],
  },
  {
    rule: 'threat-see',
    holds: ['tell him again tomorrow and he will see what happens to him', 'que lo vuelva a decir y va a ver lo que le pasa'],
    leaves: ['no te pongas chamarra y vas a ver lo que te pasa con este frio'],
  },
  {
    rule: 'when-nobody',
    holds: ['i need to know what time nobody is in the office', 'quiero saber a que hora esta vacia la sala'],
    leaves: ['need to know when nobody is using the laundry room'],
  },
  {
    rule: 'be-with-dead',
    holds: ['el aniversario de mi abuela es el domingo. ese mismo dia lo hago', 'his anniversary is friday, soon we will be together'],
    leaves: ['my 2 year anniversary clean is friday', 'el aniversario de mi papa es el domingo, vamos a estar juntos en misa'],
  },
  {
    rule: 'woke-disappointed',
    holds: ['every morning im bummed that i woke up again', 'me da coraje despertar todos los dias'],
    leaves: ['woke up mad cause the alarm went off at 5 on my day off'],
  },
  {
    rule: 'death-paperwork',
    holds: ['does life insurance still pay if you kill yourself', 'what happens if nobody claims the body'],
    leaves: ['el seguro del carro no paga si uno se va sin permiso del dueño'],
  },
  {
    rule: 'dont-bother',
    holds: ['my lease is up next month. told them dont bother sending the papers'],
    leaves: ['told her not to bother with a gift for my birthday next month'],
  },
  {
    rule: 'decided-calm',
    holds: ['i made my decision. first calm night in months', 'mi mente esta decidida. por fin siento paz'],
    leaves: ['finally decided to go back to school, feel so much lighter'],
  },
  {
    rule: 'med-key',
    holds: ['figured out where they hide the key to the pill cabinet'],
    leaves: ['the nurse lost the key to the med cart again, meds are late'],
  },
  {
    rule: 'pills-kept',
    holds: ['my old roommate left his pills. kept them, theyll be useful'],
    leaves: ['kept my empty pill bottles for the craft table, useful for beads'],
  },
  {
    rule: 'what-future',
    holds: ['the counselor keeps asking about my goals. what future?'],
    leaves: ['we watched a movie about time travel last night, what future lol'],
  },
  {
    rule: 'not-doing-another',
    holds: ['15 christmases alone. not doing another', 'este año tampoco vino nadie. a la proxima no llego'],
    leaves: ['not doing another double shift this year, my feet are done'],
  },
  {
    rule: 'no-return-trip',
    holds: ['me voy de viaje, de esos del que no se vuelve', 'gonna meet god early this year'],
    leaves: ['going to see god at the sunday service today'],
  },
  {
    rule: 'save-the-trouble',
    holds: ['im just extra work for staff. ill save them the trouble'],
    leaves: ['ill save yall the trouble and do the dishes tonight'],
  },
  {
    rule: 'marks-hide-easy',
    holds: ['scars cover easy with a hoodie', 'uso mangas largas por una razon'],
    leaves: ['the surgery scars hide easily under my shirt now'],
  },
  {
    rule: 'threat-flat',
    holds: ['he parks by the back door at 6. he will see', 'tonight. laundry room. we settle it'],
    leaves: ['the cake is in the kitchen, hide it from mom. she will see'],
  },
  {
    rule: 'abuse-threats-sent',
    holds: ['my stepdad keeps texting me threats from a new number'],
    leaves: ['the game chat keeps sending threats lol'],
  },
  {
    rule: 'voice-after',
    holds: ['kept my old number paid up so my daughter can always hear my voice on it'],
    leaves: ['recorded a bedtime story so my kids can hear my voice while im in the program'],
  },
  {
    rule: 'place-for-another',
    holds: ['este cuarto le serviria mas a otra muchacha que si quiera salir adelante'],
    leaves: ['this couch would be better for someone with a bigger room'],
  },
  {
    rule: 'out-of-days',
    holds: ['everyone says take it day by day. ya no me quedan dias'],
    leaves: ['im out of sick days so i have to go in with this cold'],
  },
  {
    rule: 'blade-out',
    holds: ['saque la hojita del rastrillo y la guarde en mi cartera'],
    leaves: ['took the blade out of the sharpener to clean it, pencil shavings everywhere'],
  },
  {
    rule: 'blood-mine',
    holds: ['how do i get blood out of a mattress. yes its mine. again'],
    leaves: ['bloody nose all over my pillow, yes its mine, dry air'],
  },
  {
    rule: 'gun-loaded',
    holds: ['took my uncles pistol out of the closet. loaded it tonight'],
    leaves: ['loaded the dishwasher and the washer, the gun show is on tv'],
  },
  {
    rule: 'double-order',
    holds: ['texted my old plug and asked for double. been 8 months'],
    leaves: ['asked for double tortillas at the taco truck, the plug for the grill was broken'],
  },
  {
    rule: 'threat-catching',
    holds: ['touch my stuff again and you catching a bullet'],
    leaves: ['caught the bus just in time, almost catching a cold out there'],
  },
  {
    rule: 'bring-for-him',
    holds: ['court at 9 tomorrow. bringing something for him'],
    leaves: ['bringing something for her at 5, its her birthday'],
  },
  {
    rule: 'im-next',
    holds: ['my brother died in march, my cousin in june. im next'],
    leaves: ['grandma passed last year. im next on the housing waitlist though'],
  },
  {
    rule: 'heaven-early',
    holds: ['will st peter open the gates if i show up early'],
    leaves: ['church starts at 9, i show up early to help set up, heaven knows they need it'],
  },
  {
    rule: 'ends-and-so-do-i',
    holds: ['my case closes on the 15th. so do i', 'se acaba el ramadan el jueves y yo tambien'],
    leaves: ['my shift ends at 6 and so does yours'],
  },
  {
    rule: 'own-funeral-paid',
    holds: ['paid for my cremation today. nobody has to pay for nothing'],
    leaves: ['deje pagado el nicho de mi mama, descanse en paz'],
  },
  {
    rule: 'wound-hidden',
    holds: ['this cut is deep but im not going to the nurse'],
    leaves: ['not going to the nurse for a cold, just tea'],
  },
  {
    rule: 'blades-not-shaving',
    holds: ['bought a pack of blades and i dont even shave'],
    leaves: ['blades for the mustache? nah im growing it for movember, dont shave'],
  },
  {
    rule: 'forgotten-after',
    holds: ['how long before everyone forgets about you'],
    leaves: ['how long til my ex forgets about me lol'],
  },
  {
    rule: 'place-not-for',
    holds: ['which building downtown has the tallest roof? not for photos'],
    leaves: ['the tallest building tour, not for photos, just the elevator ride'],
  },
  {
    rule: 'pills-kept-secret',
    holds: ['got my refill early and not telling the nurse i still have the old bottle'],
    leaves: ['not telling my sister about the surprise party, got her a gift'],
  },
  {
    rule: 'see-myself-nowhere',
    holds: ['my PO asked about my goals for next year. nowhere'],
    leaves: ['looked for my keys all morning and found them nowhere'],
  },
  {
    rule: 'want-out',
    holds: ['so tired. i want out of everything', 'cumpleaños el sabado. ya tengo mi plan para despues'],
    leaves: ['i want out of this group chat lol'],
  },
  {
    rule: 'more-cuts',
    holds: ['the cuts from yesterday still sting and im gonna make more'],
    leaves: ['gonna make more cookies, the first batch had cuts of chocolate'],
  },
  {
    rule: 'sleeves-summer',
    holds: ['long sleeves again and its 95 out'],
    leaves: ['long sleeves in july because the office ac is freezing'],
  },
  {
    rule: 'threat-flat',
    holds: ['the guy who snitched, parking lot at 8. he learns', 'el lunes a las 7 en el patio. no voy a hablar'],
    leaves: ['the new guy starts monday at 7. he learns fast'],
  },
  {
    rule: 'waiting-for-quiet',
    holds: ['letter is on the desk. just waiting for everyone to sleep'],
    leaves: ['waiting for everyone to sleep so i can watch my show, letter from my aunt came today'],
  },
  {
    rule: 'means-lot',
    holds: ['list for the store: eggs, rice, a bunch of sleeping pills'],
    leaves: ['store list: a bunch of tylenol for the house, everybody has the flu'],
  },
  {
    rule: 'bought-for-tonight',
    holds: ['pase a la farmacia y compre lo que necesitaba para esta noche'],
    leaves: ['bought what i needed for tonight, the dinner is gonna be great'],
  },
  {
    rule: 'goodbye-unknown',
    holds: ['fui a despedirme de mi vecina. ella no sabe de que'],
    leaves: ['me despedi de mi prima que se va de viaje, no sabe de que hablo jaja'],
  },
  {
    rule: 'remembered-as',
    holds: ['got my nails done. i want them to remember me like this'],
    leaves: ['quiero que me recuerden bonita en las fotos de la boda'],
  },
  {
    rule: 'one-less',
    holds: ['all i do is cost my son money. soon one less'],
    leaves: ['finished the dishes, one less chore for tomorrow'],
  },
  {
    rule: 'fix-the-burden',
    holds: ['i know im a burden here. about to fix that'],
    leaves: ['the printer is a burden. gonna fix it'],
  },
  {
    rule: 'envy-dead',
    holds: ['envidio a los muertos, ellos ya descansan'],
    leaves: ['so jealous of the dead guy in that movie lol he gets to nap'],
  },
  {
    rule: 'arson-threat',
    holds: ['si no me dejan ver a mis hijos va a arder esa casa', 'one more eviction letter and i burn that office down'],
    leaves: ['se me va a quemar el arroz si no me apuro'],
  },
  {
    rule: 'cut-today',
    holds: ['ya me queme hoy otra vez, perdon'],
    leaves: ['ya me corte hoy el pelo yo sola'],
  },
  {
    rule: 'take-own-life',
    holds: ['me quiero quitar la vida y nadie lo sabe', 'honestly i want to take my own life', 'quisiera quitarme la vida hoy'],
    leaves: ['i want to take my life back, one day at a time', 'quiero tomar las riendas de mi vida'],
  },
  {
    rule: 'stop-existing',
    holds: ['pendientes: pagar la luz, dejar de existir', 'if i could i would stop existing'],
    leaves: ['la tienda de la esquina va a dejar de existir en enero', 'that app will stop existing next year'],
  },
  {
    rule: 'no-tomorrow',
    holds: ['i just want tomorrow to never come', 'ojala no llegue al viernes la verdad'],
    leaves: ['ojala no llegue el cobrador mañana', 'i want tomorrow to never come, exam day lol'],
  },
  {
    rule: 'means-secret',
    holds: ['got a rope at the hardware store. nobody asked', 'compre unas navajas, no pregunten'],
    leaves: ['bought rope for the clothesline, nobody asked me to but the old one snapped', 'nobody asked but i love my new knife set'],
  },
  {
    rule: 'high-place-cameras',
    holds: ['does the parking garage roof have cameras up there', 'alguien sabe si el puente de la 8 tiene camaras'],
    leaves: ['the bridge has speed cameras now, drive careful', 'pusieron camaras en el estacionamiento xq robaron una bici'],
  },
  {
    rule: 'saving-for',
    holds: ['been saving my pills for something, dont ask', 'tengo planes para esas pastillas'],
    leaves: ['saving my vacation days for something fun', 'keeping my expired pills for the pharmacy take-back day'],
  },
  {
    rule: 'dont-save-me',
    holds: ['if i go out dont bother with narcan on me', 'si me pasa algo no me revivan, en serio'],
    leaves: ['dont use the allergy spray on me, it burns', 'narcan training is thursday, dont forget'],
  },
  {
    rule: 'all-at-once',
    holds: ['got a bag of fentanyl and im doing the whole thing at once', 'conseguí pastillas y me las tomo todas'],
    leaves: ['i take all my morning pills at once with breakfast', 'me tomo todas mis pastillas con el desayuno'],
  },
  {
    rule: 'hide-marks',
    holds: ['long sleeves again so nobody sees', 'manga larga otra vez pa q no vean'],
    leaves: ['long sleeves cause its freezing in the dining room', 'me puse manga larga xq hace frio'],
  },
  {
    rule: 'remember-said',
    holds: ['friday, 6pm, the parking lot. remember i said it', 'mañana en el turno de la noche. acuerdense q lo dije'],
    leaves: ['remember i said it would rain tomorrow? told you', 'acuerdense que les dije, mañana gana el america'],
  },
  {
    rule: 'weapon-for-when',
    holds: ['keeping a knife under the bed for when he comes back', 'tengo el bate listo pa cuando llegue mi primo'],
    leaves: ['sharpened the knife for when the turkey comes out', 'guarde el bate para cuando llegue el equipo al parque'],
  },
  {
    rule: 'poison-drink',
    holds: ['voy a ponerle veneno en su comida a ese', 'gonna put bleach in his coffee tomorrow'],
    leaves: ['put bleach in the bucket to mop the floor', 'le eche cloro al agua de la cubeta pa limpiar el baño'],
  },
  {
    rule: 'ex-found-me',
    holds: ['my ex found out where i live now', 'mi expareja sabe donde estoy, me mando foto de la puerta'],
    leaves: ['my ex sent a photo of our kids at the door, they look so big', 'mi ex sabe donde queda la boda de mi hija'],
  },
  {
    rule: 'raised-hand',
    holds: ['mi pareja me levanto la mano anoche'],
    leaves: ['en clase me levanto la mano para hacer una pregunta'],
  },
  {
    rule: 'know-their-house',
    holds: ['waiting till he gets out. i know his moms house'],
    leaves: ['i know his moms house, i will drop off the flowers'],
  },
  {
    rule: 'need-after',
    holds: ['take my jacket, after today i wont need it', 'quedense con mi radio, despues de hoy no la necesito'],
    leaves: ['after today i wont need the crutches, cast comes off', 'despues del viernes no necesito el pase, ya me dieron de alta'],
  },
  {
    rule: 'no-longer-needed',
    holds: ['cancele la terapeuta. ya no hace falta', 'gave away my meds. wont need them anymore'],
    leaves: ['gave away my old glasses, got new ones so i wont need them anymore', 'cancele la cita porque ya me dieron de alta, ya no hace falta'],
  },
  {
    rule: 'in-case-not-back',
    holds: ['le enseñe a mi compa a regar las plantas por si no vuelvo', 'showed Tina how to feed my fish in case i dont come back'],
    leaves: ['dejo las llaves por si no vuelvo antes de las 8', 'feed my fish in case i dont get back from court on time'],
  },
  {
    rule: 'nice-knowing',
    holds: ['was nice knowing yall', 'fue lindo conocerlos, de verdad'],
    leaves: ['moving out friday, was nice knowing yall, come visit', 'if i eat this ghost pepper it was nice knowing yall lol'],
  },
  {
    rule: 'remember-as-last',
    holds: ['i want the kids to remember today as the last good day'],
    leaves: ['remember this game as the last one of the season'],
  },
  {
    rule: 'good-age-to-stop',
    holds: ['turning 50 tomorrow. good age to stop'],
    leaves: ['good place to stop for lunch on the drive', 'buen dia para dejar de fumar'],
  },
  {
    rule: 'dont-count-me',
    holds: ['dont put me on next months chore list', 'no me pongan en la lista del proximo mes'],
    leaves: ['dont put me on next weeks dishes, i did it twice already', 'no me cuenten para la proxima semana, tengo corte'],
  },
  {
    rule: 'join-dead-share',
    holds: ['el viernes es el aniversario de mi mama. ese dia me voy con ella', 'she died in march. i am going to see her in heaven soon'],
    leaves: ['el viernes es el aniversario de mi mama. ese dia voy a la tumba con flores', 'do you think we see our dogs again in heaven'],
  },
  {
    rule: 'asking-for-me',
    holds: ['how painful is it to drown? asking for me', 'cuanto duele morirse? pregunto x mi'],
    leaves: ['asking for me: is the pool open today'],
  },
  {
    rule: 'forgotten-soon',
    holds: ['cuanto tarda la gente en olvidarse de uno?'],
    leaves: ['cuanto tarda en olvidarse un idioma si no lo practicas'],
  },
  {
    rule: 'scheduled-goodbye',
    holds: ['scheduled an email to send itself on monday, staff will read it'],
    leaves: ['scheduled a reminder to send my rent payment on monday'],
  },
  {
    rule: 'dont-open-before',
    holds: ['left a letter in my drawer, dont open it before sunday'],
    leaves: ['dejé una carta con el regalo, no la abran antes de navidad'],
  },
  {
    rule: 'no-loose-ends-world',
    holds: ['ya no tengo pendientes con nadie en este mundo'],
    leaves: ['ya no tengo pendientes en el trabajo, por fin'],
  },
  {
    rule: 'blood-mine',
    holds: ['the blood in the sink this morning. that was me', 'deeper this time and still bleeding'],
    leaves: ['the blood on the cutting board? that was me, sliced my finger on an onion'],
  },
  {
    rule: 'went-and-cut',
    holds: ['went straight to the bathroom and cut', 'me fui al baño y me corte otra vez'],
    leaves: ['went to my room and cut coupons all night'],
  },
  {
    rule: 'death-sounds-good',
    holds: ['morir suena bien hoy', 'dying sounds peaceful right now'],
    leaves: ['that metal song about dying sounds great live'],
  },
  {
    rule: 'took-all',
    holds: ['took all the pills in the bottle like an hour ago', 'me tome todas las pastillas del mes', 'compre paracetamol pa tomarmelas juntas'],
    leaves: ['took all my morning meds at the window like always', 'me tome todas mis vitaminas con el desayuno'],
  },
  {
    rule: 'not-walking-away',
    holds: ['seeing that guy at the corner store tonight. he aint walking away', 'mañana lo espero en la esquina, no se va caminando'],
    leaves: ['im not walking away from my recovery tonight', 'despues de la cirugia no se va caminando, lo llevamos en silla'],
  },
  {
    rule: 'breaking-face',
    holds: ['next time i see him im breaking his jaw', 'le voy a romper la cara a ese'],
    leaves: ['she is breaking her record at the gym', 'se cayo en el hielo y casi se rompe la nariz'],
  },
  {
    rule: 'lied-safe',
    holds: ['the nurse asked if i was safe. i said yes. im not', 'le dije que estoy a salvo. mentira'],
    leaves: ['is the bus stop safe at night? im not sure'],
  },
  {
    rule: 'tired-of-being',
    holds: ['ando cansada de estar', 'honestly just exhausted of existing'],
    leaves: ['cansada de estar encerrada en el cuarto con la gripa'],
  },
  {
    rule: 'sleep-no-waking',
    holds: ['i want the kind of sleep you dont wake up from'],
    leaves: ['the baby finally had a nap and didnt wake up till noon'],
  },
  {
    rule: 'pills-gathered',
    holds: ['no me tomo las del psiquiatra, las ando juntando', 'not taking my meds, been saving them'],
    leaves: ['saving them receipts for the tax lady'],
  },
  {
    rule: 'zero-days',
    holds: ['0 days without cutting', 'cero dias sin lastimarme otra vez'],
    leaves: ['0 days without coffee and im grumpy lol'],
  },
  {
    rule: 'order-here',
    holds: ['he has a restraining order and hes parked outside right now', 'tiene orden de no acercarse y esta abajo gritando'],
    leaves: ['the judge granted the restraining order, i feel safe now'],
  },
  {
    rule: 'use-to-go',
    holds: ['got fentanyl and this time its to go', 'voy por fenta y no me voy a medir'],
    leaves: ['me voy al gym y no me voy a medir, que rico'],
  },
  {
    rule: 'bringing-something',
    holds: ['when i see her thursday i am bringing something'],
    leaves: ['potluck thursday, i am bringing something'],
  },
  {
    rule: 'voice-kept',
    holds: ['pague el cel tres meses pa que mi ama pueda oir mi voz en el buzon'],
    leaves: ['lost my voice, nobody can hear my voice on the phone lol'],
  },
  {
    rule: 'on-high-place',
    holds: ['ya estoy arriba del puente y hace mucho aire'],
    leaves: ['im up on the roof fixing the antenna'],
  },
  {
    rule: 'travel-light',
    holds: ['gave away my books and my jacket. travelling light now'],
    leaves: ['gave my old bag away, travelling light on the trip to see my kids'],
  },
  {
    rule: 'sorry-and-bye',
    holds: ['called my sister after 8 years just to say sorry and goodbye'],
    leaves: ['called the office to say sorry and bye before my shift'],
  },
  {
    rule: 'wont-care-for',
    holds: ['quien quiere mis plantas? ya no las voy a regar'],
    leaves: ['quien quiere mis plantas? me voy de viaje y ya no voy a poder regar'],
  },
  {
    rule: 'why-get-up',
    holds: ['tercer rechazo de vivienda. para que me levanto'],
    leaves: ['no hay clases, para que me levanto tan temprano'],
  },
  {
    rule: 'go-in-peace',
    holds: ['good day today. now i can go in peace'],
    leaves: ['my son graduated, finally i can rest in peace lol'],
  },
  {
    rule: 'woke-disappointed',
    holds: ['does anyone else wake up disappointed they woke up', 'desperte decepcionada de seguir aqui'],
    leaves: ['woke up disappointed it wasnt saturday yet'],
  },
  {
    rule: 'wont-last',
    holds: ['the judge said maybe two years. i wont last that long', 'dijeron año y medio. no voy a durar tanto'],
    leaves: ['this phone battery wont last the day, i cant last another shift without coffee lol'],
  },
  {
    rule: 'debt-dies-with-me',
    holds: ['the lawyer said my debt dies with me. best news all year'],
    leaves: ['paid off the last of my debt today'],
  },
  {
    rule: 'plan-not-stop',
    holds: ['got a bottle of vodka. the plan is to not stop tonight'],
    leaves: ['working on the mural all weekend, the plan is to not stop till its done'],
  },
  {
    rule: 'find-me',
    holds: ['he keeps calling from new numbers and says he will find me', 'mi ex dice que me va a encontrar aunque tenga orden'],
    leaves: ['my sponsor says she will find me a ride to the meeting'],
  },
  {
    rule: 'wish-in-a-box',
    holds: ['should have come home in a box like the others'],
    leaves: ['the cat would rather sit in a box than in the bed he cost me'],
  },
  {
    rule: 'wish-sudden-death',
    holds: ['ojala me de un infarto mientras duermo', 'i pray my heart just stops tonight'],
    leaves: ['ojala no me de un infarto cuando vea la cuenta del telefono'],
  },
  {
    rule: 'keep-after',
    holds: ['gave my cat to Bev today, she will keep her after', 'quien puede cuidar a mi perro desde la proxima semana'],
    leaves: ['who can take my dog for a walk after lunch', 'quien cuida a mi gato este fin de semana, me voy de viaje'],
  },
  {
    rule: 'paid-ahead-giving',
    holds: ['le regale mis gallos al vecino y le pague la luz a mi mama por seis meses'],
    leaves: ['paid the gym for a whole year with the tax refund'],
  },
  {
    rule: 'labelled-for-who',
    holds: ['deje mis herramientas con el nombre de a quien le toca cada una'],
    leaves: ['put labels on your food with the name of who it belongs to, the fridge is a mess'],
  },
  {
    rule: 'stitched-self',
    holds: ['stitched myself up last night, didnt want the nurse to see'],
    leaves: ['sewed my shirt button back on in sewing class'],
  },
  {
    rule: 'told-i-fell',
    holds: ['told the nurse i fell down the stairs again. i didnt'],
    leaves: ['slipped on the ice, told the nurse i fell and she wrapped my wrist'],
  },
  {
    rule: 'broke-over-head',
    holds: ['he broke a bottle over my head last night'],
    leaves: ['they cracked an egg on my head for my birthday lol'],
  },
  {
    rule: 'beaten-or-pay',
    holds: ['en el pasillo me cobran proteccion y si no pago me caen a golpes'],
    leaves: ['el seguro del carro me cobra una cuota cada mes'],
  },
  {
    rule: 'wait-for-them',
    holds: ['mi ex y ese tipo van a salir del bar a las 2. ahi los espero'],
    leaves: ['el sabado a las 9 en la cancha, ahi los espero para el partido'],
  },
  {
    rule: 'carrying-mine',
    holds: ['mañana a las 8 en la oficina. llevo lo mio', 'kitchen. 9pm. tell him to come alone'],
    leaves: ['potluck sunday at 6, im bringing the good stuff, watch what happens to that cake'],
  },
  {
    rule: 'gets-stabbed',
    holds: ['that guy gets stabbed walking out the bar at 2'],
    leaves: ['everyone gets shots at the clinic on monday, flu season'],
  },
  {
    rule: 'commanded-harm',
    holds: ['god told me to cleanse this house tonight', 'las voces me dijeron que castigue mi mano'],
    leaves: ['god wants me to forgive him, my pastor said so', 'voice to text: who wants spades tonight, i will destroy all of you'],
  },
  {
    rule: 'long-enough',
    holds: ['list: gum, chips, an extension cord long enough. nothing after that'],
    leaves: ['need an extension cord long enough to reach the tv'],
  },
  {
    rule: 'last-errands',
    holds: ['pharmacy, hardware store, post office. last errands ill need'],
    leaves: ['last errands before the trip, then packing'],
  },
  {
    rule: 'early-refill-lie',
    holds: ['le pedi a la farmacia las pastillas adelantadas, dije que me iba de viaje. no me voy a ningun lado'],
    leaves: ['im not going anywhere, i love it here'],
  },
  {
    rule: 'from-above',
    holds: ['chau chicos, los voy a cuidar desde arriba'],
    leaves: ['watched the fireworks from above on the roof'],
  },
  {
    rule: 'blade-out-now',
    holds: ['razor is out rn. somebody say something'],
    leaves: ['razors are out of stock at the store'],
  },
  {
    rule: 'good-day-to-end',
    holds: ['the house is empty sunday. good day to end it', 'mañana es buen dia pa acabar con todo'],
    leaves: ['rainy saturday, perfect day to finish the puzzle', 'buen dia para terminar la tarea de ingles'],
  },
  {
    rule: 'bleeding-now',
    holds: ['the bleeding wont stop and i dont care', 'me corte y la sangre no para'],
    leaves: ['my nose keeps bleeding and it wont stop, dry air', 'se me corto el dedo cocinando y no paraba la sangre'],
  },
  {
    rule: 'still-bleeding-streak',
    holds: ['lost my streak last night. still bleeding', 'perdi la racha. aun sangra'],
    leaves: ['cut my finger on the can, still bleeding a little', 'se me cayo el diente y todavia sangra'],
  },
  {
    rule: 'hide-bruise',
    holds: ['need concealer for this black eye before my interview thursday'],
    leaves: ['black eye from softball, gotta cover it before the game photos'],
  },
  {
    rule: 'farewell-plain',
    holds: ['regale todas mis cosas hoy y ya estoy en paz', 'gave away all my things, just the bed left'],
    leaves: ['gave away all my stuff when i got locked up, starting over now', 'regale toda mi ropa vieja a la iglesia'],
  },
  {
    rule: 'dead-costs-less',
    holds: ['muerta no le cuesto nada a nadie', 'dead i wouldnt cost my family a dime'],
    leaves: ['el celular muerto no cuesta nada arreglarlo, dice el del taller'],
  },
  {
    rule: 'better-not-survived',
    holds: ['pa q me salvaron, mejor no hubiera despertado'],
    leaves: ['mejor no hubiera salido de la cama hoy, que dia jaja'],
  },
  {
    rule: 'fall-not-rise',
    holds: ['si recaigo otra vez que sea para no despertar'],
    leaves: [],
  },
  {
    rule: 'bury-blade',
    holds: ['si me vuelve a empujar le clavo la navaja'],
    leaves: ['le clavo el tenedor a la carne para ver si ya esta'],
  },
  {
    rule: 'as-if-around',
    holds: ['me dieron cita pa junio, como si fuera a llegar a junio'],
    leaves: ['como si fuera a llegar temprano al trabajo el lunes jaja'],
  },
  {
    rule: 'now-i-can-go',
    holds: ['made it to her wedding like i promised. now i can go.'],
    leaves: ['made it through my shift like i promised. now i can go home'],
  },
  {
    rule: 'six-feet-under',
    holds: ['ready to be six feet under on my own terms'],
    leaves: ['binge watching six feet under on the old dvds lol'],
  },
  {
    rule: 'no-way-back',
    holds: ['me voy de viaje sin boleto de regreso', 'taking a permanent vacation soon'],
    leaves: ['retired last year, permanent vacation now', 'compre el pasaje sin boleto de regreso porque me mudo a Texas'],
  },
  {
    rule: 'this-is-it',
    holds: ['left my keys on the desk. thank you all. this is it'],
    leaves: ['thank you all for the help, the court hearing is tomorrow. this is it'],
  },
  {
    rule: 'or-at-all',
    holds: ['not coming back tonight. or ever'],
    leaves: [],
  },
  {
    rule: 'waited-for-outside',
    holds: ['alguien me acompaña a la tienda? el esta afuera esperandome otra vez', 'can someone walk with me, he is outside waiting for me since noon'],
    leaves: ['mi hermano esta afuera esperandome con el carro, ya me voy'],
  },
  {
    rule: 'after-it-happens',
    holds: ['cuando ya haya pasado llamen a mi hermana, su numero esta en mi cuarto'],
    leaves: ['no lo dejen solo al perro despues de las 8, se pone triste'],
  },
  {
    rule: 'never-wake',
    holds: ['ninguna intencion de despertar mañana', 'no tengo ninguna intencion de despertar'],
    leaves: ['ninguna intencion de despertar temprano el domingo jaja'],
  },
  {
    rule: 'envy-dead',
    holds: ['le tengo envidia a los que ya se murieron', 'honestly jealous of the dead, they got to rest'],
    leaves: ['jealous of the zombies in that show, they never get tired lol'],
  },
  {
    rule: 'me-next',
    holds: ['mi abuelo ya descansa en paz. quisiera yo tb asi', 'se murio mi vecino tranquilo, ojala yo tambien pronto'],
    leaves: ['grandma passed in peace. hope i get to be next in line for the raffle, she always won it'],
  },
  {
    rule: 'last-before',
    holds: ['my daughters recital is the last thing i wanted to see before', 'la boda de mi hija es lo ultimo que quiero ver antes'],
    leaves: ['my last shift before the holidays is thursday'],
  },
  {
    rule: 'wants-mine-after',
    holds: ['if anyone wants my guitar after sunday just take it from my room', 'si alguien quiere mis botas despues del viernes estan bajo la cama'],
    leaves: ['if anyone wants my couch after i move out next month let me know'],
  },
  {
    rule: 'got-hit',
    holds: ['got slapped again for burning the rice. same as every week', 'lol got choked again for being late'],
    leaves: ['got punched in sparring tonight, coach says i drop my hands', 'got slapped with a parking fine again'],
  },
  {
    rule: 'broke-so-cant',
    holds: ['she hid my shoes so i cant leave the apartment', 'el me quito mis papeles para que no pueda irme'],
    leaves: ['the dog took my sock so i cant find the pair lol'],
  },
  {
    rule: 'chair-door',
    holds: ['i sleep with a chair against the door now. he still has a key', 'pongo la silla contra la puerta cuando el llega tomado'],
    leaves: ['chair against the door bc the wind keeps blowing it open'],
  },
  {
    rule: 'bring-friends',
    holds: ['you took my radio, bring your friends friday, youre gonna need them', 'ese no entiende con palabras. el lunes en el estacionamiento'],
    leaves: ['bring friends to the bbq sunday, we need people to eat all this'],
  },
  {
    rule: 'kill-me-want',
    holds: ['this batch is strong enough it will kill me and thats what i want', 'si me va a matar mejor, es lo que quiero'],
    leaves: ['my boss is gonna kill me if im late again, not what i want'],
  },
  {
    rule: 'the-last-day',
    holds: ['called the plug for saturday. the last saturday', 'todo listo pal domingo, el ultimo domingo'],
    leaves: ['group meets the last friday of every month', 'we had pizza the last friday'],
  },
  {
    rule: 'not-seeing-next',
    holds: ['turning 50 next week. not planning on seeing 51', 'cumplo 30 el martes y no pienso llegar a los 31'],
    leaves: ['not planning on seeing my ex on my birthday, she knows why'],
  },
  {
    rule: 'past-fixing',
    holds: ['how many tylenol before it is too late to fix. asking for me', 'took the pills. not planning to fix it'],
    leaves: ['the car leak is too late to fix, the mechanic said, so pills for my headache and a bus pass'],
  },
  {
    rule: 'pile-of-means',
    holds: ['been putting my seroquel in a sock for a month. good stash now'],
    leaves: ['good pile of laundry waiting for me, meds at 8 then washing'],
  },
  {
    rule: 'for-whoever-needs',
    holds: ['dejo mi chamarra en la silla pa el que la necesite, yo ya no', 'my 90 day chip is on the table for whoever needs it. im done'],
    leaves: ['dejé tamales en la mesa pa el que quiera, ya comí'],
  },
  {
    rule: 'not-relapse-finish',
    holds: ['this aint a relapse, its the ending', 'no estoy recayendo, estoy terminando'],
    leaves: ['not a relapse, just finishing the program this week, so proud'],
  },
  {
    rule: 'switch-off',
    holds: ['i wish i could turn myself off for good', 'ojala pudiera apagarme como la tele'],
    leaves: ['wish i could turn myself off for the weekend, so tired'],
  },
  {
    rule: 'own-way-out',
    holds: ['dont worry about me, i got my own way out'],
    leaves: ['found my own way out of the maze at the fair lol'],
  },
  {
    rule: 'meet-maker',
    holds: ['gonna meet my maker sooner than yall think', 'voy a ver a dios pronto, esta semana'],
    leaves: ['going to see god at church sunday like every week'],
  },
  {
    rule: 'all-to-drugs',
    holds: ['payday tomorrow and all of it goes on the dope'],
    leaves: ['used to spend every check on crack years ago, now it goes to rent'],
  },
  {
    rule: 'means-for-mine',
    holds: ['me traje las cuchillitas del taller pa lo de los brazos'],
    leaves: ['las tijeras son pa lo de las piernas del pantalon, el dobladillo'],
  },
  {
    rule: 'room-ready',
    holds: ['paid my sisters rent through june, cleaned out the closet. everything is ready'],
    leaves: ['cleaned the whole room for my mom visit, everything is ready'],
  },
  {
    rule: 'they-think-home',
    holds: ['discharged monday. they think im going home'],
    leaves: ['discharged monday and they think im going home to my sisters, so excited'],
  },
  {
    rule: 'day-then',
    holds: ['staff goes on vacation saturday and nobody checks. saturday then', 'todos se van al paseo y yo me quedo. ese dia'],
    leaves: ['my caseworker is on vacation till monday and nobody answers. monday then, for the housing form appointment'],
  },
  {
    rule: 'counting-why',
    holds: ['4 days left. nobody asks why im counting'],
    leaves: ['12 days left till my sobriety birthday, thats why im counting'],
  },
  {
    rule: 'happier-at-funeral',
    holds: ['mi familia estaria mas tranquila en mi velorio que aqui'],
    leaves: ['grandma would be happy at the funeral, everyone singing her songs'],
  },
  {
    rule: 'place-invites',
    holds: ['the bridge at night looks like an invitation'],
    leaves: ['the lake looked like an invitation for a swim today'],
  },
  {
    rule: 'asking-for-reason',
    holds: ['does it hurt to die fast? asking for a reason', 'cuanto tarda uno en morir? pregunto x algo'],
    leaves: ['how fast do goldfish die without a filter? asking for a reason, my plant shelf fish'],
  },
  {
    rule: 'harm-streak-broken',
    holds: ['6 months clean of cutting till last night', 'tenia un año sin cortarme y anoche volvi'],
    leaves: ['6 months clean of cutting today, staff got me a cupcake, proud'],
  },
  {
    rule: 'extra-supply',
    holds: ['got a second refill saying i lost the bottle. not for sleep'],
    leaves: ['these pills are not for sleep, theyre for my anxiety, the nurse explained'],
  },
  {
    rule: 'secret-supply',
    holds: ['pharmacy gave me double by mistake. never told anyone'],
    leaves: ['got my mom an extra gift for her birthday, didnt tell her yet, surprise'],
  },
  {
    rule: 'almost-enough',
    holds: ['been saving the blue ones since march. just need a few more'],
    leaves: ['saving stickers for my grandson, just need a few more for the book'],
  },
  {
    rule: 'all-at-once-how',
    holds: ['how long does it take if you swallow the whole bottle at once', 'cuanto tarda si uno se toma todas de golpe'],
    leaves: ['how many tacos can you eat at once lol'],
  },
  {
    rule: 'no-bring-back',
    holds: ['tossed my narcan kit. this time nobody bring me back', 'voy al lago y no regreso'],
    leaves: ['threw out my expired narcan, got a new one from the nurse'],
  },
  {
    rule: 'gone-after-hour',
    holds: ['despues de las 10 de hoy ya no estoy', 'christmas eve. thats when. tired of all of it'],
    leaves: ['después de las 9 ya no estoy en la oficina, llamen mañana'],
  },
  {
    rule: 'letters-for-kids',
    holds: ['cartas pa mis hijos en la caja de zapatos debajo de la cama'],
    leaves: ['letters to my kids for christmas are under the tree'],
  },
  {
    rule: 'marks-are-new',
    holds: ['nurse asked about my arm, i said old. they are from last night'],
    leaves: ['said my old jeans are the best. these ones are from saturday, the thrift store'],
  },
  {
    rule: 'how-got-in',
    holds: ['found a note from him on my pillow. how did he get in'],
    leaves: ['there was a mouse in my room today, como entro??'],
  },
  {
    rule: 'go-with-them',
    holds: ['mañana hace un año que murio mi hijo. mañana me voy con el'],
    leaves: ['mañana es el aniversario de mi papa, voy al panteon con mi hermana y me voy con ella'],
  },
  {
    rule: 'come-in-armed',
    holds: ['if he yells at my kid again im coming with a bat'],
    leaves: ['coming with a bat to softball practice, coach said bring your own'],
  },
  {
    rule: 'gap-enough',
    holds: ['staff only checks at 2 and 4. thats all i need'],
    leaves: ['staff says 20 minutes in the sun, thats all i need for my vitamin d'],
  },
  {
    rule: 'took-one-home',
    holds: ['the cutters in the warehouse, took one home for tonight'],
    leaves: ['chef let us take the leftover pie, took one home for later'],
  },
  {
    rule: 'last-thread',
    holds: ['my son stopped calling. that was the last thread and it broke'],
    leaves: ['the last thread on my sweater button broke lol'],
  },
  {
    rule: 'god-forgot',
    holds: ['ya ni rezo, dios se olvido de mi'],
    leaves: ['a veces pienso que dios se olvido de mi, pero igual le rezo'],
  },
  {
    rule: 'duties-done',
    holds: ['pague lo que debia, le di mi radio a luis. ya cumpli con todos'],
    leaves: ['ya cumpli con todo el tramite de la credencial, le di los papeles a la licenciada'],
  },
  {
    rule: 'woke-disappointed',
    holds: ['took too many last night and woke up. disappointed i woke up'],
    leaves: ['disappointed i woke up late and missed breakfast'],
  },
  {
    rule: 'dont-talk-me-out',
    holds: ['decided. saturday. dont try to talk me out of it', 'ya lo decidi, no me traten de convencer'],
    leaves: ['getting a tattoo saturday, dont try to talk me out of it lol'],
  },
  {
    rule: 'day-picked',
    holds: ['anniversary of the accident is monday. thats the day i chose', 'llega el cheque el 15. el 15 es el dia'],
    leaves: ['court hearing is friday. friday is the day, wish me luck'],
  },
  {
    rule: 'last-holiday-for-me',
    holds: ['last christmas for me, so im going big on the tamales', 'ultima navidad para mi, ya saben'],
    leaves: ['last christmas for me in this house before i move to my own place'],
  },
  {
    rule: 'keeps-grabbing',
    holds: ['the night guy on the bus keeps touching me and i dont know who to tell', 'el de la cocina sigue tocandome cuando nadie ve'],
    leaves: ['my toddler keeps hitting me with his toy truck lol'],
  },
  {
    rule: 'mix-chemicals',
    holds: ['got the janitor key. i know which chemicals to mix'],
    leaves: ['i know what stuff to mix for the best smoothie'],
  },
  {
    rule: 'not-for-crafts',
    holds: ['the cutter i bought wasnt for crafts. need gauze'],
    leaves: ['the cutter wasnt for crafts, it was a gift for my dad, he fixes boxes at the store'],
  },
  {
    rule: 'the-s-word',
    holds: ['thinking about the s word all day again'],
    leaves: ['my kid said the s word at school, it was shut up lol'],
  },
  {
    rule: 'dont-let-him-in',
    holds: ['if a black truck pulls up its my ex. dont let him in'],
    leaves: ['no le abran al de la pizza, ya pagamos'],
  },
  {
    rule: 'arson-kit',
    holds: ['bought gasoline and a lighter. her car is out front. tonight'],
    leaves: ['lighter and gas for the grill on sunday, who brings the meat'],
  },
  {
    rule: 'hurt-them-back',
    holds: ['cuando me den la salida le voy a hacer daño al que me hizo esto'],
    leaves: ['le voy a hacer daño a ese pastel de chocolate jaja'],
  },
  {
    rule: 'beside-the-dead',
    holds: ['this year ill be with my grandma for dia de muertos. from the other side', 'pronto me ponen en la ofrenda junto a mi abuela'],
    leaves: ['hicimos la ofrenda en la escuela y pusimos la foto de mi abuelo del otro lado'],
  },
  {
    rule: 'rest-from-all',
    holds: ['ya pronto descanso de todo, no se preocupen'],
    leaves: ['ya casi descanso de todo, el sabado me voy de vacaciones'],
  },
  {
    rule: 'nobody-worry-after',
    holds: ['after the hearing nobody has to worry about me anymore'],
    leaves: ['after the form is signed nobody has to worry about my rent, its approved'],
  },
  {
    rule: 'sorry-in-advance',
    holds: ['sorry in advance, mari. not your fault, you were always good to me'],
    leaves: ['sorry in advance for the noise tonight roommate, karaoke practice'],
  },
  {
    rule: 'last-bye-pet',
    holds: ['gave my cat to my neighbor and said bye to her for the last time'],
    leaves: ['said goodbye to my old dog for the last time at the vet today, he was 15'],
  },
  {
    rule: 'found-me-online',
    holds: ['he found me through instagram. says hes coming sunday'],
    leaves: ['my sister found me on facebook after 20 years, so happy'],
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

  it('lets a negation end at "not kidding" or "no estoy bromeando", but not at "ni de broma"', () => {
    expect(rulesOf('not kidding i wanna die')).toContain('desire-death');
    expect(rulesOf('no estoy bromeando quiero morirme')).toContain('desire-death');
    expect(rulesOf('ni de broma me quiero morir, estoy feliz')).not.toContain('desire-death');
  });

  it('does not let laughter excuse a threat the share says it means', () => {
    expect(rulesOf('lol im not joking i will stab him')).toContain('threat');
    expect(rulesOf('i will stab him lol')).not.toContain('threat');
    expect(rulesOf('im joking i will stab him lol')).not.toContain('threat');
  });

  it('lets a threat be taken back by a renunciation said after it, or told as long ago, but not by "no es un decir"', () => {
    expect(rulesOf('quiero romperle la cara al de la 5, pero no lo voy a hacer')).toEqual([]);
    expect(rulesOf('i could strangle whoever keeps eating my yogurt. not literally')).toEqual([]);
    expect(rulesOf('a mi tía la mato su pareja hace dos años. hoy le rezamos')).toEqual([]);
    expect(rulesOf('si vuelve a tocar a mi hijo lo mato. no es un decir')).not.toEqual([]);
    expect(rulesOf('i will stab him. not literally lol jk. im not joking')).not.toEqual([]);
  });

  it('reads everyday figures of speech with crisis words as everyday', () => {
    expect(rulesOf('if that microwave beeps one more time i am gonna die')).toEqual([]);
    expect(rulesOf('gonna kill it at my first open mic tonight')).toEqual([]);
    expect(rulesOf('me muero por un pan dulce con cafe')).toEqual([]);
    expect(rulesOf('phone at 1% and about to die, text me later')).toEqual([]);
    expect(rulesOf('im gonna die tonight')).toContain('intent-die');
    expect(rulesOf('reply to the chore board: i did the floors, i will die on this hill')).toEqual([]);
    expect(rulesOf('so mad at my caseworker i could punch a wall. going to the gym instead')).toEqual([]);
    expect(rulesOf('me dan ganas de aventar todo por la ventana, pero respiro')).toEqual([]);
    expect(rulesOf('el jueves me toca la inyeccion del mes')).toEqual([]);
    expect(rulesOf('sharpened all the knives for tomorrow, chef said thanks')).toEqual([]);
  });

  it('reads a team, a treatment and the sun in crisis words as everyday, and an urge that passed two sentences on as over', () => {
    expect(rulesOf('if the Cowboys lose one more game i will die')).toEqual([]);
    expect(rulesOf('going back on my lithium next week, doc says the levels look good')).toEqual([]);
    expect(rulesOf('this heat is gonna kill my tomatoes')).toEqual([]);
    expect(rulesOf('the urge to cut came back last night. I held ice and called my sister. it passed')).toEqual([]);
    expect(rulesOf('the urge to cut came back last night. I held ice and called my sister. it passed. now its back')).not.toEqual([]);
    expect(rulesOf('she looked at me like she wanted me dead lol')).not.toContain('means-research');
    expect(rulesOf('looked up how many it takes to be lethal')).toContain('means-research');
  });

  it('reads a relapse told as over, a visit to a grave, a joke owned up to and a wish to leave a house as everyday', () => {
    expect(rulesOf('relapsed in march and that was the last time, 9 months today')).toEqual([]);
    expect(rulesOf('going to the grave with my brother sunday, then tamales')).toEqual([]);
    expect(rulesOf('a mi hermano lo mato si se vuelve a comer mi yogur. es chiste, lo quiero')).toEqual([]);
    expect(rulesOf('so mad at my landlord i could strangle him. going for a run instead')).toEqual([]);
    expect(rulesOf('i dont want to die, i want out of this house and into my own place')).toEqual([]);
    expect(rulesOf('i want out of this')).toContain('desire-death');
    expect(rulesOf('no quiero volver a eso de querer morirme, gracias a dios ya no')).toEqual([]);
    expect(rulesOf('no quiero volver a casa, quiero morirme')).not.toEqual([]);
  });

  it('still reads a person who touches her as abuse, and food or money kept from her', () => {
    expect(rulesOf('el de la noche me toca cuando no hay nadie')).toContain('abuse');
    expect(rulesOf('mi suegra me esconde la comida cuando no estan los demas')).toContain('abuse-control');
    expect(rulesOf('my son in law takes my money every friday and he hides my meds')).not.toEqual([]);
  });

  it('holds charcoal with no grill, taking all a dealer sells, a bare "pa q" and a blade that is not for work', () => {
    expect(rulesOf('walmart had charcoal on sale got 2 bags, i dont even got a grill')).toContain('charcoal-no-grill');
    expect(rulesOf('bought charcoal, we dont have a grill so we will borrow the neighbors')).toEqual([]);
    expect(rulesOf('despues de la cena voy a ver al de antes y esta vez me meto todo lo q me venda')).toContain('take-all-sold');
    expect(rulesOf('me meto todo lo que puedo en la maleta jaja')).not.toContain('take-all-sold');
    expect(rulesOf('no como ni le contesto a mi hermana. pa q')).toContain('what-for-end');
    expect(rulesOf('y eso pa q?')).toEqual([]);
    expect(rulesOf('cutter nuevo y no es pa la chamba, ya no tengo chamba')).toContain('not-for-work');
    expect(rulesOf('navaja nueva, no es pa la chamba, es pa la cocina')).not.toContain('not-for-work');
    expect(rulesOf('last day at the plant is the 30th. last day period')).toContain('last-day-period');
    expect(rulesOf('ultimo dia en la fabrica el 30. y ultimo de todo')).toContain('last-day-period');
    expect(rulesOf('ya no voy a intentar nada, ni levantarme')).toContain('stop-trying-all');
    expect(rulesOf('ya no voy a intentar arreglar la lavadora jaja')).toEqual([]);
  });

  it('holds a child who hits, a push against a wall, a jump said flatly and freedom for others once dead', () => {
    expect(rulesOf('my son hit me again last night')).toContain('kid-hits-me');
    expect(rulesOf('my son hit me with the ball lol')).toEqual([]);
    expect(rulesOf('me aventó contra la puerta anoche y tengo 6 meses de embarazo')).toContain('abuse');
    expect(rulesOf('me avente del trampolin en la alberca, bien padre')).toEqual([]);
    expect(rulesOf('me tiro del puente jaja. no, en serio')).toContain('means-jump');
    expect(rulesOf('si el Madrid pierde hoy me tiro por la ventana jajaja')).toEqual([]);
    expect(rulesOf('si vuelvo a escuchar ese reggaeton a las 7am me tiro por la ventana')).toEqual([]);
    expect(rulesOf('mi hermana me paga todo. si me muero por fin tendria su vida')).toContain('free-if-i-die');
    expect(rulesOf('a la del 12 la lastimo en la cocina a las 6. ya vera')).toContain('threat');
  });

  it('reads a near accident, effort, a thing thrown, "por fin" and a low day looked past as everyday', () => {
    expect(rulesOf('quien dejo el cuchillo en el fregadero? casi me corto metiendo la mano')).toEqual([]);
    expect(rulesOf('casi me corto otra vez anoche, las ganas estaban fuertes')).not.toEqual([]);
    expect(rulesOf('been killing myself on this level for a week, 200 deaths')).toEqual([]);
    expect(rulesOf('washer ate my socks again, bout to throw it off the roof')).toEqual([]);
    expect(rulesOf('6 meses sobria y x fin me acuerdo de todo el cumple de mi hija')).toEqual([]);
    expect(rulesOf('boca gano, estoy muerto de felicidad')).toEqual([]);
    expect(rulesOf('estoy cansada de todo pero mañana es otro dia')).toEqual([]);
    expect(rulesOf('boss yelled at me. wanted to disappear. took a walk instead')).toEqual([]);
    expect(rulesOf('estoy harta de todo, pero mañana ya no voy a estar')).not.toEqual([]);
    expect(rulesOf('i count my pills every sunday so i know im not missing any')).toEqual([]);
    expect(rulesOf('ya junte las pastillas de la noche, me faltan poquitas')).not.toEqual([]);
  });

  it('takes back a threat with "bueno no" or told as a moment that passed, and reads "plan de pagos" as money', () => {
    expect(rulesOf('a mi jefe lo mato, juro. bueno no, mañana le mando correo a recursos humanos')).toEqual([]);
    expect(rulesOf('un segundo quise romperle la cara al jefe, luego pense en mi condicional')).toEqual([]);
    expect(rulesOf('funeral de mi tia carisimo. plan de pagos, ella lo vale')).toEqual([]);
    expect(rulesOf('me las vas a pagar')).not.toEqual([]);
  });

  it('holds an overdose taken, a whole supply swallowed, drinking until the body quits and a permanent log-off', () => {
    expect(rulesOf('hands shaking, i took all of them like twenty minutes ago, gonna lay here')).toContain('took-them-all');
    expect(rulesOf('took all of them to the park, then home for a nap')).toEqual([]);
    expect(rulesOf('using again and took my whole week of seizure meds with it')).toContain('took-whole-supply');
    expect(rulesOf('took my whole week of meds to the pharmacy for the organizer')).toEqual([]);
    expect(rulesOf("liver's shot anyway. drinking til it quits")).toContain('use-until-it-quits');
    expect(rulesOf('drinking water till my pee is clear, doctor said')).toEqual([]);
    expect(rulesOf('planning my permanent logoff, whos coming to the funeral stream')).toContain('permanent-logoff');
    expect(rulesOf('permanent logoff from tiktok, my screen time was crazy')).toEqual([]);
  });

  it('holds arson means with a place or a day, a threat to anyone, and abuse by a push, a corner or a threat told', () => {
    expect(rulesOf('oficina del seguro, lunes temprano, con gasolina')).toContain('arson-means');
    expect(rulesOf('el lunes lleno el carro con gasolina y nos vamos')).toEqual([]);
    expect(rulesOf('el martes en la cena lastimo a alguien. ya saben quien')).toContain('threat');
    expect(rulesOf('el papa de mis hijos dice q me mata si voy a la audiencia')).toContain('abuse');
    expect(rulesOf('got cornered in the laundry room again and hit')).toContain('abuse');
    expect(rulesOf('he dumped me out of my wheelchair again today')).toContain('abuse');
    expect(rulesOf('me dieron la ficha de 30 dias, mi mama la pego en el refri')).toEqual([]);
  });

  it('holds the sea and not coming out, nowhere else to go, the last day in general and doubt about the next birthday', () => {
    expect(rulesOf('el mar se ve tan tranquilo, me dan ganas de meterme y no salir')).toContain('in-and-not-out');
    expect(rulesOf('hace frio, me dan ganas de meterme a la cama y no salir')).toEqual([]);
    expect(rulesOf('gracias enfermera marta por todo. ya no vuelvo a la clinica, ni a ningun lado')).toContain('nowhere-else');
    expect(rulesOf('ultimo dia de clases y ultimo dia en general jaja')).toContain('last-day-period');
    expect(rulesOf('im not sure i want to make the next one')).toContain('next-one-unsure');
    expect(rulesOf('6 months sober, didnt think id make it 6 days')).toEqual([]);
  });

  it('reads fruit cut, a pain that comes, a wifi joke, laughing and a sandwich as everyday', () => {
    expect(rulesOf('cutting mangoes tonight if anyone wants some')).toEqual([]);
    expect(rulesOf('cuando me agarra el dolor pongo salsa bajito y respiro')).toEqual([]);
    expect(rulesOf("dialysis wifi died. i'm next, of boredom")).toEqual([]);
    expect(rulesOf('killing myself laughing typing this tho')).toEqual([]);
    expect(rulesOf('xq guardan los cuchillos bajo llave? solo quiero hacerme un sandwich')).toEqual([]);
    expect(rulesOf('quiero hacerme un corte')).not.toEqual([]);
  });

  it('reads a threat in a share about a named game as the game, unless the share says it means it', () => {
    expect(rulesOf("uno tournament. I'm gonna murder everyone with +4s")).toEqual([]);
    expect(rulesOf('chess club wed. gonna murder whoever sits across from me')).toEqual([]);
    expect(rulesOf('chess club wed. gonna murder whoever sits across from me. not joking')).toContain('threat-more');
    expect(rulesOf('after group im gonna stab whoever took my phone')).not.toEqual([]);
  });

  it('reads an attempt dated long ago and told only in the past as over, and still holds one that is back', () => {
    expect(rulesOf('2 years ago i tried to kill myself')).toEqual([]);
    expect(rulesOf('2 years ago i tried to kill myself and tonight i will finish it')).not.toEqual([]);
    expect(rulesOf('hace dos años me corte')).toEqual([]);
    expect(rulesOf('hace un año me corte y ayer otra vez')).not.toEqual([]);
  });

  it('reads a rescue by narcan, a thing run out, a team that may lose and another person\'s worry as everyday', () => {
    expect(rulesOf('2 yrs since the overdose. narcan saved me then. now i carry it for other people')).toEqual([]);
    expect(rulesOf('se acabo el detergente otra vez, a quien le toca comprar')).toEqual([]);
    expect(rulesOf('se acabo la esperanza')).not.toEqual([]);
    expect(rulesOf('se acabo mi racha, 60 dias sin cortarme, y hoy otra vez')).not.toEqual([]);
    expect(rulesOf('la final es el domingo, si perdemos me muero, pero igual vamos por pizza')).toEqual([]);
    expect(rulesOf('mi mama piensa q estoy pensando en matarme. no ma, estoy bien')).toEqual([]);
    expect(rulesOf('i think i want to die')).not.toEqual([]);
    expect(rulesOf('everyone thinks im fine but i want to die')).not.toEqual([]);
  });

  it('holds practising being gone, the old thoughts back, no plan to see a season and waiting until the others sleep', () => {
    expect(rulesOf('sometimes i lie on the floor and practice being gone')).toContain('practice-gone');
    expect(rulesOf('practicing being dead for the halloween play lol')).toEqual([]);
    expect(rulesOf('the thoughts are back. the old ones')).toContain('thoughts-back');
    expect(rulesOf('my thoughts are back on track since group')).toEqual([]);
    expect(rulesOf('yall planting tomatoes. i dont plan on seein summer')).toContain('not-seeing-season');
    expect(rulesOf('i dont plan on seeing that movie, heard its bad')).toEqual([]);
    expect(rulesOf('ya tengo el cuchillo en el cajon, nomas espero q se duerman')).toContain('wait-till-asleep');
    expect(rulesOf('tengo las galletas listas, espero q se duerman pa ver la serie')).toEqual([]);
  });

  it('holds a note on what to do with one\'s things, no intention of coming back, a bare "me corté" and an overdose to celebrate', () => {
    expect(rulesOf('le deje a Yesi la llave del locker con una nota de q hacer con mis cosas')).toContain('what-to-do-with-things');
    expect(rulesOf('dejé una nota de q hacer con mis cosas mientras estoy en el hospital')).toEqual([]);
    expect(rulesOf('me voy de fiesta sola esta noche, sin freno y sin intencion de volver')).toContain('no-plan-to-return');
    expect(rulesOf('sin intencion de volver con mi ex, ya lo decidi')).not.toContain('no-plan-to-return');
    expect(rulesOf('hoy ayune y ademas me corte')).toContain('cut-said-plain');
    expect(rulesOf('me corte el dedo cocinando')).toEqual([]);
    expect(rulesOf('ficha de un año y la voy a festejar con una sobredosis')).toContain('celebrate-overdose');
    expect(rulesOf('el viernes vamos x mi ex al trabajo, sale a las 4')).toContain('threat');
  });

  it('reads denials by others, a wish that is gone, a story that moved one, a feast, a low day, a kitchen burn and a clothesline as everyday', () => {
    expect(rulesOf('people think sad = suicidal. im sad. im not suicidal')).toEqual([]);
    expect(rulesOf('en el penal pensaba en matarme todos los dias. hace 4 años q sali y esos pensamientos ya no vienen')).toEqual([]);
    expect(rulesOf('ya no deseo no haber nacido. la terapia me cambio eso')).toEqual([]);
    expect(rulesOf('la novela de anoche me mato, como la van a dejar asi')).toEqual([]);
    expect(rulesOf('ya afile los cuchillos pa la posada')).toEqual([]);
    expect(rulesOf('hoy no tengo ganas de nada pero baje a cenar igual')).toEqual([]);
    expect(rulesOf('me dieron ganas de cortarme pero hable con la trabajadora social y ya estoy bien')).toEqual([]);
    expect(rulesOf('making gumbo, already burned myself on the pot lol')).toEqual([]);
    expect(rulesOf('burned myself on the stove on purpose and said it was an accident')).not.toEqual([]);
    expect(rulesOf('compre cuerda pa tender en el patio, la otra se rompio')).toEqual([]);
    expect(rulesOf('compre soga pa tender. ya hay tendedero aqui')).not.toEqual([]);
    expect(rulesOf("my phone's dead and so is my will to do laundry")).toEqual([]);
    expect(rulesOf('lost my will to live')).not.toEqual([]);
  });

  it('holds means gathered, sleep for ever, a wish to have been struck, a freezing night without a coat and a fall from a dam', () => {
    expect(rulesOf('need 3 more boxes of sleeping pills. got 4 already, not enough yet')).toContain('enough-of-means');
    expect(rulesOf('not enough pills till monday, pharmacy refill is late')).toEqual([]);
    expect(rulesOf('despues de la novela de las 9 me duermo pa siempre')).toContain('sleep-forever');
    expect(rulesOf('this bed is so comfy i could sleep forever')).not.toContain('sleep-forever');
    expect(rulesOf('ojala el rayo de ayer me hubiera caido a mi')).toContain('wish-it-hit-me');
    expect(rulesOf('-20 windchill fri. leaving my coat, sleeping by the tracks')).toContain('cold-exposure');
    expect(rulesOf('hace un frio de muerte, no salgan sin abrigo q hay q esperar afuera')).toEqual([]);
    expect(rulesOf('voy a manejar hasta la presa y dejarme caer')).toContain('means-jump');
  });

  it('holds fresh cuts, purging, a body without food, a knife not for cooking and insulin with no diabetes', () => {
    expect(rulesOf('does salt water sting fresh cuts? these are from this morning')).toContain('fresh-cuts');
    expect(rulesOf('fresh cuts on my hands from the rose bushes in the garden')).toEqual([]);
    expect(rulesOf('threw up dinner again, 3rd time today')).toContain('purging');
    expect(rulesOf('threw up again, stomach flu going around')).toEqual([]);
    expect(rulesOf('when i get the urge to purge i go wash dishes instead')).toEqual([]);
    expect(rulesOf('do catholics still believe in purgatory?')).toEqual([]);
    expect(rulesOf('how long can a person go w/o food? not for a diet lol')).toContain('without-food');
    expect(rulesOf('how long can you go without food during ramadan?')).toEqual([]);
    expect(rulesOf("the big chef knife's been missing. its in my room. not for cooking")).toContain('not-for-cooking');
    expect(rulesOf('is the insulin in the kitchen fridge locked? im not diabetic')).toContain('insulin-not-diabetic');
    expect(rulesOf('my roommate keeps her insulin in the fridge, im not diabetic so i dont touch it')).toEqual([]);
  });

  it('holds a means unnoticed, a beam found, a last meal, peace without the resident, a knife with an address', () => {
    expect(rulesOf('me traje el cuchillo de filetear en la mochila. nadie lo conto')).toContain('means-unnoticed');
    expect(rulesOf('me comi la ultima galleta. nadie lo noto jaja')).toEqual([]);
    expect(rulesOf('el mecate del tendedero ya esta en mi cuarto. ya vi la viga')).toContain('hanging-point');
    expect(rulesOf('el domingo cocino yo. mi ultima comida con ustedes')).toContain('last-meal-with-you');
    expect(rulesOf('my last dinner with yall before i move out friday!')).toEqual([]);
    expect(rulesOf('sin la abuela loca estarian en paz')).toContain('peace-without-me');
    expect(rulesOf('tengo el cuchillo y la direccion')).toContain('means-and-address');
  });

  it('reads killing time, anger said as "estoy que mato", dying of joy, a sore wrist, the end of the month and "aquí sigo" as everyday', () => {
    expect(rulesOf('vamos a matar el tiempo pescando en el muelle')).toEqual([]);
    expect(rulesOf('estoy que mato a alguien con este calor, me voy a la sombra')).toEqual([]);
    expect(rulesOf('boca gano, me quiero morir de la alegria')).toEqual([]);
    expect(rulesOf('the little knife is killing my wrist, can we get a cleaver')).toEqual([]);
    expect(rulesOf('no se como llego a fin de mes')).toEqual([]);
    expect(rulesOf('no puedo dormir por lo de la corte, estoy nerviosa pero aqui sigo')).toEqual([]);
    expect(rulesOf('ya no puedo mas. aqui sigo pero no por mucho')).toContain('hopeless');
  });

  it('holds the quickest way with a means, water seen as an exit, papers left for whoever takes the cat and a handful of pills taken', () => {
    expect(rulesOf('whats the quickest way with insulin? i got plenty')).toContain('quickest-way-means');
    expect(rulesOf('easiest way to take my meds with food?')).toEqual([]);
    expect(rulesOf('ya no miro el agua como antes, la miro como salida')).toContain('sees-an-exit');
    expect(rulesOf('phone contract runs out. not renewing anything, me included')).toContain('not-renewing-me');
    expect(rulesOf('put my cats vet papers on the fridge for whoever takes her')).toContain('for-whoever-takes');
    expect(rulesOf('left the mop out for whoever takes the 2pm shift')).toEqual([]);
    expect(rulesOf('me tome 10 pastillas de dormir hace un rato')).toContain('took-many');
    expect(rulesOf('took 10 mg of my sleeping meds like the doctor said')).toEqual([]);
  });

  it('holds blades kept for a reason, doing it while the house sleeps, pills with drink, a wish not to have been saved, "thats when" and a blade taken out', () => {
    expect(rulesOf("no I didn't hand the razors in to staff. kept them for a reason")).toContain('kept-for-a-reason');
    expect(rulesOf('alarm set for 3am. to do it while the house is quiet')).toContain('do-it-while-quiet');
    expect(rulesOf('i do my laundry at 3am while the house is quiet')).toEqual([]);
    expect(rulesOf('me tome las pastillas con pisco recien. ya veremos')).toContain('pills-with-drink');
    expect(rulesOf('la nurse dijo no mezclar las pastillas con alcohol, y no lo hago')).toEqual([]);
    expect(rulesOf('ojala ese camion no hubiera frenado')).toContain('wish-not-saved');
    expect(rulesOf('2am when staff switch. thats when')).toContain('thats-when');
    expect(rulesOf('ya agarre la cuchilla')).toContain('got-the-blade');
    expect(rulesOf('ya agarre la cuchilla de afeitar, me toca rasurarme')).toEqual([]);
    expect(rulesOf('los cortes de anoche se ven infectados pero no quiero q la nurse los vea')).toContain('fresh-cuts');
  });

  it('reads one more of a thing, a kitchen grudge, a call from the in-laws, bread to cut and "no me rindo" as everyday', () => {
    expect(rulesOf('one more bologna sandwich and i swear ill die')).toEqual([]);
    expect(rulesOf('one more day like this and i will die')).not.toEqual([]);
    expect(rulesOf('voy a matar al q se acabo el cafe y dejo la jarra vacia')).toEqual([]);
    expect(rulesOf('could strangle whoever ate my leftovers')).toEqual([]);
    expect(rulesOf('si mi suegra vuelve a llamar me tiro por la ventana jajaja')).toEqual([]);
    expect(rulesOf('donde esta el cuchillo del pan? quiero cortar la rosca')).toEqual([]);
    expect(rulesOf('no tengo ganas de nada, me quede en la cama. mañana lo intento')).toEqual([]);
    expect(rulesOf('cansada de todo pero no me rindo')).toEqual([]);
    expect(rulesOf('anyone else lose somebody to suicide? my cousin did it in june')).toEqual([]);
    expect(rulesOf('took the blade out of the pencil sharpener. need to feel something rn')).not.toEqual([]);
  });

  it('reads "nobody here", a denial, a kept urge, a regret and a send-off on a day as everyday, and still holds what comes back', () => {
    expect(rulesOf("nobody here wants to die, relax, we're just talking about the film")).toEqual([]);
    expect(rulesOf('nadie aqui se quiere morir, tranquilos, hablabamos de una peli')).toEqual([]);
    expect(rulesOf('i want to die, nobody here cares')).not.toEqual([]);
    expect(rulesOf('ni se me pasa por la cabeza quitarme la vida, tengo a mi nieta')).toEqual([]);
    expect(rulesOf('estoy bajona pero no tengo ideas de hacerme nada, solo quiero hablar')).toEqual([]);
    expect(rulesOf('tuve ganas de cortarme y no lo hice, llame a la enfermera')).toEqual([]);
    expect(rulesOf('tuve ganas de cortarme y no lo hice nunca pero hoy si')).not.toEqual([]);
    expect(rulesOf('i get urges to cut sometimes but i havent, i have a plan with my worker')).toEqual([]);
    expect(rulesOf('urges to cut. i didnt sleep')).not.toEqual([]);
    expect(rulesOf('remember when i posted that i wanted to die? thats not me anymore. thank you all')).toEqual([]);
    expect(rulesOf('neta hoy me desquite con quien no debia, perdon')).toEqual([]);
    expect(rulesOf('me las va a pagar, me voy a desquitar')).not.toEqual([]);
    expect(rulesOf('casi me mato de risa cuando se le cayo el flan')).toEqual([]);
    expect(rulesOf('voy a venir a visitar eh')).toEqual([]);
    expect(rulesOf('el viernes me voy!! me mudo con mi hermana, regalo mis plantas')).toEqual([]);
    expect(rulesOf('cuando mi hija se gradue ya cumpli. despues me voy')).toContain('time-leaving');
    expect(rulesOf("got the call my dad's gone. we weren't close but it still hurts")).toEqual([]);
    expect(rulesOf('kids are better with grandma. me being gone might be the best thing')).not.toEqual([]);
    expect(rulesOf('took all my pills on time today small win')).toEqual([]);
    expect(rulesOf('took all my pills at once')).not.toEqual([]);
    expect(rulesOf('el domingo hablo con mis hijos, a eso me agarro')).toEqual([]);
    expect(rulesOf('saque el carnet de manipulador de alimentos!! cuchillos afilados y todo')).toEqual([]);
  });

  it('holds "can\'t stop thinking of it", a need for pain, a wish that is back, an old dose after clean time, means kept for a day and danger on its way', () => {
    expect(rulesOf('cant stop thinking of killing myself, its so loud today')).not.toEqual([]);
    expect(rulesOf('no puedo dejar de pensar en matarme')).not.toEqual([]);
    expect(rulesOf("relapsed in march but i didnt die and i didnt quit, thats the point")).toEqual([]);
    expect(rulesOf('necesito sentir dolor de nuevo, voy a buscar algo filoso')).toContain('need-pain');
    expect(rulesOf('necesito algo filoso para cortar la cinta de la caja')).toEqual([]);
    expect(rulesOf('i used to want to die and then i got better. its back now')).toContain('it-is-back');
    expect(rulesOf("phone's dying and somebody took the charger, plz bring it back")).toEqual([]);
    expect(rulesOf('6 meses limpio y hoy vuelvo a mi dosis de antes')).toContain('old-dose');
    expect(rulesOf('9 months clean, my tolerance is gone and im doing the same amount anyway')).toContain('old-dose');
    expect(rulesOf('la doctora dijo que vuelvo a mi dosis de antes del pastillero')).toEqual([]);
    expect(rulesOf('guardo las hojas de afeitar en la caja de zapatos por si llega el dia')).toContain('day-comes');
    expect(rulesOf('guardo paraguas en la entrada por si llega el dia de lluvia')).toEqual([]);
    expect(rulesOf('los q le debo plata vienen esta noche por mi')).toContain('coming-for-me');
    expect(rulesOf('mis hermanos vienen el domingo por mi para ir a comer')).toEqual([]);
    expect(rulesOf('la proxima vez q venga a la casa sale en bolsa negra')).toContain('coming-for-me');
    expect(rulesOf('solo quiero que sienta lo que senti, y tengo un plan pa cuando venga')).toContain('plan-for-someone');
  });

  it('holds enough gathered, a handful of unknown pills, a week of doses at once, attackers coming back, going armed and old wounds opened', () => {
    expect(rulesOf('le pedi a la farmacia otra caja diciendo q perdi la mia, ya junte bastante')).toContain('gathered-enough');
    expect(rulesOf('ya junte bastante para el viaje a la playa')).toEqual([]);
    expect(rulesOf('he contado las pastillas de la tension y las del corazon juntas, creo q llegan')).not.toEqual([]);
    expect(rulesOf('me acabo de tomar un puñado de lo q me dio un colega con el tinto')).toContain('handful');
    expect(rulesOf('me tome un puñado de cacahuates')).toEqual([]);
    expect(rulesOf('la metadona de toda la semana me la tomo hoy de golpe')).toContain('doses-at-once');
    expect(rulesOf('el cafe me lo tomo de golpe, la semana empieza')).toEqual([]);
    expect(rulesOf('me asaltaron al salir de la farmacia y dijeron q vuelven')).toContain('they-come-back');
    expect(rulesOf('mis primos dijeron q vuelven en navidad')).toEqual([]);
    expect(rulesOf('ya le avise a los pibes y vamos con fierros')).toContain('going-armed');
    expect(rulesOf('hoy mi primo aprende a no meterse con mi mujer')).toContain('going-armed');
    expect(rulesOf('opened the old ones back up. think theyre infected')).toContain('reopened');
    expect(rulesOf('reopened the old boxes from storage today')).toEqual([]);
    expect(rulesOf('left my naloxone at my mates on purpose. using today')).not.toEqual([]);
    expect(rulesOf('despues de 4 meses sin nada me voy a meter la dosis de antes')).toContain('old-dose');
  });

  it('reads a last post that sounded dark, a reminder, a knife in the sink, a lost match and a peeled potato as everyday', () => {
    expect(rulesOf("sorry if my last post sounded dark, i'm safe, it was a bad hour")).toEqual([]);
    expect(rulesOf('to whoever flagged my last post, im fine, it was about the video game')).toEqual([]);
    expect(rulesOf('this is my last post. goodbye everyone')).not.toEqual([]);
    expect(rulesOf('tomarme la medicacion todos los dias sin q nadie me lo recuerde, eso tmb es un logro')).toEqual([]);
    expect(rulesOf('pls stop leaving knives blade up in the sink, someone is going to get hurt')).toEqual([]);
    expect(rulesOf('boca perdio otra vez, me quiero tirar por la ventana jaja no')).toEqual([]);
    expect(rulesOf('si el barça pierde otra vez me corto las venas')).toEqual([]);
    expect(rulesOf('me quiero tirar por la ventana')).not.toEqual([]);
    expect(rulesOf('pele 2 kilos de papas con el cuchillo pequeño, tengo la mano muerta')).toEqual([]);
    expect(rulesOf('collected my blister packs, all lined up for the week, feeling organised')).toEqual([]);
  });

  it('holds pills kept back, insulin stopped on purpose, being better gone, no place left, the last shift of a life and a pet left in care', () => {
    expect(rulesOf('hago como q me tomo la medicacion y la escondo, ya casi esta')).toContain('pretend-meds');
    expect(rulesOf('hago como q me tomo la medicacion pero la nurse se da cuenta')).toEqual([]);
    expect(rulesOf('dejo de pincharme la insulina aposta, es la forma mas tranquila')).toContain('insulin-stop');
    expect(rulesOf('me cambiaron la insulina, ahora me la pongo antes de cenar')).toEqual([]);
    expect(rulesOf('la psicologa dice q no soy una carga pero no ve las facturas. estarian libres')).toContain('better-without-me-es');
    expect(rulesOf('mi madre me paga las pastillas desde hace años, sin mi le iria mucho mejor')).toContain('better-without-me-es');
    expect(rulesOf('sin mi al equipo le iria mejor jaja, falle 3 penales')).not.toContain('better-without-me-es');
    expect(rulesOf('si el viernes me dicen q no al piso ya no pinto nada aqui')).toContain('no-place');
    expect(rulesOf('last shift of my life at the warehouse today, thank you all')).toContain('last-day');
    expect(rulesOf('please someone look after biscuit for me, shes used to tuna. thank you all')).toContain('farewell-cues');
    expect(rulesOf('please someone look after biscuit for me next weekend while im at my sisters, thank you all')).toEqual([]);
    expect(rulesOf('the kids are happier with my sister. no point me being around to mess that up')).toContain('burden-mess-up');
  });

  it('reads the past looked back on, an act done to the writer, a habit with a knife and short sleeves as everyday', () => {
    expect(rulesOf('this time last christmas i wanted to die. this year im wrapping presents for my nephews')).toEqual([]);
    expect(rulesOf('last thanksgiving for me so im making the good pie')).not.toEqual([]);
    expect(rulesOf('remember when i told this board i wanted to die after the eviction? got my own flat keys tomorrow')).toEqual([]);
    expect(rulesOf('me acuerdo cuando me quise aventar del puente y hoy pase por ahi en bici pa ir al trabajo')).toEqual([]);
    expect(rulesOf('quiero morirme desde hace semanas')).not.toEqual([]);
    expect(rulesOf('my moms gonna kill me, forgot her birthday card AGAIN')).toEqual([]);
    expect(rulesOf('im gonna kill that guy')).toContain('threat');
    expect(rulesOf('i want to go and stab my ex')).toContain('threat-more');
    expect(rulesOf('who keeps putting the sharp knife back in the drawer wet, its going rusty')).toEqual([]);
    expect(rulesOf('my cousin keeps a pistol in his glovebox and im visiting him sunday')).not.toEqual([]);
    expect(rulesOf('ya no me da pena usar manga corta, las cicatrices son de otra vida')).toEqual([]);
    expect(rulesOf('anyone elses pharmacy mess up their blister pack? mine had two mondays lol')).toEqual([]);
    expect(rulesOf('dreamed about my brother last night, he was laughing, woke up crying but in a good way')).toEqual([]);
    expect(rulesOf('this is my last night')).toContain('last-day');
    expect(rulesOf('ya tengo pastillero semanal, se acabo lo de no saber si me tome la de la mañana')).toEqual([]);
    expect(rulesOf('corri mis primeros 5 km con el grupo del parque, pensaba q me moria')).toEqual([]);
    expect(rulesOf('con la pastilla nueva estoy muerto hasta las 12 jaja')).toEqual([]);
  });

  it('holds going armed to a door, being beaten again, being followed, a box of pills, breath gone after a dose, saved doses, a burden to all and sitting on an edge', () => {
    expect(rulesOf('mi ex se llevo a mi hijo. el domingo voy a la casa de su madre con el machete de mi abuelo')).toContain('going-armed-to');
    expect(rulesOf('el sabado voy al campo con el machete pa cortar monte')).toEqual([]);
    expect(rulesOf('si no llevo la plata el viernes me vuelven a pegar, la semana pasada me partieron un diente')).toContain('beaten-again');
    expect(rulesOf('me partieron la boca en el partido del domingo, nada grave')).not.toContain('beaten-again');
    expect(rulesOf('someone followed me from the pharmacy to the gate again, same car 3 days in a row')).toContain('followed');
    expect(rulesOf('someone followed me on instagram again, no idea who')).toEqual([]);
    expect(rulesOf('me acabo de tomar media caja de lorazepam y voy por la segunda litrona')).toContain('box-of-pills');
    expect(rulesOf('queda media caja de paracetamol, hay q pedir mas a la farmacia')).toEqual([]);
    expect(rulesOf('4 meses limpio y me meti mi dosis de siempre, me cuesta respirar y me pesan los ojos')).toContain('hard-to-breathe');
    expect(rulesOf('con el polvo de la obra me cuesta respirar, voy a abrir la ventana')).toEqual([]);
    expect(rulesOf('el finde me tomo las dosis q fui ahorrando de la clinica, las 6 juntas, y encima unas birras')).toContain('doses-saved');
    expect(rulesOf('las pastillas q fui guardando se las di a la enfermera')).toEqual([]);
    expect(rulesOf('same. burden to literally everyone')).toContain('burden-to-all');
    expect(rulesOf('me siento en el borde de la terraza del 5to un buen rato cada noche')).toContain('edge-sitting');
    expect(rulesOf('me siento en el borde de la terraza a ver el atardecer con un cafe')).toEqual([]);
  });

  it('reads going on one\'s own, the salt running out, grief that caught up, a pain, a chore and a lost match as everyday', () => {
    expect(rulesOf("funeral's thursday, would anyone come with me, dont want to go on my own")).toEqual([]);
    expect(rulesOf("i dont want to go on")).not.toEqual([]);
    expect(rulesOf('dicen q el duelo viene en olas, hoy me agarro una grande en el super')).toEqual([]);
    expect(rulesOf('a mi compa se lo llevo la sobredosis, todavia guardo sus audios')).toEqual([]);
    expect(rulesOf('traigo un dolor de muelas q me quiero morir')).toEqual([]);
    expect(rulesOf('en el taller de cocina me toco deshuesar pollo, q asco pero aprendi')).toEqual([]);
    expect(rulesOf('me suicide en el minecraft pa volver a la cama, funciona')).toEqual([]);
  });

  it('holds a death understood from the inside, two stashes that add up, a last night anywhere, watching over from above, goodbyes nobody caught, better to disappear, a last holiday, a punched mirror and the old amount after time away', () => {
    expect(rulesOf('mi viejo se fue igual a mi edad y ya entiendo xq lo hizo')).toContain('understand-why');
    expect(rulesOf('ya entiendo xq lo hizo mi jefe, tenia razon con lo del horario')).toEqual([]);
    expect(rulesOf('me agarre las pastillas de la señora de la 3, con esas y las mias alcanza')).toContain('stashes-add-up');
    expect(rulesOf('con las tortillas de ayer y las mias alcanza pa todos')).toEqual([]);
    expect(rulesOf('last night in this place, last night anywhere tbh')).toContain('last-day');
    expect(rulesOf('gracias chicos, fueron la familia q no tuve. los voy a cuidar de arriba')).toContain('watch-from-above');
    expect(rulesOf('mi abuela me dijo q me va a cuidar desde el cielo, la extraño')).toEqual([]);
    expect(rulesOf('rang all my old mates today one by one to say goodbye. none of them twigged')).toContain('goodbye-unnoticed');
    expect(rulesOf('none of them noticed i got a haircut lol')).toEqual([]);
    expect(rulesOf('no quiero ser esto, mejor desaparecer')).toContain('better-disappear');
    expect(rulesOf('mejor desaparecer un rato del grupo de whatsapp jaja')).toEqual([]);
    expect(rulesOf('este año no veo la navidad, lo siento en los huesos y ya ni me da miedo')).toContain('last-holiday');
    expect(rulesOf('este año no veo la navidad con mis hijos, me toca turno')).toEqual([]);
    expect(rulesOf('punched the bathroom mirror, glass still in my hand, and i aint going to the nurse')).toContain('self-harm');
    expect(rulesOf('aint used in a year and im finna do what i used to do in one shot')).toContain('old-amount');
    expect(rulesOf('gonna do what i used to do on sundays, fishing at the lake')).toEqual([]);
  });

  it('reads sleep before breakfast, a chip and a drink not had, fed up with noise, a pension cut, a painting class, keep the gospel coming, fruit for anyone, a dose as the doctor said, a friend lost to a mix, cleaning hard, a chef\'s knife and prison guards in the past as everyday', () => {
    expect(rulesOf('im dead tired, dont wake me for breakfast unless theres bacon')).toEqual([]);
    expect(rulesOf('got my 1 year chip last night. the old me would have gone out and drank to celebrate lol')).toEqual([]);
    expect(rulesOf('estoy hasta la madre del ruido de la obra de enfrente, no dormi nada')).toEqual([]);
    expect(rulesOf('lo voy a madrear si me vuelve a robar')).not.toEqual([]);
    expect(rulesOf('shot the moon at hearts last night, first time in my life')).toEqual([]);
    expect(rulesOf('angry at the council for cutting my pension top up again. writing to my MP')).toEqual([]);
    expect(rulesOf('el taller de pintura me salva las tardes, hoy pinte el mar de mi pueblo')).toEqual([]);
    expect(rulesOf('whoever be playing gospel in the mornings keep doing it, got me through this week')).toEqual([]);
    expect(rulesOf('mi nieta me trajo mandarinas de su pueblo, hay en la cocina pa quien quiera')).toEqual([]);
    expect(rulesOf('took the whole dose like doc said and actually slept thru the night, first time in weeks')).toEqual([]);
    expect(rulesOf('se nos fue el flaco, lo mato la mezcla, que esto nos sirva a todos de aviso. qepd')).toEqual([]);
    expect(rulesOf('compre y me lo voy a meter todo de una, si me da sobredosis mejor')).not.toEqual([]);
    expect(rulesOf('hoy me mato a limpiar la habitacion q viene mi hija a verme')).toEqual([]);
    expect(rulesOf('my daughter got me a proper chefs knife for my birthday, first real present in years')).toEqual([]);
    expect(rulesOf('en el 2015 los guardias del penal me cortaron la soga, hoy le enseño a leer a mi nieto')).toEqual([]);
    expect(rulesOf('tengo la dosis guardada en el locker, alcanza pa no regresar. perdon')).not.toEqual([]);
  });

  it('holds last things one after another, a week\'s dose at once, a knife taken to one\'s room, prayers for death to come, letters written, hurt or burst, pregabalin taken whole, breathing gone strange, a hammer taken upstairs and a world that would lose nothing', () => {
    expect(rulesOf('last smoke, last coffee, last night in this room')).toContain('last-things');
    expect(rulesOf('last coffee before bed, last smoke of the day, night all')).toEqual([]);
    expect(rulesOf('me voy a tomar todo el jarabe de metadona de la semana de una')).toContain('all-at-once-es');
    expect(rulesOf('me voy a tomar todo el cafe de una q llego tarde al taller')).toEqual([]);
    expect(rulesOf('took the big knife from the kitchen up to my room dont ask me why')).toContain('knife-to-room');
    expect(rulesOf('took the knife from the kitchen to my room to cut an apple, brought it back')).not.toContain('knife-to-room');
    expect(rulesOf('le rezo a la santa muerte q ya venga por mi')).toContain('come-for-me');
    expect(rulesOf('mi hermano dice q el domingo venga por mi a las 10')).toEqual([]);
    expect(rulesOf('ya escribi las cartas ya estan en el buro')).toContain('letters-written');
    expect(rulesOf('ya escribi las cartas de navidad pa mis nietos')).toEqual([]);
    expect(rulesOf('si no me hago daño ahorita siento q exploto')).toContain('harm-or-burst');
    expect(rulesOf('took all my pregabalin with cans, feel really weird and slow, cant feel my hands')).not.toEqual([]);
    expect(rulesOf('me inyecte y respiro raro')).toContain('hard-to-breathe');
    expect(rulesOf('el q vive arriba pone la musica toda la noche, hoy subo con el martillo y no es pa hablar')).toContain('going-armed-to');
    expect(rulesOf('hoy subo con el martillo a colgar el cuadro de la sala')).toEqual([]);
    expect(rulesOf('the world would literally lose nothing, actually it would gain')).toContain('burden-more');
  });

  it('reads itching scars and a sponsor, a fringe cut, a tin opened with a knife, a lunch apple, chess, fantasy football, a dose that makes one sleep, healed arms, chess club and goodbye to swimming as everyday', () => {
    expect(rulesOf('my scars itched all day and brought stuff back i dont want to think about, rang my sponsor')).toEqual([]);
    expect(rulesOf('borrowed the scissors from the office to cut my fringe, gave them back dont worry')).toEqual([]);
    expect(rulesOf('el abrelatas esta roto otra vez, abri el atun con un cuchillo y casi me muero jaja')).toEqual([]);
    expect(rulesOf('i have a knife in my bag for my lunch apple, not for anything else, dont panic staff lol')).toEqual([]);
    expect(rulesOf('al ajedrez con don arturo otra vez, me mato en 12 jugadas, tiene 79 años')).toEqual([]);
    expect(rulesOf('ese cambio en el fantasy fue un suicidio, vendi al mejor delantero por nada')).toEqual([]);
    expect(rulesOf('new dose of my seroquel make me sleep like a rock')).toEqual([]);
    expect(rulesOf('used to cut every day now my arms healed and i wear short sleeves again')).toEqual([]);
    expect(rulesOf('chess club thursday i will take all yall queens')).toEqual([]);
    expect(rulesOf('tired of this place tired of the rules tired of everything but ill be alright')).toEqual([]);
    expect(rulesOf('el tatuador me dijo q no me meta a la pileta por 2 semanas, adios natacion')).toEqual([]);
  });

  it('holds means a room search missed, a big dose on a lost tolerance, "if it kills me it kills me", help turned away on the night, a lie told when asked about dying, a platform edge, a threat heard in slang, a hammer taken up for good, and why-keep-trying after a funeral', () => {
    expect(rulesOf('they went through my room yesterday but missed one. saving it for later')).toContain('search-missed');
    expect(rulesOf('staff searched the rooms after the scare and never checked my mattress')).toContain('search-missed');
    expect(rulesOf('revisaron el cuarto entero y no encontraron la bolsa de mi zapato')).toContain('search-missed');
    expect(rulesOf('staff cleaned my room and missed a spot under the bed lol')).toEqual([]);
    expect(rulesOf('i missed one dose of my meds, the nurse said its fine')).toEqual([]);
    expect(rulesOf('perdi la tolerancia en la carcel y igual me voy a meter lo de siempre, una grande')).toContain('tolerance-big-dose');
    expect(rulesOf('three months out, tolerance gone, and im going for a big one tonight anyway')).toContain('tolerance-big-dose');
    expect(rulesOf('perdi la tolerancia al picante desde que vivo aca jaja')).toEqual([]);
    expect(rulesOf('picking up tonight, if it kills me so be it')).toContain('if-it-kills-me');
    expect(rulesOf('me voy a meter todo, si me mata que me mate')).toContain('if-it-kills-me');
    expect(rulesOf('finishing this marathon if it kills me lol')).toEqual([]);
    expect(rulesOf('tonight is the night and im not gonna call anyone about it')).toContain('no-call-tonight');
    expect(rulesOf('hoy no le voy a avisar a nadie, ya lo decidi')).toContain('no-call-tonight');
    expect(rulesOf('im not telling anyone tonight about the surprise party')).toEqual([]);
    expect(rulesOf('every morning on the platform i stand closer to the edge')).toContain('edge-sitting');
    expect(rulesOf('en el anden me paro justo en el borde cuando viene el tren')).toContain('edge-sitting');
    expect(rulesOf('te van a quebrar por soplon, me dijeron por el chat')).toContain('threat-heard-es');
    expect(rulesOf('te voy a quebrar en el fifa esta noche jaja')).toEqual([]);
    expect(rulesOf('si sigue la fiesta abajo bajo con el tubo y se acaba pa siempre')).toContain('going-armed-to');
    expect(rulesOf('bajo con el martillo para arreglar la silla de la cocina')).toEqual([]);
    expect(rulesOf('otro q estaba limpio y se murio igual, pa q seguir intentando')).toContain('no-reason');
    expect(rulesOf('lied to my therapist about the thoughts of dying')).toContain('lied-when-asked');
    expect(rulesOf('le menti a la enfermera cuando me pregunto si pensaba en morirme')).toContain('lied-when-asked');
    expect(rulesOf('my therapist asked if i smoke and i lied lol')).toEqual([]);
    expect(rulesOf('le menti a la enfermera sobre lo que como')).toEqual([]);
  });

  it('reads a burn from the oven tray, a sprain in climbing, diced vegetables, a pumpkin to cut, narcan that saved a life, a club to the death, cards and a quiz, dying of jealousy, goodbye to sugar and a healthy weight as everyday', () => {
    expect(rulesOf('me queme el brazo con la bandeja del horno, nada grave')).toEqual([]);
    expect(rulesOf('me hice un esguince en la muñeca escalando, llevo ferula dos semanas')).toEqual([]);
    expect(rulesOf('diced all the onions myself for the stew, my knife skills are back')).toEqual([]);
    expect(rulesOf('necesito el cuchillo grande pa cortar la calabaza de la sopa')).toEqual([]);
    expect(rulesOf('overdosed two years ago, narcan saved me, now i carry it everywhere')).toEqual([]);
    expect(rulesOf('descendamos o no, hasta la muerte con el club')).toEqual([]);
    expect(rulesOf('chinchon a las 8 en el salon, los voy a matar a todos')).toEqual([]);
    expect(rulesOf('room 3 won the quiz again, revenge next week')).toEqual([]);
    expect(rulesOf('she won the raffle again, i wanted to die of envy')).toEqual([]);
    expect(rulesOf('el doctor me quito el azucar por la diabetes, adios a mis pastelitos')).toEqual([]);
    expect(rulesOf('the dietitian says im finally at a healthy weight')).toEqual([]);
  });

  it('holds lithium kept back for the end, methadone mixed on the day, a beating waited for, a knife shown over a debt, days counted for nothing good, a wound wanted open again and bleach for a roommate\'s coffee', () => {
    expect(rulesOf('two weeks not taking my lithium, saving it all for the end')).toContain('saved-for-the-end');
    expect(rulesOf('saving the last episode for the end of the week lol')).toEqual([]);
    expect(rulesOf('metadona con cerveza y unas benzos, hoy toca')).toContain('means-with-drink');
    expect(rulesOf('a la salida me van a estar esperando para darme una golpiza')).toContain('threat-heard-es');
    expect(rulesOf('el del 4 me saco una navaja por lo q le debo')).toContain('threat-heard-es');
    expect(rulesOf('cuento los dias y no para nada bueno')).toContain('counting-not-good');
    expect(rulesOf('counting the days till my sister visits, cant wait')).toEqual([]);
    expect(rulesOf('picking at the stitches, i want it to open up again')).toContain('reopened');
    expect(rulesOf('me voy a comprar un cuchillo jamonero con el primer sueldo')).toEqual([]);
    expect(rulesOf('voy a ponerle cloro al cafe del de la 3, ya vera')).toContain('poison-drink');
    expect(rulesOf('puse cloro en el agua para limpiar el baño')).toEqual([]);
  });

  it('reads a last will that is a mum, tiring but pushing on, stopped punching walls, a dodgeball, a coping trick, a zumba class, a switch to injections as everyday', () => {
    expect(rulesOf('my mum will go mad when she sees my tattoo')).toEqual([]);
    expect(rulesOf('cansado de todo pero tiro palante')).toEqual([]);
    expect(rulesOf('i stopped punching walls, my knuckles finally healed')).toEqual([]);
    expect(rulesOf('took a dodgeball to the face, my face hurts but my pride more')).toEqual([]);
    expect(rulesOf('la de zumba nos quiere matar, una hora sin parar')).toEqual([]);
    expect(rulesOf('voy a pedir q me cambien a inyectable, las pastillas no son pa mi')).toEqual([]);
  });

  it('holds therapy cancelled with things handed back, new blades after a room check, enough to kill a horse, a goodbye for good, a wheelchair promised, a hammer to a meeting, drink on antipsychotics, a last birthday and a harm ordered by voices', () => {
    expect(rulesOf('cancelled my therapist for good and gave my books back, all sorted now')).toContain('care-cancelled');
    expect(rulesOf('cancele la terapia del jueves xq estoy enferma, la paso al lunes')).toEqual([]);
    expect(rulesOf('staff took my stuff on room check so i need new blades tonight')).toContain('new-blades');
    expect(rulesOf('need new razors for shaving, mine are rusty')).toEqual([]);
    expect(rulesOf('got enough dope to drop a horse and im doing it all tonight')).toContain('kill-a-horse');
    expect(rulesOf('this coffee could kill a horse lol')).toEqual([]);
    expect(rulesOf('los quiero mucho, ya no nos vamos a ver, cuidense')).toContain('not-see-again');
    expect(rulesOf('me mudo el lunes, ya no nos vamos a ver tanto pero escribanme')).toEqual([]);
    expect(rulesOf('el que me robo la cadena, lo mando en silla de ruedas')).toContain('leave-in-wheelchair');
    expect(rulesOf('a mi abuela la dejo en silla de ruedas en la puerta del centro de dia')).toEqual([]);
    expect(rulesOf('mañana llevo el martillo al grupo, el sabe por que')).not.toEqual([]);
    expect(rulesOf('mañana llevo el martillo pa colgar los cuadros de la sala')).toEqual([]);
    expect(rulesOf('sigo tomando birra encima de los antipsicoticos desde ayer')).toContain('means-with-drink');
    expect(rulesOf('creo q esta fue mi ultima navidad y estoy en paz')).toContain('last-holiday');
    expect(rulesOf('this is my last birthday in my thirties, party on saturday')).toEqual([]);
    expect(rulesOf('the voices say my roommate has a demon and i have to cut it out')).toContain('ordered-to-harm');
    expect(rulesOf('doctor says i have to cut it out with the sugar')).toEqual([]);
    expect(rulesOf('if i die i die, picking up tonight')).toContain('if-it-kills-me');
  });

  it('reads buprenorphine under the tongue, a knife sharpener and a dry mouth from the pills as everyday', () => {
    expect(rulesOf('la buprenorfina debajo de la lengua sabe fatal pero funciona')).toEqual([]);
    expect(rulesOf('bought a knife sharpener for the kitchen, so satisfying')).not.toContain('means-held');
    expect(rulesOf('las pastillas me dejan la boca seca, ando con la botella de agua todo el dia')).toEqual([]);
  });

  it('holds death by one\'s own hand, no more days wanted, no intention of seeing the day, a whole box with drink, an overdose not avoided, fire set to a door and not much longer', () => {
    expect(rulesOf('i want to go to her, properly, by my own hand')).toContain('own-hand');
    expect(rulesOf('me voy esta noche por mi propia mano')).toContain('own-hand');
    expect(rulesOf('i made this cake by my own hand, come try it')).toEqual([]);
    expect(rulesOf('i dont want a new day, i want no more days')).toContain('no-more-days');
    expect(rulesOf('i want no more days off this month, i need the money')).toEqual([]);
    expect(rulesOf('i turn 68 tomorrow and i have no intention of seeing the day after')).toContain('not-seeing-the-day');
    expect(rulesOf('no pienso llegar al lunes')).toContain('not-seeing-the-day');
    expect(rulesOf('i have no intention of seeing my ex this weekend')).toEqual([]);
    expect(rulesOf('no pienso ver el partido el domingo, es aburrido')).toEqual([]);
    expect(rulesOf('my script came today. might just have the whole box with the whisky')).toContain('whole-with-drink');
    expect(rulesOf('saque la caja de la farmacia, me la voy a tomar entera con el anis')).toContain('whole-with-drink');
    expect(rulesOf('ate the whole pizza with a beer, no regrets, meds at 9 as usual')).toEqual([]);
    expect(rulesOf('no busco sobredosis pero tampoco la voy a evitar')).toContain('not-avoid');
    expect(rulesOf('no me gusta la sopa pero tampoco la voy a dejar')).toEqual([]);
    expect(rulesOf('im going to set fire to his door tonight')).toContain('set-fire');
    expect(rulesOf('we set fire to the bbq coals at 6, come hungry')).toEqual([]);
    expect(rulesOf('no le voy a hacer esto mucho mas a mi nieta')).toContain('not-much-longer');
    expect(rulesOf('no voy a hacer esto mucho mas, busco otro trabajo')).toEqual([]);
    expect(rulesOf('solo me lastimo un poquito mas cada noche')).toContain('self-harm');
  });

  it('reads the wish to die as now when it is "worse than before"', () => {
    expect(rulesOf('me dieron el alta hace 2 semanas y las ganas de matarme estan peor q antes')).not.toEqual([]);
    expect(rulesOf('hace 2 años tenia ganas de matarme, ahora estoy bien')).toEqual([]);
  });

  it('reads dying of boredom, a gta jump, working oneself to death, a knife that nearly took a thumb, meds in the office safe as agreed, bread kept and my turn at the tortilla as everyday', () => {
    expect(rulesOf('the gp kept me waiting 2 hours i wanted to die of boredom')).toEqual([]);
    expect(rulesOf('jumped off the tallest building in gta and the lobby laughed')).toEqual([]);
    expect(rulesOf('me mato a currar toda la semana pa q luego me quiten la paga')).toEqual([]);
    expect(rulesOf('the sharp knife is lethal, nearly took my thumb off doing carrots')).toEqual([]);
    expect(rulesOf('collected 28 days of my meds and put them in the office safe like we agreed')).toEqual([]);
    expect(rulesOf('se nos fue x sobredosis el martes, siempre me guardaba pan')).toEqual([]);
    expect(rulesOf('pueden abrir el armario de los cuchillos a las 8 q me toca la tortilla')).toEqual([]);
    expect(rulesOf('5 years since i tried to end it. i nearly didnt make it and im glad every day')).toEqual([]);
    expect(rulesOf('ya ni me acuerdo de la ultima vez q me corte, creo q fue hace dos veranos')).toEqual([]);
    expect(rulesOf('ayer me corte otra vez')).not.toEqual([]);
  });

  it('holds a weapon readied for something other than game, a night that may not end, everything tonight at the bar, a broken streak, scars reopened by oneself, not getting past this week and no one to be blamed', () => {
    expect(rulesOf('my brother said i can borrow his rifle. not planning on deer')).toContain('not-for-game');
    expect(rulesOf('sharpened the fishing knife for something else than fish tbh')).toContain('not-for-game');
    expect(rulesOf('sharpened the fishing knife for sunday, trout season opens')).toEqual([]);
    expect(rulesOf('la metadona + el vino = noche tranquila o noche eterna, da igual')).toContain('endless-night');
    expect(rulesOf('el bebe durmio toda la noche, noche eterna de paz')).toEqual([]);
    expect(rulesOf('estoy en el bar con un cubata y el numero del camello, esta noche todo')).toContain('tonight-everything');
    expect(rulesOf('karaoke en el bar, esta noche todo')).toEqual([]);
    expect(rulesOf('2 meses sin cortarme y anoche a la mierda')).toContain('streak-broken');
    expect(rulesOf('2 meses sin cortarme y hoy lo celebro con pastel')).toEqual([]);
    expect(rulesOf('las cicatrices se estan abriendo y soy yo la q las abre')).toContain('self-harm-more');
    expect(rulesOf('de esta semana no paso jaja apuesten')).toContain('not-past-this');
    expect(rulesOf('de esta semana no paso sin ir al gym')).toEqual([]);
    expect(rulesOf('q nadie culpe a la educadora de noche, ella no podia saber nada')).toContain('farewell');
  });

  it('reads a parkrun, a will lost to chess, a hard boss, a mario kart cliff, a hammock rope, god keeping one here, the wifi, matches for the mate, a passed driving theory, pills thrown out before staff and school to finish as everyday', () => {
    expect(rulesOf('did my first parkrun, nearly died, doing it again next week')).toEqual([]);
    expect(rulesOf('elden ring boss killed me 40 times, finally beat it, dead inside but proud')).toEqual([]);
    expect(rulesOf('my character just jumped off a cliff by accident, mario kart is rigged')).toEqual([]);
    expect(rulesOf('the rope in my room is for the hammock, before anyone freaks out')).toEqual([]);
    expect(rulesOf('3 years since my overdose. god kept me here for a reason')).toEqual([]);
    expect(rulesOf('the wifi here wants me dead. 1 bar')).toEqual([]);
    expect(rulesOf('che se terminaron los fosforos de la cocina y quiero hacer mate')).toEqual([]);
    expect(rulesOf('el teorico del carnet me mato pero APROBE')).toEqual([]);
    expect(rulesOf('tire las pastillas q tenia guardadas con la educadora delante')).toEqual([]);
    expect(rulesOf('ya no pienso en morirme, ahora pienso en terminar la prepa')).toEqual([]);
  });

  it('holds the will to live lost, scratching till it bleeds, a return to the blade, a broken streak, the rainbow bridge for oneself, the next person who gets hurt, wrecking a life, still wanting out, a death date taken as ones own, a secret last supper and a bus one hoped would not brake', () => {
    expect(rulesOf('perdi las ganas de vivir')).toContain('will-to-live-lost');
    expect(rulesOf('ive lost the will to live')).toContain('will-to-live-lost');
    expect(rulesOf('the will to live went after the funeral')).toContain('will-to-live-lost');
    expect(rulesOf('hoy tengo ganas de vivir')).toEqual([]);
    expect(rulesOf('el barça me quito las ganas de vivir, vaya partido')).toEqual([]);
    expect(rulesOf('snapped the elastic band like my therapist said, now im scratching till it bleeds')).toContain('till-it-bleeds');
    expect(rulesOf('me rasco hasta sacarme sangre cuando las voces gritan')).toContain('till-it-bleeds');
    expect(rulesOf('went back to the razor after 2 years off it. cant stop')).toContain('back-to-the-blade');
    expect(rulesOf('did the ice cube thing from dbt, didnt work so i used the lighter instead')).toContain('back-to-the-blade');
    expect(rulesOf('went back to the razor for my beard, the trimmer broke')).toEqual([]);
    expect(rulesOf('2 years no self harm and i relapsed tonight')).toContain('self-harm-streak-broken');
    expect(rulesOf('2 years no self harm, still proud of it')).toEqual([]);
    expect(rulesOf('2 años sin hacerme daño y hoy volvi, 3 veces')).toContain('harm-streak-broken');
    expect(rulesOf('dos años sin cortarme, hoy blusa de tirantes')).toEqual([]);
    expect(rulesOf('going to the rainbow bridge myself tonight, not talking about my dog this time')).toContain('rainbow-bridge-self');
    expect(rulesOf('my dog crossed the rainbow bridge this morning')).toEqual([]);
    expect(rulesOf('anger management skills are gone. next person who talks down to me gets glassed')).toContain('next-person-gets');
    expect(rulesOf('al proximo q me toque la comida le parto la cabeza')).toContain('next-person-gets');
    expect(rulesOf('next person who gets the quiz question right wins a chocolate')).toEqual([]);
    expect(rulesOf('my sponsor has a newborn and i keep ringing her at 3am. im wrecking her life')).toContain('wrecking-their-life');
    expect(rulesOf('le estoy arruinando la vida a mi hermana')).toContain('wrecking-their-life');
    expect(rulesOf('im ruining my diet with these biscuits')).toEqual([]);
    expect(rulesOf('rang everyone on my safety plan card tonight. still want out')).toContain('still-want-out');
    expect(rulesOf('still want out of this house by spring, saving for a deposit')).toEqual([]);
    expect(rulesOf('march 14 is 1 year since she passed. thats my day too')).toContain('her-day-mine');
    expect(rulesOf('thursday is bingo, thats my day too')).toEqual([]);
    expect(rulesOf('ultima cena con vosotros aunque no lo sepais')).toContain('last-secret');
    expect(rulesOf('el otro dia pense q si el bondi no frenaba tampoco pasaba nada')).toContain('if-it-didnt-brake');
  });

  it('reads a pill organiser, journaling that saves sleep, a stress ball, a grave visit with daffodils, dying of embarrassment, a knife set lost in a divorce, mindfulness at bedtime, nothing to remember and suicidal thoughts that stopped as everyday', () => {
    expect(rulesOf('counting out my week of meds into the organiser, feels good to be on top of it')).toEqual([]);
    expect(rulesOf('journaling before bed is saving my sleep')).toEqual([]);
    expect(rulesOf('my coping box: headphones, mint tea, photo of my daughter, stress ball shaped like a pig')).toEqual([]);
    expect(rulesOf('anniversary of mums death. going to the grave after the meeting with some daffodils')).toEqual([]);
    expect(rulesOf('if my ex shows up at the christmas party im going to die of embarrassment')).toEqual([]);
    expect(rulesOf('my ex got the good knife set in the divorce, glad the house has decent ones')).toEqual([]);
    expect(rulesOf('el mindfulness me parecia una tonteria y ahora lo hago antes de dormir')).toEqual([]);
    expect(rulesOf('llevo un mes con la depot y ya no tengo q acordarme de nada, un descanso')).toEqual([]);
    expect(rulesOf('ya no tengo nada, ni fuerzas')).not.toEqual([]);
    expect(rulesOf('deje de tener ideas suicidas cuando me ajustaron la medicacion')).toEqual([]);
    expect(rulesOf('6 months no cutting, got a tattoo over the old ones')).toEqual([]);
    expect(rulesOf('6 months no cutting and now its over, did it again last night')).not.toEqual([]);
    expect(rulesOf('mi mama me va a ahorcar cuando vea el tatuaje')).toEqual([]);
    expect(rulesOf('mi ex me quiso ahorcar anoche')).not.toEqual([]);
  });

  it('holds the old amount after time clean, a pet left to someone after today, a rope taken to ones room, one more drink that will kill on the way to the bar, a photo of ones door, a promise to come back after a beating and a fall someone will see to', () => {
    expect(rulesOf('been clean 6 months, using today, same amount like before')).toContain('same-amount-after-clean');
    expect(rulesOf('same dose as before, the doctor says my liver is fine')).toEqual([]);
    expect(rulesOf('clean 3 months and eating the same amount as before, finally')).toEqual([]);
    expect(rulesOf('ya hable con mi tia para q se quede con el negro, mi perro, despues de hoy')).toContain('after-today-keep');
    expect(rulesOf('mi tia se queda con el perro despues de hoy, vuelvo del permiso el lunes')).toEqual([]);
    expect(rulesOf('en el trastero habia una soga de la mudanza, ya la subi a mi cuarto')).toContain('rope-to-room');
    expect(rulesOf('took the skipping rope up to my room for a workout')).toEqual([]);
    expect(rulesOf('el hepatologo dice q un trago mas y me muero, pues bueno, me voy al bar')).toContain('one-more-drink-kills');
    expect(rulesOf('el hepatologo dice q un trago mas y me muero, por eso no toco ni una copa')).toEqual([]);
    expect(rulesOf('the dealer from before texted a photo of my door. im shaking')).toContain('photo-of-my-door');
    expect(rulesOf('the landlord sent a photo of my door, the paint is peeling')).toEqual([]);
    expect(rulesOf('me cogieron en el portal por lo q debo y me dieron una paliza, dijeron q hoy vuelven')).toContain('coming-back-today');
    expect(rulesOf('el fontanero dijo q vuelve mañana a terminar')).toEqual([]);
    expect(rulesOf('the kids said theyre coming back tomorrow, i owe them a pizza')).toEqual([]);
    expect(rulesOf('my ex sent a photo of my kids at the park')).toEqual([]);
    expect(rulesOf('he texted me a pic of my kids school. he knows')).toContain('photo-of-my-door');
    expect(rulesOf('a year since grandpa passed. sunday is his day, thats my day too now, i visit him')).toEqual([]);
    expect(rulesOf('la auxiliar q me ato a la cama un dia de estos se cae por las escaleras, me voy a encargar yo')).toContain('one-of-these-days-falls');
    expect(rulesOf('esa repisa un dia de estos se cae, hay q avisar a mantenimiento')).toEqual([]);
  });

  it('reads a reply quoting another post, a team loss laughed off, one more squat, a physio who wants to kill me, laughing till one can take no more, a friend lost to fentanyl and nothing wanted today as everyday', () => {
    expect(rulesOf('@la q puso q se quiere ir de este mundo: yo estuve ahi, habla con alguien hoy porfa')).toEqual([]);
    expect(rulesOf('la q puso q se quiere ir de este mundo, yo tambien me quiero ir de este mundo')).not.toEqual([]);
    expect(rulesOf('if the physio makes me do one more squat im gonna die, legs are jelly')).toEqual([]);
    expect(rulesOf('el fisio me quiere matar, 3 pisos con muletas')).toEqual([]);
    expect(rulesOf('me muero de risa con lo q conto la enfermera de la cuña jajaja no puedo mas')).toEqual([]);
    expect(rulesOf('lost my best friend to fentanyl in march, still cant believe it')).toEqual([]);
    expect(rulesOf('no tengo ganas de nada hoy, ni de bañarme, ya mañana')).toEqual([]);
    expect(rulesOf('finally finish all the antibiotics, the whole bottle')).toEqual([]);
    expect(rulesOf('methadone pickup moved to 8.30 so goodbye lie in')).toEqual([]);
    expect(rulesOf('the scars on my arms are white now, been a long time')).toEqual([]);
    expect(rulesOf('my old scars are white but i cut again last night')).not.toEqual([]);
    expect(rulesOf('banged my head on the wall til i saw white. doing it again')).not.toEqual([]);
    expect(sportLossJoked(tokenize('boca perdio otra vez, me quiero matar jaja'))).toBe(true);
    expect(sportLossJoked(tokenize('we lost the cup final on penalties, i want to die lol'))).toBe(true);
    expect(sportLossJoked(tokenize('perdi mi trabajo, me quiero morir jaja'))).toBe(false);
    expect(sportLossJoked(tokenize('boca perdio otra vez, me quiero matar'))).toBe(false);
  });

  it('holds never wanting to die as much as today, using on through chest pain, ending it, and cutting unseen', () => {
    expect(rulesOf('63 años y nunca quise quitarme la vida como hoy')).toContain('never-as-now');
    expect(rulesOf("i've never wanted to die as much as today")).toContain('never-as-now');
    expect(rulesOf('nunca me rei tanto como hoy en el grupo')).toEqual([]);
    expect(rulesOf('never felt this alive as today, first day of the job')).toEqual([]);
    expect(rulesOf('pura pasta base desde el viernes sin dormir ni comer, me duele el pecho y no pienso parar weon')).toContain('chest-pain-not-stopping');
    expect(rulesOf('chest hurts from the flu but im not stopping the antibiotics, nurse said finish them')).toEqual([]);
    expect(rulesOf('me duele el pecho de tanto entrenar pero no voy a parar, quiero correr los 10k')).toEqual([]);
    expect(rulesOf('therapy failed, meds failed, prayer failed. ending it')).toContain('ending-it');
    expect(rulesOf('giving it till the 15th. if the debt isnt sorted by then im ending it')).toContain('ending-it');
    expect(rulesOf('6 years with him and im ending it. moving out friday')).toEqual([]);
    expect(rulesOf('that show dragged on for 9 seasons, glad they are ending it')).toEqual([]);
    expect(rulesOf("bathroom's the only place i can cut unseen. going now")).toContain('harm-unseen');
    expect(rulesOf('necesito un lugar para cortarme sin que me vean')).toContain('harm-unseen');
    expect(rulesOf('the bathroom is the only place i can cut my hair unseen lol')).toEqual([]);
  });

  it('leaves a noise or a broken heater, a letter from a son, a hope box, a pill once a day, someone else\'s last words and a past told as "used to" as everyday', () => {
    expect(rulesOf('ya no puedo mas con el reggaeton del vecino a las 3am')).toEqual([]);
    expect(rulesOf('ya no puedo mas con la calefaccion rota!!! me congelo')).toEqual([]);
    expect(rulesOf('ya no puedo mas con las voces en mi cabeza')).not.toEqual([]);
    expect(rulesOf('ya no puedo mas con el ruido, me voy a matar')).not.toEqual([]);
    expect(nuisanceTold(tokenize('cant go on like this with the noise upstairs at 2am'))).toBe(true);
    expect(nuisanceTold(tokenize('i cant go on like this with the noise in my head'))).toBe(false);
    expect(nuisanceTold(tokenize('i cant go on like this anymore'))).toBe(false);
    const listed = (text: string) => findCrisis(text, 'negative', matchText(text, { leet: true }), neverHolds);
    expect(listed('i cant go on like this with the noise upstairs at 2am')).toBeNull();
    expect(listed('i cant go on like this. the noise in my head wont stop')).not.toBeNull();
    expect(listed('i cant go on like this with the noise upstairs. tonight i end it')).not.toBeNull();
    expect(rulesOf('made a hope box for the holidays. photos, a letter from my son, my favourite sweets')).toEqual([]);
    expect(rulesOf('arme mi caja de esperanza: fotos, una carta de mi hijo, dulce de leche')).toEqual([]);
    expect(rulesOf('wrote a letter to my son to read after im gone')).not.toEqual([]);
    expect(rulesOf("grandad's last words to me were stay out of trouble. trying my best")).toEqual([]);
    expect(rulesOf('this is my last post. last words: sorry')).not.toEqual([]);
    expect(rulesOf('cambie a pastilla de una vez al dia, mejor con los turnos')).toEqual([]);
    expect(rulesOf('me voy a tomar todas las pastillas de una vez hoy')).not.toEqual([]);
    expect(rulesOf('used to write goodbye letters every december. this year i wrote christmas cards')).toEqual([]);
    expect(rulesOf('gonna use what i used to and my tolerance is zero. dont care')).not.toEqual([]);
    expect(rulesOf('if looks could kill, the look my cat gave me when i put her in the carrier')).toEqual([]);
    expect(rulesOf('look after my cat when im gone')).not.toEqual([]);
    expect(rulesOf('hung off the rope in climbing for 2 mins, new record')).toEqual([]);
    expect(rulesOf('con mi primer sueldo me compre cuchillos. me siento adulta')).toEqual([]);
    const joked = (text: string) => findCrisis(text, null, matchText(text, { leet: true }), neverHolds);
    expect(joked('team got slaughtered boxing day 4-0. i want to die lol')).toBeNull();
    expect(joked('team got slaughtered 4-0 and i want to die. not joking, ive had enough of everything')).not.toBeNull();
  });

  it('leaves a listed phrase said with a laugh to the classifier, unless the share says it is meant', () => {
    expect(laughedOff(tokenize('el colectivo 60 otra vez tarde, me quiero morir jajaja'))).toBe(true);
    expect(laughedOff(tokenize('if i hear that christmas song one more time ill shoot myself lol'))).toBe(true);
    expect(laughedOff(tokenize('me quiero morir xd pero no es chiste, llevo tres dias sin salir del cuarto'))).toBe(false);
    expect(laughedOff(tokenize('jaja me quiero morir pero literal'))).toBe(false);
    expect(laughedOff(tokenize('jajaja q ganas de m0rir. el jaja es de adorno'))).toBe(false);
    expect(laughedOff(tokenize('i keep typing jk after i wanna die but i stopped meaning the jk part'))).toBe(false);
    expect(laughedOff(tokenize('lol i want to die fr'))).toBe(false);
    expect(laughedOff(tokenize('i want to die'))).toBe(false);
    const listed = (text: string) => findCrisis(text, 'plain', matchText(text, { leet: true }), neverHolds);
    const asked: string[] = [];
    const asking = { holds: (tokens: readonly { word: string }[]) => (asked.push(tokens.map((t) => t.word).join(' ')), true) };
    expect(listed('el colectivo 60 otra vez tarde, me quiero morir jajaja')).toBeNull();
    expect(findCrisis('el colectivo 60 otra vez tarde, me quiero morir jajaja', 'plain', matchText('x', { leet: true }), asking)?.sources).toEqual(['classifier']);
    expect(asked).toHaveLength(1);
    expect(listed('me quiero morir xd pero no es joda, hoy de verdad')).not.toBeNull();
    expect(listed('me quiero morir jaja, ya tengo las pastillas juntas')).not.toBeNull();
  });

  it('holds a cover story for medicine, using double, a bad batch that may get me too, driving into the sea, throwing someone off a balcony and sleeping at the bottom of a lake', () => {
    expect(rulesOf("asked the pharmacy for extra insulin 'for travel'. im not travelling anywhere")).toContain('not-travelling');
    expect(rulesOf('not travelling anywhere this christmas, no money. got my meds sorted for the break though')).toEqual([]);
    expect(rulesOf('shot up first time in 8 months and doing double so i dont have to think about the deportation')).toContain('double-dose');
    expect(rulesOf('en el parque con dosis doble, pa acabar de una vez')).toContain('double-dose');
    expect(rulesOf('doing double shifts at the warehouse till christmas, clean 8 months and tired')).toEqual([]);
    expect(rulesOf('the nurse doubled my dose of the antidepressant, double dose from monday')).toEqual([]);
    expect(rulesOf("the new batch has already killed two people on the estate. going to get some anyway, maybe it'll get me too")).toContain('get-me-too');
    expect(rulesOf("half the house has the flu, maybe it'll get me too. stocking up on tea")).toEqual([]);
    expect(rulesOf('want to drive into the sea. not a metaphor')).toContain('drive-into');
    expect(rulesOf('want to drive to the sea this weekend with my brother, beach day')).toEqual([]);
    expect(rulesOf('if that support worker says one more thing im throwing her off the balcony, swear down')).toContain('throw-off');
    expect(rulesOf('im throwing my phone out the window if it freezes one more time')).toEqual([]);
    expect(rulesOf('no es q quiera morirme, es q quiero dormir en el fondo del lago y q ya no duela')).toContain('bottom-of-the-lake');
    expect(rulesOf('se me cayeron las llaves al fondo del lago, quiero llorar')).toEqual([]);
    expect(rulesOf('la marea sube a las 6 en las rocas de la punta. me voy a sentar ahi y no me voy a mover')).toContain('wont-move');
    expect(rulesOf('con este frio no me voy a mover del sillon en todo el dia')).toEqual([]);
    expect(rulesOf('esta noche subo al volcan sin abrigo ni agua. con el frio q hace arriba no bajo')).toContain('not-coming-down');
    expect(rulesOf('subo al cerro el domingo con los del grupo, hasta las 5 no bajo')).toEqual([]);
    expect(rulesOf('the vet put my old boy down this morning and he was the only reason i was still here. not anymore')).toContain('only-reason-gone');
    expect(rulesOf('my daughter is the only reason im still here and shes coming sunday, thank god')).toEqual([]);
    expect(rulesOf('le di a mi hermano la clave del celu, los papeles del depa y la correa del firulais. nos dimos un abrazo largo, el ultimo')).toContain('last-hug');
    expect(rulesOf('le di a mi hermano las llaves antes del vuelo, un abrazo largo, el ultimo hasta marzo')).toEqual([]);
    expect(rulesOf('alguien sabe si el tramadol con alcohol te para la respiracion? es lo q quiero q pase')).toContain('what-i-want-to-happen');
    expect(rulesOf('alguien sabe si el cafe quita el sueño? es lo q quiero, estudiar toda la noche')).toEqual([]);
    expect(rulesOf('donde quedo el cuchillo grande de la cocina? lo necesito pa alguien q se lo gano esta noche')).toContain('had-it-coming');
    expect(rulesOf('la cocinera se lo gano, el pastel le quedo increible, quien tiene el cuchillo pa cortarlo?')).toEqual([]);
    expect(rulesOf('2 dias con la piedra, me duele el pecho y no paro')).toContain('chest-pain-not-stopping');
    expect(rulesOf('cut every night since bro got deported. need to now')).toContain('self-harm');
    expect(rulesOf('hoy los cortes fueron profundos, tuve q usar toalla')).toContain('self-harm');
    expect(rulesOf('the council cuts were deep this year, the day centre closed')).toEqual([]);
    expect(rulesOf('me corto pa no pensar en mi nieto q se llevaron')).toContain('self-harm');
  });

  it('leaves sleeping like the dead, a blender that wants to die, lying on the sofa, a brother who did not make it, walking to the bridge and back, and a blade thrown away as everyday', () => {
    expect(rulesOf('dead on my feet after nights, gonna sleep like the dead')).toEqual([]);
    expect(rulesOf('la licuadora se quiere morir, alguien la revisa?')).toEqual([]);
    expect(rulesOf('no me quiero tirar de ningun puente, me quiero tirar en el sillon a ver netflix toda la tarde')).toEqual([]);
    expect(rulesOf('me voy a matar estudiando pal GED, alguien me ayuda con el math esta noche?')).toEqual([]);
    expect(rulesOf('mi mama dice q la voy a matar con mis tatuajes')).toEqual([]);
    expect(rulesOf('my brother didnt make it across the sea in 2019. finally put his photo up in my room today')).toEqual([]);
    expect(rulesOf('i dont think i will make it through tonight')).not.toEqual([]);
    expect(rulesOf('candle lit for my brother, overdose took him in 2019')).toEqual([]);
    expect(rulesOf('cuando me pongo mal camino por la orilla del rio hasta el puente viejo y vuelvo. me baja la ansiedad')).toEqual([]);
    expect(rulesOf('hoy tire la cuchilla q guardaba. ya no la necesito')).toEqual([]);
    expect(rulesOf('se puede tomar omeprazol junto con el litio o hay q separarlos?')).toEqual([]);
    expect(rulesOf('thanks for the kind notes on my last post')).toEqual([]);
    expect(rulesOf('this is my last post, goodbye everyone')).not.toEqual([]);
    expect(rulesOf('ya no puedo mas con el papeleo del subsidio!! ayuda?')).toEqual([]);
    expect(rulesOf('vendi la moto vieja, adios compañera')).toEqual([]);
    expect(rulesOf('one of those days where nothing in english makes sense')).toEqual([]);
  });

  it('holds using on with the heart racing, so i die, waking in the road, a photo of my window, forced work, place, time and how, and being held down', () => {
    expect(rulesOf('3 days of laxatives and diet pills by the handful, hearts racing like mad. gonna take more')).toContain('chest-pain-not-stopping');
    expect(rulesOf('vomito con sangre y el pecho me late raro, sigo')).toContain('chest-pain-not-stopping');
    expect(rulesOf('first date tonight, heart pounding, still going though')).toEqual([]);
    expect(rulesOf('si me muero mi vieja deja de pagar la clinica. asi q me muero')).toContain('so-i-die');
    expect(rulesOf('no hay calefaccion asi q me muero de frio')).toEqual([]);
    expect(rulesOf('drinking to blackout nightly. woke up in the road last night')).toContain('woke-in-the-road');
    expect(rulesOf('woke up in the road trip van at 6, best weekend')).toEqual([]);
    expect(rulesOf('keep getting texts from a withheld number. today it was a photo of my bedroom window at night')).toContain('photo-of-my-window');
    expect(rulesOf('sent the landlord a photo of my window, the frame is rotten')).toEqual([]);
    expect(rulesOf('made to work at the car wash 12 hrs no pay, they sleep us in the back and say police will deport us if we talk')).toContain('forced-work');
    expect(rulesOf('made to work the christmas shift again, at least the pay is double')).toEqual([]);
    expect(rulesOf('ya tengo lugar, hora y como. por fin tranquila')).toContain('place-time-how');
    expect(rulesOf('ya tengo lugar, hora y como llegar a la fiesta de fin de año')).toEqual([]);
    expect(rulesOf('where when and how do i apply for the housing list?')).toEqual([]);
    expect(rulesOf('donde, cuando y como me inscribo al curso?')).toEqual([]);
    expect(rulesOf('i picked the place, the time and how. calm now')).toContain('place-time-how');
    expect(rulesOf('got held down in the laundry room yesterday. cant say by who, hes still here')).toContain('held-down');
    expect(rulesOf('got pinned down in judo class, my coach says my guard is improving')).toEqual([]);
  });

  it('leaves one more boiled egg, medicine taken with nobody reminding, dead good, goodbye for now, a knife set, and arriving without wanting to live as everyday', () => {
    expect(rulesOf('if i see one more boiled egg ill die, meal plan needs variety')).toEqual([]);
    expect(rulesOf('si me niegan las visitas otra vez me mato, lo digo en serio')).not.toEqual([]);
    expect(rulesOf('7 dias seguidos tomando la medicacion sin q nadie me recuerde, bien ahi')).toEqual([]);
    expect(rulesOf('nadie me va a recordar cuando me muera')).not.toEqual([]);
    expect(rulesOf('Thank you to Dave for calling, you were dead good')).toEqual([]);
    expect(rulesOf('Please water my tomatoes. Goodbye for now.')).toEqual([]);
    expect(rulesOf('goodbye everyone. for now i just want to sleep forever')).not.toEqual([]);
    expect(rulesOf('got a knife set for my bday for the new flat!')).toEqual([]);
    expect(rulesOf('llegue sin ganas de vivir y me voy con trabajo y con mi hija de vuelta')).toEqual([]);
    expect(rulesOf('ya no tengo ganas de vivir')).not.toEqual([]);
    expect(rulesOf("I want to reassure everyone that I'm not having any thoughts of ending my life")).toEqual([]);
    expect(rulesOf('back when i was suicidal i gave all my stuff away. just bought my first new sofa')).toEqual([]);
    expect(rulesOf('gave all my stuff away this week, wont need it')).not.toEqual([]);
    expect(rulesOf('no aguanto mas a mi compañera de cuarto roncando jajaja alguien tiene tapones??')).toEqual([]);
    expect(rulesOf('le pedi al medico ir bajando el clonazepam de a poquito, esta vez con calma y acompañado')).toEqual([]);
    expect(rulesOf('consegui fentanilo y esta vez no voy a tener cuidado')).not.toEqual([]);
  });

  it('holds a fatal dose asked about, letting oneself go, not breathing after pills, a good innings, a hose on the exhaust, acting on the thoughts, doubting one will last, and cutting deeper to come back', () => {
    expect(rulesOf('asked the chemist whats a fatal dose. said it was for a quiz')).toContain('lethal-dose-asked');
    expect(rulesOf('the nurse gave a talk on naloxone and what a fatal dose of fentanyl looks like')).toEqual([]);
    expect(rulesOf('me dieron el alta sin plan, sin cita, sin nada. no tengo donde agarrarme y me estoy dejando ir')).toContain('letting-go');
    expect(rulesOf('me estoy dejando ir con la musica en el taller de baile')).toEqual([]);
    expect(rulesOf('me tome la caja de tramadol con cerveza, me siento muy raro y no puedo respirar bien')).toContain('cant-breathe-after');
    expect(rulesOf('took my inhaler but still cant breathe well with this cold')).toEqual([]);
    expect(rulesOf('had a good innings. time to call it a day, not work')).toContain('good-innings');
    expect(rulesOf('my nan had a good innings, 94 and sharp to the end')).toEqual([]);
    expect(rulesOf('brother lends me his car sundays. hose fits the exhaust. this sunday')).toContain('exhaust-hose');
    expect(rulesOf('the mechanic fixed the exhaust hose, car passed its mot')).toEqual([]);
    expect(rulesOf('antes esos pensamientos me daban miedo y los peleaba. ahora me dan paz y los quiero cumplir')).toContain('act-on-thoughts');
    expect(rulesOf('tengo ideas para el proyecto y los quiero cumplir, metas del año')).toEqual([]);
    expect(rulesOf('la psiquiatra me dio turno pal mes q viene. dudo q llegue')).toContain('doubt-ill-last');
    expect(rulesOf('el bus va lentisimo, dudo q llegue a tiempo al grupo')).toEqual([]);
    expect(rulesOf('me siento fuera del cuerpo. me corto pa volver y hoy no alcanza, voy mas profundo')).toContain('harm-to-feel');
    expect(rulesOf('en la piscina hoy voy mas profundo, ya nado sin flotador')).toEqual([]);
  });

  it('leaves nearly dying on a hill, dying trying, a suicide move in chess, years without those thoughts, a burned goodbye letter and a goodbye to the drugs as everyday', () => {
    expect(rulesOf('parkrun done, nearly died on the hill')).toEqual([]);
    expect(rulesOf("i'll die trying but i will beat her at scrabble before i move out")).toEqual([]);
    expect(rulesOf('chess: sacrificed my queen, suicide move, still won')).toEqual([]);
    expect(rulesOf("my sponsor says the man who wanted to die in 2019 wouldn't believe where I am now")).toEqual([]);
    expect(rulesOf('i still want to die, every day')).not.toEqual([]);
    expect(rulesOf('ya van 8 meses sin esos pensamientos de no querer vivir. la terapia si sirve')).toEqual([]);
    expect(rulesOf('ya no quiero vivir, sin ganas de nada')).not.toEqual([]);
    expect(rulesOf('mi carta de despedida de 2021 la queme hoy en la fogata del grupo')).toEqual([]);
    expect(rulesOf('le escribi una carta de despedida a la droga en el grupo')).toEqual([]);
    expect(rulesOf('le escribi una carta de despedida a mi hija')).not.toEqual([]);
    expect(rulesOf('la señora del cuarto 1 me mato en el domino. 79 años y sin piedad')).toEqual([]);
    expect(rulesOf('clozapine bloods done, all clear')).toEqual([]);
    expect(rulesOf('cant go on with this rota honestly, 4 nights of dishes')).toEqual([]);
    expect(rulesOf('forgot the milk AGAIN. last time i shop without a list')).toEqual([]);
    expect(rulesOf('remember when i gave away all my stuff because i thought i was leaving for good? got my guitar back today')).toEqual([]);
    expect(rulesOf('alguien pa ir juntos al dispensario de metadona a las 9?')).toEqual([]);
    expect(rulesOf('tengo una bronca q me quema x lo q me dijo mi hermano. le pegue al colchon')).toEqual([]);
    expect(rulesOf('mi hermano me quema con cigarros cuando se enoja')).not.toEqual([]);
  });

  it('holds a wish to die after a failed condition, killing oneself in the gerund, being made to undress in fear, a threat to kill the writer and choosing one\'s end', () => {
    expect(rulesOf('si pal 15 no me depositan me mato. ya es un hecho')).toContain('intent-kill-self');
    expect(rulesOf("if they dont pay me tomorrow i'm gonna kill myself")).not.toEqual([]);
    expect(rulesOf('no me voy a matar, tranqui')).toEqual([]);
    expect(rulesOf('si no me mato es por mis hijos')).toEqual([]);
    expect(rulesOf('soy el error de mi familia. lo corrijo matandome')).toContain('think-suicide');
    expect(rulesOf('el medico de la clinica me hace desnudar aunque solo voy por la presion, y me toca. me da miedo volver el viernes')).toContain('made-to-undress');
    expect(rulesOf('la enfermera me hizo desvestir pa la radiografia y me dio miedo la maquina jaja')).toEqual([]);
    expect(rulesOf('con orden de alejamiento y vino borracho a decir q me mata')).toContain('says-will-kill-me');
    expect(rulesOf('la profe dijo q me mata si no entrego la tarea jaja')).toEqual([]);
    expect(rulesOf('yo elijo mi final esta noche')).toContain('choose-my-end');
    expect(rulesOf('en el libro tu eliges tu final, yo elegi mi final feliz')).toEqual([]);
  });

  it('leaves a question to the house about the hospital, a knife block, an insulin routine, a past year, a place one does not want to live in and a group one cannot stand as everyday', () => {
    expect(rulesOf('does anyone know when the hospital bus runs on sundays')).toEqual([]);
    expect(rulesOf('does anyone else get dead sleepy on olanzapine? in bed by 9 like a nan')).toEqual([]);
    expect(rulesOf('whoever touches my radio next ends up in hospital')).toContain('next-in-hospital');
    expect(rulesOf('got a knife block from the charity shop for my new flat. starting to feel like home')).toEqual([]);
    expect(rulesOf("got grandad's old carving knife in his will. staff keep it in the kitchen now, we used it on the sunday roast")).toEqual([]);
    expect(rulesOf('insulina puesta, glucosa en 110, desayuno listo. q orgullo')).toEqual([]);
    expect(rulesOf('en 2021 me quise quitar la vida. hoy fui madrina de bautizo. la vida da vueltas bonitas')).toEqual([]);
    expect(rulesOf('hoy me quise quitar la vida')).not.toEqual([]);
    expect(rulesOf('in 2019 i wanted to die')).toEqual([]);
    expect(rulesOf(`in ${new Date().getFullYear()} i want to die`)).not.toEqual([]);
    // Any year gone by, not only the recent ones: a goodbye letter told as history.
    expect(rulesOf('in 2008 i wrote my goodbye letter. today i read it at group and cried')).toEqual([]);
    expect(rulesOf('back in 1999 i wrote my goodbye letter. today i read it at group and cried')).toEqual([]);
    expect(rulesOf(`in ${new Date().getFullYear()} i wrote my goodbye letter. today i read it at group and cried`)).not.toEqual([]);
    expect(rulesOf('thinking about going to see grandma in heaven this weekend, she died in 2019')).not.toEqual([]);
    expect(rulesOf('no es q no quiera vivir, es q no quiero vivir en este barrio jaja, ya pedi el traslado')).toEqual([]);
    expect(rulesOf('no quiero vivir en este mundo')).not.toEqual([]);
    expect(rulesOf('ya no quiero vivir en esta casa sin mi esposa, no tiene sentido nada')).not.toEqual([]);
    expect(rulesOf('boca me va a matar este año, no aguanto mas estos partidos')).toEqual([]);
    expect(rulesOf('no aguanto mas el grupo de la facu, nadie hace nada y yo cargando con todo')).toEqual([]);
    expect(rulesOf('no aguanto mas esta vida')).not.toEqual([]);
    expect(rulesOf('no aguanto mas el dolor')).not.toEqual([]);
  });

  it('holds a wish that the drink would kill them, stocking up "not for headaches", planning after giving up waiting, the shift change as the moment, being dead to save work, running out of places to hide cuts and a last time that is the last', () => {
    expect(rulesOf('4 dias tomando en el cerro, no como, me tiemblan las manos y sigo. quiero q el alcohol me mate')).toContain('want-it-to-kill-me');
    expect(rulesOf('quiero q me mate de risa este meme jaja')).toEqual([]);
    expect(rulesOf('been round every chemist in town. not for headaches')).toContain('not-for-headaches');
    expect(rulesOf('bought paracetamol at the chemist, not for headaches, for my period cramps')).toEqual([]);
    expect(rulesOf('45 años y nadie se quedo. deje de esperar, empece a planear')).toContain('started-planning');
    expect(rulesOf('nadie se ofrecio asi q empece a planear el viaje del grupo yo sola')).toEqual([]);
    expect(rulesOf('en 2 horas cambia el turno. es ahora o nunca')).toContain('now-or-never-shift');
    expect(rulesOf('cierran las inscripciones al curso antes del cambio de turno, es ahora o nunca')).toEqual([]);
    expect(rulesOf('muerto le ahorro trabajo a los educadores')).toContain('dead-saves-work');
    expect(rulesOf('sin mi se ahorran problemas y plata. ya lo decidi')).toContain('dead-saves-work');
    expect(rulesOf('muerto de cansancio, pero le ahorre trabajo al de la mañana')).toEqual([]);
    expect(rulesOf('cutting every night since my best mate moved to leeds. running out of places to hide it')).toContain('places-to-hide');
    expect(rulesOf('running out of places to hide the christmas presents from the kids, they find everything')).toEqual([]);
    expect(rulesOf('said goodnight to my daughter on the phone like it was the last time bc it is')).toContain('last-time-because-it-is');
    expect(rulesOf('last time i move house because this is it, my own flat finally')).toEqual([]);
  });

  it('leaves the heat one cannot go on with and a quoted wish to die that was about a hill as everyday', () => {
    const held = (text: string) => findCrisis(text, 'plain', matchText(text, { leet: true }), neverHolds) !== null;
    expect(held('cant go on like this with the heat 😩 3 nights no sleep')).toBe(false);
    expect(held('cant go on like this')).toBe(true);
    expect(rulesOf('to be clear im not suicidal lol, i said "i wanna die" about the hill we walked up')).toEqual([]);
    expect(rulesOf('i wanna die')).not.toEqual([]);
  });

  it('holds a beam checked or practised on, cutting deeper next time, reading comments as one\'s obituary, disappearing as easy as an app, pills gathered and ready, a message that one went in peace, nothing tying one to life and the same way tonight', () => {
    expect(rulesOf('went up the ladder into the loft today and had a proper look at the rafters. ive made up my mind')).toContain('beam-checked');
    expect(rulesOf('had a look at the rafters with the builder, the insulation goes in next week')).toEqual([]);
    expect(rulesOf('checked the beam would hold the weight of the new water tank')).toEqual([]);
    expect(rulesOf('watched a vid on how to tie it properly. practiced on the bannister while everyone was at group')).toContain('practised-on');
    expect(rulesOf('practiced my knots on the banister for scouts, the video really helped')).toEqual([]);
    expect(rulesOf('took the stanley knife from the DIY box. deeper tonight')).toContain('deeper-this-time');
    expect(rulesOf('🔪🩸 again. and i want to go deeper next time')).toContain('deeper-this-time');
    expect(rulesOf('meditation went deeper today, the breathing one from group')).toEqual([]);
    expect(rulesOf('read the comments under my old posts like its my obituary. feels like a rehearsal')).toContain('my-own-obituary');
    expect(rulesOf('leo los comentarios de mis fotos viejas como si fueran el pesame')).toContain('my-own-obituary');
    expect(rulesOf('the house meeting felt like a funeral, nobody said a word')).toEqual([]);
    expect(rulesOf('desaparecer deberia ser tan facil como desinstalar una app')).toContain('disappear-easy');
    expect(rulesOf('that stain should be easy to make disappear with vinegar')).toEqual([]);
    expect(rulesOf('le fui sacando pastillas a la abuela poco a poco, ya van mas de 60 en una caja de zapatos. casi listo para tomarmelas')).toContain('ready-to-take-them');
    expect(rulesOf('son las 9, ya cene y estoy lista para tomarmelas y dormir')).toEqual([]);
    expect(rulesOf('tell my gran i went peacefully. wont be posting again')).toContain('went-peacefully');
    expect(rulesOf('diganle a mi hermana que me fui en paz')).toContain('went-peacefully');
    expect(rulesOf('tell my mum i went to the shop, back by 6')).toEqual([]);
    expect(rulesOf('hermano preso, viejos muertos. nada me ata a esta vida')).toContain('nothing-ties-me');
    expect(rulesOf('nada me ata a esta ciudad, en marzo me mudo con mi hija')).toEqual([]);
    expect(rulesOf('mi hermano murio de sobredosis y yo voy x el mismo camino esta noche')).toContain('same-way-tonight');
    expect(rulesOf('going the same way home tonight, anyone want to walk with me')).toEqual([]);
    expect(rulesOf('dos años limpio, sin tolerancia. x eso mismo')).toContain('that-is-why');
    expect(rulesOf('me dieron el alta por eso mismo estoy contenta')).toEqual([]);
  });

  it('leaves a walk by a bridge, supplies used up, a dose changed by the doctor, "because of that", being worn out, dust all over a face, a search for a recipe and burning out at work as everyday', () => {
    expect(rulesOf('walk by the bridge this morning was lovely, ducks n all')).toEqual([]);
    expect(rulesOf('i walk the tracks every night now, practicing')).not.toEqual([]);
    expect(rulesOf('walked out to the overpass on 5th today. no fence on the east side. good to know')).not.toEqual([]);
    expect(rulesOf('who used all the bleach and didnt put it on the shopping list')).toEqual([]);
    expect(rulesOf('me bajaron la metadona otra vez, poquito a poco')).toEqual([]);
    expect(rulesOf('🔪🩸 otra vez')).not.toEqual([]);
    expect(rulesOf('grateful for the staff who sat with me in the kitchen at 2am last week. im ok now because of that')).toEqual([]);
    expect(rulesOf('i dont want to die, i just want to stop being so knackered')).toEqual([]);
    expect(rulesOf('i want to stop being alive')).not.toEqual([]);
    expect(rulesOf('i wish i could just stop being. not sleep. stop')).not.toEqual([]);
    expect(rulesOf('died laughing when Mick tried to fix the hoover and it blew dust all over his face')).toEqual([]);
    expect(rulesOf('phone dead, bank empty, nobody answers. want it all over')).not.toEqual([]);
    expect(rulesOf('liverpool if you\'re reading this please stop killing me slowly every sunday')).toEqual([]);
    expect(rulesOf('googled painless ways all night, my history is full of it')).not.toEqual([]);
    expect(rulesOf('hoy googlee como hacer pan de muerto pa mi sobrina')).toEqual([]);
    expect(rulesOf('el trabajo me tiene quemado y el jefe me escribe hasta los sabados')).toEqual([]);
    expect(rulesOf('mi pareja me quemo con un cigarro anoche')).not.toEqual([]);
    expect(rulesOf('cant go on doing all the washing up, why always me 😤')).toEqual([]);
    expect(rulesOf('q oso, se me cayo la olla frente a todos, me quise morir')).toEqual([]);
  });

  it('leaves a habit that helps when the urge comes, a goodbye note deleted, thoughts back and not acted on, and a denial with "ni loca" as everyday', () => {
    expect(rulesOf('when i feel like hurting myself now i ring my sister and we do the crossword')).toEqual([]);
    expect(rulesOf('cuando me vienen ganas de lastimarme le marco a mi tio y hablamos de futbol hasta q pasa')).toEqual([]);
    expect(rulesOf('when i feel like hurting myself i call my dealer and nobody answers')).not.toEqual([]);
    expect(rulesOf('hoy borre la carta de despedida q tenia en las notas. ya no es mi historia')).toEqual([]);
    expect(rulesOf('hoy escribi la carta de despedida')).not.toEqual([]);
    expect(rulesOf('volvieron los pensamientos de antes un ratito. no les hice caso, estoy a salvo')).toEqual([]);
    expect(rulesOf('hoy volvieron los pensamientos de antes pero no voy a hacer nada, se lo conte a mi educadora y me siento segura')).toEqual([]);
    expect(rulesOf('volvieron los pensamientos de antes y no me siento segura')).not.toEqual([]);
    const listed = (text: string) => findCrisis(text, 'plain', matchText(text, { leet: true }), neverHolds) !== null;
    expect(listed('ni loca vuelvo a hacerme daño, mi hija viene el domingo')).toBe(false);
    expect(listed('last time i self harmed was xmas 2019. still proud')).toBe(false);
    expect(listed(`last time i self harmed was xmas ${new Date().getFullYear()}`)).toBe(true);
    expect(listed('cuando llegue tenia ideas de suicidio diario')).toBe(false);
    expect(listed('cuando llegue la noche me voy a matar')).toBe(true);
    // A listed wording whose urge the share says has passed: as the patterns read it.
    expect(listed('cuando llegue tenia ideas de suicidio diario. ya casi ni aparecen, y si aparecen se a quien llamar')).toBe(false);
    expect(listed('tuve ganas de lastimarme pero le marque a mi hermana y se me pasaron')).toBe(false);
    expect(listed('the urge to hurt myself showed up last night and i called the warmline instead. it passed')).toBe(false);
    expect(listed('tuve ganas de lastimarme y no se me pasan')).toBe(true);
    expect(listed('the urge to hurt myself showed up last night and it is still here')).toBe(true);
  });

  it('holds trading places with the dying, a goodbye the other did not know was final, almost stepping towards a train, a method copied from a series, a car that would save the work and a shooting nobody would expect', () => {
    expect(rulesOf('id swap places with anyone in that hospice in a heartbeat. not to help. just to be done')).toContain('swap-with-dying');
    expect(rulesOf('id swap places with anyone on that beach in a heartbeat')).toEqual([]);
    expect(rulesOf('said goodbye to my sister. she didnt know it was for good')).toContain('goodbye-for-good');
    expect(rulesOf('hoy abrace fuerte a mi abuela. ella no sabe q fue la ultima vez')).toContain('goodbye-for-good');
    expect(rulesOf('said goodbye to my sister at the airport, she didnt know i had a surprise for her')).toEqual([]);
    expect(rulesOf('hoy en el anden casi doy un pasito cuando venia el tren')).toContain('almost-stepped');
    expect(rulesOf('casi doy un paso en falso cuando venia el tren, iba mirando el celular, q susto')).toEqual([]);
    expect(rulesOf('saw how they did it in that series. got the same stuff now')).toContain('copied-method');
    expect(rulesOf('la chica de la serie lo hizo con lo q habia en el botiquin de su mama. ya revise el botiquin de la mia')).toContain('copied-method');
    expect(rulesOf('loved the costume in that series, got the same stuff for my cosplay')).toEqual([]);
    expect(rulesOf('si me pisa un carro yendo a la corte me ahorra el trabajo')).toContain('dead-saves-work');
    expect(rulesOf('despues del tiroteo de las noticias pense q en el taller nadie se lo espera. me estoy preparando')).toContain('nobody-expects-it');
    expect(rulesOf('le preparamos una fiesta sorpresa a la coordinadora, nadie se lo espera')).toEqual([]);
  });

  it('leaves mints, a song or a film about it, an anniversary that hits, a post taken back, means handed to a counsellor, a past belief, holding on to a call, a butter knife, lights on a rope, kitchen knives sharpened and a reply that quotes another resident as everyday', () => {
    expect(rulesOf('me pase de pastillas de menta en la junta y ahora tengo la boca congelada jajaja')).toEqual([]);
    expect(rulesOf('90 days sober today. watched a film about a guy who overdosed and for once it didnt make me want to use')).toEqual([]);
    expect(rulesOf('im about to overdose')).not.toEqual([]);
    expect(rulesOf('miss my nan so much. her anniversary always hits hard but me and my cousin are going to the cemetery together')).toEqual([]);
    expect(rulesOf('my stepdad hits me hard when hes drunk')).not.toEqual([]);
    expect(rulesOf('extraño tanto a mi abuela. su aniversario siempre me pega pero voy al cementerio con mi prima')).toEqual([]);
    expect(rulesOf('ignore my last post, im safe. was venting about my ex')).toEqual([]);
    expect(rulesOf('this is my last post. goodbye everyone')).not.toEqual([]);
    expect(rulesOf('back in 2019 i kept a rope in my wardrobe. gave it to my counsellor and never looked back')).toEqual([]);
    expect(rulesOf('cuando murio mi esposa pense q mi vida se acabo tambien. ya son 5 años, aprendi a vivir con el hueco')).toEqual([]);
    expect(rulesOf('extraño a mis hijos. me llaman el domingo, me agarro de eso')).toEqual([]);
    expect(rulesOf('mi padrastro me agarro del cuello anoche')).not.toEqual([]);
    expect(rulesOf('dont panic staff, the knife in my room is a butter knife from my toast, bringing it back down')).toEqual([]);
    expect(rulesOf('lo de la cuerda en mi cuarto es pa colgar las luces de navidad, no se asusten')).toEqual([]);
    expect(rulesOf('afile los cuchillos, cortaban menos q una cuchara')).toEqual([]);
    expect(rulesOf('respondiendo a la q dijo "pa q sigo": pa q el domingo hagamos las empanadas juntas')).toEqual([]);
    expect(rulesOf('pa q sigo')).not.toEqual([]);
    expect(rulesOf('i used to stash my pills back in the day. now i hand them to staff every morning')).toEqual([]);
    expect(rulesOf('cuando siento q ya no puedo mas con el dia me pongo los audifonos con salsa y despues de 3 canciones ya estoy mejor')).toEqual([]);
    expect(rulesOf('my brain said "whats the point" today and i told it to shut up and made a sandwich')).toEqual([]);
    expect(rulesOf('cant go on like this with the noisy pipes. tell maintenance pls')).toEqual([]);
    const listed = (text: string) => findCrisis(text, 'plain', matchText(text, { leet: true }), neverHolds) !== null;
    expect(listed('pusieron una cancion sobre el suicidio en la radio y no me movio nada. estoy bien de verdad')).toBe(false);
    expect(listed('hace un año hoy estaba en urgencias despues de intentar matarme. hoy cocine empanadas pa toda la casa. sigo aqui')).toBe(false);
  });

  it('holds letting an illness take them, hurting oneself on purpose, sliced skin, a death welcomed, better if dead, dying as the purpose, ending when something runs out, wanting to burn again, a threat to the face, a cover story for rope, a gun waiting, a final chapter, still bleeding, not coming back, no next time and missing them where one goes', () => {
    expect(rulesOf('binned my inhaler. next attack can take me')).toContain('let-it-take-me');
    expect(rulesOf('ni uso el puff. si me ahogo q me lleve')).toContain('let-it-take-me');
    expect(rulesOf('missed the bus again, hopefully the next one can take me')).toEqual([]);
    expect(rulesOf('broke my own wrist on purpose. said i slipped in the shower')).toContain('hurt-on-purpose');
    expect(rulesOf('sliced my arm after the interview. its gaping. no a&e')).toContain('sliced-skin');
    expect(rulesOf('sliced my arm on the fence getting the ball back, plaster on now')).toEqual([]);
    expect(rulesOf('cuando el medico dijo q con el azucar asi me podia morir yo pense: perfecto, ojala')).toContain('death-welcome');
    expect(rulesOf('el medico dijo q con el azucar asi me podia morir, asi q deje los refrescos')).toEqual([]);
    expect(rulesOf('si el colectivo choca y me muero, mejor')).toContain('better-if-dead');
    expect(rulesOf('me estoy dejando de comer pa morirme, ya van 2 semanas y el medico no sabe')).toContain('in-order-to-die');
    expect(rulesOf('dejo de fumar pa morirme de viejo y tranquilo')).not.toContain('in-order-to-die');
    expect(rulesOf('me dieron 2 semanas de preaviso en la fabrica. cuando se acaben me acabo yo')).toContain('ends-with-it');
    expect(rulesOf('cuando se acaben las vacaciones me voy a la playa otra vez')).toEqual([]);
    expect(rulesOf('agarre la plancha de la lavanderia del trabajo y me queme el brazo. quiero volver a hacerlo')).toContain('again-on-the-skin');
    expect(rulesOf('me corte el pelo yo sola y quiero volver a hacerlo, quedo bonito')).toEqual([]);
    expect(rulesOf('el jefe de cocina me tiro aceite caliente en la mano. dijo q la proxima va a la cara')).toContain('next-time-the-face');
    expect(rulesOf('bought rope "for a tent". i dont own a tent 😂')).toContain('cover-story');
    expect(rulesOf('bought rope for the tent, camping with my brother on saturday')).not.toContain('cover-story');
    expect(rulesOf("dad's shotgun is still at the farm. going down this weekend to visit")).toContain('gun-waiting');
    expect(rulesOf("dad's shotgun is still at the farm, we are selling it to a licensed dealer this weekend")).toEqual([]);
    expect(rulesOf('mi vida es una novela mala y ya quiero q llegue el capitulo final. el de verdad')).toContain('final-chapter');
    expect(rulesOf('ya quiero q llegue el capitulo final de la serie, me tiene nerviosa')).toEqual([]);
    expect(rulesOf('jaja me hice un "tatuaje" casero con el compas. no era un tatuaje la verdad. sigo sangrando')).toContain('still-bleeding');
    expect(rulesOf('Tell the garden club I won\'t be back. Not this time, not any time. Look after my sweet peas.')).toContain('wont-be-back');
    expect(rulesOf('El padre me dijo q volviera la otra semana. No va a haber otra semana. Es esta noche.')).toContain('no-next-time');
    expect(rulesOf('no va a haber otra semana como esta, que viaje tan bonito')).toEqual([]);
    expect(rulesOf('Gracias por este tiempo. Los voy a extrañar a donde voy, no me esperen.')).toContain('where-im-going');
    expect(rulesOf('me dieron el alta! los voy a extrañar a donde vaya, vengan a visitarme al depa')).toEqual([]);
  });

  it('leaves "stable", a CV dead on arrival, a knife roll, knees that will end it all, a song at full volume, a fridge reminder, a shaved head, a kick at five-a-side, a game boss that kills, a plastic knife, being away from the one who hit them and arriving here as everyday', () => {
    expect(rulesOf('occupational health asked about my meds for the forklift job. all fine, im stable on them')).toEqual([]);
    expect(rulesOf('im gonna stab him')).not.toEqual([]);
    expect(rulesOf('my cv is dead on arrival, anyone good with word?')).toEqual([]);
    expect(rulesOf('got my own knife roll for college, proper chuffed')).toEqual([]);
    expect(rulesOf('Five-a-side tonight. I thought my knees were going to end it all. Scored a header though.')).toEqual([]);
    expect(rulesOf('otra vez Arjona a todo volumen, me tiro x la ventana jaja')).toEqual([]);
    expect(rulesOf('recordatorio: el refri se limpia los viernes, si tu tupper tiene hongos lo vamos a tirar')).toEqual([]);
    expect(rulesOf('desde q me rape todos me preguntan si estoy bien. no estoy mal, solo me aburri del pelo largo')).toEqual([]);
    expect(rulesOf('me patearon en el futbolito, tremendo moreton. ganamos igual')).toEqual([]);
    expect(rulesOf('Tres semanas con el mismo jefe del elden ring. Me mato como 30 veces, casi tiro el control por la ventana.')).toEqual([]);
    expect(rulesOf('me toca picar el cilantro y el cuchillo de plastico no sirve pa nada')).toEqual([]);
    expect(rulesOf('un año lejos del q me pegaba. la semana q viene me dan las llaves de mi propio depa')).toEqual([]);
    expect(rulesOf('mi ex me pegaba y hoy volvio a buscarme')).not.toEqual([]);
    expect(rulesOf('came here not wanting to live. now im doing level 2 food hygiene')).toEqual([]);
    expect(rulesOf('hoy no quiero ver a nadie, me quedo en mi cuarto con mis series')).toEqual([]);
    expect(rulesOf('el viernes ya no voy a estar, no me guarden la cena')).not.toEqual([]);
    expect(rulesOf('6 antidepresivos y nada. me rindo con la vida')).not.toEqual([]);
    expect(rulesOf('me rindo con ese hombre, no cambia nunca')).toEqual([]);
  });

  it('holds tablets and prescribed medicines named as means, painkillers bought shop after shop or so nobody asks, and diazepam taken with drink', () => {
    expect(rulesOf('counted my tablets, 40 should do it')).toContain('means-saved');
    expect(rulesOf('saving my tablets in a sock. nearly enough now')).toContain('means-saved');
    expect(rulesOf('compre paracetamol en varias farmacias pa q no sospechen')).toContain('painkillers-spread');
    expect(rulesOf('compro paracetamol en farmacias distintas pa juntar')).toContain('painkillers-spread');
    expect(rulesOf('went round the chemists for paracetamol so they dont ask questions')).toContain('painkillers-spread');
    expect(rulesOf('llevo 2 litros de cerveza y ahora me voy a tomar los diazepam q me quedan, todos')).not.toEqual([]);
  });

  it('leaves a dog\'s tablets hidden in cheese, a dose tapered by the doctor, a medicine the psychiatrist is taking away slowly and a painkiller for a headache as everyday', () => {
    expect(rulesOf('vet gave the dog tablets for his joints, hiding them in cheese same as i do with mine lol')).toEqual([]);
    expect(rulesOf('doc is tapering my diazepam slowly, nervous but its the plan and i trust it')).toEqual([]);
    expect(rulesOf('la psiquiatra me esta quitando la sertralina poco a poco, no la deje por mi cuenta, tranquilos')).toEqual([]);
    expect(rulesOf('took two paracetamol for my headache, off to bed')).toEqual([]);
    expect(rulesOf('la doctora me receto paracetamol pa la muela')).toEqual([]);
    expect(rulesOf('bought paracetamol and tissues, got a stinking cold')).toEqual([]);
    expect(rulesOf('paracetamol is cheaper at every shop than the pharmacy lol')).toEqual([]);
    expect(rulesOf('went to three different chemists looking for calpol for the baby, all sold out')).toEqual([]);
  });

  it('holds a rest from the writer that is to be final, a jump from a floor with a time, and fists on a wall until the hand is hurt', () => {
    expect(rulesOf('mi referente merece un descanso de mi. uno definitivo')).toContain('rest-from-me');
    expect(rulesOf('staff deserve a break from me. a permanent one')).toContain('rest-from-me');
    expect(rulesOf('voy a hacer el salto de fe del assassins pero desde el 8vo piso, esta noche 🫠')).toContain('jump-from-floor');
    expect(rulesOf('me tiro del piso 12 esta noche')).toContain('jump-from-floor');
    expect(rulesOf('punched the radiator till i couldnt bend my fingers. going back for more')).toContain('hit-until-hurt');
    expect(rulesOf('le pegue a la pared hasta q no pude mover la mano')).toContain('hit-until-hurt');
  });

  it('leaves a grumpy week staff deserve a break from, a jump off a bunk or a diving board, a marathon\'s wall, a punchbag and a date for one\'s own flat as everyday', () => {
    expect(rulesOf("my roommate deserves a break from me, i've been so grumpy lol")).toEqual([]);
    expect(rulesOf('staff deserve a holiday from me and my drama this week haha')).toEqual([]);
    expect(rulesOf('jumped off the top bunk and twisted my ankle lol')).toEqual([]);
    expect(rulesOf('tomorrow im jumping off the high diving board at the pool')).toEqual([]);
    expect(rulesOf('hit the wall at mile 20 till i couldnt feel my legs, finished tho')).toEqual([]);
    expect(rulesOf('punched the bag at boxing till i couldnt lift my arms')).toEqual([]);
    expect(rulesOf('ya tengo fecha pa mi departamento!! me voy en julio, voy a extrañar las peleas por el control jaja')).toEqual([]);
  });

  it('reads a key name like "f4" as letters and a number, not leetspeak', () => {
    expect(tokenize('alt f4 a mi vida').map((token) => token.word)).toEqual(['alt', 'f4', 'a', 'mi', 'vida']);
  });
});
