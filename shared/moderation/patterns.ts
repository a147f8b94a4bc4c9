import { SLOTS, type Slot } from './lexicon';
import { stemEnglish, stemSpanish, tokenize, type Token } from './tokens';

/**
 * Crisis patterns over word classes rather than exact strings. A pattern is written as a row of
 * elements: a slot name (`DESIRE`), plain words (`bye|goodbye`, `cort*` for any ending), and gaps
 * (`~3`: up to three other words in between). A pattern never reaches across sentences. Unless it
 * names its own negation, a pattern does not count when a negation ("not", "never", "no") stands
 * just before it or inside it: "I want to die" holds, "I don't want to die" does not, while
 * "I don't want to be alive" is its own pattern.
 */
export type CrisisSeverity = 'urgent' | 'concern';

interface Rule {
  id: string;
  severity: CrisisSeverity;
  patterns: readonly string[];
  /** Words or slots that must also be somewhere in the same sentence. */
  with?: string;
  /** Words or slots that mean the sentence is something else (an accident, a haircut, a game). */
  unless?: string;
  /** The pattern must fit inside one clause: it does not reach over a comma or a "but". */
  clause?: boolean;
  /** The rule is about negative words itself ("no reason to live", "no se culpen"): a negation does not cancel it. */
  negative?: boolean;
}

/** How far before a pattern a negation still reaches. */
const NEGATION_REACH = 4;

const ACCIDENT = 'shav*|cook*|kitchen|accident*|oven|stove|fence|onion*|bbq|grill|sunburn*|hair|nails|grass|paper|cocin*|afeit*|pelo|cabello|barba|unas|cebolla*|sol|accidente|querer|flequillo|papel|pasto';
const IDIOM = 'tiempo|rato|del|susto|movie|pelicula|coffee|cafe|food|comida|tacos|pizza|concert|concierto|show|lmao|haha|hahaha|jaja|jajaja|jk|xd|tired|cansado|cansada|risa|hambre|sed|calor|frio|sueno|aburrimiento|verguenza|nervios|envidia|laughing|laugh|heat|back|feet|pies|espalda|song|cancion|tarea|homework|escaleras|stairs|espera|humedad|chiste|joke|looks|haircut|pelo|forgetting|olvido|birthday|cumple|forgot';
const GAME_NAMES = 'tournament|torneo|league|liga|team|equipo|chess|cards|game|games|pool|ball|basketball|football|soccer|match|race|fifa|uno|dominoes|ajedrez|cartas|juego|partido|futbol|carrera|gym|workout|interview|exam|test|level|nivel|boss|hoops|canast*|billar|show|talent*|contest|concurso|competencia|karaoke|ping|videojuego*|videogame*|xbox|playstation';
/** "kill it" is doing well, not a threat: only checked where the pattern could take "it" as its object. */
const GAME = `${GAME_NAMES}|it`;
/** Who a threat is aimed at, beyond the pronouns: the people of the house and the street. */
const VICTIM = 'OTHER|lady|woman|dealer|nurse|snitch|boss|neighbor|landlord|cop|teacher|anyone|anybody|whoever|everybody|al|senora|senor|enfermera|enfermero|soplon|vato|tipo|jefe|vecino|casero|cualquiera';
/** Harm done to someone else, beyond the threat words the classifier also reads. */
const HARM = 'THREAT_ACT|strangl*|poison|torch|slap|hit|bash|pound|wreck|rajar|ahorcar|estrangul*|envenen*|balacear|acuchill*|golpearlo|golpearla';

const RULES: readonly Rule[] = [
  // Direct ideation: a wish, an intent or a thought about one's own death.
  { id: 'desire-death', severity: 'concern', patterns: ['DESIRE ~3 DIE', 'DESIRE ~3 KILL ~1 REFLEXIVE', 'better|rather|mejor ~1 off|be|estar|estaria ~1 DIE', 'rather|prefiero|preferiria ~1 DIE'], unless: `${IDIOM}|stopped|deje` },
  { id: 'intent-kill-self', severity: 'urgent', patterns: ['INTENT ~3 KILL ~1 REFLEXIVE', 'INTENT ~3 =kms|=kys|unaliv*|suicid*|overdos*|sewerslid*|selfdelet*|sobredos*|desvivi*|autoelimin*|matarme|ahorcarme|suicidarme', 'me ~1 voy|quiero|kiero|qiero|qro|vo ~2 matar|matarrr|suicid*|desvivir|ahorcar|aventar|tirar|autoelimin*|borrar|autodesvivir', 'me ~0 mato|suicido|desvivo|ahorco|aviento|desconecto', 'INTENT ~4 END ~2 my|mi ~1 life|vida', 'INTENT ~3 take|quit* ~2 my|own|la ~1 life|vida'], unless: IDIOM },
  { id: 'intent-die', severity: 'concern', patterns: ['INTENT ~3 DIE'], unless: `${IDIOM}|of` },
  { id: 'think-suicide', severity: 'concern', patterns: ['suicid*|=kms|unaliv*|sewerslid*|desvivi*|autoelimin*|autodesviv*|autoborr*|selfdelet*', 'KILL ~1 REFLEXIVE', 'matarme|suicidarme|ahorcarme|desvivirme'], unless: 'prevention|awareness|hotline|walk|prevencion|lost|perdi|brother|sister|friend|son|daughter|dad|mom|uncle|cousin|hermano|hermana|amigo|amiga|hijo|hija|papa|mama|tio|primo' },
  // Indirect ideation: not wanting to live, to be here, to wake up.
  { id: 'not-live', clause: true, severity: 'concern', patterns: ['NEG ~2 DESIRE ~4 live|living|alive|exist*|breath*|vivir|vivo|viva|existir|respirar', 'DESIRE ~2 NEG ~2 live|alive|exist*|here|around|vivir|existir|estar|despertar', 'DESIRE ~3 stop|dejar|quit ~2 live|living|exist*|breath*|being|vivir|existir|ser|respirar', 'tired|sick|cansado|cansada|canse|harto|harta ~3 live|living|alive|exist*|breath*|vivir|vivo|viva|existir|respirar|life|vida'] },
  { id: 'not-here', clause: true, negative: true, severity: 'concern', patterns: ['NEG ~2 DESIRE ~3 here|around|aqui|estar|seguir|existir ~3 FOREVER|=ya|world|mundo|vida|life', 'ya ~1 NEG ~2 DESIRE ~3 estar|seguir|existir|aqui|vivir', 'NEG ~3 be|around|here|estar|dure|durar ~4 longer|much|mucho|mas|christmas|navidad|tiempo'] },
  { id: 'never-wake', severity: 'concern', patterns: ['never|not|no|nunca ~2 wake|woke|waking|awake|despert*|despiert*', 'sleep|dormir|dormirme|nap ~3 forever|siempre|never|nunca'], with: 'DESIRE|INTENT|sleep|dormir|dormirme|again|ever|nunca|siempre|forever|pray|pido|ojala|wish|hope|pills|pastillas|MEANS' },
  { id: 'end-everything', severity: 'concern', patterns: ['end|ending|ended|acabar*|acabo|acabe|terminar*|termino|termine|fin|ponerle ~3 =all|everything|it|things|todo|life|vida|myself', 'todo|everything|all ~3 acab*|termin*|over|end'], with: 'DESIRE|INTENT|TIME|FOREVER|ready|listo|once|vez|pain|dolor', unless: 'antes|before|old|vieja|shift|class|work|trabajo|meeting|reunion|book|libro|movie|pelicula|season|semester|game|day|dia|program|programa|treatment|tratamiento|drinking|using|tomar|beber|relationship|relacion|streak|racha' },
  { id: 'go-forever', severity: 'concern', patterns: ['go|gone|away|out|leave|disappear*|vanish*|sleep|irme|ir|voy|vaya|desaparec*|dormir|apagar*|apagarme|borrar*|salir ~3 forever|=good|permanently|siempre|definitivo|=out', 'leave|dejar|salir|borrar|irme|ir ~3 this|este|of|del|de ~1 world|mundo|life|vida'], with: 'DESIRE|INTENT|SELF|if|si|nobody|nadie', unless: 'apartment|apartamento|depa*|place|lugar|job|graduat*|gradu*|house|casa|town|city|ciudad|job|trabajo|drinking|drugs|alcohol|smoking|fumar|drogas|vacation|vacaciones|trip|viaje|program|programa|rehab|shelter|albergue' },
  { id: 'no-reason', negative: true, severity: 'concern', patterns: ['point|reason|razon*|caso|sentido|use|remedio ~4 live|living|going|staying|stay|trying|seguir|vivir|viviendo|intentar|existir|despert*|waking|quedo', 'para|what|why ~2 que|point|use ~2 seguir|sigo|vivir|quedo|living|stay|staying', 'nothing|nada ~2 live|vivir', 'why ~3 keep ~2 waking|living|going|trying'] },
  // Hopelessness.
  { id: 'hopeless', severity: 'concern', patterns: ['hopeless|pointless|meaningless', 'NEG|lost|perdi|any|all ~3 hope|esperanza|future|futuro', 'NEG ~3 way|salida|exit|light|luz ~2 out|except|but|salida', 'give|gave ~1 up ~2 on ~1 everything|life|myself|me|living', 'ya|me ~1 rindo|rendi',  'NEG ~3 keep|carry|go|seguir|aguanto|aguantar|puedo|cargar ~2 going|on|living|fighting|asi|mas|it|lo', 'nothing|nada ~3 left|matters|importa|queda|mejorar|better|change|cambiar', 'beyond|no ~1 help|remedio|fix', 'stopped|quit|deje|done ~2 fighting|trying|luchar|intentar|buscar*', 'NEG ~3 see|veo ~3 future|futuro|way|survive|sobreviv*|making|aguantando', 'toque ~1 fondo', 'only ~2 one ~1 way|exit', 'una|solo ~2 salida', 'never|nunca ~4 better|mejorar|okay|end|acabar'], unless: 'team|equipo|game|partido|season|temporada|score|traffic|trafico|weather|wifi|printer|lol|jaja|haha|about|job|trabajo|program|programa|antes|used' },
  // Burden.
  { id: 'burden-self', severity: 'concern', patterns: ['SELF|am|soy|sido|ser|just|solo|only ~3 burden|drain|weight|carga|peso|estorb*|waste|stress|anchor|ancla'], unless: 'bag|mochila|backpack|laundry|ropa|boxes|cajas|groceries|weights|pesas|gym|lbs|kilos|pounds|libras|lose|perder|bajar|gain|subir' },
  { id: 'burden', negative: true, severity: 'concern', patterns: ['BETTER ~5 without|sin ~1 me|mi|yo', 'BETTER ~5 if|si|when|cuando|once ~3 SELF|yo ~3 gone|dead|disappeared|wasnt|werent|estuviera|existiera|desapareciera|muero|muriera|este|voy|away|out|picture', 'nobody|nadie|no ~2 one|me|would ~3 miss|notice|care|extranaria|extrana|cuenta|necesita|needs', 'without|sin ~1 me|mi ~5 better|mejor|fine|bien|paz|easier', 'free|libres|libre ~2 of|de ~1 me|mi', 'everyone|todos|family|familia ~5 better|mejor ~2 off|without|sin'] },
  // Plans and means.
  { id: 'means-saved', severity: 'urgent', patterns: ['sav*|stash*|hid*|hoard*|collect*|stockpil*|cheek*|guard*|junt*|escond*|count*|cuento|kept ~5 MEANS', 'MEANS ~5 sav*|stash*|hid*|hoard*|collect*|stockpil*|guard*|junt*|escond*|escondid*'], unless: 'bathroom|bano|gabinete|cabinet|shower|regadera|pastillero|organizer|organizador|pillbox|dispenser|money|dinero|cash|recipe|receta|mom|nurse|staff|enfermera|personal|lave|lavar|wash*|tabla|dishes|platos|drawer|cajon|kitchen|cocina' },
  { id: 'means-all', severity: 'urgent', patterns: ['all|whole|todas|todo|entire|toda ~3 MEANS', 'MEANS ~4 all|once|todas|vez|together|juntas|juntos'], with: 'INTENT|DESIRE|once|vez|DIE|wake|despertar|purpose|proposito|together|juntas|tonight|noche', unless: 'nurse|enfermera|prescribed|doctor|morning|breakfast|dinner|routine|rutina|desayuno|cena|every|cada' },
  { id: 'means-research', severity: 'urgent', patterns: ['googl*|research*|search*|busqu*|buscar|investig*|asked|pregunt* ~6 DIE|deadly|lethal|painless|hang|ahorcar*|mortal*|letal*|KILL|gun|arma|pistola|enough|cuantas|suficientes'] },
  { id: 'means-death', severity: 'urgent', patterns: ['MEANS ~6 DIE|deadly|lethal|mortal*|letal*', 'enough|suficient*|suficiente ~4 MEANS|it|hacerlo|eso|=to|para'], with: 'SELF|INTENT|DESIRE|tengo|have|got|wake|despertar|never|no', unless: 'grandpa|grandma|abuelo|abuela|dog|perro|cat|gato|movie|pelicula|show|serie|news|noticias|brinc*|jump*|minutes|minutos|legs|piernas' },
  { id: 'means-jump', severity: 'urgent', patterns: ['jump*|tirar*|aventar*|aviento|tiraria|echar*|walk|step|throw|lanzar* ~5 overpass|garage|parking|estacionamiento|bridge|roof|building|traffic|train|tracks|puente|edificio|azotea|trafico|tren|vias|highway|autopista|ledge|cliff|window|ventana|balcony|balcon', 'bridge|puente|tracks|vias ~6 jump*|tirar*|aventar*|tiraria|aviento|altura|height|look|call*|llama', 'crash|estrellar|drive|manejar|chocar ~4 car|carro|tree|arbol|wall|pared|stopping|curve|frenar', 'hang|ahorcar*|noose ~6 SELF|INTENT|DESIRE|have|tengo|bought|compre|where|donde|how|como'], unless: 'swim*|nad*|pool|piscina|lake|lago|diving|trampoline|bungee|parachute|paracaidas|laundry|clothes|ropa|picture|photo|foto' },
  { id: 'means-rope', severity: 'urgent', patterns: ['soga|cuerda|rope|belt|cinturon|cinto ~6 SELF|INTENT|DESIRE|have|tengo|bought|compre|where|donde|how|como|hacerlo|it'], with: 'INTENT|DESIRE|have|tengo|bought|compre|where|donde|hacerlo|bag|backpack|mochila|room|cuarto|closet|ready|listo|lista', unless: 'jump*|brinc*|salt*|skip*|minutes|minutos|climb*|escal*|tie|amarr*|laundry|clothes|ropa|tender|dog|perro|pants|pantalones|boat|lancha|tent|tienda' },
  { id: 'means-held', severity: 'urgent', patterns: ['have|got|tengo|bought|compre|traigo|under|debajo|keep|keeps|kept ~4 rope|noose|gun|pistol|blade|razor|pistola|cuerda|soga|navaja|arma|fentanyl|fentanil*|poison|veneno|insulin|insulina|knife|cuchillo|cutter|lighter|encendedor|bullets|balas'], with: 'SELF|INTENT|DESIRE', unless: 'bathroom|bano|cabinet|gabinete|shower|regadera|kitchen|cocina|cook*|cocin*|shav*|afeit*|chef|dinner|cena|meal|comida|vegetables|verduras|fish|pescado|hunting|caza|store|tienda|work|trabajo|job|diabetes|diabetic|diabetico|doctor|nurse|enfermera|prescription|receta|cake|pastel|craft|manualidad*|sharpen|afilar|dad|papa|mom|mama' },
  { id: 'purpose', severity: 'urgent', patterns: ['purpose|proposito ~6 MEANS|use|using|consumir|drogarme|drink*|tomar|od|overdos*|sobredos*|hurt|harm|lastim*|cut*|cort*|burn*|quem*', 'MEANS|use|using|consumir|drogarme|drink*|tomar|od|overdos*|sobredos*|hurt|harm|cut*|cort*|burn*|quem*|starv* ~6 purpose|proposito'] },
  { id: 'no-return', negative: true, severity: 'urgent', patterns: ['NEG ~3 come|coming|regresar|volver|regreso ~2 back|from|de', 'heart|corazon ~3 stop*|stops|pare|para', 'never|not|no ~2 wake|despertar', 'last ~2 breath|respiro|binge|high|borrachera|time', 'ultim* ~2 respiro|borrachera|viaje', 'drink*|use|using|tomar|consumir ~3 till|until|hasta ~3 die|dead|heart|liver|morir*|higado|corazon|despertar', 'NEG|nobody|nadie ~4 save|find|narcan|encuentre|salve'], with: 'MEANS|use|using|consumir|drink*|tomar|high|drogarme|INTENT|DESIRE|dealer|dope|droga|narcan|relaps*|reca*|binge|borrachera|snort|shot|pase|fentanyl|fentanil*' },
  // Time.
  { id: 'time-end', severity: 'urgent', patterns: ['TIME ~6 INTENT ~4 STRONG_END', 'INTENT ~3 STRONG_END ~6 TIME', 'TIME ~6 INTENT ~3 do|doing|hacerlo|hago ~1 it|lo', 'TIME ~4 me ~1 mato|voy|quito|desvivo|suicido', 'TIME ~6 INTENT ~3 KILL ~1 REFLEXIVE'], unless: `pass|pase|permiso|visit*|visita*|trip|viaje|vemos|regreso|vuelvo|return*|${IDIOM}|antojo|craving|cravings|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|test|exam|examen|paperwork|interview|entrevista|call|llamar|movie|pelicula|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|resume|meeting|reunion|dinner|cena|${GAME_NAMES}` },
  { id: 'last-day', severity: 'urgent', patterns: ['my|mi|is|es|ser|be|sera|alive ~2 last|ultim* ~1 day|night|dia|noche|post|share|mensaje|message|time|vez|week|semana', 'last|ultim* ~1 night|noche|day|dia ~1 alive|vivo|viva|ever|on|en ~1 earth|tierra|mundo'], unless: 'died|passed|murio|fallecio|dog|perro|cat|gato|probation|parole|libertad|condicional|sentence|condena|before|work|trabajo|job|program|programa|school|escuela|class|clase|vacation|vacaciones|here|aqui|house|casa|treatment|tratamiento|rehab|shelter|albergue|detox' },
  { id: 'gone-by', severity: 'urgent', patterns: ['be|ser|estar|estare|estaré ~1 gone|dead|muerto|muerta|hecho', 'wont|no|ya ~2 be|estar|estare|ver|see|van ~2 here|around|aqui|alive|vivo|viva|me', 'dont|no ~1 expect|esperen ~1 me ~3 TIME|breakfast|desayuno|group|grupo'], with: 'TIME|ready|listo|before|antes|anymore|ya|forever|siempre', unless: 'pass|pase|permiso|visit*|visita*|trip|viaje|vemos|regreso|vuelvo|return*|vacation|vacaciones' },
  // Farewell.
  { id: 'farewell', negative: true, severity: 'urgent', patterns: ['goodbye|bye|adios|farewell|despido|despedirme|despedirse ~3 everyone|all|everybody|world|todos|mundo|real|forever|verdad|siempre|guys|friends|amigos|everyone', 'this|es ~2 goodbye|adios|despedida', 'say|said|decir|dije ~2 goodbye|bye|adios ~6 really|verdad', 'last ~1 post|share|message|words|letter|mensaje', 'see|vemos ~3 other|otro ~1 side|lado', 'loose ~1 ends', 'thank*|gracias ~4 goodbye|adios|bye', 'no me van|vas ~2 ver', 'wont|never ~2 see ~1 me ~1 again', 'made|make|hice|hacer ~2 peace|paces', 'my|mi ~1 will|testamento', 'testamento', 'blame|culpen|culpes ~1 yourselves|yourself|nadie|se', 'NEG ~2 blame|culpen|culpes', 'when|after|once|cuando|after ~2 SELF|ya|yo ~2 gone|este|vaya|muera|dead|muerto|muerta|leave|irme', 'forgive|perdonen|perdoname|perdonenme ~2 me|everybody|everyone|todos', 'gave|give|giving|regal*|regale|dej* ~3 away|my|mi|mis ~5 NEG|wont|need|necesit*|ocupo|quien|whoever', 'NEG ~3 need|needing|necesitar|necesito|ocupo ~2 them|it|they|las|los|mas', 'finally|por ~1 free|fin ~2 libre|free', 'letters|letter|cartas|carta|note|nota ~5 family|familia|kids|hijos|son|hijo|daughter|hija|mom|mama|drawer|cajon|bible|biblia|desk|escritorio', 'tell|diganle|dile|digan ~6 loved|quise|sorry|perdon*|bye|adios|everything|todo'], unless: 'later|luego|next|proxima|proximo|tomorrow|monday|tuesday|wednesday|thursday|friday|weekend|lunes|martes|miercoles|jueves|viernes|vacation|vacaciones|trip|viaje|meeting|reunion|helps|ayuda|close|cerca|amends|enmiendas|pedirle|pedir|bonito|felt|grandma|grandpa|abuela|abuelo|funeral|dog|perro|old|vieja|viejo|clothes' },
  // Self-harm.
  { id: 'self-harm', severity: 'concern', patterns: ['SELFHARM ~2 REFLEXIVE', 'SELFHARM ~3 my ~1 arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs|body|head|face|stomach|knuckles', 'me ~2 cort*|quem*|lastim*|golpe*|rasgu*|enterre|pego|hago ~4 brazo|brazos|muneca|munecas|pierna|piernas|piel|cabeza|mano|cara|otra|vez|dano|proposito|alivio|sangrar|algo', 'volvi|empece|empiezo|reca*|ganas|necesito|quiero ~3 cortarme|quemarme|lastimarme|cortar|hacerme|golpearme|autolesion*', 'cortarme|quemarme|lastimarme|autolesion*|autolesionando|hacerme ~2 dano|cortadas', 'me ~2 volvi ~1 a ~1 cortar|quemar|lastimar', 'cutting|cuts|cut|burning|scratch*|selfharm*|harm|razor|blade|scars|wounds|navaja|cortadas|heridas|cicatrices|costras ~6 again|back|deeper|relapse*|blew|otra|vez|volvi|reca*|hondo|tonight|noche|need|want|only|calms|unico', 'DESIRE|urge|need ~3 cut|burn|hurt|harm|cortar|quemar|cortarme|quemarme', 'SELFHARM ~4 purpose|proposito|deserve*|merezco|punish*|castig*|relief|alivio|bleed*|sangr*', 'bang|hit|hitting|punch*|golpe* ~3 head|wall|pared|cabeza'], unless: `${ACCIDENT}|didnt|resisted|resisti|pasaron|passed|went|vegetables|verduras|soup|caldo|potatoes|papas|bread|pan|meat|carne|coupons|help|ayuda|used` },
  // More time, farewell, burden and hopelessness wordings.
  { id: 'time-more', severity: 'urgent', patterns: ['tonight|today|hoy ~3 is|es ~1 the|la|el ~1 night|noche|day|dia', 'do|doing|hacerlo|hacer ~1 it|lo ~4 TIME', 'TIME ~8 INTENT ~3 take|tomar|tomarme ~3 MEANS|all|todo|todas', 'picked|chose|choose|escogi|elegi ~3 day|date|dia|fecha|birthday|cumpleanos', 'gave|give|di ~1 myself|me ~2 until|till|hasta', 'hours|horas ~6 matter|importar|importa', 'TIME ~4 go|voy|ir ~3 bridge|puente|tracks|vias|roof|azotea', 'can|puedo ~1 finally|ya|por ~2 go|ir|irme|descansar', 'check*|log* ~2 out|off ~3 permanently|forever|good|siempre', 'TIME ~3 ya ~1 no ~1 estare|estoy|existo', 'over|acabo|hecho ~3 before|antes ~3 wakes|despierte', 'make ~1 it ~3 TIME|another|through', 'set|picked|tengo|have|got|puse ~2 the|a|la|una ~1 date|fecha', 'para ~1 TIME ~3 no ~2 voy|estare|estar|existo'], negative: true, unless: 'home|casa|alta|discharge|group|grupo|class|clase|meeting|appointment|cita|dinner|cena|party|fiesta|work|trabajo|store|tienda|movie' },
  { id: 'farewell-more', severity: 'urgent', patterns: ['goodbye|adios|farewell|bye', 'really|verdad ~2 goodbye|adios|despedida', 'carta|letter|note|nota ~2 de|goodbye|despedida|suicide', 'whoever|quien ~2 wants|quiera|lea|reads|finds|encuentre', 'where|donde ~1 im|voy ~1 going|ir', 'remember|recuerden*|recuerdenme ~2 me|por|for ~3 good|buenos', 'so ~1 long', 'finally|fin ~2 free|libre', 'sepan|hear ~2 de|about ~1 mi|me', 'thank*|gracias ~6 tried|intentaron|everything|todo ~4 bye|goodbye|adios', 'quise|loved ~6 fault|culpa|sorry|perdon', 'regal*|gave|given|giving ~4 away|my|mi|mis ~6 need*|necesit*|ocup*|more|mas'], negative: true, unless: 'bring|traer|traiga|traigan|llevela|llevelo|return|devuelv*|office|oficina|lost|perdi|perdido|perdida|reward|recompensa|habits|habit|habitos|habito|vicio|vicios|drinking|drugs|drogas|alcohol|smoking|fumar|hello|hola|luego|next|proxima|proximo|monday|tuesday|wednesday|thursday|friday|lunes|martes|miercoles|jueves|viernes|vacation|vacaciones|trip|viaje|say|said|saying|decir|dije|funeral|grave|tumba|dad|mom|grandma|grandpa|abuela|abuelo|papa|mama|dog|perro|cat|gato|friend|amigo|amiga|brother|sister|hermano|hermana|son|daughter|hijo|hija|husband|wife|esposo|esposa|old|clothes|donat*|church|iglesia|shelter|tonight|later|soon|pronto|group|grupo|weekend|tomorrow' },
  { id: 'burden-more', negative: true, severity: 'concern', patterns: ['BETTER|deserve|merecen ~6 without|sin|gone|if|si ~3 me|mi|i|yo|wasnt|werent|no', 'me|my|mi ~1 gone|out', 'kindest|best|mejor|bueno ~6 not|no ~2 be|estar|here|aqui', 'world|mundo ~5 without|sin ~1 me|mi', 'BETTER ~4 with ~1 me ~1 gone'], unless: 'anymore|bag|mochila|backpack|laundry|ropa|boxes|cajas|groceries|weights|pesas|gym|lbs|kilos|pounds|libras' },
  { id: 'hopeless-more', severity: 'concern', patterns: ['giving|give|gave ~1 up ~2 on ~1 living|life|everything|me|myself', 'NEG ~3 point|reason|razon*|sentido|caso ~4 going|seguir|vivir|keep|living|trying|intentar', 'NEG ~2 do|hacer ~1 this|esto ~2 anymore|mas', 'NEG ~2 carry|cargar|aguant* ~3 anymore|mas', 'NEG ~3 make ~1 it', 'dead|muerto|muerta ~1 inside|dentro', 'finish|terminar|acabar ~2 the|el|lo ~1 job|trabajo|demas', 'NEG ~1 care ~4 happens|pase|me', 'out|sin ~2 of ~1 reasons|razones', 'NEG ~2 tengo|hay|queda|quedan ~3 razon*|nada|fuerzas|por ~1 que', 'unica|only ~2 salida|way|exit ~3 morir*|die|dying|muerte|death', 'por ~1 dentro ~2 muerto|muerta', 'se ~1 acabo', 'salir ~2 de ~1 esta', 'NEG ~3 detenga|stops|holding ~2 me|aqui|here', 'de ~1 que ~1 sirve', 'nothing|nada ~2 works|sirve|funciona|left|queda'], negative: true, unless: 'impresora|machine|maquina|control|stove|estufa|microondas|microwave|app|laptop|tele|printer|team|equipo|game|partido|season|temporada|score|weather|wifi|printer|phone|telefono|lol|jaja|haha|job|trabajo|about|remote|tv|washer|lavadora|dryer|secadora|coffee|cafe|printer|computer|internet|bus|camion|store|tienda' },
  { id: 'direct-more', severity: 'concern', patterns: ['wish|ojala ~2 i|yo ~1 was|were|estuviera|fuera ~1 dead|muerto|muerta|never|nunca', 'done|cansado|harto ~2 living|vivir|life|vida', 'let|lets|deje|lleve ~1 me ~1 die|morir|go', 'takes|take|lleve|llevara ~1 me ~2 tonight|noche|already|ya|away|pronto', 'could|pudiera ~2 die|morir|morirme ~3 would|haria', 'saying|says|dice ~2 kill|mata|matate ~1 yourself|te', 'matate|suicidate', 'ending|end ~1 my ~1 life', 'never|nunca ~1 born|naci|nacido', 'fade|desvanecer* ~1 out|away', 'DIE|acabe ~2 para ~1 siempre', 'stop|acabe|pare ~2 permanently|forever|siempre|para', 'no ~1 frenar|stopping', 'wtd|ctb|s-word|sword', 'ya no volver|regresar|despertar'], unless: `${IDIOM}|of|de risa|for|dinner|cena|game|movie|rain|lluvia|noise|ruido|headache|cough|tos|class|clase` },
  { id: 'means-more', severity: 'urgent', patterns: ['bought|compre|stole|robe ~6 MEANS|veneno|rope|gun|pistola|arma', 'have|got|tengo ~3 rope|gun|pistola|arma|veneno|poison|cuerda|soga', 'MEANS ~6 plan|ready|listas|listo|valor|nerve|courage|envelope|sobre|mattress|colchon', 'how|como ~2 many|much|cuantas|get|subir|conseguir ~4 MEANS|gun|arma|pistola|roof|azotea|bridge|puente|takes', 'nudo|noose|knot ~3 horca|hang|hanging', 'noose|horca', 'know|se|sé ~2 which|cual|what|que ~1 bridge|overpass|puente|building|edificio|roof|azotea|tracks|vias', 'left|deje ~1 everything|todo ~2 to|para|arreglado|listo', 'not|no ~2 for|para|es ~2 protection|anything|nada|defend*|defenderme|bueno', 'MEANS ~6 todas|all|together|juntas|with|con ~3 vodka|alcohol|booze|cerveza|beer|botella|bottle', 'antifreeze|anticongelante|cloro|bleach|veneno|poison ~4 with|con|drink|tomar|beber', 'spit*|escup* ~6 MEANS|medicina|pastilla|meds', 'knife|cuchillo|razor|navaja ~6 done|ready|listo|room|cuarto'], negative: true, unless: 'nurse|enfermera|doctor|prescribed|pharmacy|farmacia|refill|rats|ratas|ants|hormigas|cleaning|limpiar|limpieza|kitchen|cocina|cook*|cocin*|chef|dog|perro|cat|gato|vet|vaccine|vacuna|protection|proteccion|picture|photo' },
  { id: 'self-harm-more', severity: 'concern', patterns: ['cut|cutting|cortadas|cortes|cuts ~6 again|more|mas|relaps*|reca*|hid*|escond*|sleeves|manga', 'relapsed|recai|recaí ~3 on|en|con ~2 cutting|cortadas|cortarme|cutting', 'make|hago ~1 myself|me ~1 hurt|dano|sangrar', 'opened|abri ~2 them|las|scars|heridas ~2 again|otra', 'used|use|usé ~5 on|en ~1 my|mi ~1 arm|wrist|leg|muneca|brazo|pierna', 'me ~1 estoy ~1 lastimando|cortando|quemando', 'castigarme|punish ~1 myself', 'hasta|till|until ~1 sangrar|bleed|bled', 'capaz|might|maybe ~2 me ~1 corto|cut', 'cortarme|cutting|cortar ~3 calma|calms|helps|ayuda', 'picking|pick ~3 wounds|heridas|scabs|costras', 'NEG ~1 confio|trust ~3 myself|mi|me'], negative: true, unless: `${ACCIDENT}|hair|pelo|coupons|cupones|grass|pasto|ties|lazos|sugar|azucar|carbs|class|clase|budget|presupuesto` },
  { id: 'relapse-more', severity: 'urgent', patterns: ['NEG ~2 to ~1 get ~1 high|out', 'looking|buscando ~2 to ~1 die|morir', 'die|morir ~2 high|drogado|drogada', 'lock|cerrar ~2 door|puerta', 'gram|gramo|bolsa|pase ~6 all|todo|toda|once|vez', 'drinking|drink|tomar|bebiendo ~1 myself|me ~2 death|muerte|morir', 'tanto ~2 que ~2 mate|muera|acabe', 'NEG ~2 pienso|planning|plan ~2 volver|regresar|come|coming', 'quiero|want ~2 ir|irme|go ~2 verdad|real|all|forever', 'por ~1 eso ~1 mismo', 'because|por ~2 of ~1 that|eso'], negative: true, unless: 'home|casa|school|escuela|work|trabajo|car|keys|llaves|bathroom|bano|baño|cold|frio|noise|ruido|lol|jaja' },
  // Abuse and violence towards the resident.
  { id: 'abuse', severity: 'urgent', patterns: ['ACTOR ~5 ABUSE_ACT ~2 me|my', 'ABUSE_ACT ~1 me ~2 ACTOR', 'raped|rape|molested|molest|violada|violado|violaron|violo|assaulted|ataco|abuso|abusaron', 'forc*|made|makes|make|making|oblig*|forz* ~2 me|himself|herself|se ~3 do|have|sleep|sex|hacer|tener|relaciones|dormir|things|cosas|stuff|on', 'me ~1 peg*|golpe*|oblig*|ahorc*|amenaz*|forz*|cachete*|pate*|empuj*|encierr*|encerr*|arrincon*|maltrat*|avient*|viol*', 'ACTOR ~10 me ~1 toca|tocaba|toco|tocan|tocaron|tocando|agarro|agarra|ataco', 'me ~1 sigue|siguen ~1 tocando', 'threat*|amenaz* ~5 kill|hurt|matar|mata|lastimar|me', 'says|said|dice|dijo ~6 kill|hurt|mata|matar|lastimar ~1 me|my|mis', 'ACTOR ~3 INTENT ~2 hurt ~1 me|my', 'knows|sabe ~2 where|donde ~2 i|vivo|live', 'abus* ~2 de ~1 mi', 'dice|dijo|says|said ~4 si|if ~6 me ~1 mata|matar|hurt|kill|kills', 'ACTOR ~6 in|into|en ~1 my|mi ~1 bed|cama', 'scared|afraid|miedo ~4 home|casa|go|ir'], unless: `${GAME}|${IDIOM}|heart|corazon|feelings|sentimientos|laugh|reir|risa|gripa|flu|sol|lluvia|ansiedad|turno|limpiar|cocinar|lavar|hug|abrazo|tickle|cosquillas|dinner|cena|lunch|comida|cake|pastel|pillow|almohada` },
  // Threats to others.
  { id: 'threat', severity: 'urgent', patterns: ['INTENT ~3 THREAT_ACT ~3 OTHER|my|mi|that|this|ese|esa|a', 'lo|la|le|los ~1 voy|vamos ~1 a ~1 THREAT_ACT|meter|dar', 'bring*|traer*|traigo|regreso|llevo|llevar* ~4 knife|gun|pistola|arma|cuchillo|navaja|bat|bate|fierro', 'going|gonna|va|van ~2 to|a ~1 pay|pagar|arrepentir*', 'get|got ~1 back ~1 at', 'revenge|venganza|desquit*|vengar*', 'make|hacer ~2 him|her|them|pagar|pay', 'gonna|going|will ~3 get ~1 hurt', 'stab*|shoot|apunal*|balear|madrear|atropell* ~3 him|her|them|lo|la|le|guy', 'DESIRE ~2 kill|matar|hurt|lastimar|stab|apunalar ~2 my|mi|that|ese|esa|him|her|a', 'make|hacer ~3 regret|arrepentir*', 'coming|voy|ire ~1 for|por ~1 him|her|them|el|ella', 'watch ~2 back|espalda', 'see|vea|veo ~3 him|lo|la|her ~3 dead|muerto|muerta', 'dead|muerto ~4 see|vea|veo', 'lo|la|le ~0 apunalo|mato|pego|parto|quemo|rajo'], with: 'INTENT|SELF|OTHER|if|si|swear|juro', unless: `${GAME}|time|tiempo|hunger|hambre|craving|cravings|antojo|ganas|pain|dolor|habit|habito|addiction|adiccion|boredom|aburrimiento|mosquito|bug|bugs|fly|mosca|cucaracha|spider|arana|weeds|plants|photo|video|fun|song|cancion|karaoke|lol|jaja|haha|weight|peso|food|comida|pizza|gym|workout|dance|baile` },
  // Wider wordings: threats in the house's own words, abuse told plainly, dates and goodbyes.
  { id: 'threat-more', severity: 'urgent', patterns: [
    `INTENT|could|podria|will|ill ~3 ${HARM} ~4 ${VICTIM}|anyone|anybody|everyone|whoever|cualquiera|todos`,
    `INTENT|DESIRE ~6 kill|stab|shoot|hurt|beat|murder|choke|strangl*|punch|attack|poison|matar|matarlo|matarla|apunal*|balear|lastimar|golpear|ahorcar|acuchill*|envenen*|rajar|madrear ~2 ${VICTIM}|al`,
    `make|hacer ~1 him|her|them|lo|la ~1 pay|pagar`, `me ~1 la|las ~2 pagar|paga|pagan|pagas`,
    `NEG ~3 see|ver ~1 it|venir ~1 coming`, `NEG ~2 lo|la ~2 ver ~1 venir`,
    `next|proximo|proxima|whoever|anyone|cualquiera ~8 hospital|morgue|dead|muerto|muerta|lastimad*`,
    `NEG ~3 volver ~1 a ~1 caminar|respirar|hablar|robar`, `NEG ~2 walk|breathe|talk ~1 again`,
    `set ~3 on ~1 fire`, `prender*|prendo|quemar|quemo ~3 fuego|casa|cuarto|house`,
    `watch ~2 backs|espaldas`, `hacer|hago ~1 sangrar|bleed`,
    `lo|la|le|los ~1 voy|vamos ~1 a ~1 rajar|sangrar|picar|partir|esperar|caer`, `le ~1 caemos|caigo|caen`,
    `next|proxima|proximo ~1 time|vez|person|one|guy|tipo|que ~10 ${HARM} ~2 ${VICTIM}|anyone|them`,
    `next|proxima|proximo|si|if ~10 lo|la|le|los ~0 mato|pego|parto|rompo|pico|rajo|apunalo|lastimo|quemo|golpeo|ahorco|balaceo|madreo|quiebro`,
    `gonna|going|va|van|will ~3 get|salir|end|terminar|acabar|termina ~3 hurt|lastimad*|hospital|morgue|killed`,
    `termina|terminan|acaba ~2 en ~1 el ~1 hospital|morgue|panteon`,
    `has|have|tiene ~1 it ~1 coming`, `whats ~1 coming ~2 to ~1 ${VICTIM}`,
    `${VICTIM}|ACTOR|you ~3 INTENT|va|van ~3 regret|arrepentir*`,
    `beat|kick|knock ~2 crap|shit|hell|life|daylights|snot ~1 out`, `partir|parto|partirle|romper|rompo|romperle|quiebro ~2 madre|cara|hocico|jeta|cuello|crisma|piernas|costillas`,
    `DESIRE|INTENT|ganas ~3 matarlo|matarla|matarlos|matarlas|apunal*|golpearlo|golpearla|lastimarlo|lastimarla|ahorcarlo|ahorcarla|quemarlo|quemarla|quemarlos|romperle|partirle|pegarle|balearlo|envenenarlo|envenenarla|picarlo|rajarlo`,
    `think*|imagin*|dream*|pienso|imagino|fantas* ~3 about|en|con ~1 kill*|strangl*|chok*|stab*|shoot*|hurt*|matar|ahorcar|apunal*|lastimar ~2 ${VICTIM}|my|mi|that|ese|esa|the|al|a`,
    `set|prender*|prendo|le ~2 fire|fuego ~6 house|casa|room|cuarto|car|carro|everyone|todos|with|con|them`,
    `shoot|balacear ~1 up ~2 the|this|that|la|el ~2 meeting|hall|house|place|school|office|group|room|casa|junta|grupo|oficina`,
    `poison|envenen* ~3 the|la|el|his|her|su|sus ~2 coffee|food|drink|cafe|comida|bebida|agua|water`,
    `bring*|traer*|traigo|llevo|llevar* ~4 piece|strap|cuete|filero|machete|blade|filoso|fierro`,
  ], unless: `${GAME_NAMES}|movie|pelicula|film|news|noticia*|book|libro|novel*|serie|episode|episodio|hunger|hambre|craving*|antojo|lol|jaja|haha|weight|peso|food|comida|pizza|dance|baile|sick|enfermo|enfermedad|surgery|cirugia|appointment|cita|bugs|mosquito*|cucaracha*|weeds` },
  { id: 'abuse-more', severity: 'urgent', patterns: [
    'me ~1 agarr*|quem*|manose*|cachete*|ahorc*|pate*|jalone*|escup*|estrell*|azot*|avent*|peg*|golpe*|empuj*|arrincon*|maltrat*|amenaz*',
    'me ~1 vend* ~3 a|con ~1 sus|sus|amigos|otros|hombres|tipos',
    'ACTOR ~5 beat|beats|hit|hits|hitting|push*|shov*|kick*|punch*|slap*|chok*|hurt*|rape*|grab*|touch*|grop*|throw*|threw ~2 me|my',
    'takes|took|quita|quito|quitan ~2 my|mi|mis|el ~1 money|dinero|check|cheque|phone|celular|id|papers|papeles|documentos ~8 says|dice|dijo|threat*|amenaz*|nobody|nadie|scared|miedo|hits|pega|if|si',
    'nobody|nadie ~3 believe|believes|creer|cree|creeria ~1 me',
    'pay|pagar|pague|pago ~4 with|con ~1 sex|sexo|body|cuerpo', 'sex|sexo ~4 for|por ~2 rent|renta|room|cuarto|drugs|drogas|money|dinero|place',
    'tio|papa|padrastro|esposo|marido|novio|novia|pareja|ex|alguien|tipo|vato|senor|hombre|primo|hermano|abuelo|jefe|vecino|companero|personal|ella ~3 me ~1 toc*|manose*',
    'me ~1 toc*|toqu*|manose* ~3 mientras|cuando ~2 dorm*|banaba|estaba',
    'ACTOR ~5 burn*|bite|bites|bit|pin*|drag*|smack*|whip*|stomp*|spit*|choke*|strangl*|slapp* ~2 me|my',
    'come|comes|coming|came|sneak*|entra|entro|mete|metio|se ~3 into|in|to|a|en ~1 my|mi ~1 room|bed|cuarto|cama',
    'ACTOR ~4 asking|asks|pide|pidiendo|wants|quiere ~3 sex|sexo|nudes|fotos|favors|favores',
    'dice|dijo|amenaza|amenazo|threaten* ~3 que|to ~1 me ~1 va|iba ~1 a ~1 matar|lastimar|pegar|golpear|violar|quemar|ahorcar',
  ], with: 'ACTOR|alguien|tipo|senor|vato|someone|somebody|guy|sigue|siguen|keeps|dormia|sleeping|miedo|scared|cabeza|head|botella|bottle|pared|wall|landlord|casero|says|dice|dijo|said', unless: `${GAME_NAMES}|turno|lavar|limpiar|cocin*|cook*|platos|alberca|pool|lluvia|rain|sueno|gripa|cancion|song|hambre|risa|frio|calor|trafico|policia|cop|cops|trapear|barrer|sol|sun|estufa|stove|plancha|cafe|coffee|comida|food|sopa|agua|aceite|sarten|horno|oven|puerta|door|timbre|hombro|mano|hand|hug|abrazo|tickle|cosquillas|dog|perro|cat|gato|puppy|kitten|baby|bebe|charger|cargador|ropa|clothes|stuff|cosas|turn|lol|jaja|haha` },
  { id: 'time-date', severity: 'urgent', patterns: [
    'after|despues|cuando|when|once ~8 lo|it ~1 voy|hago|hare|acabo|termino|do|doing|gonna|going|end',
    'after|despues|cuando|when|once ~8 INTENT ~3 do|doing|hacer ~1 it|lo',
    'TIME ~3 lo|it ~1 acabo|termino|end|hago|hare',
  ], with: 'todos|everyone|everybody|nobody|nadie|asleep|duerm*|dormidos|sleeping|cumpleanos|birthday|navidad|christmas|final|ready|listo|lista|decid*|DIE|MEANS', unless: `lol|haha|jaja|jk|movie|pelicula|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|exam|examen|paperwork|call|llamar|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|meeting|reunion|dinner|cena|gift|regalo|cake|pastel|party|fiesta|decor*|${GAME_NAMES}` },
  { id: 'time-make-it', severity: 'concern', patterns: ['NEG|wont ~3 make|llegar|llego|last|durar|dure ~2 it|a|to|al|hasta|till|until|past ~3 christmas|navidad|birthday|cumpleanos|week|semana|month|mes|year|ano|weekend|tomorrow|manana'], unless: 'group|grupo|class|clase|meeting|appointment|cita|court|corte|work|trabajo|party|fiesta|dinner|cena|money|dinero|rent|renta|pay|paga|cheque|check|sueldo|bus|ride|traffic|late|tarde|food|comida|groceries|despensa|phone|celular|battery|bateria|milk|leche|visit|visita|game|partido|show' },
  { id: 'farewell-wide', severity: 'urgent', negative: true, patterns: [
    'ultim* ~1 publicacion|mensaje|post|palabras|share|carta|despedida',
    'NEG ~2 be|esten|estes|sean ~1 sad|tristes|triste ~3 for|por ~1 me|mi',
    'NEG ~2 cry|llor*|mourn|grieve ~3 for|por ~1 me|mi',
    'quedense|quedate|keep ~2 con|with ~1 mis|mi|my',
    'se ~1 las|los ~1 den|regalen|queden',
  ], unless: 'movie|pelicula|show|serie|game|juego|trip|viaje|vacation|vacaciones|luego|later|next|proxima|proximo|hello|hola|tomorrow|manana|week|semana|weekend|shift|turno|cold|resfriado|team|equipo|change|cambio|keys|llaves|note|nota|receipt|recibo|change' },
  { id: 'peace-gone', severity: 'concern', patterns: ['finally|fin ~4 going|voy|vaya|be|estar|estare|rest|descansar ~2 at|en ~1 peace|paz', 'finally|fin ~3 rest|descansar ~2 forever|siempre|peace|paz'], with: 'SELF|NEG|gone|ya', unless: 'casa|house|home|apartment|depa*|move|mudo|mudanza|program|programa|court|corte|case|caso|job|trabajo|shift|turno|vacation|vacaciones|nap|siesta|bed|cama|weekend|quiet|silencio|kids|ninos|roommate|companero|past|pasado|myself|conmigo|mismo|misma|god|dios|decision|decidi' },
  { id: 'hopeless-wide', severity: 'concern', patterns: [
    'nothing|nada ~6 better|mejorar|mejore|change|cambiar|cambie|improve',
    'NEG ~3 way|forma|manera|modo|salida ~3 out|up|salir|escape|escapar',
    'NEG ~2 see|veo|imagino|picture ~1 myself|me ~3 making|llegando|getting|llegar|old|viejo|vieja|another|otro|otra',
    'NEG ~2 see|veo ~1 myself|me ~2 here|aqui|around ~3 longer|much|mas|mucho',
    'stuck|trapped|atorad*|atrapad*|hundid* ~4 hole|hoyo|pozo|agujero|dark*|oscur*',
    'run|ran|running|quede ~1 out|sin ~2 of|de ~1 reasons|razones|fuerzas|strength|hope|esperanza',
  ], unless: 'than|team|equipo|game|partido|season|temporada|score|weather|clima|wifi|printer|phone|telefono|lol|jaja|haha|job|trabajo|remote|tv|washer|lavadora|computer|internet|bus|camion|store|tienda|traffic|trafico|money|dinero|milk|leche|coffee|cafe|toilet|paper|papel|gas|battery|bateria|ideas|patience|paciencia|elevator|ascensor|parking' },
  { id: 'hit-me', severity: 'concern', patterns: ['DESIRE|ojala ~5 car|carro|bus|camion|truck|troca|train|tren|someone|alguien ~3 hit*|atropell*|run|kill*|mat* ~1 me|over|ya', 'DESIRE|ojala ~2 me ~1 atropell*|maten|mate|muera', 'car|bus|truck|train|carro|camion|tren ~2 hit|hits|hitting ~1 me'], unless: 'lol|jaja|haha|joke|chiste|late|tarde|stop|parada' },
  { id: 'vanish-fine', severity: 'concern', negative: true, patterns: ['if|si ~3 vanish*|disappear*|died|die|desaparec*|muriera|muero|fuera|gone|voy|leave|left ~8 BETTER|nobody|nadie|everyone|everybody|todos|igual|sufrir|suffer|notice|cuenta'], with: 'SELF', unless: 'house|casa|town|ciudad|program|programa|job|trabajo|group|grupo|party|fiesta|room|cuarto|weekend|vacation|vacaciones|trip|viaje|early|temprano|phone|celular' },
  { id: 'means-every', severity: 'urgent', patterns: ['INTENT|DESIRE ~4 MEANS|frasco|bottle|caja|box ~2 entero|entera|completo|completa', 'INTENT|DESIRE ~3 take|tomar|tomarme|swallow|trag* ~2 every|todas|all|whole|entire ~3 MEANS|pill*|pastill*|bottle|frasco|botella', 'every|todas ~2 MEANS ~4 cabinet|botiquin|bottle|frasco|once|vez'], unless: 'nurse|enfermera|prescribed|doctor|morning|breakfast|dinner|routine|rutina|desayuno|cena|vitamin*|schedule|horario|like|como ~1 always|siempre' },
  { id: 'time-vague', severity: 'urgent', patterns: [
    'TIME ~6 it|todo|all|everything|esto ~3 over|acab*|termin*|ends|ended|done',
    'it|todo|all|everything ~3 over|acab*|termin* ~6 TIME',
    'TIME ~6 lo ~1 hago|hare|haga|hacemos',
    'lo ~1 hago|hare ~6 TIME',
    'TIME ~6 INTENT|ill ~2 do|doing|hacer ~1 it|lo',
  ], with: 'DIE|MEANS|decid*|ready|listo|lista|promet*|promis*|picked|escogi|elegi|final|forever|siempre|nobody|nadie|everyone|everybody|todos|asleep|dorm*|dormidos|goodbye|adios|gone|calm|tranquil*|alone|sola|solo|quiet|callad*', unless: `${IDIOM}|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|exam|examen|test|paperwork|call|llamar|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|meeting|reunion|dinner|cena|gift|regalo|cake|pastel|party|fiesta|decor*|move|mudanza|surgery|cirugia|court|corte|case|caso|program|programa|treatment|tratamiento|detox|withdrawal|storm|tormenta|season|temporada|semester|${GAME_NAMES}` },
  { id: 'time-set', severity: 'urgent', patterns: [
    'TIME ~3 is|es|sera ~1 the|el|la ~1 day|dia|night|noche|date|fecha',
    'it|lo ~3 planned|planeado|planeada|set|listo ~3 for|para',
    'TIME ~5 be|ser|sera|is|es ~2 my|mi|la|el ~1 last|ultim*',
    'nobody|nadie ~5 find|encontrar|encuentre ~2 me ~2 breathing|respirando|alive|vivo|viva',
    'find|encuentren|encontrar ~1 me ~2 dead|muerto|muerta|frio|fria|cold', 'nadie ~2 me ~3 encontrar|encuentre|ver|vea ~1 respirando|vivo|viva',
    'go|going|gonna|went ~1 through ~1 with ~1 it', 'llevar*|llevo ~2 a ~1 cabo',
  ], with: 'set|listo|lista|ready|decid*|todo|everything|final|plan*|SELF|nobody|nadie|last|ultim*', unless: `${IDIOM}|bbq|carne|asada|recital|party|fiesta|wedding|boda|graduation|graduacion|surgery|cirugia|operation|operacion|move|mudanza|job|trabajo|shift|turno|class|clase|program|programa|court|corte|interview|entrevista|trip|viaje|vacation|vacaciones|sober|sobria|sobrio|first|primera|primer|semester|season|temporada|${GAME_NAMES}` },
  { id: 'thats-it', severity: 'concern', patterns: ['thats|that ~1 it ~2 for ~1 me', 'se ~1 acabo ~2 para ~1 mi'], unless: 'today|hoy|tonight|food|comida|drinks|coffee|cafe|week|semana|lol|jaja' },
  { id: 'farewell-gift', severity: 'urgent', negative: true, patterns: [
    'nice|good|bonito|lindo|gusto ~2 knowing|conocer*|conocerlos|conocerlas ~1 you|all|everyone|yall|todos|ustedes',
    'give|denle|dale|den|entreguen|regalenle ~1 my|mi|mis ~3 to|a',
    'said|pedi|asked|apologiz* ~3 sorry|perdon|forgiveness ~3 everyone|todos|everybody',
    'last|ultimo|ultima ~1 thing|que|words|palabras ~4 say|decir|tell|decirles|escribir|write',
    'loved ~1 you ~1 all|guys|yall|both', 'los|las ~1 quise|ame ~2 todos|todas|ustedes|siempre',
  ], with: 'better|mejor|wont|ya|need|necesit*|keep|quede|quedense|forever|siempre|anymore|cuiden|care|ready|listo|lista|goodbye|adios|final|peace|paz|SELF|los|las|all|todos|everyone|you', unless: 'regards|saludos|thanks|number|numero|email|correo|plate|plato|tray|charola|kitchen|cocina|volunteer*|voluntari*|leaves|moving|intern*|practicante*|retire*|jubil*|meeting|group|junta|grupo|class|clase|today|hoy|grandma|grandpa|abuela|abuelo|mom|mama|dad|papa|dog|perro|funeral|grave|tumba|passed|murio' },
  { id: 'means-spot', severity: 'urgent', patterns: [
    'found|encontre|picked|escogi|chose ~4 spot|place|lugar|sitio ~6 roof|azotea|bridge|puente|nobody|nadie|tracks|vias|building|edificio|woods|monte|high|alto|cliff|barranco',
    'cord|cable|rope|cuerda|soga|belt|cinturon|sheet|sabana ~8 door|puerta|beam|viga|closet|rod|tubo|ceiling|techo|hook|gancho|tree|arbol',
    'how|cuanta|cuantas|cuanto|cuantos|calcul*|figur* ~3 MEANS ~4 do|hacer|take|falta|need|necesit*|kill|matar|enough|suficient*|it',
    'taking|tomo|tomar|tomarme|take|swallow* ~2 everything|todo|all ~4 saved|guarde|guardado|guardadas|stash*|hid|escond*',
  ], with: 'SELF|nobody|nadie|need|necesito|have|tengo|ready|listo|lista', unless: 'fireworks|cohetes|sun|sol|view|vista|stars|estrellas|smoke|fumar|read|leer|pray|orar|dinner|cena|breakfast|desayuno|meal|comida|food|sugar|azucar|carbs|doctor|nurse|enfermera|charger|cargador|phone|celular|tv|tele|laundry|ropa|clothes|lamp|lampara|plant*|planta*|paint*|pint*|hammock|hamaca|swing|columpio' },
  { id: 'never-out', severity: 'concern', patterns: ['never ~2 get|getting ~0 out ~1 of ~1 this|here|it', 'nunca ~2 salir|salgo|voy ~2 de ~1 esto|aqui|este|esta'], unless: 'jail|prison|carcel|debt|deuda|deudas|chat|traffic|trafico|bed|cama|line|fila|meeting|junta|class|clase|lol|jaja|haha|head|cabeza|song|cancion' },
  { id: 'use-to-die', severity: 'urgent', patterns: [
    'until|till|hasta ~2 i|que ~1 dont|no ~1 wake|despierte', 'let|que ~1 it|me ~1 take|lleve ~1 me|ya',
    'it|eso|que ~1 finishes|finish|acabe|termine ~1 me|conmigo', 'get|hacerlo ~1 it ~1 right|bien',
    'die|muero ~1 i|me ~1 die|muero', 'pare|stop|stops ~2 el|my ~1 corazon|heart',
  ], with: 'MEANS|use|using|consum*|drink*|tomar|high|drog*|INTENT|DESIRE|dealer|dope|fent*|polvo|bag|bolsa|inyect*|shoot|pase|od|overdos*|sobredos*|hope|ojala|plan*', unless: 'lol|jaja|haha|movie|pelicula|game|juego|scare|susto|exam|alarm|alarma|oversleep' },
  { id: 'time-count', severity: 'urgent', patterns: [
    'my|mi ~1 time|hora ~2 is|has|ha|llego|llegado ~1 up|come|llegado', 'llego ~1 mi ~1 hora',
    'countdown|cuenta ~1 regresiva', 'last|ultimo|ultima ~1 sunrise|sunset|amanecer|atardecer',
    'before|antes ~3 sun|sol ~2 comes|rises|sale|salga', 'antes ~2 que ~1 amanezca',
    'one|un|una|just ~2 more|mas ~1 day|night|week|dia|noche|semana ~4 then|luego|despues|and|y ~3 gone|done|over|ya|voy|go|me|se|im',
    'in|en ~2 days|hours|dias|horas ~6 gone|over|done|acab*|termin*|estar|estare|matter|importar|importa',
  ], with: 'SELF|ya|nobody|nadie|anymore|forever|siempre|final|todo|everything', unless: `${IDIOM}|work|trabajo|job|shift|turno|vacation|vacaciones|weekend|off|libre|descanso|payday|home|casa|school|escuela|class|clase|program|programa|treatment|tratamiento|detox|probation|court|corte|sentence|condena|diet|dieta|sober|sobrio|sobria|clean|limpio|limpia|graduat*|gradu*|exam|examen|party|fiesta|${GAME_NAMES}` },
  { id: 'farewell-remember', severity: 'urgent', negative: true, patterns: [
    'no ~1 me ~1 olviden|olvides', 'dont|never ~1 forget ~1 me', 'watch ~2 over ~1 you|yall|all', 'desde ~1 arriba|alla|el ~1 cielo',
    'end ~3 road|line ~2 for ~1 me', 'fin ~2 camino ~2 para ~1 mi', 'signing ~1 off ~1 for|forever|permanently',
    'sorry|perdon|perdonen ~2 for|por ~1 everything|todo ~6 love|quiero|quise|goodbye|adios|siempre|forever|cuiden|gracias|thank*|bye',
  ], unless: 'movie|pelicula|song|cancion|show|serie|game|juego|noise|ruido|mess|tiradero|late|tarde|luego|later|tomorrow|manana|grandma|grandpa|abuela|abuelo|mom|mama|dad|papa|dog|perro|funeral|grave|tumba|passed|murio|birthday|cumple|meeting|junta|group|grupo' },
  { id: 'plan-ready', severity: 'urgent', patterns: [
    'know|se ~2 how|como|where|donde ~2 id|would|haria|hare|lo ~1 do|haria|hare|hacer|hacerlo',
    'MEANS|it|la|lo ~3 loaded|cargad*|sharpen*|afilad*|tested|probad*|hidden|escondid*',
    'loaded|cargue|sharpened|afile|tested|probe|hid|escondi ~4 MEANS',
    'blade|blades|navaja*|hoja|hojas ~5 sharpener*|sacapuntas|rastrillo*|razor*', 'sharpener*|sacapuntas ~5 blade|blades|navaja*|hoja|hojas',
    'garage|cochera ~6 engine|motor|running|encendido|prendido', 'engine|motor ~6 garage|cochera',
  ], with: 'SELF|nobody|nadie|DIE|MEANS', unless: 'kitchen|cocina|cook*|cocin*|hunting|caza|range|tiro|chef|vegetables|verduras|accident*|mechanic|mecanico|fix*|arregl*|oil|aceite|repair|school|escuela|homework|tarea|art|arte|craft*|manualidad*|recipe|receta|game|juego|puzzle|rompecabezas|cake|pastel|phone|celular|battery|bateria' },
  { id: 'veins', severity: 'urgent', patterns: ['knife|cuchillo|navaja*|blade|razor|cut*|cort*|abrir*|abro|slit|open* ~4 venas|veins|vein|vena|wrist|wrists|muneca|munecas', 'venas|veins ~4 knife|cuchillo|navaja*|blade|razor|cortar*|abrir*'], with: 'SELF|INTENT|DESIRE|pienso|think*', unless: `${ACCIDENT}|doctor|nurse|enfermera|draw|test|analisis|iv|suero|vaccine|vacuna|tattoo|tatuaje|movie|pelicula|song|cancion|amor|love` },
  { id: 'farewell-last-word', severity: 'urgent', negative: true, patterns: [
    'last ~1 time ~4 hear|hearing ~2 from ~1 me', 'ultima ~1 vez ~2 que ~2 me ~1 ven|veran|vean|oyen|oiran|leen|lean|leeran', 'ultima ~1 vez ~2 que ~1 escribo|publico|escriba',
    'have|tengan|tengas ~2 good|nice|buena|bonita ~1 life|lives|vida|vidas',
    'love ~1 you ~1 all ~3 always|forever', 'los|las ~1 quiero|amo ~2 todos|todas ~3 siempre',
    'my|mis|mi ~1 stuff|things|cosas|ropa|clothes ~2 goes|go|van|son ~1 to|para|a',
  ], with: 'SELF|when|cuando|after|despues|gone|ya|wont|anymore|always|siempre|forever', unless: 'donat*|donacion|church|iglesia|shelter|albergue|laundry|lavanderia|storage|bodega|moving|mudanza|move|mudo|luego|later|tomorrow|manana|week|semana|wedding|boda|graduat*|gradu*|leaving|retire*|jubil*|volunteer*|voluntari*|birthday|cumple*|christmas|navidad' },
];

type Matcher = (token: Token) => boolean;

function compileSlot(words: { en: readonly string[]; es: readonly string[] }): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const en = new Set<string>();
  const es = new Set<string>();
  const add = (entry: string, stem: (w: string) => string, stems: Set<string>) => {
    if (entry.startsWith('=')) exact.add(entry.slice(1));
    else if (entry.endsWith('*')) prefixes.push(entry.slice(0, -1));
    else {
      exact.add(entry);
      stems.add(stem(entry));
    }
  };
  for (const entry of words.en) add(entry, stemEnglish, en);
  for (const entry of words.es) add(entry, stemSpanish, es);
  return (token) =>
    token.forms.some((form) => exact.has(form) || prefixes.some((p) => form.startsWith(p))) ||
    token.stemEn.some((s) => en.has(s)) ||
    token.stemEs.some((s) => es.has(s));
}

/** Each word's slots are worked out once per share, however many patterns ask. */
let matcherCount = 0;
function memoised(matcher: Matcher): Matcher {
  const id = matcherCount++;
  return (token) => {
    token.known ??= new Uint8Array(matcherCount);
    const known = token.known[id];
    if (known) return known === 2;
    const found = matcher(token);
    token.known[id] = found ? 2 : 1;
    return found;
  };
}

const SLOT_MATCHERS = new Map<string, Matcher>(Object.entries(SLOTS).map(([name, words]) => [name, memoised(compileSlot(words))]));

/** One element: alternatives of slots and words. */
function compileElement(text: string): Matcher {
  const slots: Matcher[] = [];
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of text.split('|')) {
    const alt = raw.startsWith('=') ? raw.slice(1) : raw;
    const slot = SLOT_MATCHERS.get(alt);
    if (slot) slots.push(slot);
    else if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else words.add(alt);
  }
  return memoised((token) =>
    token.forms.some((form) => words.has(form) || prefixes.some((prefix) => form.startsWith(prefix))) || slots.some((slot) => slot(token)),
  );
}

interface Step {
  matches: Matcher;
  /** Words allowed between the previous element and this one. */
  gap: number;
}

interface CompiledPattern {
  steps: Step[];
  /** The pattern names its own negation, so a negation does not cancel it. */
  negated: boolean;
}

function compilePattern(text: string): CompiledPattern {
  const steps: Step[] = [];
  let gap = 0;
  for (const part of text.split(' ').filter((p) => p !== '')) {
    if (part.startsWith('~')) gap = Number(part.slice(1));
    else {
      steps.push({ matches: compileElement(part), gap });
      gap = 0;
    }
  }
  return { steps, negated: /(^|\||\s)(NEG|never|not|no|nunca|nobody|nadie|wont|without|sin)(\||\s|$)/.test(text) };
}

interface CompiledRule {
  rule: Rule;
  patterns: CompiledPattern[];
  with?: Matcher;
  unless?: Matcher;
}

const compileContext = (text: string | undefined) => (text === undefined ? undefined : compileElement(text));

const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map(compilePattern),
  with: compileContext(rule.with),
  unless: compileContext(rule.unless),
}));

const isNegation = SLOT_MATCHERS.get('NEG') as Matcher;

/** Where the pattern matches from `start`, or -1: the end of the first way it fits. */
function matchFrom(tokens: readonly Token[], steps: readonly Step[], index: number, position: number, sentence: number, inClause: boolean): number {
  const step = steps[index];
  if (!step) return position;
  const earliest = index === 0 ? position : position + 1;
  const latest = index === 0 ? position : position + 1 + step.gap;
  for (let at = earliest; at <= latest && at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.sentence !== sentence || (inClause && index > 0 && token.pause)) break;
    if (!step.matches(token)) continue;
    const end = matchFrom(tokens, steps, index + 1, at, sentence, inClause);
    if (end >= 0) return end;
  }
  return -1;
}

/** A negation just before the match, or inside it, in the same sentence and not past a pause. */
function negatedAt(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  for (let at = start; at <= end; at++) if (at > start && isNegation(tokens[at] as Token)) return true;
  for (let at = start; at >= Math.max(0, start - NEGATION_REACH); at--) {
    const token = tokens[at] as Token;
    if (token.sentence !== sentence) break;
    if (at < start && isNegation(token)) return true;
    if (token.pause) break;
  }
  return false;
}

/** Where each sentence's words start and end in the share, so a sentence is searched, not the share. */
const sentenceRanges = new WeakMap<readonly Token[], Map<number, [number, number]>>();
function rangeOf(tokens: readonly Token[], sentence: number): [number, number] {
  let ranges = sentenceRanges.get(tokens);
  if (!ranges) {
    ranges = new Map();
    tokens.forEach((token, i) => {
      const range = ranges?.get(token.sentence);
      if (range) range[1] = i + 1;
      else ranges?.set(token.sentence, [i, i + 1]);
    });
    sentenceRanges.set(tokens, ranges);
  }
  return ranges.get(sentence) ?? [0, 0];
}

function sentenceHas(tokens: readonly Token[], sentence: number, matcher: Matcher): boolean {
  const [start, end] = rangeOf(tokens, sentence);
  for (let i = start; i < end; i++) if (matcher(tokens[i] as Token)) return true;
  return false;
}

export interface PatternHit {
  rule: string;
  severity: CrisisSeverity;
}

/** Disclosures of abuse and threats stay crisis even told in the past tense; the rest may be recovery talk. */
const PAST_MAY_CLEAR = new Set(RULES.filter((rule) => !['abuse', 'threat', 'farewell', 'farewell-more', 'abuse-more', 'farewell-wide', 'farewell-gift', 'farewell-remember', 'farewell-last-word'].includes(rule.id)).map((rule) => rule.id));
const isPast = SLOT_MATCHERS.get('PAST') as Matcher;
const isNow = SLOT_MATCHERS.get('NOW') as Matcher;
const isAsked = SLOT_MATCHERS.get('ASKED') as Matcher;

/** "antes de que" is "before", not "in the past". */
const isPastWord = (token: Token, next: Token | undefined) => isPast(token) && !(token.word === 'antes' && next?.word === 'de');

function pastOnly(tokens: readonly Token[], sentence: number): boolean {
  const [start, end] = rangeOf(tokens, sentence);
  let past = false;
  for (let i = start; i < end && !past; i++) past = isPastWord(tokens[i] as Token, tokens[i + 1]);
  return (past && !sentenceHas(tokens, sentence, isNow)) || sentenceHas(tokens, sentence, isAsked);
}

export function patternHitsInTokens(tokens: readonly Token[]): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const { rule, patterns, with: needs, unless } of COMPILED) {
    const pastMayClear = PAST_MAY_CLEAR.has(rule.id);
    const found = patterns.some((pattern) =>
      tokens.some((token, start) => {
        const end = matchFrom(tokens, pattern.steps, 0, start, token.sentence, rule.clause === true);
        if (end < 0) return false;
        if (!rule.negative && !pattern.negated && negatedAt(tokens, start, end)) return false;
        if (needs && !sentenceHas(tokens, token.sentence, needs)) return false;
        if (pastMayClear && pastOnly(tokens, token.sentence)) return false;
        return !(unless && sentenceHas(tokens, token.sentence, unless));
      }),
    );
    if (found) hits.push({ rule: rule.id, severity: rule.severity });
  }
  return hits;
}

/** Every crisis pattern the text matches, with the severity each one carries. */
export function crisisPatternHits(text: string): PatternHit[] {
  return patternHitsInTokens(tokenize(text));
}

/** Whether a word belongs to a slot, for the classifier's features. */
export const slotMatcher = (slot: Slot): Matcher => SLOT_MATCHERS.get(slot) as Matcher;

/** The text has a negation, or a sentence about the past only: a plain list phrase in it may not mean what it says. */
const CRISIS_WORD = ['DESIRE', 'INTENT', 'DIE', 'KILL', 'SELFHARM'].map((slot) => SLOT_MATCHERS.get(slot) as Matcher);

/** A negation with a crisis word just after it, in the same sentence ("don't want", "no quiero"). */
function negatesCrisisWord(tokens: readonly Token[], at: number): boolean {
  const sentence = (tokens[at] as Token).sentence;
  for (let i = at + 1; i <= at + NEGATION_REACH && i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.sentence !== sentence || token.pause) return false;
    if (CRISIS_WORD.some((isCrisisWord) => isCrisisWord(token))) return true;
  }
  return false;
}

export function negatedOrPast(tokens: readonly Token[]): boolean {
  const sentences = new Set(tokens.map((token) => token.sentence));
  return tokens.some((token, i) => isNegation(token) && negatesCrisisWord(tokens, i)) || [...sentences].some((sentence) => pastOnly(tokens, sentence));
}
