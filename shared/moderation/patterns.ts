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
  /**
   * Words or slots that must be somewhere in the share, in any sentence: for what residents tell
   * in two short sentences ("a friend ODd on that batch. i bought from the same guy").
   */
  withShare?: string;
  /** Words or slots that mean the sentence is something else (an accident, a haircut, a game). */
  unless?: string;
  /**
   * Words that, anywhere in the share, mean it is about something else, unless the share says it
   * means it: a game named in the sentence before ("uno tournament. gonna murder everyone").
   */
  unlessShare?: string;
  /** The pattern must fit inside one clause: it does not reach over a comma or a "but". */
  clause?: boolean;
  /**
   * The rule's wordings hold negative words of their own ("don't see the point in waking up", "no se
   * culpen", "cut and it didn't help so i cut more"): a negation inside a match does not cancel it,
   * though one before a wording that names no negation of its own still does ("i don't think they'd
   * be better without me", "never thinking about cutting again"). A pattern that names its negation
   * (`NEG`, "no", "never") is never cancelled by one.
   */
  negative?: boolean;
  /**
   * Still a crisis when told in the past tense: a disclosure of abuse or a threat, a goodbye, or a
   * time or means already set ("after friday nobody has to worry"). The other rules' sentences
   * told only in the past read as recovery talk ("I used to want to die").
   */
  staysInPast?: boolean;
}

/** How far before a pattern a negation still reaches. */
const NEGATION_REACH = 4;
/** Words that join two clauses: a negation before one does not reach into the next. */
const CONNECTIVES = new Set(['so', 'then', 'and', 'because', 'cuz', 'bc', 'cause', 'y', 'entonces', 'porque', 'pq', 'xq']);

const ACCIDENT = 'oil|aceite|comal|frying|freir|friendo|rose|roses|rosal|rosas|bush|arbusto|plancha|sarten|skillet|tortillas|plantains|platanos|arroz|rice|garden*|jardin*|gallo|chef|sink|dishes|dish|dishwasher|rack|fregadero|trastes|recipe|chopp*|slicing|peel*|picando|pelando|salsa|guac*|dinner|cena|lata|lid|shav*|cook*|kitchen|accident*|oven|stove|fence|onion*|bbq|grill|sunburn*|horno|bandeja|hornear|baking|galletas|diced|dicing|minced|mincing|calabaza|zanahoria*|carrot*|pumpkin|squash|hair|nails|grass|paper|cocin*|afeit*|pelo|cabello|barba|unas|cebolla*|sol|accidente|querer|flequillo|papel|pasto';
const IDIOM = 'tiredness|cansancio|embarrassment|embarrassed|embarrassing|oso|cringe|boredom|tiempo|rato|susto|movie|pelicula|coffee|cafe|food|comida|tacos|pizza|concert|concierto|show|lmao|haha|hahaha|jaja|jajaja|jk|xd|tired|cansado|cansada|risa|hambre|sed|calor|frio|sueno|aburrimiento|verguenza|nervios|envidia|laughing|laugh|heat|back|feet|pies|espalda|song|cancion|tarea|homework|escaleras|stairs|espera|humedad|chiste|joke|looks|haircut|pelo|forgetting|olvido|birthday|cumple|forgot';
const GAME_NAMES = 'hurling|camogie|gaelic|cricket|hockey|netball|lacrosse|rounders|footy|darts|snooker|gta|chinchon|chinchón|tute|brisca|canasta|conquian|conquián|euchre|cribbage|quiz|truco|among|impostor|fortnite|minecraft|roblox|valorant|parchis|parchís|parques|parqués|ludo|domino|dominó|sudoku|crucigrama|spades|poker|rummy|bingo|loteria|monopoly|trivia|pictionary|jenga|scrabble|madden|pickleball|volleyball|voleibol|softball|baseball|beisbol|tennis|tenis|boxing|boxeo|costal|sparring|wrestl*|tournament|torneo|league|liga|team|equipo|chess|cards|game|games|pool|ball|basketball|football|soccer|match|race|fifa|uno|dominoes|ajedrez|cartas|juego|partido|futbol|carrera|gym|workout|interview|exam|test|level|nivel|boss|hoops|canast*|billar|show|talent*|contest|concurso|competencia|karaoke|ping|videojuego*|videogame*|xbox|playstation|gol|golazo|descuento';
/** Who a threat is aimed at, beyond the pronouns: the people of the house and the street. */
const VICTIM = 'OTHER|lady|woman|dealer|nurse|snitch|boss|neighbor|landlord|cop|teacher|anyone|anybody|whoever|everybody|al|senora|senor|enfermera|enfermero|soplon|vato|tipo|jefe|vecino|casero|cualquiera';
/** Harm done to someone else, beyond the threat words the classifier also reads. */
/** Leaving the house for good reasons: a discharge, a move, parole. A goodbye then is only a goodbye. */
const LEAVING = 'alta|discharg*|graduat*|gradu*|moving|mudanza|mudo|mudarme|parole|transfer*|traslad*|depa|depto|apartment|apartamento|departamento';
/** Painkillers sold over the counter, a packet at a time, and the shops that sell them. */
const PAINKILLERS = 'paracetamol|acetaminophen|tylenol|aspirin|aspirina|cocodamol|codeine|codeina|painkillers|calmantes';
const SHOPS = 'chemist|chemists|pharmacy|pharmacies|shop|shops|farmacia|farmacias|tienda|tiendas';
/** Laughter and joking marks only (JOKING also holds tiredness, heat and films). */
/** The games and sports alone, without an interview, an exam or a test: a bruise covered for an interview is not a sports bruise. */
const SPORT_NAMES = GAME_NAMES.split('|').filter((name) => !['interview', 'exam', 'test'].includes(name)).join('|');
const LAUGHING = 'lol|lmao|haha|hahaha|jaja|jajaja|jk|xd';
/** Games whose names stand for nothing else: a share that names one is about the game when it "murders everyone". */
const GAMES_ONLY = 'footy|darts|snooker|uno|chess|ajedrez|warzone|fortnite|minecraft|roblox|valorant|madden|fifa|dominoes|domino|dominó|parchis|parchís|ludo|monopoly|scrabble|spades|poker|bingo|loteria|lotería|tournament|torneo|ranked|lobby|respawn|xbox|playstation|nintendo|pickleball|jenga|trivia|pictionary|karaoke';
/** Laughter and jokes: what follows is not meant. Narrower than IDIOM, which also clears death idioms ("del susto", "my back"). */
const JOKING = `${LAUGHING}|chiste|joke|song|cancion|movie|pelicula|heat|calor|frio|sueno|hambre|tired|cansado|cansada`;
/** Hurt in sport, at the gym or by a fall: an injury, not harm done to oneself. */
const INJURY = 'dodgeball|pelotazo|balonazo|esguince|ferula|férula|splint|escalada|climbing|mile|miles|milla|millas|km|5k|10k|marathon|maraton|race|gym|workout|lifting|ankle|knee|tobillo|rodilla|fell|falling|slipped|tripped|cai|resbale|tropece|sprain*|torci|jugando|playing|practice|entrenando|training';
/** Family and friends, whose death or whose words a share may tell of. */
/** People with a reason to photograph one's door or window: a landlord, an agent, family, a tradesman. */
const HOME_CALLERS = 'landlord|casero|caseworker|staff|insurance|seguro|realtor|agent|mom|mama|mamá|dad|papa|papá|painter|pintor|plumber|fontanero|plomero';
const KIN = 'parents|parent|mom|mum|dad|mother|father|brother|sister|son|daughter|grandma|grandpa|granny|wife|husband|friend|friends|pops|padres|papa|mama|hermano|hermana|hijo|hija|abuelo|abuela|esposo|esposa|amigo|amiga|compa|compas|tio|tia|primo|prima';
/** A relative's or friend's, as the tokens write it ("my grandpa's" is "grandpas"). */
const KIN_OWNING = KIN.split('|').map((who) => `${who}s`).join('|');
/** Money lent and paid back: "gonna pay him back" after a loan is no threat. */
const LOAN = 'lent|borrowed|loan|prestamo|préstamo|presto|prestó';
/** Drink a whole box of pills is taken with. */
const DRINK = 'whisky|whiskey|vodka|wine|beer|beers|cider|rum|gin|booze|liquor|anis|anís|vino|cerveza|cervezas|ron|tequila|licor|aguardiente|orujo|brandy|coñac|conac|mezcal|pisco|chela|chelas|birra|birras|alcohol';
const HARM = 'THREAT_ACT|strangl*|poison|torch|slap|hit|bash|pound|wreck|rajar|ahorcar|estrangul*|envenen*|balacear|acuchill*|golpearlo|golpearla';

/** Everyday things one messes up or ruins, which make a burden wording ordinary. */
const BURDEN_WIDE_UNLESS = 'bag|mochila|laundry|ropa|boxes|cajas|groceries|weights|pesas|gym|food|comida|dinner|cena|lol|jaja|haha|printer|car|carro|wifi|couch|sofa|tv|tele|dog|perro|cat|gato|pizza|cake|pastel|movie|pelicula|game|juego|partido';
/** What a threat said of a game, a pet, food, work or the body is about: everyday talk. */
const THREAT_EVERYDAY = `delantal|mandolina|apron|cat|gato|gata|kitten|gatito|gatita|puppy|cachorro|treats|premios|risa|jamonero|${LOAN}|quiten|quitan|quitaron|sueldo|nomina|nómina|carcajada|carcajadas|sarten|sartén|estufa|horno|aceite|plancha|zacate|pasto|grass|cesped|maleza|monte|lawn|hierba|sink|fregadero|tarja|lavaplatos|dishwasher|dishes|platos|trastes|note|nota|pillow|almohada|instead|vueltas|cuadra|${GAME_NAMES}|movie|pelicula|film|news|noticia*|book|libro|novel*|serie|episode|episodio|hunger|hambre|craving*|antojo|lol|jaja|haha|weight|peso|food|comida|pizza|dance|baile|sick|enfermo|enfermedad|surgery|cirugia|appointment|cita|bugs|mosquito*|cucaracha*|weeds|checkmate|jaque|chess|ajedrez|filter|filtro|yogur|yogurt|yoghurt|remote|charger|cargador|biscuit|galleta|jajaja|jajajaja|hahaha`;

const RULES: readonly Rule[] = [
  // Direct ideation: a wish, an intent or a thought about one's own death.
  // Worn out with all of it, said as the end of a thought: "i am so done with everything", "ya estoy harta de todo".
  { id: 'done-with-all', severity: 'concern', patterns: ['done|harto|harta|hartos|hartas|cansado|cansada|tired|sick|fed|knackered|exhausted|weary ~3 with|of|de|up ~1 everything|todo|todos|everyone|life|vida|living|vivir|existing|existir ~0 $'], unless: `citas|papeles|papeleo|tramites|trámites|paperwork|appointments|forms|formularios|seguridad|benefits|alright|lante|palante|curro|chamba|jale|laburo|bus|frio|frío|calor|vacaciones|vacation|${LAUGHING}|rain|lluvia|weather|clima|work|trabajo|school|escuela|homework|tarea|chores|quehaceres|noise|ruido|traffic|trafico` },
  // Death seen as a rest or a relief: "death seems peaceful right now", "la muerte se ve tranquila".
  { id: 'death-appeal', severity: 'concern', patterns: ['death|dying|dead|muerte|morir|morirme|muerta|muerto ~3 peaceful|tranquila|tranquilo|nice|bonita|bonito|appealing|better|mejor|easier|facil|relief|alivio|paz|peace|good|buena|tempting|tentadora|dulce|sweet|comfort*|reconfort*|descanso|rest'], unless: `${GAME_NAMES}|${KIN}|${KIN_OWNING}|${LAUGHING}|dogs|cats|pets|mascota|perro|gato|movie|scene|escena|pelicula|book|libro|novel|novela|show|serie|song|cancion|metal|band|banda|sudden|valley|valle|star|estrella|certificate|acta|penalty|pena|plant|planta|plants|plantas|battery|bateria|phone|celular|his|her|their|su|sus` },
  // Dreaming of not being: "i dream about not existing", "sueño con no existir".
  { id: 'dream-not-be', severity: 'concern', negative: true, patterns: ['dream|dreaming|dreamt|fantasi*|imagin*|sueno|soñando|sonando|imagino|fantaseo ~3 NEG ~1 existir|exist|existing|despertar|waking|wake|estar|being|vivir|living|alive|here|aqui|ser|nacido|born'] },
  // Wanting to disappear: a wish to be gone, unless it is for a while ("disappear under a blanket for the weekend").
  { id: 'desire-disappear', severity: 'concern', patterns: ['DESIRE ~2 disappear|vanish|desaparecer|desaparecerme|esfumarme|desaparezca', 'pensando|pienso|pensado|thinking|thought ~2 en|about|of ~0 desaparecer|desaparecerme|disappearing|vanishing'], unless: `${IDIOM}|week|semana|cabin|cabana|rato|ratito|bit|poco|walk|paseo|caminata|while|weekend|finde|vacation|vacaciones|trip|viaje|blanket|cobija|cobijas|bed|cama|cave|cueva|minute|minutes|minutos|hour|hours|horas|afternoon|tarde|nap|siesta|book|libro|crowd|multitud|party|fiesta|magic|magia|trick|truco` },
  // A next attempt that will not fail: "this time i won't mess it up", "esta vez no voy a fallar".
  { id: 'attempt-not-fail', severity: 'urgent', patterns: ['this|esta ~1 time|vez ~4 NEG ~2 fail|fallar|fallo|fallare|mess|screw|chicken|back|arrepent*|rajar*|survive|sobreviv*|wake|despert*|despiert*', 'NEG ~2 fail|fallar|fallo|fallare|chicken|arrepent*|rajar*|rajarme|survive|sobreviv* ~3 this|esta ~1 time|vez'], unless: `${GAME_NAMES}|exam|examen|test|prueba|recipe|receta|cake|pastel|interview|entrevista|drive|driving|manejar|license|licencia|class|clase|job|trabajo|diet|dieta|recovery|recuperacion|sobriety|sobriedad|clean|limpio|limpia|sober|sobrio|sobria|promise|prometo|promesa|alarm|alarma|bus|camion|appointment|cita|order|pedido|pie|bread|pan|knit*|tejer|puzzle|rompecabezas|plant|planta|driver|paint*|pint*|sing*|cant*` },
  { id: 'desire-death', severity: 'concern', patterns: ['DESIRE ~3 DIE', 'DESIRE ~2 dye|dy|di $', 'DESIRE ~3 life|vida ~3 over|acabe|termine|end', 'DESIRE ~3 it|all|everything|todo ~2 stop|end|parar|pare|acabe ~3 forever|siempre|good|permanently', 'DESIRE ~1 out ~2 of ~2 life', 'DESIRE ~1 out ~2 of ~1 this ~0 $', 'DESIRE ~1 out ~2 of ~1 this ~0 world|life|body|existence|pain|skin', 'DESIRE ~2 be|estar ~1 gone $', 'DESIRE ~3 KILL ~1 REFLEXIVE', 'better|rather|mejor ~1 off|be|estar|estaria ~1 DIE', 'rather|prefiero|preferiria ~1 DIE'], unless: `wifi|internet|fosforos|fósforos|cerillos|yerba|${IDIOM}|stopped|deje|jealousy|envy|celos|zumba|yoga|crossfit|pilates|spinning` },
  { id: 'intent-kill-self', severity: 'urgent', patterns: ['INTENT ~3 KILL ~1 REFLEXIVE', 'INTENT ~3 =kms|=kys|unaliv*|suicid*|overdos*|sewerslid*|selfdelet*|sobredos*|desvivi*|autoelimin*|matarme|ahorcarme|suicidarme', 'me ~1 voy|quiero|kiero|qiero|qro|vo ~2 matar|matarrr|suicid*|desvivir|ahorcar|aventar|tirar|autoelimin*|borrar|autodesvivir', 'me ~0 mato|suicido|desvivo|ahorco|aviento|desconecto', 'INTENT ~4 END ~2 my|mi ~1 life|vida', 'INTENT ~3 take|quit* ~2 my|own|la ~1 life|vida'], unless: `domino|dominó|dominoes|parchis|parchís|cartas|cards|scrabble|bingo|uno|ludo|truco|tute|brisca|aprobe|aprobé|carnet|teorico|teórico|ajedrez|chess|jugadas|jugada|damas|limpiar|estudiar|trabajar|currar|currando|chambear|chambeando|laburar|laburando|cocinar|entrenar|correr|caminar|lavar|planchar|barrer|ordenar|arreglar|killed|${IDIOM}|trafico|traffic|estudiando|studying|trabajando|working|examen|exam|jugamos|uno|fifa|game|juego|partido|humillado`, unlessShare: 'mula|elden|souls|videojuego|videogame|consola|console|domino|dominó|dominoes|parchis|parchís' },
  { id: 'intent-die', severity: 'concern', patterns: ['INTENT ~3 DIE'], unless: `yogur|yogurt|phone|celular|cel|charger|cargador|laptop|tablet|rabia|coraje|resucita|resucitar|revive|cute|selfie|pic|pics|photo|foto|visit|visitar|visita|flowers|flores|daffodils|tulips|roses|rosas|lilies|lirios|bouquet|ramo|anniversary|aniversario|cemetery|cementerio|panteon|${IDIOM}|wifi|internet|senal|bateria|battery|of|thought|pense|crei|almost|nearly|casi|${GAME_NAMES}|mile|miles|milla|millas|5k|10k|marathon|maraton|cardio|laps|vueltas|squats|sentadillas|hike|caminata|zumba|yoga|crossfit|futbol|fútbol|partido|partidito|cancha|apunta|club|escudo|hincha|hinchada|camiseta|descenso|descendemos` },
  { id: 'think-suicide', severity: 'concern', patterns: ['suicid*|=kms|unaliv*|sewerslid*|desvivi*|autoelimin*|autodesviv*|autoborr*|selfdelet*', 'KILL ~1 REFLEXIVE', 'matarme|suicidarme|ahorcarme|desvivirme|matandome|matándome|suicidandome|suicidándome|ahorcandome|ahorcándome'], unless: `fantasy|delantero|fichaje|trade|${INJURY}|${GAME_NAMES}|song|squeeze|bunt|squad|cancion|radio|station|estacion|prevention|awareness|hotline|walk|prevencion|lost|perdi|brother|sister|friend|son|daughter|dad|mom|uncle|cousin|hermano|hermana|amigo|amiga|hijo|hija|papa|mama|tio|primo` },
  // Indirect ideation: not wanting to live, to be here, to wake up.
  { id: 'other-side', severity: 'concern', patterns: ['DESIRE|INTENT ~3 ir|irme|go|cross ~2 al|to|the ~1 otro|other ~1 lado|side $'] },
  { id: 'not-live', clause: true, severity: 'concern', patterns: ['idw|idwt|idwanna ~3 live|living|alive|exist*|wake|here', 'NEG ~2 DESIRE ~4 live|living|alive|exist*|breath*|vivir|vivo|viva|existir|respirar', 'DESIRE ~2 NEG ~2 live|alive|exist*|here|around|vivir|existir|estar|despertar', 'DESIRE ~3 stop|dejar|quit ~2 live|living|exist*|breath*|vivir|existir|respirar', 'DESIRE ~3 stop|quit ~0 being ~0 alive|a|human|person|here|around|me', 'DESIRE ~3 stop|quit ~0 being ~0 $', 'DESIRE ~3 dejar ~0 de ~0 ser ~0 $', 'tired|sick|cansado|cansada|canse|harto|harta ~3 live|living|alive|exist*|breath*|vivir|vivo|viva|existir|respirar|life|vida'] },
  { id: 'not-here', clause: true, negative: true, severity: 'concern', patterns: ['NEG ~2 DESIRE ~3 here|around|aqui|estar|seguir|existir ~3 FOREVER|=ya|world|mundo|vida|life', 'ya ~1 NEG ~2 DESIRE ~3 estar|seguir|existir|aqui|vivir', 'NEG ~3 be|around|here|estar|dure|durar ~4 longer|much|mucho|mas|christmas|navidad|tiempo'] },
  { id: 'never-wake', severity: 'concern', patterns: ['NEG ~2 wake|woke|waking|awake|despert*|despiert*|amanezca|amanecer|amaneciera', 'sleep|asleep|sleeping|dormir|dormirme|dormido|dormida|nap ~3 forever|siempre', 'sleep|asleep|sleeping|dormir|dormirme|dormido|dormida|nap ~3 never|nunca'], with: 'DESIRE|INTENT|sleep|dormir|dormirme|again|ever|nunca|siempre|forever|pray|praying|rezo|rezando|pido|ojala|wish|hope|pills|pastillas|MEANS|intention|intencion|intención', unless: 'early|temprano|alarm|alarma|breakfast|desayuno|noon|class|clase|work|trabajo|shift|turno|cold|frio|couldnt|pude' },
  { id: 'end-everything', severity: 'concern', patterns: ['end|ending|ended|finish|finishing|acabar*|acabo|acabe|acaba|terminar*|termino|termine|termina|fin|ponerle ~3 =all|everything|it|things|todo|life|vida|myself', 'todo|everything|all ~3 acab*|termin*|over|end'], with: 'DESIRE|INTENT|TIME|FOREVER|ready|listo|once|vez|pain|dolor|only|unica|unico|option|opcion|choice|way', unless: 'face|floor|carpet|everywhere|hair|shirt|cara|suelo|pelo|antibiotic|antibiotics|antibiotico|antibioticos|antibiótico|antibióticos|course|crying|llorando|cable|subscription|suscripcion|suscripción|membership|membresia|membresía|netflix|gym|store|tienda|milk|leche|coffee|cafe|pan|bread|sold|agotado|antes|before|old|vieja|shift|class|work|trabajo|meeting|reunion|book|libro|movie|pelicula|season|semester|game|day|dia|program|programa|treatment|tratamiento|drinking|using|tomar|beber|relationship|relacion|streak|racha' },
  { id: 'go-forever', severity: 'concern', patterns: ['go|gone|away|out|leave|disappear*|vanish*|sleep|irme|ir|voy|vaya|desaparec*|dormir|apagar*|apagarme|borrar*|salir ~3 forever|permanently|siempre|definitivo|=out', 'go|gone|away|out|leave|disappear*|vanish*|sleep ~3 for ~0 good', 'leave|dejar|salir|borrar|irme|ir ~3 this|este|esta|of|del|de ~0 world|mundo|life|vida', 'leave|dejar|salir|borrar|irme|ir ~3 of|de ~0 this|esta|este|the|la|my|mi ~0 world|mundo|life|vida'], with: 'DESIRE|INTENT|SELF|if|si|nobody|nadie', unless: 'plants|plantas|garden|jardin|jardín|cravings|antojos|drank|bebi|bebí|celebrate|celebrar|found|figured|supe|enter*|guardar|guardo|guardarlo|guardarla|llavero|keychain|medalla|medal|recordar|remember|extranar|extrañar|miss|querer|amar|love|apartment|apartamento|depa*|place|lugar|job|graduat*|gradu*|house|casa|town|city|ciudad|trabajo|drinking|drugs|alcohol|smoking|fumar|drogas|vacation|vacaciones|trip|viaje|program|programa|rehab|shelter|albergue|permission|permiso|state|estado|funeral|velorio' },
  { id: 'no-reason', negative: true, severity: 'concern', patterns: ['point|reason|use ~4 live|living|going|staying|stay|trying|waking', 'razon*|caso|sentido|remedio ~4 seguir|vivir|viviendo|intentar|existir|despert*|quedo', 'para|what|why ~2 que|point|use ~2 seguir|sigo|vivir|quedo|living|stay|staying', 'pa|para ~0 q|que ~1 seguir|sigo|vivir|vivo|quedo', 'nothing|nada ~2 live|vivir', 'why ~3 keep ~2 waking|living|going|trying'] },
  // Hopelessness.
  { id: 'hopeless', severity: 'concern', patterns: ['hopeless|pointless|meaningless', 'NEG|lost|perdi|any|all ~3 hope|esperanza|future|futuro', 'NEG ~3 way|salida|exit|light|luz ~2 out|except|but|salida', 'give|gave ~1 up ~2 on ~1 everything|life|myself|me|living', 'ya|me ~1 rindo|rendi',  'NEG ~3 keep|carry|go|seguir|aguanto|aguantar|puedo|cargar ~2 going|on|living|fighting|asi|mas|it|lo', 'nothing|nada ~3 left|matters|importa|queda|mejorar|better|change|cambiar', 'beyond|no ~1 help|remedio|fix', 'stopped|quit|deje|done|finished|through ~2 fighting|trying|luchar|intentar|buscar*', 'NEG ~3 see|veo ~3 future|futuro|way|survive|sobreviv*|making|aguantando', 'toque ~1 fondo', 'only ~2 one ~1 way|exit', 'una|solo ~2 salida', 'never|nunca ~4 better|mejorar|okay|end|acabar'], unless: 'dose|dosis|pharmacy|farmacia|double|jajaja|jajajaja|hahaha|lmao|roncando|ronca|ronquidos|snoring|snores|team|equipo|game|games|partido|partidos|match|matches|season|temporada|score|traffic|trafico|weather|wifi|printer|lol|jaja|haha|about|job|trabajo|program|programa|antes|used|calor|heat|frio|cold|lluvia|rain|ruido|noise' },
  // Burden.
  { id: 'burden-self', severity: 'concern', patterns: ['SELF|am|soy|sido|ser|just|solo|only ~3 burden|drain|weight|carga|peso|estorb*|waste|stress|anchor|ancla|cost|gasto|expense|expensa', 'soy|sido|ser|solo ~2 un ~1 costo'], unless: `venting|diet|dieta|kilos|kg|pounds|lbs|gained|jeans|clothes|ball|pelota|detergente|detergent|jabon|lavadora|washer|secadora|dryer|presta|prestas|prestan|prestar|${LAUGHING}|healthy|dietitian|dietista|scale|bascula|báscula|bag|mochila|backpack|laundry|ropa|boxes|cajas|groceries|weights|pesas|gym|lbs|kilos|pounds|libras|lose|perder|bajar|gain|subir|wifi|internet|data|datos|battery|bateria|phone|celular|car|carro|rent|renta|bill|bills|cuenta|insurance|seguro|membership|subscription|netflix` },
  { id: 'burden', negative: true, severity: 'concern', patterns: ['BETTER ~5 without|sin ~1 me|mi|yo', 'BETTER ~5 if|si|when|cuando|once ~3 SELF|yo ~3 gone|dead|disappeared|wasnt|werent|estuviera|existiera|desapareciera|muero|muriera|este|voy|away|out|picture', 'nobody|nadie|no ~2 one|me|would|se ~3 miss|notice|care|extranaria|extrana|cuenta|necesita|needs|remember|rememeber|acuerde|recuerde', 'without|sin ~1 me|mi ~5 better|mejor|fine|bien|paz|easier|tranquil*|happier|felices|relieved|aliviad*', 'free|libres|libre ~2 of|de ~1 me|mi', 'everyone|todos|family|familia ~5 better|mejor ~2 off|without|sin'] },
  // Plans and means.
  { id: 'means-held-room', severity: 'urgent', patterns: ['how|cuantas|cuantos ~1 many|much ~4 need|necesito|ocupo|would|takes|falta ~2 take|tomar|tomarme|do|it|hacerlo', 'knife|cuchillo|knives|cuchillos ~8 room|cuarto|bed|cama|pillow|almohada|mochila|backpack|mattress|colchon', 'how|que|cuanto|cuan ~1 deep|hondo|profundo ~3 cut|cortar|cortarme', 'know|se ~3 combinacion|combination|code|codigo|clave|password', 'falta|need|lack|missing|just ~3 valor|courage|nerve|guts', 'under|debajo ~3 tongue|lengua'], with: 'SELF|MEANS|mg|dose|dosis|gun|pistola|arma|safe|caja|spit|escup*|have|tengo|got|ready|listo|lista|done', unless: 'butter|mantequilla|untar|plastic|plastico|plástico|toast|tostada|tostadas|buprenorfina|buprenorphine|suboxone|subutex|sublingual|lease|contrato|apartment|depa|own|propia|propio|wifi|recipe|receta|flour|harina|cups|tazas|cook*|cocinar|cocinando|chop*|pic*|fruit|fruta|cake|pastel|checks|revisa|check|nurse|enfermera|doctor|talk|hablar|tell|decir|ask|pedir|job|trabajo|interview|entrevista|phone|celular|locker' },
  { id: 'means-saved', severity: 'urgent', patterns: ['MEANS ~8 guardando|juntando|ahorrando|escondiendo|saving|stashing|hoarding ~2 todas|todos|all ~0 juntas|juntos|together', 'sav*|ahorr*|stash*|hid*|hoard*|collect*|stockpil*|cheek*|palming|palmed|pocketing|pocketed|guard*|!guardia|!guardias|junt*|!junta|!juntas|escond*|count*|cuento|kept|keeping ~7 MEANS', 'MEANS ~6 instead ~1 of ~0 swallowing|taking|tragarlas|tomarlas', 'en ~0 vez|lugar ~0 de ~0 tomarlas|tragarlas|tomármelas|tomarmelas|tomarlos', 'MEANS ~5 sav*|stash*|hid*|hoard*|collect*|stockpil*|guard*|!guardia|!guardias|junt*|escond*|escondid*|counted|contad*|lined|alinead*'], unless: 'vet|veterinario|veterinaria|cheese|queso|onion|onions|cebolla|cebollas|chop|chopped|chopping|picar|picando|fingers|dedos|correct|correcto|correcta|dosette|webster|curso|course|certificado|certificate|manipulador|aprendimos|presion|presión|pressure|dispensario|dispensary|pickup|recoger|cajita|domingos|sundays|organiser|organizers|organisers|journaling|journal|diario|educadora|educador|missing|missin|miss|missed|skipped|skip|ocd|toc|lost|perdi|perdí|weekly|routine|rutina|ritual|daily|boxes|cajitas|weekly|semanal|comer|eat|plato|plate|loud|double|confundo|confundir|forgetting|forget|forgot|olvid*|remind*|record*|refri|fridge|nevera|refrigerador|laundry|ropa|nah|coffee|cafe|alarm|alarma|taped|pegue|pegué|cook*|class|clase|box|caja|bathroom|bano|gabinete|cabinet|shower|regadera|pastillero|organizer|organizador|pillbox|dispenser|refill*|resurt*|surtir|pharmacy|farmacia|llave|candado|locked|lock|empty|vacias|vacios|planters|macetas|craft*|recycl*|recicl*|money|dinero|cash|recipe|receta|mom|nurse|staff|enfermera|personal|lave|lavar|wash*|tabla|dishes|platos|drawer|cajon|kitchen|cocina|narcan|naloxone|naloxona|paramedics|paramedicos|paramédicos|ambulance|ambulancia|agreed|acordamos|acordado|pan|bread' },
  { id: 'means-all', severity: 'urgent', patterns: ['all|whole|todas|todo|entire|toda ~3 MEANS', 'MEANS ~4 all|once|todas|vez|together|juntas|juntos'], with: 'INTENT|DESIRE|once|vez|DIE|wake|despertar|purpose|proposito|together|juntas|tonight|noche', unless: 'shopping|list|lista|compras|presion|presión|pressure|bajaron|bajan|subio|subió|subieron|redujeron|reducen|ajustaron|carrito|bloods|levels|niveles|clear|medico|médico|bajando|analisis|análisis|acompañado|acompañada|week|weekly|semana|semanal|organised|organized|organizada|organizado|blister|desaparecio|desapareció|desaparecieron|disappeared|vanished|quien|whoever|skipped|skip|salte|salté|falta|missing|devuelvan*|devuelvanlo|return|pan|bread|cajon|cajón|drawer|atora|stuck|atorado|atorada|cucarachas|roaches|ratas|rats|hormigas|ants|plaga|pest|pests|nurse|enfermera|prescribed|doctor|morning|breakfast|dinner|routine|rutina|desayuno|cena|every|cada|farmacia|pharmacy|refill|completen|surtir|resurtir|menos|fewer|llave|candado|locked|tendedero|clothesline|empanada*|cook*|cocin*' },
  { id: 'means-research', severity: 'urgent', patterns: ['googl*|research*|search*|busqu*|buscar|investig*|asked|pregunt* ~6 DIE|deadly|lethal|painless|hang|ahorcar*|mortal*|letal*|KILL|gun|arma|pistola|enough|cuantas|suficient*', 'reading|leyendo|lei ~0 !this|!esto|!these|!that ~5 DIE|deadly|lethal|painless|hang|ahorcar*|mortal*|letal*|KILL|gun|arma|pistola|enough|cuantas|suficient*', 'looked|look|looking ~0 up ~6 DIE|deadly|lethal|painless|hang|ahorcar*|mortal*|letal*|KILL|gun|arma|pistola|enough|cuantas|suficient*'], unless: 'recipe|receta|vitamin*|headache|cabeza|homework|tarea|class|clase|nurse|enfermera|doctor' },
  { id: 'means-death', severity: 'urgent', patterns: ['MEANS ~6 DIE|deadly|lethal|mortal*|letal*', 'enough|suficient*|suficiente ~4 MEANS|hacerlo|eso|=to|para', 'enough|suficient*|suficiente ~2 it'], with: 'SELF|INTENT|DESIRE|tengo|have|got|wake|despertar|never|no', unless: 'casi|almost|nearly|thumb|pulgar|abrelatas|atun|atún|pele|pelé|pelar|papas|patatas|tortilla|cookery|class|clase|carving|pan|bread|curita|tirita|bandaid|mad|angry|enojado|enojada|furious|pissed|tired|sleepy|drowsy|groggy|cansado|cansada|uno|cartas|cards|juego|game|partido|league|liga|team|equipo|win|ganar|championship|campeonato|grandpa|grandma|abuelo|abuela|dog|perro|cat|gato|movie|pelicula|show|serie|news|noticias|brinc*|jump*|minutes|minutos|legs|piernas' },
  { id: 'means-jump', severity: 'urgent', patterns: ['me ~0 tiro|aviento|avento|lanzo|tirare|tiraré ~3 overpass|puente|edificio|azotea|tren|vias|ventana|balcon|autopista|trafico|metro|techo', 'dejarme|dejarse ~0 caer ~5 puente|presa|edificio|azotea|agua|rio|río|barranco|techo|vias|precipicio', 'puente|presa|edificio|azotea|barranco|precipicio|techo ~6 dejarme|dejarse ~0 caer', 'jump*|tirar*|aventar*|aviento|tiraria|echar*|throw|lanzar* ~5 presa|dam|barranco|precipicio|acantilado|overpass|garage|parking|estacionamiento|bridge|roof|building|traffic|train|tracks|puente|edificio|azotea|trafico|tren|vias|highway|autopista|ledge|cliff|window|ventana|balcony|balcon', 'walk|step ~0 !by|!past|!near|!under|!along|!around|!round|!with|!beside|!behind|!below ~4 presa|dam|barranco|precipicio|acantilado|overpass|garage|parking|bridge|roof|building|traffic|train|tracks|highway|ledge|cliff|window|balcony', 'walked|walking|stepped|stepping ~0 out|off|into|onto ~4 presa|dam|barranco|precipicio|acantilado|overpass|garage|parking|bridge|roof|building|traffic|train|tracks|highway|ledge|cliff|window|balcony', 'bridge|puente|tracks|vias ~6 jump*|tirar*|aventar*|tiraria|aviento|altura|height|look|call|calls|calling|called|llama|llaman|llamando', 'crash|estrellar|drive|manejar|chocar ~4 car|carro|tree|arbol|wall|pared|stopping|curve|frenar', 'hang|ahorcar*|noose ~6 SELF|INTENT|DESIRE|have|tengo|bought|compre|where|donde|how|como'], unless: `volumen|volume|musica|música|music|song|cancion|canción|mario|kart|character|personaje|perdio|perdió|pierde|pierden|perdieron|barça|barca|madrid|chivas|trampolin|trampolín|sheets|sabanas|sábanas|hang|colgar|tender|towels|toallas|${GAME_NAMES}|seleccion|mentira|kidding|swim*|nad*|pool|piscina|lake|lago|diving|trampoline|bungee|parachute|paracaidas|laundry|clothes|ropa|picture|photo|foto` },
  // Standing at the edge of a height: "on the roof ledge each night", "en la orilla de la azotea".
  { id: 'means-edge', severity: 'urgent', patterns: ['ledge|edge|orilla|borde|cornisa|railing|barandal|barandilla ~4 roof|azotea|techo|bridge|puente|building|edificio|overpass|cliff|acantilado|balcony|balcon', 'roof|bridge|building|overpass|balcony ~0 ledge|edge|railing'], with: 'SELF|INTENT|DESIRE|stand*|sit*|stay*|sat|stood|parad*|sentad*|quedo|quede|me|night|noche|every|cada|longer|mas', unless: 'picture|photo|foto|fotos|repair|fix|arreglar|gutter|canaleta|clean*|limpi*|paint*|pint*|bird|birds|pajaro*|plant*|planta*|sunset|atardecer|view|vista|fireworks|fuegos|ball|pelota|frisbee|kite|papalote|cat|gato|dog|perro|snow|nieve|leak|gotera' },
  { id: 'means-rope', severity: 'urgent', patterns: ['soga|cuerda|rope|belt|cinturon|cinto ~6 SELF|INTENT|DESIRE|have|tengo|bought|compre|where|donde|how|como|hacerlo|it'], with: 'INTENT|DESIRE|have|tengo|bought|compre|where|donde|hacerlo|bag|backpack|mochila|room|cuarto|closet|ready|listo|lista', unless: 'luces|lights|navidad|christmas|adornos|decorations|banner|cartel|washing|hammock|hamaca|jump*|brinc*|salt*|skip*|minutes|minutos|climb*|escal*|tie|amarr*|laundry|clothes|clothesline|ropa|tender|tendedero*|patio|yard|dog|perro|pants|pantalones|boat|lancha|tent|tienda' },
  { id: 'means-held', severity: 'urgent', patterns: ['have|got|tengo|bought|compre|traigo|under|debajo|keep|keeps|kept ~4 rope|noose|gun|pistol|blade|razor|pistola|cuerda|soga|navaja|arma|fentanyl|fentanil*|poison|veneno|insulin|insulina|knife|cuchillo|cutter|lighter|encendedor|bullets|balas'], with: 'SELF|INTENT|DESIRE', unless: 'onion|onions|cebolla|cebollas|chop|chopped|chopping|picar|picando|fingers|dedos|roll|college|course|curso|chef|block|carving|roast|asado|trinchar|stanley|skirting|diy|fitted|fitting|carpet|moqueta|cardboard|carton|cartón|tools|herramientas|toolbox|set|bday|birthday|cumple|cumpleaños|gift|regalo|regalaron|pressie|present|divorce|divorcio|lunch|almuerzo|apple|manzana|fruta|chefs|jamonero|sharpener|afilador|sharpen|afilar|jamon|jamón|pan|bread|latas|cans|knives|cuchillos|office|oficina|rules|reglas|apprentice*|aprendiz|drawer|cajon|cajón|rusty|rust|oxidad*|sink|fregadero|tarja|lavaplatos|dishwasher|comer|eat|plato|plate|fridge|refri|nevera|refrigerador|labeled|etiqueta*|bathroom|bano|cabinet|gabinete|shower|regadera|kitchen|cocina|cook*|cocin*|shav*|afeit*|chef|dinner|cena|meal|comida|vegetables|verduras|fish|pescado|hunting|caza|store|tienda|work|trabajo|job|diabetes|diabetic|diabetico|doctor|nurse|enfermera|prescription|receta|cake|pastel|craft|manualidad*|sharpen|afilar|dad|papa|mom|mama|clothesline|tendedero*|patio|yard|hardware|ferreteria|culinary|culinaria|class|clase|skills|cert|certificate|certificado|interview|entrevista|beard|barba' },
  { id: 'purpose', severity: 'urgent', patterns: ['naloxone|narcan|naloxona ~6 purpose|proposito|propósito', 'purpose|proposito ~6 MEANS|use|using|consumir|drogarme|drink*|tomar|od|overdos*|sobredos*|hurt|harm|lastim*|cut*|cort*|burn*|quem*', 'MEANS|use|using|consumir|drogarme|drink*|tomar|od|overdos*|sobredos*|hurt|harm|cut*|cort*|burn*|quem*|starv* ~6 purpose|proposito'] },
  { id: 'no-return', negative: true, severity: 'urgent', patterns: ['NEG ~3 come|coming|regresar|volver|regreso ~2 back|from|de', 'heart|corazon ~3 stop*|stops|pare|para', 'NEG ~2 wake|despertar|despierto', 'last ~2 breath|respiro|binge|high|borrachera|time', 'ultim* ~2 respiro|borrachera|viaje', 'drink*|use|using|tomar|consumir ~3 till|until|hasta ~3 die|dead|heart|liver|morir*|higado|corazon|despertar', 'NEG|nobody|nadie ~4 save|find|narcan|encuentre|salve', 'NEG ~1 regreso|vuelvo|llego ~4 ni ~1 a ~1 ningun ~0 lado|lugar|parte'], with: 'bottle|botella|all|todas|MEANS|use|using|consumir|drink*|tomar|high|drogarme|INTENT|DESIRE|dealer|dope|droga|narcan|relaps*|reca*|binge|borrachera|snort|shot|pase|fentanyl|fentanil*', unless: 'shop|shopping|list|lista|milk|leche|compras|forgot|olvide|olvidé|bacon|first|primera|primer|eso|thoughts|pensamientos|urges|urge|cravings|craving|antojo|antojos|voices|voces|nightmares|pesadillas|panic|panico|attacks|ataques|flashbacks' },
  // Time.
  { id: 'time-end', severity: 'urgent', patterns: ['TIME ~6 INTENT ~4 STRONG_END', 'INTENT ~3 STRONG_END ~6 TIME', 'TIME ~6 INTENT ~3 do|doing|hacerlo|hago ~1 it|lo', 'TIME ~4 me ~1 mato|quito|desvivo|suicido', 'TIME ~6 INTENT ~3 KILL ~1 REFLEXIVE'], unless: `refri|refrigerador|fridge|nevera|tupper|tupperware|hongos|mould|mold|recordatorio|reminder|prepa|escuela|school|curso|carrera|estudios|secundaria|bachillerato|degree|course|casi|almost|subida|uphill|cuesta|start|starting|empezar|empezando|comenzar|pass|pase|permiso|visit*|visita*|trip|viaje|vemos|regreso|vuelvo|return*|${IDIOM}|antojo|craving|cravings|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|test|exam|examen|paperwork|interview|entrevista|call|llamar|movie|pelicula|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|resume|meeting|reunion|dinner|cena|trafico|traffic|${GAME_NAMES}` },
  // Needing pain, or fetching something sharp for it: "necesito sentir dolor", "going to find something sharp".
  { id: 'need-pain', severity: 'concern', patterns: ['need|needed|necesito|necesitaba|quiero|want|wanna|crave ~2 feel|sentir ~1 pain|dolor|the ~0 pain|el ~0 dolor', 'buscar|find|get|grab|agarrar|conseguir|busco ~1 algo|something ~0 filoso|sharp|afilado|cortante'], with: 'SELF|INTENT|DESIRE|need|necesito|voy', unless: `gym|workout|ejercicio|tattoo|tatuaje|massage|masaje|stretch*|estirar|legs|piernas|${GAME_NAMES}|knife|cuchillo|cook*|cocin*|kitchen|cocina|chop*|picar|onion*|cebolla*|bread|pan|cake|pastel|meat|carne|box|caja|tape|cinta|string|hilo|rope|thread|packag*|paquete|scissors|tijeras|cut|cortar` },
  // Danger from others on its way: "los q le debo plata vienen esta noche por mi", "sale en bolsa negra".
  { id: 'coming-for-me', severity: 'urgent', patterns: ['vienen|vendran|vendrán|van|coming|come ~3 por|for|after ~0 mi|me', 'sale|sales|saldra|saldrá|salir|leave|leaves|leaving ~1 en ~2 bolsa ~0 negra', 'leave|leaves|leaving|out ~1 in ~1 a ~0 body ~0 bag'], with: 'debo|owe|deuda|debt|dealer|plata|money|cobrar|collect|bolsa|bag|tonight|noche|hoy|venga|comes' },
  // A plan kept for when someone comes: "tengo un plan pa cuando venga a la visita" said of someone the share wants to suffer.
  { id: 'plan-for-someone', severity: 'urgent', patterns: ['tengo|have|got ~1 un|a ~0 plan ~1 pa|para|for ~0 cuando|when ~0 venga|vengan|comes|come|llegue|lleguen|shows'], withShare: 'sienta|sufra|pague|arrepienta|feel|pay|suffer|regret|senti|sentí|odio|hate' },
  // Enough gathered, or a handful of unknown pills: "ya junte bastante", "creo q llegan", "me tome un puñado de lo q me dio".
  { id: 'gathered-enough', severity: 'urgent', patterns: ['ya ~0 junte|junté|guarde|guardé|tengo ~1 bastante|suficiente|suficientes', 'creo|seguro|yo ~1 q|que ~0 llegan|alcanzan|bastan|sobran', 'think|reckon|sure ~1 theres|its|thats ~0 enough ~0 $'], withShare: 'MEANS|farmacia|pharmacy|receta|prescription' },
  { id: 'handful', severity: 'urgent', patterns: ['tome|tomé|tomar|took|swallowed|trague|tragué ~3 un|a ~0 punado|puñado|handful'], unless: `${LAUGHING}|nuts|nueces|cacahuates|peanuts|almonds|almendras|chips|papas|dulces|candy|candies|m&ms|gomitas|cereal|palomitas|popcorn|vitaminas|vitamins|arroz|rice` },
  // A week's doses at once: "la metadona de toda la semana me la tomo hoy de golpe".
  // In Spanish "toda la semana" is an everyday frame; a week's doses taken at once is `doses-at-once`.
  { id: 'week-at-once', severity: 'urgent', patterns: ['whole|all|entire ~2 week|weeks|month ~5 at ~0 once', 'whole|all|entire ~2 week|weeks|month ~5 together'], with: 'take|took|taking|swallow*|methadone|pills|meds|doses' },
  { id: 'doses-at-once', severity: 'urgent', patterns: ['me|se ~0 la|las|lo|los ~0 tomo|tome|tomé|toma|trago|meto|meti|metí ~3 de ~0 golpe'], withShare: 'semana|semanas|mes|dosis|metadona|methadone|pastillas|pills|todas|todos', unless: `${LAUGHING}|tequila|shot|chupito|cafe|café|agua|jarabe|caldo|sopa|cerveza|chela|vino|licuado|batido` },
  // Going to someone's door with a blade or a gun: "el domingo voy a la casa de su madre con el machete".
  { id: 'going-armed-to', severity: 'urgent', patterns: ['subo|bajo|voy|going|go ~2 con|with ~1 el|la|mi|my|a|the|un|una ~0 martillo|hammer|tubo|pipe ~4 no|not ~2 es|for ~1 pa|para|talking|hablar', 'subo|bajo|voy|going|go ~2 con|with ~1 el|la|mi|my|a|the|un|una ~0 martillo|hammer|tubo|pipe ~8 siempre|forever|good', 'voy|vamos|ire|iré|going|gonna|heading ~6 con|with ~1 el|la|mi|my|a|the|un|una ~0 machete|cuchillo|pistola|navaja|bate|fierro|knife|gun|bat|pistol'], unless: `${LAUGHING}|cortar|monte|campo|cocina|cocinar|jardin|jardín|leña|lena|rama|ramas|carne|asado|pescar|camping|yard|garden|hunting|caza|cazar|range|practica|práctica`, unlessShare: GAMES_ONLY },
  // Being beaten again, or hurt already: "si no llevo la plata me vuelven a pegar", "me partieron un diente".
  { id: 'beaten-again', severity: 'urgent', patterns: ['me ~0 vuelven|volvieron|van ~1 a ~0 pegar|golpear|madrear|partir|romper', 'me ~0 partieron|rompieron|reventaron ~1 un|la|el|los|las ~0 diente|dientes|nariz|boca|cara|brazo|labio|costilla|costillas'], unless: `${LAUGHING}|partido|futbol|fútbol|pelota|balon|balón|box|boxeo|entreno|entrenamiento|accidente|caida|caída|dentista|ortodoncista|cita` },
  // Followed home, again: "someone followed me from the pharmacy to the gate again".
  { id: 'followed', severity: 'urgent', patterns: ['followed|following|follows ~0 me ~8 again|home|days|row|every|car|gate|door|house|building', 'me ~0 siguio|siguió|siguieron|siguen|sigue|seguia|seguía|persigue|persiguen|persiguio|persiguió ~6 casa|carro|coche|auto|moto|calle|dias|días|vez|portal|puerta|hasta'], unless: `${LAUGHING}|instagram|insta|tiktok|twitter|app|ig|fb|facebook|back|spotify|twitch|youtube|dog|perro|perrito|gato|cat|kid|kids|niño|niña|sombra|shadow|suerte|luck|mala|bad|pensamiento|thought|thoughts|song|cancion|canción|tune` },
  // Pills counted and found to be enough: "counted them. 43. enough".
  { id: 'counted-enough', severity: 'urgent', patterns: ['counted|conte|conté ~4 enough|suficientes|bastantes'], unless: 'chairs|sillas|plates|platos|money|plata|dinero|cash|votes|votos|people|gente|tickets|boletos|spoons|cucharas|cups|tazas|days|dias|días|calories|calorias|calorías|steps|pasos|coins|monedas|cards|cartas|players|jugadores' },
  // A box of pills taken or bought whole, often with drink: "media caja de lorazepam", "la caja entera de diazepam".
  { id: 'box-of-pills', severity: 'urgent', patterns: ['media|toda|whole|half|entire ~2 caja|box|bote|frasco|tira|bottle|pack|blister ~3 MEANS|lorazepam|diazepam|clonazepam|alprazolam|xanax|valium|rivotril|trankimazin|orfidal|benzos|pastillas|pills', 'caja|box|bote|frasco|bottle ~0 entera|entero|whole|completa|completo ~2 de|of ~1 MEANS|lorazepam|diazepam|clonazepam|alprazolam|xanax|valium|rivotril|trankimazin|orfidal|benzos|pastillas|pills'], withShare: 'tome|tomé|tomo|took|take|taking|swallow*|trague|tragué|meti|metí|acabo|compre|compré|bought|voy', unless: 'left|queda|quedan|reorder|pedir|farmacia|pharmacy|expired|caducad*|vencid*|tirar|throw|devolver|return|returned|devolvi|devolví|nurse|enfermera|prescribed|receta|recetaron' },
  // Breathing gone hard after a dose: "me meti mi dosis de siempre, me cuesta respirar".
  { id: 'hard-to-breathe', severity: 'urgent', negative: true, patterns: ['respiro ~0 raro|mal|lento|poquito', 'breathing ~0 weird|funny|slow|slowly|shallow', 'me ~0 cuesta ~0 respirar', 'no ~0 puedo ~0 respirar', 'cant|can ~0 breathe', 'hard ~0 to ~0 breathe', 'pesan ~0 los ~0 ojos'], withShare: 'dosis|dose|meti|metí|used|shot|pills|pastillas|limpio|clean|tolerance|tolerancia|fent*|heroin*|heroina|heroína|caballo|chiva|opio*|metadona|methadone|pinche|pinché|inyecte|inyecté|fume|fumé' },
  // Doses kept back to take later: "las dosis q fui ahorrando de la clinica".
  { id: 'doses-saved', severity: 'urgent', patterns: ['MEANS|dosis|doses ~3 q|que|that|i|i\'ve|ive ~2 ahorrando|ahorrado|ahorradas|guardando|guardado|guardadas|juntando|juntado|saving|saved|stashing|stashed|hoarding|hoarded'], unless: 'enfermera|nurse|farmacia|pharmacy|devolvi|devolví|returned|gave|di|entregue|entregué|tire|tiré|threw|disposal|flushed|money|plata|dinero' },
  // "burden to literally everyone".
  { id: 'burden-to-all', severity: 'concern', patterns: ['burden ~1 to|for|on ~2 everyone|everybody|all|yall|anyone|everybodys|everyones', 'burden ~1 to|for|on ~1 my ~0 family|kids|mom|mum'], unless: LAUGHING },
  // Sitting on the edge of a roof or a bridge, night after night.
  { id: 'edge-sitting', severity: 'concern', patterns: ['siento|sentado|sentada|sit|sitting|sat|stand|standing|paro|parado|parada|quedo ~3 borde|edge|orilla|cornisa|ledge ~4 terraza|azotea|roof|techo|puente|bridge|balcon|balcón|balcony|edificio|building|tejado|anden|andén|platform|tracks|vias|vías', 'metro|subte|anden|andén|platform|subway|train|tren ~4 siento|sit|sitting|stand|standing|paro|parado|parada|quedo ~3 borde|edge|orilla'], unless: `${LAUGHING}|sunset|atardecer|cafe|café|coffee|mate|amigos|friends|fiesta|party|picnic|cama|bed|bathtub|bañera|banera|bañera|pool|piscina|alberca|silla|chair` },
  // Last things, one after another: "last smoke, last coffee, last night in this room".
  { id: 'last-things', severity: 'urgent', patterns: ['last|ultimo|último|ultima|última ~1 smoke|coffee|cigarette|cig|meal|cafe|café|cigarro|cena|comida|beer|cerveza|hug|abrazo ~3 last|ultimo|último|ultima|última'], unless: `${LAUGHING}|before|antes|quit|dejo|dejar|diet|dieta|bed|cama|order|pedido|call|round|ronda` },
  // A whole week's dose taken at once: "me voy a tomar todo el jarabe de metadona de la semana de una".
  { id: 'all-at-once-es', severity: 'urgent', patterns: ['tomar|tomarme|meter|meterme|tome|tomé ~3 todo|toda|todas|todos ~8 de ~0 una|golpe|jalon|jalón'], withShare: 'MEANS|jarabe|dosis', unless: LAUGHING },
  // A knife taken up to one's room: "took the big knife from the kitchen up to my room dont ask me why".
  { id: 'knife-to-room', severity: 'urgent', patterns: ['knife|cuchillo ~4 from|de|del ~2 kitchen|cocina ~4 room|cuarto|pieza|bed|cama'], unless: `${LAUGHING}|back|devolvi|devolví|return|returned|regrese|regresé|wash|lavar|sandwich|apple|manzana|fruit|fruta|cake|pastel` },
  // Prayers for death to come: "le rezo a la santa muerte q ya venga por mi".
  { id: 'come-for-me', severity: 'concern', patterns: ['venga|vengas ~1 por ~1 mi'], withShare: 'muerte|dios|diosito|santa|virgen|rezo|rezar|pido|señor|senor', unless: LAUGHING },
  // The letters already written: "ya escribi las cartas ya estan en el buro".
  { id: 'letters-written', severity: 'urgent', patterns: ['ya ~0 escribi|escribí|termine|terminé ~1 las|mis ~0 cartas', 'already ~0 wrote|written|finished ~1 the|my ~0 letters'], unless: `${LAUGHING}|navidad|christmas|santa|reyes|cumple|birthday|juez|judge|abogado|lawyer|trabajo|job|cover|recomendacion|recommendation|parole|pen|pal|amigo|friend|novia|girlfriend` },
  // Hurt oneself or burst: "si no me hago daño ahorita siento q exploto".
  { id: 'harm-or-burst', severity: 'concern', negative: true, patterns: ['si ~0 no ~0 me ~0 hago ~0 dano|daño', 'si ~0 no ~0 me ~0 corto|quemo|lastimo', 'if ~0 i ~0 dont ~0 hurt|cut|burn ~0 myself'], unless: LAUGHING },
  // A death in the family understood from the inside: "mi viejo se fue igual a mi edad y ya entiendo xq lo hizo".
  { id: 'understand-why', severity: 'concern', patterns: ['entiendo|entendi|entendí|comprendo|comprendi ~3 lo ~0 hizo', 'entiendo|entendi|entendí|comprendo|comprendi ~3 se ~0 mato|mató|colgo|colgó', 'understand|get|see ~1 why ~4 did ~0 it', 'understand ~0 him|her|them ~1 completely|totally|fully|perfectly|now', 'entiendo|comprendo ~0 a ~1 mi|su ~0 KIN', 'understand|get|see ~1 why ~4 killed|hanged|hung|ended ~0 himself|herself|themselves|it'], with: 'ya|ahora|now|finally|recien|fin|too|tambien|también|igual', withShare: 'murio|murió|mato|mató|suicid*|died|dead|killed|hanged|hung|overdos*|sobredos*|edad|age', unless: LAUGHING },
  // Pills of someone else's put with one's own, and enough: "con esas y las mias alcanza".
  { id: 'stashes-add-up', severity: 'urgent', patterns: ['con ~3 esas|esos|estas|estos|las|los ~2 mias|mías|mios|míos|mis ~2 alcanza|alcanzan|basta|bastan|sobra|sobran|suficiente|suficientes', 'with ~3 mine ~2 enough|plenty'], withShare: 'MEANS' },
  // Watching over the others from above, said of oneself: "los voy a cuidar de arriba".
  { id: 'watch-from-above', severity: 'urgent', patterns: ['voy ~1 a ~1 cuidar|cuidarlos|cuidarlas|cuidarte|cuidarles ~3 de|desde ~1 arriba|cielo|alla|allá', 'cuidare|cuidaré ~3 de|desde ~1 arriba|cielo|alla|allá', 'will|ill|gonna|going ~3 watch|look ~1 over|after|out ~4 from ~1 above|heaven|up'], unless: `${LAUGHING}|she|he|they|god|dios|angel|ángel|abuela|abuelo|grandma|grandpa` },
  // Goodbyes that nobody took for goodbyes: "rang all my old mates to say goodbye. none of them twigged".
  { id: 'goodbye-unnoticed', severity: 'urgent', patterns: ['none|nobody|nadie|ninguno|ninguna ~3 twigged|noticed|knew|clocked|realised|realized|suspected|guessed', 'no ~0 one ~2 twigged|noticed|knew|clocked|realised|realized|suspected|guessed', 'nadie|ninguno|ninguna ~3 se ~0 dio|dieron ~0 cuenta', 'nadie|ninguno|ninguna ~2 sospecho|sospechó|noto|notó'], withShare: 'goodbye|goodbyes|adios|adiós|despedirme|despedi|despedí|despedida|farewell|despidiendome|despidiéndome', unless: LAUGHING },
  // Better to disappear: "no quiero ser esto, mejor desaparecer".
  { id: 'better-disappear', severity: 'concern', patterns: ['mejor|prefiero|preferiria|preferiría ~1 desaparecer|desaparecerme|esfumarme', 'better|rather ~2 just ~0 disappear|vanish'], unless: `${LAUGHING}|rato|ratito|semana|finde|dias|días|grupo|redes|face|facebook|insta|instagram|whatsapp|wasap|chat|vista|while|bit|weekend|social|media|phone|app|tiktok|party|fiesta` },
  // No more holidays, felt in the body: "este año no veo la navidad, lo siento en los huesos".
  { id: 'last-holiday', severity: 'concern', patterns: ['no ~1 veo|vere|veré|llego|llegare|llegaré ~2 la|el|otra|otro|esta|este|a ~0 navidad|año|ano|cumple|cumpleaños|cumpleanos|verano|primavera|invierno', 'wont|not|never ~2 see|make ~2 christmas|xmas|spring|summer|another|next ~0 year|birthday|christmas', 'este|esta ~1 fue|es|sera|será ~1 mi ~0 ultimo|último|ultima|última ~0 cumpleaños|cumpleanos|cumple|navidad|año|ano', 'this ~1 was|is|be ~1 my ~0 last ~0 birthday|christmas|xmas|year'], withShare: 'huesos|bones|miedo|scared|afraid|cuerpo|body|ready|listo|lista|cansado|cansada|tired|feel|siento|presiento|creo|think|know|se|sé', unless: `${LAUGHING}|with|con|familia|family|kids|hijos|home|casa|permiso|pass|visita|visit|work|trabajo|turno|shift|money|dinero|plata|teens|twenties|thirties|forties|fifties|veintes|treintas|cuarentas|cincuentas` },
  // The old amount after time away: "aint used in a year and im finna do what i used to do in one shot".
  { id: 'old-amount', staysInPast: true, severity: 'urgent', patterns: ['INTENT ~3 do|take|use|hacer|meterme|tomar|tomarme ~2 what|lo ~1 i|que ~2 used|usaba|hacia|hacía|tomaba|metia|metía', 'what|lo ~1 i|que ~2 used|usaba|tomaba|metia|metía ~4 in|de|en ~1 one|un|una ~0 shot|go|golpe|sola|jalon|jalón'], withShare: 'clean|sober|limpio|limpia|tolerance|tolerancia|rehab|jail|prison|carcel|cárcel|dope|fent*|heroin*|heroina|dose|dosis|shot|pills|pastillas|droga|drogas|chiva|perico|coca|crack|meth|cristal|foco', unless: LAUGHING },
  // Doses pretended and kept back: "hago como q me tomo la medicacion y la escondo".
  { id: 'pretend-meds', severity: 'urgent', patterns: ['hago|finjo|fingir|fingiendo|pretend|pretending|fake|faking ~2 como|like|that|q|que|to ~2 tomo|take|taking|tomar|swallow* ~3 medicacion|medicación|pastillas|meds|pills|medicine|medicina|dosis'], withShare: 'escondo|escondi|escondí|esconder|escondiendo|hide|hiding|hid|guardo|guardando|stash*|saving|junt*|collect*' },
  // Insulin stopped on purpose, as a way out: "dejo de pincharme la insulina aposta".
  { id: 'insulin-stop', severity: 'urgent', patterns: ['dejo|deje|dejé|dejar|dejando|stop|stopped|stopping|skip|skipping|skipped|quit ~3 insulin*|insulina'], withShare: 'aposta|proposito|propósito|purpose|die|morir|morirme|tranquila|tranquilo|peaceful|quietest|quiet|forma|manera|nadie|nobody' },
  // Others free of the writer, in Spanish: "sin mi le iria mucho mejor", "estarian libres".
  { id: 'better-without-me-es', severity: 'concern', patterns: ['sin ~1 mi|mí ~3 iria|iría|irian|irían|ira|irá ~1 mejor', 'estarian|estarían|serian|serían|quedarian|quedarían ~0 libres'], unless: `${LAUGHING}|${GAME_NAMES}|equipo|partido|liga|torneo` },
  // "ya no pinto nada aquí": no place left for the writer.
  { id: 'no-place', severity: 'concern', negative: true, patterns: ['ya ~0 no ~0 pinto ~0 nada', 'no ~0 pinto ~0 nada ~0 aqui|aquí|aca|acá'], unless: `${LAUGHING}|reunion|reunión|junta|fiesta|party|meeting` },
  // Robbed or beaten, and they said they will be back: "me asaltaron ... y dijeron q vuelven".
  { id: 'they-come-back', severity: 'urgent', patterns: ['dijeron|dijo|dicen ~2 q|que ~0 vuelven|volveran|volverán|vuelve|volvera|volverá|regresan|regresaran|regresarán', 'said|says ~2 theyll|they|hell|he|she|shell|theyd|hed ~1 be|come|coming ~0 back'], withShare: 'asaltaron|asalto|robaron|robo|pegaron|golpearon|amenazaron|jumped|robbed|mugged|beat|attacked|threatened|atacaron' },
  // Going with weapons: "vamos con fierros", "mi primo aprende a no meterse con mi mujer".
  { id: 'going-armed', severity: 'urgent', patterns: ['vamos|voy|van|vamo|iremos|ire|iré ~1 con ~1 los|las|unos ~0 fierros|fierro|armas|pistolas|fusca|cuchillos|machetes|bates', 'vamos|voy|van|vamo|iremos|ire|iré ~1 con ~0 fierros|fierro|armas|pistolas|fusca|cuchillos|machetes|bates', 'aprende|aprenda|aprendera|aprenderá ~2 a ~0 no ~0 meterse|meterte|meterse'], unlessShare: GAMES_ONLY },
  // Old wounds opened again: "opened the old ones back up".
  { id: 'reopened', severity: 'concern', patterns: ['opened|reopened|abri|abrí|reabri|reabrí ~3 ones|cuts|scars|wounds|cortes|heridas|cicatrices ~1 back|up|otra|de', 'reopened|reabri|reabrí ~2 cuts|scars|wounds|them|cortes|heridas|cicatrices', 'quiero ~2 q|que ~0 se ~0 abra|abran|reabra ~1 otra|de', 'want ~3 it|them ~0 to ~0 open|reopen|bleed ~1 again|up'], unless: `box|boxes|caja|cajas|can|cans|lata|latas|jar|frasco|presents|gifts|regalos|letters|cartas|window|ventana|door|puerta|store|tienda|account|cuenta|${GAME_NAMES}` },
  // The wish to die, once past, back now: "i used to want to die. its back now", "ya volvieron las ganas".
  { id: 'it-is-back', severity: 'concern', patterns: ['its|it|theyre|they|thoughts|urges|urge|feeling|feelings ~1 back ~0 now|again', 'its|it|theyre|they|thoughts|urges|urge|feeling|feelings ~1 back ~0 $', 'its|it ~0 came|comes|coming ~0 back', 'ya ~0 volvio|volvió|volvieron|regreso|regresó|regresaron', 'volvieron|regresaron ~0 las|los ~0 ganas|pensamientos|ideas'], withShare: '=die|=morir|=morirme|=matarme|suicid*|=kms|unaliv*|=cutting|=cortarme|=myself', unless: 'uno|cards|cartas|game|juego|foot|pie|bring|brought|give|put|trae|traer|traigan|devuelvan|devuelve|return|charger|cargador|phone|celular' },
  // Back to the old amount after clean time, the body no longer used to it: "6 meses limpio y hoy vuelvo a mi dosis de antes".
  { id: 'old-dose', staysInPast: true, severity: 'urgent', patterns: ['vuelvo|volver|volvi|volví|regreso|regresar ~2 a ~1 mi|la ~0 dosis|cantidad ~1 de ~0 antes|normal|usual|completa', 'meter|meto|tomar|tomo|usar|uso|poner|pongo|meterme|ponerme ~2 la|mi ~0 dosis|cantidad ~1 de ~0 antes|siempre|normal', 'same|old|usual|full|normal ~0 dose|amount|hit|shot ~2 as ~0 before|i ~0 used', 'same|old|usual|full|normal ~0 dose|amount ~0 anyway|again', 'going|go|went ~0 back ~1 to ~1 my|the ~0 old|usual|full|same|normal ~0 dose|amount|hit'], withShare: 'clean|sober|limpio|limpia|sobrio|sobria|months|meses|weeks|semanas|days|dias|tolerance|tolerancia|rehab|detox|jail|carcel|prison|prision' },
  // Means the search missed: "staff cleared my room but they missed one", "se les paso el cajon".
  { id: 'search-missed', severity: 'urgent', negative: true, patterns: ['they|staff|nurses|nurse ~8 missed|overlooked ~0 one|some', 'they|staff|nurses|nurse ~3 missed|overlooked ~0 a|my', 'forgot|didnt|never ~2 check|checked|search|searched|find|found|look|looked ~3 my ~0 drawer|mattress|shoe|shoes|bag|locker|room', 'no ~0 revisaron|encontraron|buscaron|vieron ~3 mi|el|la ~0 cajon|cajón|colchon|colchón|zapato|zapatos|mochila|bolsa|taquilla|locker', 'se ~0 les ~0 paso|pasó|escapo|escapó|olvido|olvidó ~2 uno|una|el|la|mi|revisar'], withShare: 'cleared|searched|search|sweep|locked|checked|check|revisaron|revisar|registraron|registro|requisa|limpiaron|quitaron|took|cuarto|room|pieza|habitacion|habitación', unless: `${LAUGHING}|dose|dosis|appointment|cita|call|llamada|bus|spot|stain|mancha|dust|polvo|sock|calcetin|remote|control|mail|correo|package|paquete|name|nombre` },
  // Lost tolerance and a big dose all the same: "perdi la tolerancia en el centro, igual voy a meterme una dosis grande".
  { id: 'tolerance-big-dose', severity: 'urgent', patterns: ['tolerancia|tolerance ~8 INTENT|voy|gonna|going|ire|iré ~6 grande|big|fuerte|full|usual|old|same|entera|completa|whole|huge|siempre', 'INTENT|voy|gonna|going ~5 grande|big|fuerte|full|usual|old|same|entera|completa|whole|huge ~6 tolerancia|tolerance'], withShare: 'perdi|perdí|lost|sin|zero|cero|baja|low|gone|no', unless: LAUGHING },
  // Whatever happens: "if it kills me it kills me", "si me mata que me mate".
  { id: 'if-it-kills-me', severity: 'concern', patterns: ['if ~0 it|this|that ~0 kills ~0 me ~1 it|then|so ~0 kills|be', 'if ~0 i ~0 die|drop|od|go ~0 i ~0 die|drop|od|go', 'si ~0 me ~0 mata ~1 que|q|pues ~0 me ~0 mate', 'si ~0 me ~0 muero ~0 me ~0 muero'], unless: `${JOKING}|${INJURY}|${GAME_NAMES}` },
  // Turning help away on the night itself: "mine is tonight and i dont think ill call anyone".
  { id: 'no-call-tonight', severity: 'concern', negative: true, patterns: ['wont|not|dont|never ~3 call|text|ring|tell ~1 anyone|anybody', 'no ~3 llamar|llamo|llamare|llamaré|avisar|avisare|avisaré|decirle ~1 a ~0 nadie', 'call|tell|ring ~1 nobody'], with: 'tonight|hoy|noche|today', unless: `${LAUGHING}|surprise|sorpresa|secret|secreto|party|fiesta|cumple|birthday|gift|regalo|spoiler|spoilers|score|resultado` },
  // Asked about dying and lied: "lied to my therapist about the thoughts of dying", "le menti a la enfermera".
  { id: 'lied-when-asked', severity: 'concern', negative: true, patterns: ['said ~0 no ~2 lie|lied|lying|liar', 'menti|mentí|lied ~3 enfermera|enfermero|nurse|doctor|doc|therapist|terapeuta|psiquiatra|psicologa|psicóloga|psych|staff|counselor'], withShare: 'safe|seguro|segura|morir|die|dying|dead|muerto|matar*|kill*|suicid*|harm|hurt|lastim*|estar|plan|plans|thoughts|pensamientos|pensaba|thinking', unless: `${LAUGHING}|smoke|smoking|fumo|fumar|fume|drink|drinking|tomo|beber|age|edad|weight|peso|ate|comi|comí|homework|tarea` },
  // Threats heard, in Spanish slang: "te vamos a rajar chivata", "me estan esperando para darme una paliza".
  { id: 'threat-heard-es', severity: 'urgent', patterns: ['te ~1 voy|vamos|van|va ~1 a ~1 rajar|picar|quebrar|apunalar|apuñalar|filerear|plomear|tronar|madrear|rajarte|picarte|quebrarte|plomearte|tronarte', 'darme|pegarme|meterme ~1 una ~0 paliza|golpiza|madriza|putiza|tunda|verguiza', 'me ~0 ensenaron|enseñaron|mostraron|sacaron|saco|sacó|enseno|enseñó|mostro|mostró ~2 navaja|cuchillo|pistola|arma|fierro|cuete|filero'], unless: `${LAUGHING}|${GAME_NAMES}|madre`, unlessShare: GAMES_ONLY },
  // Means kept back for the end: "llevo un mes sin tomar el litio, lo voy guardando todo pa el final".
  { id: 'saved-for-the-end', severity: 'urgent', patterns: ['guard*|junt*|ahorr*|sav*|stash*|keep*|kept ~3 pa|para|for ~1 el|the|mi|my ~0 final|end'], withShare: 'MEANS', unless: `${LAUGHING}|${GAME_NAMES}|postre|dessert|comida|food|serie|series|episodio|episode|capitulo|capítulo|pizza|cake|pastel|chocolate|galletas|cookies|movie|pelicula|película|book|libro|season|temporada|semester|semestre|year|month|week|quincena|sueldo|renta|rent` },
  // Days counted down, and not for anything good: "estoy contando los dias y no pa nada bueno".
  { id: 'counting-not-good', severity: 'urgent', negative: true, patterns: ['contando|cuento|counting ~2 dias|días|days ~6 no|not ~2 pa|para|for ~1 nada|anything ~0 bueno|good'] },
  // Something poured into someone's drink: "le voy a echar lejia en el cafe a la compañera".
  { id: 'poison-drink', severity: 'urgent', patterns: ['echar|echarle|poner|ponerle|meter|meterle|put|putting|slip ~3 lejia|lejía|cloro|veneno|bleach|poison|raticida|matarratas ~4 cafe|café|comida|bebida|coffee|food|drink|agua|water|tea|sopa|soup'], unless: `${LAUGHING}|limpiar|clean|cleaning|bano|baño|bathroom|piso|floor|ropa|laundry|plantas|plants|ratas|rats|ratones|mice|cucarachas|roaches` },
  // Care cancelled and things handed back: "ya cancele mi turno con la psicologa y le devolvi los libros a la biblioteca, todo cerrado".
  { id: 'care-cancelled', severity: 'urgent', patterns: ['cancele|cancelé|cancelled|canceled|cancel ~4 psicolog*|psiquiatra|terapeuta|therapist|psych*|counsel*|terapia|therapy|consejera|consejero'], withShare: 'cerrado|cerrada|closed|devolvi|devolví|returned|regale|regalé|gave|despedi|despedí|goodbye|adios|adiós|sorted|arreglado|listo', unless: `${LAUGHING}|${LEAVING}|vacaciones|vacation|holiday|enferma|enfermo|sick|reprogram*|resched*|cambie|cambié|moved|pase|pasé|otro|otra|another|new|nueva|nuevo|trabajo|work|shift` },
  // New blades after the old ones were found: "need new blades, the old ones got found on room check".
  { id: 'new-blades', severity: 'concern', patterns: ['need|buy|get|getting|comprar|necesito|conseguir|consigo|compro ~2 new|nuevas|nuevos|otras|otros|more|mas|más ~0 blades|razors|cuchillas|navajas|hojas|cutters'], withShare: 'found|took|taken|confiscated|check|staff|quitaron|encontraron|revisaron|revision|old|viejas|viejos|again|otra', unless: `${ACCIDENT}|legs|piernas|beard|barba|cabeza|head|craft*|manualidad*|papel|paper` },
  // "Enough to kill a horse", and all of it alone: "tengo perico pa matar a un caballo y me lo voy a hacer todo solito".
  // A weapon got ready for something other than game: "borrow his rifle. not planning on deer", "sharpened it for something else than fish".
  { id: 'not-for-game', severity: 'urgent', negative: true, patterns: ['NEG ~2 planning|planeo|pienso|for|para|pa ~1 on|en ~0 deer|venado|venados|ciervo|ciervos|fish|peces|pescado|pescar|rabbits|conejos|hunting|caza|cazar', 'for ~0 something|someone ~0 else|other ~0 than|but', 'para|pa ~0 otra ~0 cosa|persona'], withShare: 'rifle|gun|shotgun|escopeta|pistola|arma|knife|cuchillo|navaja|blade|machete|sharpened|sharpen|afile|afilé|afilar|bullets|balas', unless: LAUGHING },
  // Drugs mixed for a night that may not end: "metadona + vino = noche tranquila o noche eterna, da igual".
  { id: 'endless-night', severity: 'urgent', patterns: ['noche|sueño|sueno|night|sleep|dormir|siesta ~0 eterna|eterno|eternal|forever|endless|final', 'sleep ~0 that ~0 never ~0 ends'], withShare: 'MEANS|metadona|methadone|vino|wine|alcohol|pastillas|pills|benzos|fent*|heroin*|heroina|camello|dealer|dope|droga|drogas|perico|coca|chochos', unless: 'movie|pelicula|película|song|cancion|canción|serie|show|book|libro|baby|bebe|bebé' },
  // Everything tonight, with a drink and a dealer to hand: "estoy en el bar con el primer cubata y el numero del camello, esta noche todo".
  { id: 'tonight-everything', severity: 'urgent', patterns: ['esta ~0 noche ~0 todo|toda ~0 $', 'tonight ~0 everything|all ~0 $', 'all|everything ~0 tonight ~0 $'], withShare: 'camello|dealer|connect|plug|bar|cubata|copa|copas|chupito|drink|drinks|shots|dope|droga|drogas|perico|coca|fent*|MEANS', unless: `${LAUGHING}|${GAME_NAMES}|party|fiesta|karaoke|dance|baile|concert|concierto` },
  // A clean streak broken: "2 meses sin cortarme y anoche a la mierda", "months without cutting and i blew it".
  { id: 'streak-broken', severity: 'concern', negative: true, patterns: ['sin ~0 cortarme|lastimarme|quemarme|hacerme ~6 mierda|cague|cagué|rompi|rompí|jodi|jodí|perdi|perdí|fastidie|fastidié', 'without|no ~0 cutting|hurting|harming|burning ~6 broke|blew|ruined|lost|relapsed'], unless: `${GAME_NAMES}|${LAUGHING}|ejercicio|dieta|diet|gym|nails|uñas|unas` },
  // Not making it past this week: "de esta semana no paso", "no paso de este mes".
  { id: 'not-past-this', severity: 'urgent', negative: true, patterns: ['NEG ~0 paso|salgo ~1 de ~0 esta|este ~0 semana|mes|noche|ano|año|invierno|verano|finde', 'de ~0 esta|este ~0 semana|mes|noche|ano|año|invierno|verano|finde ~0 NEG ~0 paso|salgo'], unless: `sin|without|examen|exam|dieta|diet|gym|vacaciones|vacation|${GAME_NAMES}` },
  { id: 'kill-a-horse', severity: 'urgent', patterns: ['matar|tumbar|kill|drop ~1 a|un ~0 caballo|horse|elefante|elephant'], withShare: 'MEANS|perico|coca|cocaina|dope|fent*|droga|drogas|pills|pastillas|crack|meth|cristal|heroin*|heroina|piedra|foco', unless: `${LAUGHING}|coffee|cafe|café|comida|food|hambre|hungry|calor|heat|olor|smell|perfume` },
  // One's death by one's own hand: "i want to go to her, properly, by my own hand", "por mi propia mano".
  { id: 'own-hand', severity: 'urgent', patterns: ['by ~0 my ~0 own ~0 hand', 'por|con ~0 mi ~0 propia ~0 mano'], with: 'DESIRE|INTENT|DIE|END|go|ir|irme|going|voy', unless: `${LAUGHING}|made|hecho|hecha|wrote|escrito|escrita|written|built|painted|pintado|pintada|cooked|knit*|tejid*|sewn|cosid*|drawn|dibujad*|cake|pastel|letter|carta|card|tarjeta` },
  // No more days wanted: "i dont want a new day, i want no more days".
  { id: 'no-more-days', severity: 'concern', negative: true, patterns: ['DESIRE ~2 no ~0 more ~0 days|mornings|tomorrows|birthdays|christmases'], unless: `${LAUGHING}|off|like|work|school|rain|this|these|mondays|shifts` },
  // No intention of seeing a day ahead: "i turn 68 tomorrow and i have no intention of seeing the day after", "no pienso llegar al lunes".
  { id: 'not-seeing-the-day', severity: 'urgent', negative: true, patterns: ['have|has|got ~0 no ~0 intention|plans|plan ~1 of|on ~0 seeing|making|reaching|waking ~3 day|days|morning|tomorrow|birthday|christmas|year|week|weekend|spring|summer|autumn|winter|new|monday|tuesday|wednesday|thursday|friday|saturday|sunday|after', 'NEG ~0 pienso|planeo ~2 llegar|ver|despertar|amanecer ~3 dia|día|manana|mañana|cumple*|navidad|ano|año|semana|finde|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|otro|otra|verano|invierno'], unless: `${LAUGHING}|${KIN}|ex|him|her|them|lo|la|los|las|le|les|movie|pelicula|película|film|show|serie|game|partido|concert|concierto|class|clase|group|grupo|meeting|junta|reunion|reunión|cita|appointment|work|trabajo|court|corte|tarde|late|temprano|early|anyone|nadie|alguien` },
  // A whole box or a month's script taken with drink: "might just have the whole box with the whisky", "me la voy a tomar entera con el anis".
  { id: 'whole-with-drink', severity: 'urgent', patterns: [`whole|entire ~1 box|pack|packet|strip|blister|script|prescription|month ~4 with|and ~2 ${DRINK}`, `entera|entero|enteras|enteros ~3 con|y ~2 ${DRINK}`, `toda|todas ~1 la|las ~0 caja|cajas|tira|tiras|receta|blister ~4 con|y ~2 ${DRINK}`], withShare: 'MEANS|script|receta|caja|box|farmacia|pharmacy|chemist|dosis|dose|blister|meds|tablets|pastillas', unless: `${LAUGHING}|pizza|cake|pastel|tarta|comida|food|dinner|cena|empanada*|paella|bocadillo|sandwich|bread|pan|chips|papas|season|temporada|serie|series` },
  // An overdose not sought but not avoided: "no busco sobredosis pero tampoco la voy a evitar".
  { id: 'not-avoid', severity: 'urgent', negative: true, patterns: ['tampoco|ni ~2 la|lo ~1 voy ~1 a ~0 evitar|impedir|parar', 'if ~0 it ~0 happens ~0 it ~0 happens'], withShare: 'sobredosis|overdose|overdosing|od|dosis|dose|morir|die|dying|muerte|death|fent*|fentanilo', unless: LAUGHING },
  // Fire set to someone's door, room or car: "im going to set fire to his door", "le voy a prender fuego a su cuarto".
  { id: 'set-fire', severity: 'urgent', patterns: ['set|setting|light|lighting ~1 fire ~1 to ~1 his|her|their|OTHER ~2 door|room|car|house|flat|bed|bike|stuff|things|place|hair', 'burn|torch ~1 his|her|their ~1 door|room|car|house|flat|bed|bike|stuff|things|place', 'prender|prenderle|prenderles|pegar|pegarle|pegarles|meter|meterle|meterles ~0 fuego ~2 su|sus|la|el ~0 puerta|cuarto|carro|coche|casa|piso|cama|moto|cosas|pelo', 'quemar|quemarle|quemarles ~1 la|el|su|sus ~0 puerta|cuarto|carro|coche|casa|piso|cama|moto|cosas|pelo'], with: 'INTENT|DESIRE|SELF|voy|vamos|gonna|going', unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|película|news|noticias|dream|sueño|soñe|soñé|kids|niños|accident*|accidente` },
  // Not putting them through it much longer: "no le voy a hacer esto mucho mas", "i wont put them through this much longer".
  // The will to live lost or gone: "perdi las ganas de vivir", "se me fueron las ganas de vivir", "lost my will to live".
  { id: 'will-to-live-lost', severity: 'concern', negative: true, patterns: ['NEG|perdi|perdí|perdido|perdiendo|pierdo|perdiste|perdio|perdió|sin|cero|pocas|fueron|fue|quitaron|quito|quitó|quita|quitan ~3 ganas ~0 de ~0 vivir|existir', 'NEG|lost|losing|lose|zero|without|gone ~2 will|desire ~1 to ~0 live|living|exist|existing', 'will ~1 to ~0 live ~2 gone|left|went|died'], unless: `${LAUGHING}|${GAME_NAMES}|partido|liga|torneo|equipo|seleccion|selección|barça|barca|madrid|boca|river|america|américa|chivas` },
  // Hurting oneself past what a coping skill allows: "scratching till it bleeds", "me rasco hasta sangrar".
  { id: 'till-it-bleeds', severity: 'concern', patterns: ['scratch*|pick*|pull*|rip*|bit*|bite|biting|rasc*|arranc*|jal*|mord* ~4 till|until|hasta ~2 bleed*|bled|sangr*'], with: 'SELF|REFLEXIVE|me|im|i|my|mi|mis', unless: `${LAUGHING}|vez|instead|crema|cream|lotion|mosquito*|bug|bugs|bites|picadura*|piojos|lice|dog|perro|cat|gato|puppy|baby|bebe|nails|uñas|cuticle*|cuticulas|gums|encias|nose|nariz|scab|costra|acne|granos|pimple*|lip|labio|labios` },
  // Going back to a blade, or a lighter when a skill did not work: "went back to the razor after 2 years", "used the lighter instead".
  { id: 'back-to-the-blade', severity: 'concern', patterns: ['went|go|going|gone|back ~1 back|to ~1 the|my ~0 razor|razors|blade|blades|lighter|cutting|burning|scissors', 'used|grabbed|got|picked|took ~1 the|my ~0 lighter|razor|blade|blades|scissors|sharpener ~1 instead', 'volvi|volví|regrese|regresé ~1 a ~1 la|las|el|los|mi|mis ~0 cuchilla|cuchillas|navaja|navajas|hoja|hojas|encendedor|mechero|tijeras|cortes|cortarme|quemarme'], with: 'SELF|i|me|im|REFLEXIVE|SELFHARM|years|months|weeks|años|meses|semanas|skill|skills|dbt|instead|didnt|cant|stop|parar', unless: `${LAUGHING}|shav*|afeit*|beard|barba|legs|piernas|barber*|peluquer*|hair|pelo|craft*|manualidad*|candle|candles|vela|velas|stove|estufa|grill|bbq|cigarette|cigarro|cigar|smoke|fumar|pipe|joint|wrapping|regalo|gift|fabric|tela|sewing|costura` },
  // A self-harm streak broken, in English: "2 years no self harm and i relapsed tonight".
  { id: 'self-harm-streak-broken', severity: 'concern', negative: true, patterns: ['no|without|free ~0 self ~0 harm|harming ~6 relapsed|slipped|broke|blew|lost|ruined|back|again|tonight', 'sh|selfharm ~1 free|clean ~6 relapsed|slipped|broke|blew|lost|ruined|tonight'], unless: `${LAUGHING}|${GAME_NAMES}|proud|celebr*|chip|milestone|still` },
  // "The rainbow bridge", said of oneself: "going to the rainbow bridge myself tonight".
  { id: 'rainbow-bridge-self', severity: 'urgent', negative: true, patterns: ['rainbow ~0 bridge ~2 myself', 'myself ~4 rainbow ~0 bridge', 'puente ~0 del|de ~0 arcoiris|arcoíris ~2 yo ~0 mismo|misma|tambien|también'], unless: `${KIN}|${KIN_OWNING}|vet|veterinario|veterinaria|waiting|esperando|meet|see|ver|reunirme` },
  // "Next person who talks down to me gets glassed": a threat to whoever comes next.
  { id: 'next-person-gets', severity: 'urgent', patterns: ['next ~0 person|one|guy|dude|idiot|fool|clown|bitch|fucker|who|that ~6 gets|getting ~0 glassed|stabbed|shanked|smacked|dropped|hurt|knocked|jumped|battered|merked|bodied|popped|shot|slapped|punched|decked|sparked|chinned|bottled', 'al|el|la ~0 proximo|próximo|proxima|próxima|siguiente ~0 que|q ~6 le|lo|la ~0 parto|rompo|reviento|pico|rajo|apunalo|apuñalo|mato|quiebro|madreo|tumbo'], unless: `${LAUGHING}|${GAME_NAMES}|quiz|turn|turno|round|ronda|tag|pilla|wins|gana|prize|premio|cards|cartas|sticker|sello` },
  // Feeling one is wrecking someone's life: "im wrecking her life", "le estoy arruinando la vida".
  { id: 'wrecking-their-life', severity: 'concern', patterns: ['im|i ~0 am ~0 wrecking|ruining|destroying ~1 her|his|their|everyones|everybodys|your|ur|my ~0 life|lives|kids ~0 life|lives', 'im|i ~0 wrecking|ruining|destroying ~1 her|his|their|everyones|everybodys|your|ur ~1 life|lives', 'le|les|te ~0 estoy ~0 arruinando|destrozando|jodiendo|amargando ~0 la ~0 vida', 'les|le|te ~0 arruino|destrozo|amargo ~0 la ~0 vida'], unless: `${LAUGHING}|${GAME_NAMES}|diet|dieta|phone|celular|shoes|zapatos|car|carro|shirt|camisa|sleep|sueño|sueno|song|cancion|music|musica|playlist|joke|chiste` },
  // Still wanting out after every step of a plan: "rang everyone on it. still want out".
  { id: 'still-want-out', severity: 'concern', patterns: ['still|stil ~1 want|wanna|wanting ~0 out ~0 $', 'still|stil ~1 want|wanna|wanting ~0 out ~1 of ~0 here|this|it|life', 'todavia|todavía|aun|aún|sigo ~1 quiero|queriendo ~0 salir|irme ~1 de ~0 todo|esto|aqui|la ~0 vida ~0 $'], unless: `${LAUGHING}|house|casa|program|programa|rehab|job|trabajo|relationship|relacion|relación|lease|contract|contrato|group|grupo|chat|city|ciudad|town|pueblo` },
  // A date of a death taken as one's own: "march 14 is 1 year since she passed. thats my day too".
  { id: 'her-day-mine', severity: 'urgent', patterns: ['thats|that|its|it|es|ese|sera|será ~1 my|mi ~0 day|date|dia|día|fecha ~0 too|also|tambien|también'], withShare: 'passed|died|murio|murió|fallecio|falleció|anniversary|aniversario|grave|tumba|funeral|entierro', unless: `${LAUGHING}|visit|visito|visitarlo|visitarla|church|iglesia|misa|mass|flowers|flores|birthday|bday|cumple|cumpleaños|cumpleanos|payday|pago|off|libre|free|wedding|boda|graduation|graduacion|graduación` },
  // A last time with everyone, kept secret: "ultima cena con vosotros aunque no lo sepais".
  { id: 'last-secret', severity: 'urgent', negative: true, patterns: ['NEG ~0 lo ~0 sepan|sepais|sepáis|sabeis|sabéis|sepas', 'you|yall|they ~0 dont ~0 know ~0 it ~0 $'], withShare: 'ultima|última|ultimo|último|last|final', unless: `${LAUGHING}|${GAME_NAMES}|surprise|sorpresa|party|fiesta|birthday|cumple|cumpleaños|moving|mudo|mudanza|move|alta|discharg*|graduat*|gradu*|job|trabajo` },
  // A bus or car that did not brake, and nothing lost if so: "si el bondi no frenaba tampoco pasaba nada".
  { id: 'if-it-didnt-brake', severity: 'concern', negative: true, patterns: ['si|if ~4 NEG ~0 frenaba|frenaba|frena|freno|paraba|para|stopped|stop|braked|brake|brakes ~5 tampoco|NEG ~1 pasaba|pasaria|pasaría|importaba|importaria|importaría|matter|mattered|minded|mind|care|cared'], with: 'bus|bondi|camion|colectivo|micro|tren|train|metro|car|carro|coche|auto|truck|camioneta|moto|bike', unless: `${LAUGHING}|${GAME_NAMES}|late|tarde|work|trabajo|school|escuela|appointment|cita|parada` },
  // The old amount after time clean, which the body no longer takes: "clean 6 months, using today, same amount like before".
  { id: 'same-amount-after-clean', severity: 'urgent', patterns: ['same|mismo|misma|mismas ~0 amount|dose|dosis|cantidad|amounts ~3 before|antes|used|usaba|solia|solía|always|siempre'], withShare: 'clean|limpio|limpia|sober|sobrio|sobria|using|usar|consumir|drogarme|relaps*|reca*|dealer|camello|dope|perico|heroin|heroina|fent*|crack|meth|cristal', unless: `${LAUGHING}|doctor|doc|medico|médico|psiquiatra|psychiatrist|nurse|enfermera|prescri*|pharmac*|farmacia|clinic|clinica|clínica|methadone|metadona|suboxone|buprenorphine|eat|eating|ate|food|comida|comer|como|sleep|sleeping|dormir|duermo|weight|peso|coffee|cafe|café|sugar|azucar|azúcar|rent|renta|bags|bolsas` },
  // A pet or plants left to someone "after today": "ya hable con mi tia para q se quede con el negro, mi perro, despues de hoy".
  { id: 'after-today-keep', severity: 'urgent', patterns: ['despues|después ~0 de ~0 hoy', 'despues|después ~0 de ~0 esta ~0 noche', 'after ~0 today|tonight ~0 $'], withShare: 'quede|quedara|quedarse|cuide|cuidara|cuiden|adopte|adopten|keep|feed|perro|perra|gato|gata|mascota|dog|cat|pet|plantas|plants', unless: `${LAUGHING}|vacation|vacaciones|permiso|viaje|trip|hospital|surgery|cirugia|cirugía|operacion|operación|vuelvo|regreso|back|semana|week|dias|días|days|finde|weekend|visita|visit|turno|shift` },
  // A rope or a belt taken up to one's room: "en el trastero habia una soga de la mudanza, ya la subi a mi cuarto".
  { id: 'rope-to-room', severity: 'urgent', patterns: ['soga|cuerda|rope|cinturon|cinturón|belt|cable|extension ~8 subi|subí|lleve|llevé|traje|brought|took|moved|puse|put|guarde|guardé|escondi|escondí|hid ~4 mi|my ~0 cuarto|room|habitacion|habitación|pieza'], unless: `${LAUGHING}|${GAME_NAMES}|tender|ropa|clothes|laundry|tendedero|hammock|hamaca|bici|bike|boxing|saltar|comba|skipping|jump|tent|tienda|camping|lamp|lampara|lámpara|charger|cargador|tv|tele|phone|celular|laptop` },
  // One more drink will kill, and off to the bar: "el hepatologo dice q un trago mas y me muero, pues bueno, me voy al bar".
  { id: 'one-more-drink-kills', severity: 'urgent', patterns: ['un|una|one ~0 trago|copa|cerveza|drink|beer|shot ~0 mas|más|more ~2 me ~0 muero|mata', 'one ~0 more ~0 drink|beer|shot ~2 kill|kills|dead|die'], withShare: 'bar|cantina|licoreria|licorería|pub|liquor|botella|bottle|pues|whatever|fine|bueno|igual', unless: `${LAUGHING}|sober|sobrio|sobria|scared|miedo|asustado|asustada|quit|dejar|dejo|deje|dejé` },
  // A photo of one's door sent by a dealer or an ex: "the dealer from before texted a photo of my door".
  { id: 'photo-of-my-door', severity: 'urgent', patterns: ['texted|sent|send|sends|mando|mandó|manda|envio|envió|posted|subio|subió ~4 photo|foto|pic|picture|video ~2 of|de ~1 my|mi ~0 door|puerta|house|casa|window|ventana|car|carro|coche|room|cuarto|building|edificio', 'texted|sent|send|sends|mando|mandó|manda|envio|envió ~4 photo|foto|pic|picture ~2 of|de ~1 my|mi|mis ~0 kids|kid|hijos|hijo|hija|son|daughter ~0 school|escuela|colegio|house|casa'], with: 'ACTOR|dealer|camello|ex|someone|alguien|guy|tipo|he|she|el|ella|they|ellos|unknown|desconocido', unless: `${LAUGHING}|${HOME_CALLERS}|trabajadora|grandma|abuela` },
  // Beaten for a debt and told they will be back: "me dieron una paliza, dijeron q hoy vuelven".
  { id: 'coming-back-today', severity: 'urgent', patterns: ['dijeron|dijo|dicen|dice ~3 vuelven|vuelve|regresan|regresa|volveran|volverán', 'said|says ~3 coming|come ~0 back'], withShare: 'paliza|golpiza|pegaron|pego|pegó|debo|owe|owed|beat|beaten|jumped|dealer|camello|amenaz*|threat*|cuchillo|knife|pistola|gun|arma', unless: `${LAUGHING}|${GAME_NAMES}|${KIN}|kids|hijos|hijas|niños|ninos|nietos|grandkids|familia|family|friends|amigos|staff|doctor|nurse|enfermera|plumber|fontanero|technician|tecnico|técnico|repair|arreglar|delivery|paquete|package` },
  // "Un dia de estos se cae por las escaleras", with the writer seeing to it: a threat.
  { id: 'one-of-these-days-falls', severity: 'urgent', patterns: ['un|algun|algún ~0 dia|día ~2 de ~0 estos ~4 se ~0 cae|cayera|caiga|muere|accidenta|mata', 'one ~0 of ~0 these ~0 days ~4 falls|fall|trips|slips|gets ~0 hurt'], withShare: 'encargar|encargo|empuj*|push|pushed|accidente|accident|ayudarle|ayudarla|help|gonna|ill|voy|yo', unless: `${LAUGHING}|casa|house|techo|roof|ceiling|shelf|repisa|estante|lamp|lampara|lámpara|abuela|abuelo|grandma|grandpa|nan|viejo|vieja|pared|wall|escalera|ladder|cuadro|picture|tv|tele|moto|bici|bike|perro|gato|dog|cat` },
  { id: 'not-much-longer', severity: 'concern', negative: true, patterns: ['NEG ~3 hacer|hacerle|hacerles ~2 esto|eso ~1 mucho|por ~1 mas|más|tiempo', 'NEG|wont ~3 put ~2 through ~1 this|it ~1 much|any ~0 longer'], unless: `${LAUGHING}|trabajo|job|curro|turno|shift|chamba|jale|dieta|diet|gym|class|clase` },
  // "Ya no nos vamos a ver": goodbye for good.
  { id: 'not-see-again', severity: 'urgent', negative: true, patterns: ['ya ~0 no ~0 nos ~0 vamos|volvemos|volveremos ~1 a ~0 ver', 'nunca ~0 mas|más ~0 nos ~0 vamos|volvemos|volveremos ~1 a ~0 ver'], unless: `${LAUGHING}|${LEAVING}|semana|week|lunes|martes|miercoles|jueves|viernes|sabado|domingo|mañana|manana|luego|pronto|verano|vacaciones|turno|grupo|taller|clase|curso` },
  // Left in a wheelchair: "al q me debe 100 pavos lo dejo en silla de ruedas esta semana".
  { id: 'leave-in-wheelchair', severity: 'urgent', patterns: ['lo|la|los|las|le ~0 dejo|dejare|dejaré|mando ~2 en|al ~1 coma', 'lo|la|los|las ~0 dejo|dejare|dejaré|mando ~1 en ~0 silla ~1 de ~0 ruedas', 'put|leave|send ~1 him|her|them ~2 in|into|to ~1 a|the ~0 wheelchair|coma|hospital'], unless: `${LAUGHING}|${GAME_NAMES}|abuela|abuelo|grandma|grandpa|mom|mama|mamá|papa|papá|dad|cita|appointment|visita|visit` },
  // Voices or God ordering harm to someone: "god told me the cook has the devil in her and i have to cut it out".
  { id: 'ordered-to-harm', severity: 'urgent', patterns: ['have|need|got|must|tengo ~1 to|que|q ~0 cut|kill|burn|stab|sacarle|sacarlo|sacarla|matarla|matarlo|cortarle ~1 it|him|her|them|the|el|la|lo ~1 out|devil|diablo|demonio|demon'], withShare: 'god|dios|voices|voice|voces|devil|diablo|demonio|demon|told|dijo|dicen|ordena|ordenan|mission|mision|misión', unless: `${LAUGHING}|${GAME_NAMES}|tumor|cancer|cáncer|surgery|cirugia|cirugía|tattoo|tatuaje|weed|weeds|maleza|carbs|sugar|azucar|gluten|dairy|lactosa` },
  // Means put away for a day that may come: "guardo las hojas de afeitar por si llega el día".
  { id: 'day-comes', severity: 'urgent', patterns: ['por ~0 si ~0 llega ~1 el|ese ~0 dia|día|momento', 'for ~0 when ~0 the ~0 day|time ~0 comes', 'in ~0 case ~0 the ~0 day|time ~0 comes'], withShare: 'MEANS|hojas|cuchillas|blades|razors|pills|pastillas|rope|soga|cuerda' },
  // "El viernes me voy": a leaving on a day, which a move or a discharge told in the share makes a send-off.
  { id: 'time-leaving', severity: 'urgent', patterns: ['TIME ~4 me ~1 voy $', 'TIME ~4 me ~1 voy ~1 de ~1 aqui|este|esta ~1 mundo|vida'], unlessShare: 'programa|program|mudo|mudanza|mudarme|mudamos|moving|alta|discharg*|parole|traslad*|transfer*', unless: `casi|almost|subida|uphill|cuesta|start|starting|empezar|empezando|comenzar|pass|pase|permiso|visit*|visita*|trip|viaje|vemos|regreso|vuelvo|return*|${IDIOM}|antojo|craving|cravings|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|test|exam|examen|paperwork|interview|entrevista|call|llamar|movie|pelicula|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|resume|meeting|reunion|dinner|cena|trafico|traffic|${GAME_NAMES}` },
  { id: 'last-day', severity: 'urgent', patterns: ['last|ultim* ~1 night|day|noche|dia ~0 anywhere|alive|viva|vivo', 'last|ultim* ~1 night|day|noche|dia ~2 on|en ~1 earth|tierra', 'is|es|ser|be|sera|alive ~2 last|ultim* ~1 day|night|dia|noche|post|share|mensaje|message|time|vez|week|semana|weekend|fin', 'my|mi ~0 last|ultim* ~1 day|night|dia|noche|post|share|mensaje|message|time|vez|week|semana|weekend|fin', 'my|mi ~0 very|final|true|real ~0 last|ultim* ~1 day|night|dia|noche|post|share|mensaje|message|time|vez|week|semana|weekend|fin', 'last|ultim* ~1 night|noche|day|dia ~1 alive|vivo|viva|ever|on|en ~1 earth|tierra|mundo', 'last|ultimo|último|ultima|última ~1 shift|turno|day|dia|día|night|noche|week|semana|post|meal|comida ~0 of|de ~0 my|mi ~0 life|vida'], unless: 'lost|cancer|cáncer|perdi|perdí|funeral|venting|desahog*|wrong|misread|doc|doctor|upped|dose|dosis|lithium|litio|laundry|ropa|schedule|horario|session|sesion|counselor|consejera|retiring|jubila*|marathon|maraton|movie|movies|pelicula|peliculas|series|serie|season|temporada|festival|camp|campamento|course|curso|tournament|torneo|trip|viaje|volunteer*|voluntari*|intern*|practica*|servicio|died|passed|murio|fallecio|dog|perro|cat|gato|probation|parole|libertad|condicional|sentence|condena|before|work|trabajo|job|program|programa|school|escuela|class|clase|vacation|vacaciones|here|aqui|house|casa|treatment|tratamiento|rehab|shelter|albergue|detox' },
  { id: 'gone-by', severity: 'urgent', patterns: ['be|ser|estar|estare|estaré ~1 gone|dead|muerto|muerta|hecho', 'wont|no|ya ~2 be|estar|estare|van ~2 here|around|aqui|alive|vivo|viva|me', 'wont|no|ya ~2 ver|see ~0 me', 'dont|no ~1 expect|esperen ~1 me ~3 TIME|breakfast|desayuno|group|grupo'], with: 'TIME|ready|listo|before|antes|anymore|ya|forever|siempre', unless: 'pass|pase|permiso|visit*|visita*|trip|viaje|vemos|regreso|vuelvo|return*|vacation|vacaciones' },
  // Farewell.
  { id: 'farewell', staysInPast: true, negative: true, severity: 'urgent', patterns: ['goodbye|bye|adios|farewell|despido|despedirme|despedirse ~3 everyone|all|everybody|world|todos|mundo|real|forever|verdad|siempre|guys|friends|amigos|everyone', 'this|es ~2 goodbye|adios|despedida', 'say|said|decir|dije ~2 goodbye|bye|adios ~6 really|verdad', 'last ~1 post|share|message|words|letter|mensaje', 'see|vemos ~3 other|otro ~1 side|lado', 'loose ~1 ends', 'thank*|gracias ~4 goodbye|adios|bye', 'no me van|vas ~2 ver', 'wont|never ~2 see ~1 me ~1 again', 'made|make|hice|hacer ~2 peace|paces $', 'made|make|hice|hacer ~2 peace|paces ~0 with|con ~1 it|everything|todo|todos|everyone|everybody|god|dios|dying|death|muerte|morir|eso|this|esto|leaving|irme|going', 'my ~0 will|testament', 'my ~1 last|new|own|written ~0 will|testament', 'mi ~1 testamento', 'testamento', 'blame|culpen|culpes|culpe ~1 yourselves|yourself|nadie|se', 'q|que ~0 nadie ~0 culpe|culpen ~1 a', 'NEG ~2 blame|culpen|culpes|culpe', 'when|after|once|cuando|after ~2 SELF|ya|yo ~2 gone|este|vaya|muera|dead|muerto|muerta|leave|irme', 'forgive|perdonen|perdoname|perdonenme ~2 me|everybody|everyone|todos', 'gave|give|giving|regal*|regale|dej* ~3 away|my|mi|mis ~5 NEG|wont|need|necesit*|ocupo|quien|whoever', 'NEG ~3 need|needing|necesitar|necesito|ocupo ~2 them|it|they|las|los|mas', 'finally|por ~1 free|fin ~2 libre|free', 'letters|letter|cartas|carta|note|nota ~5 family|familia|kids|hijos|son|hijo|daughter|hija|mom|mama|drawer|cajon|bible|biblia|desk|escritorio', 'tell|diganle|dile|digan ~9 loved|love|quiero|quise|amo|sorry|perdon*|bye|adios|everything|todo|fault|culpa'], unless: `visitas|visits|control|controles|checkup|checkups|pharmacist|pharmacy|farmacia|farmaceutico|farmacéutico|disposal|workshop|taller|snack|snacks|food|comida|extra|leftover*|sobras|fit|size|talla|lei|later|luego|next|proxima|proximo|tomorrow|monday|tuesday|wednesday|thursday|friday|weekend|lunes|martes|miercoles|jueves|viernes|vacation|vacaciones|trip|viaje|meeting|reunion|helps|ayuda|close|cerca|amends|enmiendas|pedirle|pedir|bonito|felt|grandma|grandpa|abuela|abuelo|funeral|dog|perro|old|vieja|viejo|clothes|semana|carro|car|nuevo|nueva|new|compraron|compre|bought|upgrade*|donat*|donacion|clinic|clinica|season|temporada|playoffs|fans|venting|desahog*|wrong|misread|misunderstood|malentend*|${LEAVING}` },
  // Self-harm.
  { id: 'self-harm', severity: 'concern', patterns: ['SELFHARM ~2 REFLEXIVE', 'think*|thought|pienso|pensando|pense ~2 en|about|of ~1 la|el|the|my|mi|una|a ~0 navaja|navajas|blade|blades|razor|razors|cuchilla|rastrillo|cutter', 'SELFHARM ~3 my ~1 arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs|body|head|face|stomach|knuckles', 'me ~2 cort*|quem*|lastim*|golpe*|rasgu*|enterre|pego|hago|hice|hize ~4 brazo|brazos|muneca|munecas|pierna|piernas|piel|cabeza|mano|cara|otra|vez|dano|proposito|alivio|sangrar|algo', 'volvi|empece|empiezo|reca*|ganas|necesito|quiero ~3 cortarme|quemarme|lastimarme|cortar|hacerme|golpearme|autolesion*', 'cortarme|quemarme|lastimarme|autolesion*|autolesionando|hacerme ~2 dano|cortadas', 'me ~2 volvi ~1 a ~1 cortar|quemar|lastimar', 'cutting|cuts|cut|burning|scratch*|selfharm*|harm|razor|blade|scars|wounds|navaja|cortadas|heridas|cicatrices|costras ~6 again|back|deeper|relapse*|blew|vez|volvi|reca*|hondo|tonight|noche|need|want|only|calms|unico', 'DESIRE|urge|need ~3 cut|burn|hurt|harm|cortar|quemar|cortarme|quemarme', 'SELFHARM ~4 purpose|proposito|deserve*|merezco|punish*|castig*|relief|alivio|bleed*|sangr*', 'bang|hit|hitting|punch*|golpe* ~3 head|wall|pared|cabeza', 'punch*|punetazo|puñetazo|putazo|madrazo ~4 mirror|window|espejo|ventana|vidrio', 'me ~1 lastimo|corto|quemo|rasguno|rasguño ~4 cada|todas ~1 noche|noches', 'cut|burn ~0 every|each ~0 night|nights', 'me ~0 corto|quemo|lastimo|rasguno|rasguño ~0 pa|para|por|cuando|porque|xq|hasta|todas|cada|otra|de ~0 nuevo|no|noche|dia|día', 'cortes|cortadas|cuts|heridas|wounds ~3 profundos|profundas|deep|deeper|hondos|hondas'], unless: `boxing|boxeo|costal|sparring|budget|funding|council|benefits|presupuesto|recortes|gobierno|luz|agua|rice|arroz|roast|turkey|pavo|ham|jamon|jamón|meat|carne|zapallo|calabaza|guiso|squash|pumpkin|itched|itch|itchy|pican|picaban|truco|trick|funciona|sponsor|padrino|fringe|flequillo|healed|sanaron|cicatrizaron|pension|pensión|benefits|council|funding|welfare|rent|renta|alarm|alarma|clock|reloj|printer|impresora|laptop|computer|computadora|router|etiqueta*|tags|label|labels|pelo|cabello|fleco|bangs|nails|pillow|almohada|instead|vueltas|cuadra|palmas|ramos|papel|paper|tela|fabric|coupons|cupones|blender|licuadora|mower|podadora|ventilador|processor|procesador|rode|${ACCIDENT}|${INJURY}|didnt|resisted|resisti|pasaron|passed|went|vegetables|verduras|soup|caldo|potatoes|papas|bread|pan|meat|carne|help|ayuda|close|slice|slices|rebanada|board|tabla|cake|pastel|pizza|fish|pescado|mojarra|paso|plastilina|playdough|costal|snapped|dull|donation*|donacion*|cardboard|carton|clippers|fade|haircut|barber*|barbero|peluquer*|printer|impresora|computer|computadora|laptop|machine|maquina|vending` },
  // More time, farewell, burden and hopelessness wordings.
  { id: 'time-more', severity: 'urgent', patterns: ['tonight|today|hoy ~3 is|es ~1 the|la|el ~1 night|noche|day|dia', 'do|doing|hacerlo|hacer ~1 it|lo ~4 TIME', 'TIME ~8 INTENT ~3 take|tomar|tomarme ~3 MEANS|all|todo|todas', 'picked|chose|choose|escogi|elegi ~3 day|date|dia|fecha|birthday|cumpleanos', 'gave|give|di ~1 myself|me ~2 until|till|til|hasta', 'hours|horas ~8 matter|importar|importa', 'TIME ~4 go|voy|ir ~3 bridge|puente|tracks|vias|roof|azotea', 'can|puedo ~1 finally|ya|por ~2 go|ir|irme|descansar', 'check*|log* ~2 out|off ~3 permanently|forever|good|siempre', 'TIME ~3 ya ~1 no ~1 estare|estoy|existo', 'over|acabo|hecho ~3 before|antes ~3 wakes|despierte', 'make ~1 it ~3 TIME|another|through', 'set|picked|tengo|have|got|puse ~2 the|a|la|una ~1 date|fecha', 'para ~1 TIME ~3 no ~2 voy|estare|estar|existo'], negative: true, unless: 'apartment|apartamento|departamento|depa|parkrun|run|running|race|5k|10k|chess|ajedrez|queens|reinas|club|keep|sigan|sigue|gospel|tianguis|mercado|market|swap|pulga|mall|plaza|compras|shopping|home|casa|alta|discharge|group|grupo|class|clase|meeting|appointment|cita|dinner|cena|party|fiesta|work|trabajo|store|tienda|movie|pelicula|taco*|pizza|karaoke|bingo|game|juego|partido|concert|concierto|court|hearing|audiencia|juicio|corte|wedding|boda|graduation|graduacion|interview|entrevista|visit|visita|visiting|surgery|cirugia|baby|bebe|move|mudanza|trip|viaje|chip|ficha|medallion|coin|moneda|token|keytag|llavero', unlessShare: 'sauce|spicy|picante|chilli|chili|wings|habanero|jalapeño|jalapeno' },
  // Readying one's own death: one's own funeral planned, affairs put in order, instructions left.
  { id: 'farewell-affairs', severity: 'urgent', patterns: ['my|mi|own|propio ~0 funeral|entierro|velorio|memorial|obituary|obituario|esquela|eulogy|cremation|cremacion', 'put|puse|tengo|deje|got|have|ya ~3 everything|todo|affairs|asuntos|papers|papeles ~2 in|en ~1 order|orden', 'left|deje|wrote|escribi|leaving|dejando ~2 instructions|instrucciones', 'passwords|password|contrasenas|contrasena|claves ~8 insurance|seguro|will|testamento|papers|papeles|accounts|cuentas'], unless: `${JOKING}|${LEAVING}|room|cuarto|closet|desk|escritorio|kitchen|cocina|sitter|nanny|niñera|nanera|volunteer|voluntario|recipe|receta|shift|turno|taxes|impuestos|trip|viaje|vacation|vacaciones|garage|garaje|drawer|cajon|files|archivos|computer|compu|cat|gato|dog|perro|plants|plantas|grandma|grandpa|abuela|abuelo|mom|mama|dad|papa|aunt|tia|uncle|tio|friend|amigo|amiga|went|fui|attended|someday|algun|old|vieja|viejo` },
  { id: 'farewell-more', staysInPast: true, severity: 'urgent', patterns: ['goodbye|adios|farewell|bye', 'really|verdad ~2 goodbye|adios|despedida', 'carta|letter|note|nota ~2 goodbye|despedida|suicide|adios', 'whoever|quien ~2 wants|quiera|lea|reads|finds|encuentre|opens|abra|quede|adopte|adopts', 'where|donde ~1 im|voy ~1 going|ir', 'remember|recuerden*|recuerdenme ~2 me|por|for ~3 good|buenos', 'so ~1 long', 'finally|fin ~2 free|libre', 'sepan|hear ~2 de|about ~1 mi|me', 'thank*|gracias ~6 tried|intentaron|everything|todo ~4 bye|goodbye|adios', 'quise|loved ~6 fault|culpa|sorry|perdon', 'regal*|gave|given|giving ~4 away|my|mi|mis ~6 need*|necesit*|ocup*|more|mas'], negative: true, unless: `certificate|certificado|course|curso|cake|tarta|retirement|jubilacion|jubilación|vendi|vendí|sold|selling|vendiendo|moto|motorbike|scooter|firmar|sign|signing|lie|sleep|sleeping|weekend|summer|diet|dieta|pileta|natacion|natación|tatuador|tatuaje|tattoo|hay|theres|cocina|kitchen|sala|fruta|fruit|mandarinas|naranjas|galletas|cookies|hojas|dulces|candy|chocolate|coffee|cafe|pan|bread|pie|novenario|rosario|rezar|velorio|venir|come|bienvenido|bienvenida|bienvenidos|welcome|recipe|receta|invite|invito|invitar|snack|snacks|food|comida|extra|leftover*|sobras|fit|size|talla|dieta|diet|azucar|azúcar|sugar|nutri|nutriologa|nutrióloga|diabetes|lei|semana|pase|pass|permiso|vemos|see|veo|visit*|visita*|bring|traer|traiga|traigan|llevela|llevelo|return|devuelv*|office|oficina|lost|perdi|perdido|perdida|reward|recompensa|habits|habit|habitos|habito|vicio|vicios|drinking|drugs|drogas|alcohol|smoking|fumar|hello|hola|luego|next|proxima|proximo|monday|tuesday|wednesday|thursday|friday|lunes|martes|miercoles|jueves|viernes|vacation|vacaciones|trip|viaje|say|said|saying|decir|dije|funeral|grave|tumba|dad|mom|grandma|grandpa|abuela|abuelo|papa|mama|dog|perro|cat|gato|friend|amigo|amiga|brother|sister|hermano|hermana|son|daughter|hijo|hija|husband|wife|esposo|esposa|old|clothes|donat*|church|iglesia|shelter|tonight|later|soon|pronto|group|grupo|weekend|tomorrow|${LEAVING}` },
  { id: 'burden-more', negative: true, severity: 'concern', patterns: ['world|mundo ~3 lose|pierde|perderia|perdería ~1 nothing|nada', 'BETTER|deserve|merecen ~6 without|sin|gone|if|si ~3 me|mi|i|yo|wasnt|werent|no', 'me ~1 gone', 'kindest|best|mejor|bueno ~9 not|no ~2 be|estar|here|aqui', 'world|mundo ~5 without|sin ~1 me|mi', 'BETTER ~4 with ~1 me ~1 gone'], unless: 'alcanza|alcance|alcanzara|afford|unos|permiso|pueblo|funeral|entierro|velorio|anymore|bag|mochila|backpack|laundry|ropa|boxes|cajas|groceries|weights|pesas|gym|lbs|kilos|pounds|libras' },
  { id: 'hopeless-more', severity: 'concern', patterns: ['giving|give|gave ~1 up ~2 on ~1 living|life|everything|me|myself', 'NEG ~3 point|reason|razon*|sentido|caso|sense ~4 going|seguir|vivir|keep|keeping|living|trying|intentar|cuidarme', 'NEG ~2 do|hacer ~1 this|esto ~2 anymore|mas', 'NEG ~2 carry|cargar|aguant* ~3 anymore|mas', 'NEG ~3 make ~1 it', 'dead|muerto|muerta ~1 inside|dentro', 'finish|finishin|terminar|acabar ~2 the|el|lo ~1 job|trabajo|demas', 'dont|didnt|cant|idc|not|no|never ~1 care ~4 happens|pase|me', 'out|sin ~2 of ~1 reasons|razones', 'NEG ~2 tengo|hay|queda|quedan ~0 !q|!que ~2 razon*|nada|fuerzas', 'NEG ~2 tengo|hay|queda|quedan ~0 razon*|nada|fuerzas', 'NEG ~2 tengo|hay ~2 por ~1 que', 'unica|only ~2 salida|way|exit ~3 morir*|die|dying|muerte|death', 'por ~1 dentro ~2 muerto|muerta', 'se ~1 acabo', 'salir ~2 de ~1 esta', 'NEG ~3 detenga|stops|holding ~2 me|aqui|here', 'de ~1 que ~1 sirve', 'nothing|nada ~2 works|sirve|funciona|left|queda|helps|ayuda', 'nothing|nada ~2 holding|keeping|keeps|holds|detiene|retiene|ata|amarra ~1 me ~1 here|aqui|aca|around', 'se ~0 me ~0 vence|acaba|termina|acabo ~0 todo ~0 $', 'out ~1 of ~1 living', 'one|una ~1 thing|cosa|option|opcion|way|salida ~1 left|queda|mas ~0 $', 'nothing|nada ~2 here|aqui|aca ~1 for|para|pa ~1 me|mi', 'NEG ~1 trying|intentando|intentar|doing ~1 anything|nada ~0 anymore|mas', 'pa|para ~0 que|q|qué ~0 cuidarme|seguir|vivir|luchar|intentarlo|esforzarme|sigo|vivo ~0 ya|mas|más', 'pa|para ~0 que|q|qué ~0 cuidarme|seguir|vivir|luchar|intentarlo|esforzarme|sigo|vivo ~0 $', 'not|no|aint|isnt ~0 worth ~0 keeping|living|fighting|staying', 'quede|quedo|quedé|estoy|ando ~1 sin ~0 razones|motivos'], negative: true, unless: 'jajaja|jajajaja|hahaha|lmao|roncando|ronca|ronquidos|snoring|snores|boss|proud|orgulloso|orgullosa|nearly|almost|puso|posted|temprano|early|nap|siesta|cucarachas|roaches|ratas|rats|hormigas|ants|veneno|coffee|leche|milk|shampoo|jabon|soap|azucar|sugar|tortillas|huevos|eggs|condicional|probation|parole|castigo|sentencia|paciencia|group|grupo|doctor|appt|appointment|cita|class|clase|meeting|junta|reunion|ride|party|fiesta|dinner|cena|impresora|machine|maquina|control|stove|estufa|microondas|microwave|app|laptop|tele|printer|team|equipo|game|partido|season|temporada|score|weather|wifi|phone|telefono|lol|jaja|haha|job|trabajo|about|remote|tv|washer|lavadora|dryer|secadora|cafe|computer|internet|bus|camion|store|tienda|multa|nuestro|relacion|contrato|serie|series|telenovela|novela|deuda|debt|pan|gas|agua|luz|comida|food|carton|papel|refri|fridge|capitulo|episodio|episode' },
  { id: 'direct-more', severity: 'concern', patterns: ['wish|ojala ~2 i|yo ~1 was|were|estuviera|fuera ~1 dead|muerto|muerta|never|nunca', 'done|cansado|harto ~2 living|vivir|life|vida', 'let|lets|deje|lleve ~1 me ~1 die|morir|go', 'takes|take|lleve|llevara ~1 me ~2 tonight|noche|already|ya|away|pronto', 'could|pudiera ~2 die|morir|morirme ~3 would|haria', 'saying|says|dice ~2 kill|mata|matate ~1 yourself|te', 'matate|suicidate', 'ending|end ~1 my ~1 life', 'never|nunca ~1 born|naci|nacido', 'NEG ~2 haber|been ~1 nacido|born', 'fade|desvanecer* ~1 out|away', 'DIE|acabe ~2 para ~1 siempre', 'stop|acabe|pare ~2 permanently|forever|siempre|para', 'NEG ~1 frenar|stopping ~3 curve|curva|wall|pared|tree|arbol|train|tren', 'NEG ~1 frenar ~0 $', 'wtd|ctb|s-word|sword', 'ya no volver|regresar|despertar'], unless: `${IDIOM}|of|for|dinner|cena|game|movie|rain|lluvia|noise|ruido|headache|cough|tos|class|clase` },
  { id: 'means-more', severity: 'urgent', patterns: ['knife|knives|cuchillo|cuchillos|razor|razors|navaja|navajas|blade|blades|rastrillo|cuchilla|cuchillas|gun|pistola|glass|vidrio ~4 wrist|wrists|muneca|munecas|neck|cuello|throat|garganta|veins|venas|temple|sien', 'wrist|wrists|muneca|munecas|neck|cuello|throat|garganta|veins|venas ~4 knife|cuchillo|razor|navaja|blade|rastrillo|cuchilla|gun|pistola', 'drank|drunk|drinking|vodka|beer|booze|alcohol|wine|tequila|liquor|bebi|bebiendo|borracho|borracha|cerveza|vino|licor|chupe|chupando ~8 took|tome|swallowed|trague|popped|mixed|mezcle ~2 pills|pastillas|benzos|xanax|oxys|bars|percs', 'bought|compre|stole|robe ~6 MEANS|veneno|rope|gun|pistola|arma', 'have|got|tengo ~3 rope|gun|pistola|arma|veneno|poison|cuerda|soga', 'MEANS ~6 plan|ready|listas|listo|valor|nerve|courage|envelope|sobre|mattress|colchon', 'how|como ~2 many|much|cuantas|get|subir|conseguir ~4 MEANS|gun|arma|pistola|roof|azotea|bridge|puente|takes', 'nudo|noose|knot ~3 horca|hang|hanging', 'noose|horca', 'know|se|sé ~2 which|cual|what|que ~1 bridge|overpass|puente|building|edificio|roof|azotea|tracks|vias', 'left|deje ~1 everything|todo ~2 to|para|arreglado|listo', 'not|no ~2 for|para|es ~2 protection|proteccion|defend*|defenderme', 'MEANS ~6 todas|all|together|juntas|with|con ~3 vodka|alcohol|booze|cerveza|beer|botella|bottle', 'antifreeze|anticongelante|cloro|bleach|veneno|poison ~4 with|con|drink|tomar|beber', 'spit*|escup* ~6 MEANS|medicina|pastilla|meds', 'charcoal|carbon ~4 tape|cinta', 'practic* ~3 knots|nudos|tying|amarrar|horca|noose', 'where|donde ~3 get|buy|conseguir|comprar ~2 a|una|un ~1 gun|pistola|arma|fierro|rope|cuerda', 'tied|amarre|colgue|hung ~3 the|la|el|my|mi ~1 rope|cuerda|soga|noose|belt|cinturon|sabana|sheet', 'rope|cuerda|soga|noose ~3 tied|amarrad*|up', 'knife|cuchillo|razor|navaja ~6 done|ready|listo|room|cuarto', 'saque|sacar|saco|sacarle|took|take|taking|pulled|popped|got ~3 blade|blades|hoja|hojas|cuchilla|cuchillas|navaja ~3 out|de|del|from|a|off ~1 razor|rastrillo|maquinita|sacapuntas|sharpener|shaver'], negative: true, unless: 'tapering|taper|tapered|weaning|weaned|butter|mantequilla|untar|toast|tostada|tostadas|glucosa|glucose|glucemia|climbing|climb|climbed|climber|escalada|escalando|escalar|rocodromo|rocódromo|bouldering|harness|arnes|arnés|sueldo|paycheck|paycheque|wage|wages|adulta|adulto|grown|upped|raised|increased|subieron|aumentaron|clinic|clinica|clínica|locked|inventory|inventario|tabla|lavar|laven|latas|cans|chefs|jamonero|seca|seco|dry|set|juego|chino|daily|diaria|diario|headache|cabeza|complaint|queja|grievance|reporte|report|sed|thirst|thirsty|agua|water|pelar|fruta|fruit|peel|peeling|locker|fishing|pescar|pesca|cheap|barato|baratos|baratas|tianguis|locked|office|oficina|rules|reglas|scout*|sailing|macrame|crochet|craft*|manualidad*|tent|tienda|laundry|ropa|boat|lancha|clothesline|tendedero|swing|columpio|hamaca|hammock|nurse|enfermera|doctor|prescribed|pharmacy|farmacia|refill|rats|ratas|ants|hormigas|cleaning|limpiar|limpieza|kitchen|cocina|cook*|cocin*|chef|dog|perro|cat|gato|vet|vaccine|vacuna|protection|proteccion|picture|photo|boxes|pillbox|pastillero|organizer|organizador|trellis|enrejado|tomateras|huerto|interview|entrevista|shav*|afeit*|beard|barba' },
  { id: 'self-harm-more', severity: 'concern', patterns: ['cut|cutting|cortadas|cortes|cuts ~6 again|more|mas|relaps*|reca*|hid*|escond*|sleeves|manga', 'need|needed|want|crave|necesito|quiero|ganas|ocupo ~3 feel|sentir ~2 the|that|el|ese|algo|some ~1 pain|dolor', 'relapsed|relapse|recai|recaí|recaida ~3 on|en|con ~2 cutting|cortadas|cortarme|cutting|blade|blades|razor|razors|navaja|navajas|rastrillo|cuchilla|cuchillas|sh|selfharm', 'make|hago ~1 myself|me ~1 hurt|dano|sangrar', 'opened|abri ~2 them|las|scars|heridas ~2 again|otra', 'used|use|usé ~5 on|en ~1 my|mi ~1 arm|wrist|leg|muneca|brazo|pierna', 'me ~1 estoy ~1 lastimando|cortando|quemando', 'castigarme|punish ~1 myself', 'hasta|till|until ~2 sangrar|bleed|bled', 'capaz|might|maybe ~2 me ~1 corto|cut', 'cortarme|cutting|cortar ~3 calma|calms|helps|ayuda', 'picking|pick ~3 wounds|heridas|scabs|costras', 'NEG ~1 confio|trust ~3 myself|mi|me', 'cicatrices|heridas|costras ~8 soy ~0 yo ~3 abre|abro|arranca|arranco', 'scars|wounds|scabs ~8 im|i ~0 the ~0 one ~3 opening|opens|picking'], negative: true, unless: `pension|pensión|benefits|council|funding|welfare|rent|renta|${ACCIDENT}|hair|pelo|coupons|cupones|grass|pasto|ties|lazos|sugar|azucar|carbs|class|clase|budget|presupuesto` },
  { id: 'relapse-more', severity: 'urgent', patterns: ['NEG ~2 to ~1 get ~1 high|out', 'looking|buscando ~2 to ~1 die|morir', 'die|morir ~2 high|drogado|drogada', 'lock|cerrar ~2 door|puerta', 'gram|gramo|bolsa ~6 all|todo|toda|once|vez', 'un|el|otro|mi|ese|ultimo ~0 pase ~6 all|todo|toda|once|vez', 'me ~0 pase ~1 con ~2 dosis|pastillas|pastis|pildoras|droga|drogas|perico|coca|meds|medicina|chochos', 'drinking|drink|tomar|bebiendo ~1 myself|me ~2 death|muerte|morir', 'tanto ~2 que ~2 mate|muera|acabe', 'so ~1 much ~3 kills|kill|die|dead', 'quiero|want ~2 ir|irme|go ~2 verdad|real|all|forever', 'voy|ir|tomar|consumir|drink|use ~3 hasta ~1 no ~1 poder|aguantar ~0 mas'], negative: true, unless: 'jugando|playing|uno|cartas|cards|loteria|bingo|home|casa|school|escuela|work|trabajo|car|keys|llaves|bathroom|bano|baño|cold|frio|noise|ruido|lol|jaja' },
  { id: 'no-return-plan', severity: 'urgent', negative: true, patterns: ['NEG ~2 pienso|planning|plan ~2 volver|regresar|come|coming'], unless: 'cort*|tomar|beber|consum*|drog*|usar|using|use|drinking|drink|cutting|cut|fumar|smoking|fum*|home|casa|school|escuela|work|trabajo|lol|jaja' },
  // Abuse and violence towards the resident.
  { id: 'abuse', staysInPast: true, severity: 'urgent', patterns: ['ACTOR ~5 ABUSE_ACT ~2 me|my', 'ABUSE_ACT ~1 me ~2 ACTOR', 'raped|rape|molested|molest|violada|violado|violaron|violo|assaulted|ataco|abuso|abusaron', 'forc*|made|makes|make|making|oblig*|forz* ~2 me|himself|herself|se ~3 do|have|sleep|sex|hacer|tener|relaciones|dormir|things|cosas|stuff|on', 'me ~1 peg*|golpe*|oblig*|!obligue|!obligué|=ahorca|=ahorcan|=ahorcaba|=ahorcaban|=ahorco|=ahorcaron|=ahorcando|amenaz*|forz*|cachete*|pate*|empuj*|encierr*|encerr*|arrincon*|maltrat*|avient*|=avento|=aventaron|=aventaba|viol*', 'me ~1 tiro|tiró|estrello|estrelló ~2 contra ~2 la|el|pared|puerta|piso|suelo|mesa|ropero', 'ACTOR ~10 me ~1 toca|tocaba|toco|tocan|tocaron|tocando|agarro|agarra|ataco', 'me ~1 sigue|siguen ~1 tocando', 'threat*|amenaz* ~5 kill|hurt|matar|mata|lastimar|me', 'says|said|dice|dijo ~6 kill|hurt|mata|matar|lastimar ~1 me|my|mis', 'ACTOR ~3 INTENT ~2 hurt ~1 me|my', 'knows|sabe ~2 where|donde ~2 i|vivo|live', 'abus* ~2 de ~1 mi', 'dice|dijo|says|said ~4 si|if ~6 me ~1 mata|matar|hurt|kill|kills', 'dice|dijo ~2 que|q ~0 me ~0 mata|matara|matará|mataria|mataría|rompe|parte|desaparece', 'cornered|groped|acorral*|manose* ~4 again|otra|hit|touched|grabbed|vez|pego|pegó|golpeo|golpeó', 'ACTOR ~3 me ~0 dejo|dejó|dejaba|dejaron ~0 afuera|fuera ~1 bajo|en|toda|hasta|sin|con', 'ACTOR ~3 locked ~0 me ~0 out ~1 in|all|overnight|again|till|until|without', 'ACTOR ~3 dumped|threw|knocked|tipped|pushed|tiro|tiró|avento|aventó ~0 me ~2 out|off|de|del ~2 wheelchair|chair|bed|silla|cama', 'ACTOR ~6 in|into|en ~1 my|mi ~1 bed|cama', 'scared|afraid|miedo ~4 home|casa|go|ir'], unless: `futbolito|fulbito|cascarita|pichanga|pachanga|picadito|ganamos|seroquel|rock|tormenta|storm|nieve|snow|huracan|huracán|hurricane|cuarentena|quarantine|cake|pastel|duelo|grief|olas|ola|turno|saco|sparring|costal|bag|mula|domino|dominó|${GAME_NAMES}|${JOKING}|nauseous|nausea*|dizzy|mareado|mareada|sleepy|hungry|stomach|estomago|meds|toast|breakfast|desayuno|heart|corazon|feelings|sentimientos|laugh|reir|risa|gripa|flu|sol|lluvia|ansiedad|limpiar|cocinar|lavar|hug|abrazo|tickle|cosquillas|dinner|cena|lunch|comida|pillow|almohada|tortilla|fregar|barrer|trapear` },
  // Threats to others.
  { id: 'threat', staysInPast: true, severity: 'urgent', patterns: ['INTENT ~3 THREAT_ACT ~0 OTHER|my|mi|that|this|ese|esa|a', 'INTENT ~3 THREAT_ACT ~0 !me|!myself|!us|!nos|!la|!el|!los|!las ~2 OTHER|my|mi|that|this|ese|esa|a', 'lo|la|le|los ~1 voy|vamos ~1 a ~1 THREAT_ACT|meter|dar', 'bring*|traer*|traigo|regreso|llevo|llevar* ~4 knife|gun|pistola|arma|cuchillo|navaja|bat|bate|fierro|martillo|hammer|machete', 'coming|come|comes|going|go|volver|vuelvo|regreso|regresar ~1 back|a|por ~1 with|con ~1 a|an|una|un|my|mi ~0 gun|knife|pistola|cuchillo|arma|bat|bate|fierro', 'they|he|she|yall|you|all|them|ACTOR ~2 gonna|will|gon ~0 pay', 'they|he|she|yall|you|all|ACTOR ~2 going ~1 to ~0 pay', 'going|gonna|va|van ~2 to|a ~1 pay|pagar|arrepentir*', 'get|got ~1 back ~1 at', 'revenge|venganza|vengar*|desquitarme|desquitare|desquitaré|desquito', 'make ~3 pay|suffer|bleed|regret', 'make ~1 him|her|them ~0 sorry|hurt|disappear|cry', 'make ~1 him|her|them ~0 feel ~1 what|it|the|my', 'hacer|hacerle|hacerles|hacerlo|hacerla|hacerlos ~1 pagar|sufrir|sangrar', 'gonna|going|will ~3 get ~1 hurt', 'stab|stabs|stabbed|stabbing|stabbin|shoot|apunal*|balear|madrear|atropell* ~3 him|her|them|lo|la|le|guy', 'DESIRE ~2 kill|matar|hurt|lastimar|stab|apunalar ~2 my|mi|that|ese|esa|him|her|a', 'make|hacer ~3 regret|arrepentir*', 'coming|voy|ire ~1 for|por ~1 him|her|them|el|ella', 'watch ~2 back|espalda', 'see|vea|veo ~3 him|lo|la|her ~3 dead|muerto|muerta', 'OTHER|ur|youre|hes|shes|theyre|esta|estas|está|es|u ~2 dead|muerto ~4 see|vea|veo', 'lo|la|le ~0 apunalo|mato|pego|parto|quemo|rajo|lastimo|golpeo|ahorco|madreo|acuchillo', 'lastimo|mato|apunalo|apuñalo|golpeo|acuchillo ~0 a ~0 alguien|alguno|cualquiera|todos', 'voy|vamos|ire|iré|iremos ~0 por|x ~1 mi|el|la|ese|esa ~0 ex|casero|vecino|vecina|cunado|cuñado'], with: 'INTENT|SELF|OTHER|if|si|swear|juro', unlessShare: GAMES_ONLY, unless: `delantal|mandolina|apron|cat|gato|gata|kitten|gatito|gatita|puppy|cachorro|treats|premios|flat|jamonero|colgar|cuadro|cuadros|repisa|shelf|shelves|${LOAN}|mudanza|moving|mudarme|disgustos|disgusto|corajes|sustos|mezcla|cancer|cáncer|fentanilo|enfermedad|covid|cirrosis|qepd|rip|descanse|risa|carcajada|carcajadas|block|apt|refri|refrigerador|nevera|fridge|iman|imán|cinta|tape|album|álbum|cuaderno|tomatoes|tomates|tomato|garden|jardin|jardín|huerto|frost|helada|sun|sol|alarm|alarma|clock|reloj|printer|impresora|laptop|computer|computadora|router|zacate|pasto|grass|cesped|maleza|monte|lawn|hierba|velorio|funeral|entierro|misa|sink|fregadero|tarja|lavaplatos|dishwasher|yogur*|dishes|platos|trastes|myself|yourself|bet|apuesto|apuesta|pagos|payments|installments|mensualidades|abonos|season|temporada|playoffs|refs|referee|arbitro|árbitro|lmao|lmfao|rofl|lasagna|lasana|lasaña|burger|burrito|wings|alitas|buffet|${GAME_NAMES}|cd|cds|dvd|playlist|mixtape|candle|candles|vela|velas|calories|calorias|incense|incienso|sage|salvia|wood|lena|disc|disco|toast|rice|arroz|time|tiempo|hunger|hambre|craving|cravings|antojo|ganas|pain|dolor|habit|habito|addiction|adiccion|boredom|aburrimiento|mosquito|bug|bugs|fly|mosca|cucaracha|spider|arana|weeds|plants|photo|video|fun|song|cancion|karaoke|lol|jaja|haha|jajaja|jajajaja|hahaha|hahahaha|jsjs|jsjsjs|tamal|tamales|taco|tacos|torta|pozole|postre|dessert|slice|pedazo|yogur|yogurt|vibe|buzz|mood|social|weight|peso|food|comida|pizza|gym|workout|dance|baile|cake|pastel|pie|bread|turkey|pavo|ham|jamon|sandwich` },
  // Wider wordings: threats in the house's own words, abuse told plainly, dates and goodbyes.
  // Whoever is next ends up in hospital: a threat, not a question to the house ("does anyone know when the hospital bus runs").
  { id: 'next-in-hospital', severity: 'urgent', patterns: ['next|proximo|proxima|whoever|anyone|cualquiera ~10 hospital|morgue|dead|muerto|muerta|lastimad*'], unlessShare: GAMES_ONLY, unless: `${THREAT_EVERYDAY}|does|do|did|know|knows|sabe|sabes|saben|else|alguno|alguna` },
  { id: 'threat-more', severity: 'urgent', patterns: [
    `INTENT|could|podria|will|ill ~3 ${HARM} ~0 ${VICTIM}|anyone|anybody|everyone|whoever|cualquiera|todos`,
    // Not the act done to the writer: "my mom's gonna kill me, i forgot her birthday".
    `INTENT|could|podria|will|ill ~3 ${HARM} ~0 !me|!myself|!us|!nos|!la|!el|!los|!las ~2 ${VICTIM}|anyone|anybody|everyone|whoever|cualquiera|todos`,
    `INTENT|DESIRE ~6 kill|stab|shoot|hurt|beat|murder|choke|strangl*|punch|attack|poison|matar|matarlo|matarla|apunal*|balear|lastimar|golpear|ahorcar|acuchill*|envenen*|rajar|madrear ~0 ${VICTIM}|al`,
    `INTENT|DESIRE ~6 kill|stab|shoot|hurt|beat|murder|choke|strangl*|punch|attack|poison|matar|matarlo|matarla|apunal*|balear|lastimar|golpear|ahorcar|acuchill*|envenen*|rajar|madrear ~0 !me|!myself|!us|!nos ~1 ${VICTIM}|al`,
    `make|hacer ~1 him|her|them|lo|la ~1 pay|pagar`, `me ~1 la|las ~2 pagar|paga|pagan|pagas`,
    `NEG ~3 see|ver ~1 it|venir ~1 coming`, `NEG ~2 lo|la ~2 ver ~1 venir`,
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
    `think*|imagin*|dream*|pienso|imagino|fantas* ~3 about|en|con ~1 kill*|strangl*|chok*|stab|stabs|stabbed|stabbing|stabbin|shoot*|hurt*|matar|ahorcar|apunal*|lastimar ~2 ${VICTIM}|my|mi|that|ese|esa|the|al|a`,
    `set|prender*|prendo|le ~2 fire|fuego ~6 house|casa|room|cuarto|car|carro|everyone|todos|with|con|them`,
    `shoot|balacear ~1 up ~2 the|this|that|la|el ~2 meeting|hall|house|place|school|office|group|room|casa|junta|grupo|oficina`,
    `poison|envenen* ~3 the|la|el|his|her|su|sus ~2 coffee|food|drink|cafe|comida|bebida|agua|water`,
    `bring*|traer*|traigo|llevo|llevar* ~4 piece|strap|cuete|filero|machete|blade|filoso|fierro`,
  ], unlessShare: GAMES_ONLY, unless: THREAT_EVERYDAY },
  { id: 'abuse-more', staysInPast: true, severity: 'urgent', patterns: [
    // Followed and watched: "alguien me sigue a casa", "someone keeps following me home".
    'ACTOR ~3 me ~1 sigue|siguen|persigue|persiguen|acecha|acechan|vigila|vigilan|espera|esperan ~3 casa|cuarto|todas|partes|hasta|trabajo|afuera|noche|escuela|parada|bus|camion|puerta|salida|esquina',
    // Silenced by a threat: "he said he'd hurt me if i told", "dijo que me haría daño si hablo".
    'said|says|dijo|dice|told|threaten*|amenaz*|warned ~8 hurt|kill|dano|matar|mata|lastim*|pegar|pega|hit|beat|golpe*|happens|pasa|pasaria|dead|muert*|sorry|regret|arrepent* ~6 if|si ~3 told|tell|talk|say|snitch|hablo|digo|cuento|dije|hable|conte|decia|contaba|report*|denuncio|acuso|aviso',
    'me ~0 quiere|quieren|quiso|quisieron|intento|intentó|intentaron|trato|trató|trataron ~1 ahorcar|estrangular|asfixiar|ahogar',
    'me ~1 agarr*|quem*|!quemado|!quemada|!quemados|!quemadas|manose*|cachete*|=ahorca|=ahorcan|=ahorcaba|=ahorcaban|=ahorco|=ahorcaron|=ahorcando|pate*|jalone*|escup*|estrell*|azot*|avent*|peg*|golpe*|empuj*|arrincon*|maltrat*|amenaz*',
    'me ~1 vend* ~3 a|con ~1 sus|sus|amigos|otros|hombres|tipos',
    'ACTOR ~5 beat|beats|hit|hits|hitting|push*|shov*|kick*|punch*|slap*|chok*|hurt*|rape*|grab|grabs|grabbed|grabbing|touch*|grop*|throw*|threw ~2 me|my',
    'takes|took|quita|quito|quitan ~2 my|mi|mis|el ~1 money|dinero|check|cheque|phone|celular|id|papers|papeles|documentos ~8 says|dice|dijo|threat*|amenaz*|nobody|nadie|scared|miedo|hits|pega|if|si',
    'nobody|nadie ~3 believe|believes|creer|cree|creeria ~1 me',
    'pay|pagar|pague|pago ~4 with|con ~1 sex|sexo|body|cuerpo', 'sex|sexo ~4 for|por ~2 rent|renta|room|cuarto|drugs|drogas|money|dinero|place',
    'tio|papa|padrastro|esposo|marido|novio|novia|pareja|ex|alguien|tipo|vato|senor|hombre|primo|hermano|abuelo|jefe|vecino|companero|personal|ella ~3 me ~1 toc*|manose*',
    'me ~1 toc*|toqu*|manose* ~3 mientras|cuando ~2 dorm*|banaba|estaba',
    'ACTOR ~5 burn*|bite|bites|bit|pin|pins|pinned|pinning|pinch|pinches|pinched|pinching|drag*|smack*|whip*|stomp*|spit*|choke*|strangl*|slapp* ~2 me|my',
    'come|comes|coming|came|sneak*|entra|entro|mete|metio|se ~3 into|in|to|a|en ~1 my|mi ~1 room|bed|cuarto|cama',
    'ACTOR ~4 asking|asks|pide|pidiendo|wants|quiere ~3 sex|sexo|nudes|fotos|favors|favores',
    'dice|dijo|amenaza|amenazo|threaten* ~3 que|to ~1 me ~1 va|iba ~1 a ~1 matar|lastimar|pegar|golpear|violar|quemar|ahorcar',
    'dice|dijo|amenaza|amenazo ~2 q ~0 me ~1 va|iba ~1 a ~1 matar|lastimar|pegar|golpear|violar|quemar|ahorcar',
    'gets|got|getting ~1 rough|physical|violent|handsy ~1 with ~1 me',
  ], with: 'ACTOR|alguien|tipo|senor|vato|someone|somebody|guy|sigue|siguen|keeps|dormia|sleeping|miedo|scared|cabeza|head|botella|bottle|pared|wall|landlord|casero|says|dice|dijo|said', unless: `futbolito|fulbito|cascarita|pichanga|pachanga|picadito|ganamos|journal|diario|angustia|ansiedad|tristeza|nervios|panico|pánico|depre|bajon|bajón|${GAME_NAMES}|turno|lavar|limpiar|cocin*|cook*|platos|alberca|pool|lluvia|rain|sueno|gripa|cancion|song|hambre|risa|frio|calor|trafico|policia|cop|cops|trapear|barrer|sol|sun|estufa|stove|plancha|cafe|coffee|comida|food|sopa|agua|aceite|sarten|horno|oven|puerta|door|timbre|hombro|mano|hand|hug|abrazo|tickle|cosquillas|dog|perro|cat|gato|puppy|kitten|baby|bebe|charger|cargador|ropa|clothes|stuff|cosas|turn|lol|jaja|haha` },
  { id: 'time-date', severity: 'urgent', patterns: [
    'after|despues|cuando|when|once ~8 lo|it ~1 voy|hago|hare|acabo|termino|do|doing|gonna|going|end',
    'after|despues|cuando|when|once ~8 INTENT ~3 do|doing|hacer ~1 it|lo',
    'TIME ~3 lo|it ~1 acabo|termino|end|hago|hare',
  ], with: 'todos|everyone|everybody|nobody|nadie|asleep|duerm*|dormidos|sleeping|cumpleanos|birthday|navidad|christmas|final|ready|listo|lista|decid*|DIE|MEANS', unless: `lol|haha|jaja|jk|movie|pelicula|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|exam|examen|paperwork|call|llamar|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|meeting|reunion|dinner|cena|gift|regalo|cake|pastel|party|fiesta|decor*|${GAME_NAMES}` },
  { id: 'time-make-it', severity: 'concern', patterns: ['NEG ~1 sure|se ~3 be|este|estare|llegue ~1 here|around|aqui|alive|vivo|viva ~3 TIME|longer|mas', 'NEG|wont ~3 make|llegar|llego|llegue|llegare|last|durar|dure|aguante ~2 it|a|to|al|hasta|till|until|past ~3 christmas|navidad|birthday|cumpleanos|week|semana|month|mes|year|ano|weekend|tomorrow|manana'], unless: 'group|grupo|class|clase|meeting|appointment|cita|court|corte|work|trabajo|party|fiesta|dinner|cena|money|dinero|rent|renta|pay|paga|cheque|check|sueldo|bus|ride|traffic|late|tarde|food|comida|groceries|despensa|phone|celular|battery|bateria|milk|leche|visit|visita|game|partido|show' },
  { id: 'farewell-wide', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'ultim* ~1 publicacion|mensaje|post|palabras|share|carta|despedida|compartir',
    'NEG ~2 be|esten|estes|sean ~1 sad|tristes|triste ~3 for|por ~1 me|mi',
    'NEG ~2 cry|mourn|grieve ~3 for ~1 me', 'NEG ~2 lloren|llores|llorar|llore|sufran|sufras ~3 por|x ~1 mi',
    'quedense|quedate|keep ~2 con|with ~1 mis|mi|my',
    'se ~1 las|los ~1 den|regalen|queden',
  ], unless: 'movie|pelicula|show|serie|game|juego|trip|viaje|vacation|vacaciones|luego|later|next|proxima|proximo|hello|hola|tomorrow|manana|week|semana|weekend|shift|turno|cold|resfriado|team|equipo|change|cambio|keys|llaves|note|nota|receipt|recibo' },
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
  { id: 'means-every', severity: 'urgent', patterns: ['INTENT|DESIRE ~4 MEANS|frasco|bottle|caja|box ~2 entero|entera|completo|completa', 'INTENT|DESIRE ~3 take|tomar|tomarme|swallow|trag* ~2 every|todas|all|whole|entire ~3 MEANS|pill*|pastill*|bottle|frasco|botella', 'every|todas ~2 MEANS ~4 cabinet|botiquin|bottle|frasco|once|vez'], unless: 'nurse|enfermera|prescribed|doctor|morning|breakfast|dinner|routine|rutina|desayuno|cena|vitamin*|schedule|horario|like|siempre' },
  { id: 'time-vague', severity: 'urgent', patterns: [
    'TIME ~6 it|todo|all|everything|esto ~3 over|acab*|termin*|ends|ended|done',
    'it|todo|all|everything ~3 over|acab*|termin* ~6 TIME',
    'TIME ~6 lo ~1 hago|hare|haga|hacemos',
    'lo ~1 hago|hare ~6 TIME',
    'TIME ~6 INTENT|ill ~2 do|doing|hacer ~1 it|lo',
  ], with: 'DIE|MEANS|decid*|ready|listo|lista|promet*|promis*|picked|escogi|elegi|final|forever|siempre|nobody|nadie|everyone|everybody|todos|asleep|dorm*|dormidos|goodbye|adios|gone|calm|tranquil*|alone|sola|solo|quiet|callad*', unless: `${IDIOM}|mindfulness|meditation|meditate|meditacion|meditar|yoga|journaling|breathing|respiracion|rezo|rezar|oracion|homework|tarea|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|exam|examen|test|paperwork|call|llamar|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|meeting|reunion|dinner|cena|gift|regalo|cake|pastel|party|fiesta|decor*|move|mudanza|surgery|cirugia|court|corte|case|caso|program|programa|treatment|tratamiento|detox|withdrawal|storm|tormenta|season|temporada|semester|${GAME_NAMES}` },
  { id: 'time-set', severity: 'urgent', patterns: [
    'TIME ~3 is|es|sera ~1 the|el|la ~1 day|dia|night|noche|date|fecha',
    'it|lo ~3 planned|planeado|planeada|set|listo ~3 for|para',
    'TIME ~5 be|ser|sera|is|es ~2 my|mi|la|el ~1 last|ultim*',
    'nobody|nadie ~5 find|encontrar|encuentre ~2 me ~2 breathing|respirando|alive|vivo|viva',
    'find|encuentren|encontrar ~1 me ~2 dead|muerto|muerta|frio|fria|cold', 'nadie ~2 me ~3 encontrar|encuentre|ver|vea ~1 respirando|vivo|viva',
    'go|going|gonna|went ~1 through ~1 with ~1 it', 'llevar*|llevo ~2 a ~1 cabo',
  ], with: 'set|listo|lista|ready|decid*|todo|everything|final|plan*|SELF|nobody|nadie|last|ultim*', unless: `peliculas|películas|maraton|maratón|capitulo|capítulo|episodio|temporada|${IDIOM}|volunteer*|voluntari*|intern*|practica*|servicio|bbq|carne|asada|recital|party|fiesta|wedding|boda|graduation|graduacion|surgery|cirugia|operation|operacion|move|mudanza|job|trabajo|shift|turno|class|clase|curso|course|diploma|diplomas|certificate|certificado|program|programa|court|corte|interview|entrevista|trip|viaje|vacation|vacaciones|sober|sobria|sobrio|first|primera|primer|semester|season|temporada|${GAME_NAMES}` },
  { id: 'thats-it', severity: 'concern', patterns: ['thats|that ~1 it ~2 for ~1 me', 'se ~1 acabo ~2 para ~1 mi'], unless: 'today|hoy|tonight|food|comida|drinks|coffee|cafe|week|semana|lol|jaja' },
  { id: 'farewell-gift', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'nice|good|bonito|lindo|gusto ~2 knowing|conocer*|conocerlos|conocerlas ~1 you|all|everyone|yall|todos|ustedes',
    'give|denle|dale|den|entreguen|regalenle ~1 my|mi|mis ~3 to|a',
    'said|pedi|asked|apologiz* ~3 sorry|perdon|forgiveness ~3 everyone|todos|everybody',
    'last|ultimo|ultima ~1 thing|que|words|palabras ~4 say|decir|tell|decirles|escribir|write',
    'loved ~1 you ~1 all|guys|yall|both', 'los|las ~1 quise|ame ~2 todos|todas|ustedes|siempre',
  ], with: 'better|mejor|wont|ya|need|necesit*|keep|quede|quedense|forever|siempre|anymore|cuiden|care|ready|listo|lista|goodbye|adios|final|peace|paz|SELF|los|las|all|todos|everyone|you', unless: 'snack|snacks|food|comida|extra|leftover*|sobras|fit|size|talla|lei|regards|saludos|thanks|number|numero|email|correo|plate|plato|tray|charola|kitchen|cocina|volunteer*|voluntari*|leaves|moving|intern*|practicante*|retire*|jubil*|meeting|group|junta|grupo|class|clase|today|hoy|grandma|grandpa|abuela|abuelo|mom|mama|dad|papa|dog|perro|funeral|grave|tumba|passed|murio' },
  { id: 'means-spot', severity: 'urgent', patterns: [
    'found|encontre|picked|escogi|chose ~4 spot|place|lugar|sitio ~6 hacerlo|it|roof|azotea|bridge|puente|nobody|nadie|tracks|vias|building|edificio|woods|monte|high|alto|cliff|barranco',
    'cord|cable|rope|cuerda|soga|belt|cinturon|sheet|sabana ~8 door|puerta|beam|viga|closet|rod|tubo|ceiling|techo|hook|gancho|tree|arbol',
    'cord|cable|rope|cuerda|soga|belt|cinturon|sheet|sabana ~6 long|enough|alcanza|aguant*|strong|fuerte|hold|holds|resiste*',
    'how|cuanta|cuantas|cuanto|cuantos|calcul*|figur* ~3 MEANS|mg|milligrams|miligramos ~4 do|hacer|take|falta|need|necesit*|ocupo|ocupa|ocupan|kill|matar|enough|suficient*|it|would',
    'taking|tomo|tomar|tomarme|take|swallow* ~2 everything|todo|all ~4 saved|guarde|guardado|guardadas|stash*|hid|escond*',
  ], with: 'SELF|nobody|nadie|need|necesito|ocupo|have|tengo|ready|listo|lista|hacerlo|escondido|hidden|secret|secreto|closet|tubo|rod|beam|viga', unless: 'garden|jardin|jardín|tomatoes|tomates|string|hilo|plants|plantas|fireworks|cohetes|sun|sol|view|vista|stars|estrellas|smoke|fumar|read|leer|pray|orar|dinner|cena|breakfast|desayuno|meal|comida|food|sugar|azucar|carbs|doctor|nurse|enfermera|charger|cargador|phone|celular|tv|tele|laundry|ropa|clothes|lamp|lampara|plant*|planta*|paint*|pint*|hammock|hamaca|swing|columpio|lights|luces|christmas|navidad|tree|arbol|decorations|adornos' },
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
    'one|un|una|just|two|three|dos|tres|few|pocos|pocas|2|3 ~2 more|mas ~1 day|days|night|nights|week|weeks|dia|dias|noche|noches|semana|semanas ~4 then|luego|despues|and|y ~3 gone|done|over|ya|voy|go|me|se|im',
    'in|en ~2 days|hours|dias|horas ~6 gone|over|done|acab*|termin*|estar|estare|matter|importar|importa',
  ], with: 'SELF|ya|nobody|nadie|anymore|forever|siempre|final|todo|everything|over|acab*', unless: `${IDIOM}|work|trabajo|job|shift|turno|vacation|vacaciones|weekend|off|libre|descanso|payday|home|casa|school|escuela|class|clase|program|programa|treatment|tratamiento|detox|probation|court|corte|sentence|condena|diet|dieta|sober|sobrio|sobria|clean|limpio|limpia|graduat*|gradu*|exam|examen|party|fiesta|${GAME_NAMES}` },
  { id: 'farewell-remember', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'no ~1 me ~1 olviden|olvides', 'dont|never ~1 forget ~1 me', 'watch ~2 over ~1 you|yall|all', 'desde ~1 arriba|alla|el ~1 cielo',
    'end ~3 road|line ~2 for ~1 me', 'fin ~2 camino ~2 para ~1 mi', 'signing ~1 off ~1 for|forever|permanently',
    'sorry|perdon|perdonen ~2 for|por ~1 everything|todo ~6 love|quiero|quise|goodbye|adios|siempre|forever|cuiden|gracias|thank*|bye',
  ], unless: 'movie|pelicula|song|cancion|show|serie|game|juego|noise|ruido|mess|tiradero|late|tarde|luego|later|tomorrow|manana|grandma|grandpa|abuela|abuelo|mom|mama|dad|papa|dog|perro|funeral|grave|tumba|passed|murio|birthday|cumple|meeting|junta|group|grupo' },
  { id: 'plan-ready', severity: 'urgent', patterns: [
    'know|se ~2 how|como|where|donde ~2 id|would|haria|hare|lo|im|going|gonna|voy ~3 do|haria|hare|hacer|hacerlo',
    'MEANS|it|la|lo ~3 loaded|cargad*|sharpen*|afilad*|tested|probad*|hidden|escondid*',
    'loaded|cargue|sharpened|afile|tested|probe|hid|escondi ~4 MEANS',
    'blade|blades|navaja*|hoja|hojas ~5 sharpener*|sacapuntas|rastrillo*|razor*', 'sharpener*|sacapuntas ~5 blade|blades|navaja*|hoja|hojas',
    'garage|cochera ~6 engine|motor|running|encendido|prendido', 'engine|motor ~6 garage|cochera',
  ], with: 'SELF|nobody|nadie|DIE|MEANS|exactly|exactamente', unlessShare: 'amablemente|kindly|reminder|recordatorio|candado|padlock|carnet|manipulador|certificado|certificate|culinary|culinaria', unless: 'cuchara|spoon|fregadero|sink|cortaban|cortaba|blunt|desafilado|desafilados|skinning|deer|venado|opening|hunt*|taza|mug|truco|trick|abuela|grandma|util|útil|useful|filet*|pescado|fish|fishing|pescar|caballo|horse|we|podemos|pueden|nosotros|careful|cuidado|ojo|heads|fyi|house|sharpening|afilar|dinner|cena|prep|chart|turn|turno|chicken|pollo|steak|bistec|piedra|stone|whetstone|afilador|recipe|receta|kitchen|cocina|cook*|cocin*|tomato*|tomate*|onion*|cebolla*|meat|carne|bread|pan|dull|desafilad*|hunting|caza|range|tiro|chef|vegetables|verduras|accident*|mechanic|mecanico|fix*|arregl*|oil|aceite|repair|school|escuela|homework|tarea|art|arte|craft*|manualidad*|game|juego|puzzle|rompecabezas|cake|pastel|phone|celular|battery|bateria' },
  { id: 'veins', severity: 'urgent', patterns: ['knife|cuchillo|navaja*|blade|razor|cut*|cort*|abrir*|abro|slit|open* ~4 venas|veins|vein|vena|wrist|wrists|muneca|munecas', 'venas|veins ~4 knife|cuchillo|navaja*|blade|razor|cortar*|abrir*'], with: 'SELF|INTENT|DESIRE|pienso|think*', unless: `perdio|perdió|pierde|pierden|perdieron|barça|barca|madrid|chivas|${ACCIDENT}|doctor|nurse|enfermera|draw|test|analisis|iv|suero|vaccine|vacuna|tattoo|tatuaje|movie|pelicula|song|cancion|amor|love` },
  { id: 'farewell-last-word', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'last ~1 time ~4 hear|hearing ~2 from ~1 me', 'ultima ~1 vez ~2 que ~2 me ~1 ven|veran|vean|oyen|oiran|leen|lean|leeran', 'ultima ~1 vez ~2 que ~1 escribo|publico|escriba',
    'have|tengan|tengas ~2 good|nice|buena|bonita ~1 life|lives|vida|vidas',
    'love ~1 you ~1 all ~3 always|forever', 'los|las ~1 quiero|amo ~2 todos|todas ~3 siempre',
    'my|mis|mi ~1 stuff|things|cosas|ropa|clothes ~2 goes|go|van|son ~1 to|para|a',
  ], with: 'SELF|when|cuando|after|despues|gone|ya|wont|anymore|always|siempre|forever', unless: 'donat*|donacion|church|iglesia|shelter|albergue|laundry|lavanderia|storage|bodega|moving|mudanza|move|mudo|luego|later|tomorrow|manana|week|semana|wedding|boda|graduat*|gradu*|leaving|retire*|jubil*|volunteer*|voluntari*|birthday|cumple*|christmas|navidad' },
  // Everyday wordings of being a burden: no longer anyone's problem, dragging others down, in the way.
  { id: 'burden-wide', severity: 'concern', patterns: [
    'wont|soon|longer|never|pronto ~3 be|being ~2 anyones|anybodys|everyones|your|a|their|ur ~1 problem|burden|bother',
    'no|ya|pronto ~3 voy|vaya|sere|sea|seguir ~3 ser|siendo ~3 problema|carga|molestia|estorbo',
    'dej*|stop*|quit ~2 ser|being ~2 problema|carga|molestia|estorbo|burden|problem',
    'all|only|just|solo|nomas|puro|always|siempre ~4 cause|causo|doy|traigo|bring|make|give ~3 problems|problemas|trouble|stress|pain|dolor|sufrimiento|disgustos|headaches',
    'SELF|im ~3 dragging|drag|bring|bringing|holding|hold ~2 everyone|everybody|todos|you|them|people|everything ~1 down|back',
    'im|soy|estoy ~2 just|only|always|solo|siempre ~2 in ~1 the|everyones|your ~1 way',
    'im|soy|i ~2 too ~1 much ~1 for', 'soy ~1 demasiado ~2 para',
    'deserve|deserves|merecen|merece ~2 better|mejor|alguien ~4 than|que ~1 me|yo',
    'SELF|siempre|always ~2 arruino|ruin|ruined|arruine ~1 everything|todo',
    'quito|take|takes|taking ~2 todo|everything|space|espacio ~3 todos|everyone|nadie|someone|alguien',
    'NEG|wont ~4 have|tener|tendran|tendras ~2 to|que ~1 deal|lidiar|aguantar|soportar|cuidar|cargar|worry|preocupar*|put ~4 me|conmigo|mi',
    'favor ~5 leaving|gone|disappear*|dying|die|irme|fuera|desaparec*|muer*|dead|muero|vaya|go|left',
    'arruino|ruin|destroy|destruyo|mess ~1 everything|todo|everyones|everybodys',
    'les|le|me ~1 estorbo|molesto|sobro ~2 a|todos|everyone', 'soy ~1 una|un ~1 molestia|carga|estorbo|peso',
    'NEG|pronto ~4 dar|doy ~1 lata|guerra|problemas|molestias', 'less|menos ~1 mouth|boca', 'boca ~1 menos',
    'out ~1 of ~1 everyones|your|their|ur|yalls ~1 hair|way|lives|life', 'NEG ~4 estorbar|estorbarles', 'problema|problem|boca|mouth|carga|worry ~1 menos|less', 'less|menos ~1 problem|problema|worry|preocupacion|burden',
    'im|soy|i ~2 the|el ~1 problem|problema ~0 $', 'im|soy|i ~2 the|el ~1 problem|problema ~1 in|en|here|aqui|always|siempre',
    'everyone|everybody|todos|family|familia|they|people|gente|mom|mama ~3 tired|sick|cansados|cansada|cansado|canso|hartos|harta|fed ~6 me|mi|cuidarme|aguantarme|conmigo',
    'i|le|les ~1 cost|cuesto ~4 money|dinero|pain|dolor|sufrimiento|stress|lagrimas|tears|much|mucho|demasiado',
    'nothing|nada ~1 but|mas|que ~2 trouble|problems|problemas|pain|dolor|burden|carga|problema|estorbo|molestia', 'bring|cause|been|am|im ~1 nothing ~2 trouble|problems|pain|burden|problem',
    'NEG ~2 sido|soy|been|am|ser ~1 mas|nothing ~1 que|but ~2 carga|burden|problema|problem|problems|problemas|estorbo|molestia|weight|peso|pain|dolor|trouble',
  ], unless: BURDEN_WIDE_UNLESS },
  // "i mess up", "no point me being around to mess that up": the writer's own, not a pharmacy's.
  { id: 'burden-mess-up', severity: 'concern', patterns: ['mess ~1 up'], with: 'i|me|im|myself', unless: BURDEN_WIDE_UNLESS },
  { id: 'take-me', severity: 'concern', patterns: [
    'dios|god|lord|senor|diosito ~5 me ~1 lleve|llevara|recoja|recogiera|take|takes|llame|llevo',
    'dios|god|lord|diosito ~4 take|takes|llevarme|recogerme|llamarme ~1 me',
  ], unless: `${IDIOM}|home|casa|trip|viaje|job|trabajo|program|programa|court|corte|guide|guie|guia|help|ayude|strength|fuerza|bless|bendig*|lol|jaja` },
  { id: 'voices', severity: 'urgent', patterns: ['voz|voces|voice|voices ~4 tell|tells|telling|dice|dicen|says|say ~4 mate|matarme|kill|hurt|die|morir|lastime|lastimarme|jump|tire|corte'], unless: `${JOKING}|gps|alexa|siri|video|game|juego|teacher|maestra|coach` },
  // Hopelessness told plainly: nothing will change, no way out, no strength left, tired of fighting.
  { id: 'hopeless-plain', severity: 'concern', patterns: [
    'never|nunca|nothing|nada ~4 change|changes|cambiar|cambia|cambie|different|distinto|diferente|improve|mejora|mejore',
    'NEG ~2 hay|tengo|veo|see|theres|is|existe|encuentro ~2 salida|escape|exit',
    'NEG ~4 sentido|point|caso|razon* ~3 nada|vida|life|anything|nothing|todo|seguir|esto',
    'canse|cansado|cansada|tired|sick|harto|harta ~3 pelear|luchar|fighting|trying|intentar|resistir|aguantar',
    'stopped|quit|deje|done ~2 pelear|caring|fighting',
    'NEG ~2 quedan|queda|tengo|have|got|left ~3 fuerzas|strength|energy|ganas ~2 para|to|de ~1 nada|anything|seguir|vivir|luchar|go|keep|live|fight',
    'whats|what|que ~2 point|caso|sentido ~3 anymore|ya|tiene|even|of|de ~1 anything|nada|living|vivir|trying|intentar|todo|life|vida|seguir|esto|it',
    'whats|que ~1 even|the|caso ~1 point|tiene',
    'NEG ~4 can|puedo|aguant*|survive|sobreviv*|last|durar ~4 one|un|una|another|otro|otra ~1 more|mas|day|dia|night|noche',
    'NEG ~2 think|creo ~3 can|puedo|aguante|aguanto|sobreviva|logre|haga|make ~3 more|mas|this|esto|anymore|longer|it|lo',
    'drowning|ahogando|ahogo|sinking|hundiendo|hundo|suffocating|asfixiando ~5 nobody|nadie|alone|sola|solo|inside|dentro|sees|ve|notices|nota|life|vida',
    'NEG ~3 light|luz ~5 end|final|tunnel|tunel|lado|nada|ningun|anywhere|ahead',
    'NEG ~1 lo|la|me ~1 puedo|aguanto|soporto ~1 cargar|aguantar|soportar|mas',
    'pain|dolor|sufrimiento|suffering ~5 never|nunca|NEG ~4 end|ends|stop|stops|acabar|acaba|terminar|termina|pasa|pasar|irse|leave',
    'cant ~1 anymore', 'ya ~0 no ~0 puedo|aguanto ~0 $', 'ya ~0 no ~0 puedo|aguanto ~0 mas ~0 $', 'NEG ~1 puedo|aguanto ~0 mas ~0 $',
    'siempre|always|never|nunca|nothing|nada ~6 haga ~1 lo ~1 que ~1 haga', 'siempre|always|never|nunca|nothing|nada ~6 no ~1 matter ~1 what|how',
    'nothing|nada ~2 for|para ~1 me|mi ~3 out|alla|afuera|left|world|mundo|anymore|ya|life|vida',
    'NEG ~2 creo|think ~3 que|ill|i ~2 lo|la|it ~1 haga|logre|aguante|sobreviva|make|survive',
    'como|how ~2 voy|im|gonna|am ~3 sobrevivir|survive|aguantar ~1 esto|this',
    'never|nunca ~4 go|goes ~1 away', 'nunca ~4 quitar|quita|pasar|irse',
    'every|cada ~1 day|dia ~3 worse|peor',
    'NEG ~3 importa|care ~2 nada|anything|nothing', 'NEG ~2 care ~1 what ~1 happens',
    'stopped|deje ~1 caring|de ~1 importarme',
    'no ~1 tiene|hay ~1 remedio|solucion',
    'NEG ~1 me ~1 veo|imagino ~2 aqui|here|vivo|viva|alive ~4 TIME|longer|mas|christmas|navidad|year|ano',
    'nada|nothing ~2 tiene|makes|has ~1 sentido|sense|meaning|point', 'vida|life ~2 NEG ~1 tiene|has ~1 sentido|meaning|point',
    'i|me ~1 give|gave|rindo|rendi ~1 up ~0 $', 'i|me ~1 quit|rindo|rendi ~0 $', 'end ~2 of ~1 my ~1 rope',
    'good ~1 as ~1 it ~1 gets ~5 NEG ~2 want', 'si ~2 esto ~2 es ~1 lo ~1 mejor ~5 NEG ~1 lo ~1 quiero',
    'im|estoy ~1 finished|acabado|acabada|terminado|terminada ~0 $',
    'whats|what|que ~1 the|el ~1 use|caso ~0 $',
    'NEG ~1 take|soportar|aguantar ~2 it|this|esto|esta|lo ~2 anymore|mas|longer', 'NEG ~1 aguanto|soporto ~2 vida|life',
  ], unless: 'english|ingles|inglés|spanish|espanol|español|language|idioma|forms|formulario|homework|tarea|math|mates|temprano|early|nap|siesta|team|equipo|game|partido|season|temporada|score|weather|clima|wifi|printer|lol|jaja|haha|job|trabajo|remote|tv|washer|lavadora|computer|internet|bus|camion|store|tienda|traffic|trafico|money|dinero|menu|food|comida|coffee|cafe|rules|reglas|schedule|horario|house|casa|emergencia|emergency|fire|incendio|parking|hair|pelo|diet|dieta|antes|used|meeting|junta|class|clase|arguing|discutir|explaining|explicar|telling|decirle|cooking|cleaning|limpiar|knee|rodilla|tooth|muela|head|cabeza|back|espalda|stomach|estomago|period|regla|pool|alberca|swim*|nadar|nadando|lake|lago|heat|calor|smell|olor|stain|mancha|cough|tos|noise|ruido|cold|gripa|itch|comezon|paperwork|papeles|form|instructions|instrucciones|math|matematicas|movie|pelicula|show|serie|uno|cards|cartas|argument|discusion|musica|music|volumen|volume|ronquidos|snoring' },
  // Not caring whether one dies: "no me importa morir", "if i die i die".
  { id: 'use-till', severity: 'urgent', negative: true, patterns: ['tomar|drink|beber|consumir|use|using|drinking|drogarme|tomando ~3 hasta|till|until ~3 perderme|morirme|caerme|black|levantarme|death|dead|despertar|die|feel|sentir|sentirme|wake|numb'], with: 'siempre|forever|good|never|nunca|no|not|levantarme|despertar|dead|die|morirme|death', unless: `${JOKING}|party|fiesta|wedding|boda|birthday|cumple*|water|agua|coffee|cafe` },
  { id: 'join-dead', severity: 'urgent', patterns: ['join|reunirme|acompanar* ~2 him|her|them ~0 $', 'join|reunirme|acompanar* ~2 my|mi ~1 dad|mom|papa|mama|brother|hermano|hermana|sister|son|hijo|hija|daughter', 'me ~1 voy ~1 con ~1 el|ella ~0 $', 'me ~1 voy ~1 con ~1 mi ~1 papa|mama|hijo|hija|hermano|hermana'], with: 'anniversary|aniversario|heaven|cielo|died|murio|grave|tumba|descansa|rip|passed|fallecio', unless: `${JOKING}|trip|viaje|visit*|store|tienda|lunch|dinner|cena|comida|walk|caminar|church|iglesia|misa|mass|game|partido|party|fiesta|cine|movies|doctor|cita` },
  { id: 'care-die', severity: 'concern', negative: true, patterns: [
    'NEG ~2 care|importa|importaria ~3 if|si ~3 die|dying|muero|morir*|muera|od|overdos*|sobredos*|wake|despiert*|despierto',
    'NEG ~1 me ~1 importa|importaria ~1 morir*|morirme|vivir|despertar',
    'if|si ~2 i|me ~1 die|muero|muera|od|overdose ~4 so ~1 be ~1 it',
    'if|si ~2 i|me ~1 die|muero|muera|od ~2 ni ~0 modo', 'if|si ~2 i|me ~1 die|muero|muera|od ~3 whatever|well|die|muero|mejor|better|good|bien',
    'DIE ~3 seria|would|estaria|be ~2 lo|the|so|mucho ~1 mejor|best|better|easier|facil',
    'better|mejor ~3 NEG ~2 exist*|existir|nacer|born|nacido',
    'better|mejor|peaceful|easier|facil|nice|bien ~5 NEG ~2 exist*|existir|existiera|estar|este|be|being|vivir|living|here|aqui|around',
    'if|si ~2 NEG ~2 wake|despierto|despertar|despierte ~4 fine|ok|okay|good|bueno|mejor|bien|better',
    'thats|eso ~1 it|es ~2 for|para ~1 good|siempre|forever',
    'mean|decir ~2 NEG ~2 exist*|existir|living|vivir|be|being|alive',
    'might|may ~2 as ~1 well ~3 finish|end|die|go|kill|acabar',
    'NEG ~2 have|tener|tenga ~2 to|que ~2 be|estar|live|vivir|exist ~3 here|aqui|anymore|mas',
    'done ~1 with ~1 being|existing|living',
  ], unless: `${IDIOM}|${GAME_NAMES}|${LEAVING}|am|pm|early|temprano|job|work|shift|program|programa|court|corte|lol|jaja|haha|grandma|grandpa|abuela|abuelo|dog|perro|cat|gato|plant|planta|phone|celular` },
  // Using to die: the next dose the last one, everything at once, no care what is in it.
  { id: 'relapse-wide', severity: 'urgent', patterns: [
    'NEG ~2 care|importa ~3 if|si ~3 laced|cut|fent*|strong|fuerte|adulterad*|cortada|cortado',
    'next|proximo|proxima|ultimo|ultima|this ~1 hit|shot|dose|pase|dosis|line|linea|bag|bolsa|fix|pipe|toque ~4 last|ultim*|kill*|mate|end|acabe',
    'use|using|shoot|snort|smoke|meter|meto|meterme|consumir|consumo|inyect*|fumar ~4 everything|all|todo|toda ~5 once|vez|have|got|tengo',
    'ojala|hope|hopefully|pray ~6 overdos*|sobredos*|od|ods',
    'hope|ojala|pray ~4 batch|bag|bolsa|dose|dosis|hit|shot|pase|line|linea|fix|pipe ~4 does|finally|last|ultim*|kills|mate|mata|end|acabe',
    'use|using|consumir|consumo|drogarme|drogar|shoot|fix|inyectarme|fumar ~2 alone|solo|sola',
    'fent*|laced|cortada|adulterad* ~6 anyway|igual|modos|still|want|quiero',
    'one|una|un ~1 last|ultima|ultimo ~1 high|hit|binge|pase|toque|shot|fix|line|linea',
    'last|ultima ~1 vez|time ~1 drogad*|high|using|consumiendo',
    'compr*|buy|buying|bought|cop|copped|copping|get|getting ~3 way|mucho|much|more|mas ~3 than|de|que ~3 need|necesito|usual|normal|ocupo',
    'high|drogad*|volad* ~4 never|nunca|NEG ~2 come|bajar ~1 down|back',
  ], unless: 'kitchen|cocina|cook*|cocin*|recipe|receta|flour|harina|paint|pintura|soap|jabon|shampoo|data|datos|minutes|minutos|coupons|cupones|vacation|vacaciones|lol|jaja|haha|time|tiempo|strips|tiras|test|prueba|narcan|naloxon*|training|taller|class|clase|news|noticia*|warning|aviso|bathroom|bano|laundry|lavadora|computer|tv|tele|groceries|despensa|food|comida|snacks|clothes|ropa|shoes|zapatos|sale|oferta|store|tienda' },
  // Goodbyes in more words: letters left for everyone, asking not to be sad, what happens to one's things.
  { id: 'farewell-plain', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'letters|letter|cartas|carta|note|notes|nota|notas ~5 everyone|everybody|todos|whoever|quien|each|cada|bed|cama|pillow|almohada',
    'goodbye|despedida|adios|farewell ~1 letter|letters|note|notes|carta|cartas|nota|video|message|mensaje|post',
    'carta|cartas|nota|notas|mensaje|video ~2 de ~1 despedida',
    'perdonenme|perdoname|forgive|perdon|sorry ~3 por|for ~1 todo|everything',
    'escribo|vengo|paso|queria|quiero|quise|writing|here ~3 despedirme|despedirnos', 'want|wanted|wanna|here|writing ~3 say|decir ~1 goodbye|adios',
    'si ~2 pasa|pasara ~1 algo ~6 es|son|para|den|regalen|cuiden|quedense|diganle',
    'NEG ~2 se ~1 pongan|pongas ~1 tristes|triste|mal', 'NEG ~2 be|get|feel ~1 sad|upset ~2 for|about|over ~1 me',
    'if|si ~2 something|anything|algo ~1 happens|happened|pasa|pasara|me ~6 goes|go|es|son|para|give|den|regalen|take|cuiden|keep|quedense|tell|diganle',
    'despedi|despido|despedirme|goodbye ~4 without|sin ~2 que|knowing|supiera|sepa|diera|notic*|realiz*',
    'say|decir|said|diga ~1 goodbye|adios ~5 then|luego|y|and ~2 do|hacer|hacerlo|go ~1 it|lo',
    'read|lean|leanlo|leanla|leerlo|leerla|abranla|abranlo|open ~2 it|lo|la|this|them ~0 after|despues ~0 $', 'read|lean|leanlo|leanla|leerlo|leerla|abranla|abranlo|open ~2 it|lo|la|this|them ~1 after|despues|when|cuando ~3 gone|dead|muerto|muerta|vaya|leave|left|irme|fui|find|found|encuentren|over|este|estoy|im|i',
    'leanlo|leanla|leerlo|leerla|abranla|abranlo ~1 despues',
    'cuiden|cuida|cuidar|care|after|feed|alimenten ~3 my|mi|mis ~1 fish|pez|cat|gato|gata|dog|perro|perrita|perrito|plant*|planta*|kids|hijos|hija|hijo|pet|mascota|bird|pajaro ~4 after|despues|when|cuando|forever|siempre|ya',
    'remember|acuerdense|acuerdate|recuerden|recuerdenme ~3 good|buenos|bonitos ~1 times|moments|tiempos|momentos', 'acuerdense|acuerdate|recuerden ~1 de ~1 mi',
    'for|por ~1 what|lo ~2 im|que|i ~2 about|voy|gonna|going ~3 do|hacer',
    'know|sepan|sepas|saber ~4 NEG|wasnt|isnt ~3 fault|culpa',
    'last|ultimo|ultima ~1 wish|deseo|request|favor|voluntad',
    'stuff|cosas|things ~4 boxes|cajas|bags|bolsas ~4 names|nombres|labeled|each|cada',
    'read|lean|leas|reads|lea|encuentren|find ~3 this|esto ~6 gone|estar|estare|dead|muerto|muerta|late|tarde',
    'sorry|perdon ~3 what|lo ~3 find|encuentren|see|vean',
    'giving|gave|regalando|regale ~2 away|my|mis|mi ~2 clothes|stuff|things|cosas|ropa ~4 nobody|nadie|why|porque|week|semana|all|todo|todas',
    'giving|gave|given|regalando|regale|regalé|regalado|regalada ~1 away|all|todas|todos|toda|todo ~1 my|mis|mi ~1 clothes|stuff|things|cosas|ropa|belongings|pertenencias',
    'NEG ~2 sabe|knows|know ~3 verdad|real|goodbye|despedida', 'NEG ~1 las|los|la|lo ~2 voy ~2 necesitar|ocupar|usar',
  ], unless: `grief|duelo|went|locked|jail|prison|prision|prisión|carcel|cárcel|starting|zero|cero|exercise|ejercicio|assignment|homework|fridge|nevera|refri|refrigerador|yogurt|yogur|dishes|platos|microwave|microondas|snack|snacks|food|comida|extra|leftover*|sobras|fit|size|talla|lei|old|vieja|viejo|queda|donat*|donacion|church|iglesia|store|tienda|walk|lunch|dinner|cena|christmas|navidad|birthday|cumple*|santa|lol|jaja|haha|later|luego|next|proxima|proximo|tomorrow|manana|monday|tuesday|wednesday|thursday|friday|weekend|semana|lunes|martes|miercoles|jueves|viernes|vacation|vacaciones|trip|viaje|meeting|reunion|mess|tiradero|noise|ruido|late|tarde|yesterday|ayer|grandma|grandpa|abuela|abuelo|funeral|dog|perro|shift|turno|volunteer*|voluntari*|${LEAVING}` },
  // Abuse in more words: threats to keep quiet, coming in while one is showering or asleep, not letting one leave.
  { id: 'abuse-plain', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'if|si ~2 tell|telling|digo|hablo|cuento|cuentas|dices|hablas|snitch|scream|grito|gritas|yell ~6 kill|hurt|matar|mata|lastimar|pegar|golpear|hit|beat|believe|creer|cree|creera|creeria',
    'say|said|digo|dije|decia|le ~3 no|stop|basta ~5 anyway|igual|modos|still|keeps|sigue|siguio|kept',
    'comes|come|came|entra|entro|mete|metio|walks ~4 when|while|cuando|mientras ~3 showering|shower|bano|banando|banandome|dressing|changing|cambiando|vistiendo|sleeping|durmiendo|dormida|dormido|asleep',
    'me ~1 arrincona|arrincono|manosea|manoseo|acosa|acoso|soba|sobo|nalgue*|estrangul*',
    'follows|sigue|siguiendo|following|stalks|stalking|acosa ~1 me ~4 every|todos|home|casa|everywhere|dia|dias|day|days|lados',
    'sends|send|sent|manda|mando|envia|envio ~1 me ~3 nasty|nudes|cochinas|cochinadas|desnud*|porn*|explicit|dick', 'sends|send|sent|manda|mando|envia|envio ~1 me ~3 pictures|fotos|pics|videos ~3 naked|desnud*|cochin*|private|privad*|partes|nasty|sexy|nude|nudes',
    'regret|arrepent* ~3 telling|tell|decir|digo|hablo|hablar|snitching|si',
    'pide|asks|wants|quiere ~3 cosas|favors|favores|things|stuff|sex|sexo ~2 a|in ~1 cambio|exchange|return',
    'did|does|doing|do ~1 things|stuff ~2 to ~1 me', 'me ~1 hacia|hace|hizo|hacen|hacian ~1 cosas',
    'hands|manos ~3 around|alrededor|on ~2 my|mi ~1 neck|cuello|throat|garganta', 'me ~1 apreto|aprieta|agarro|agarra ~2 el|del ~1 cuello|garganta',
    'finish|terminar|acabar ~2 what|lo ~1 he|she|que ~1 started|empezo',
    'unless|si ~3 do|hago|haga|doy ~1 stuff|things|cosas|favors|favores|sex|sexo',
    'coming|comes|come|came|entra|entro|mete|metio ~3 bathroom|bano|shower|regadera ~4 when|cuando|while|mientras',
    'makes|made|make|hace|hizo|obliga|obligo|forces|forced ~1 me ~2 sit|sentar|sentarme|touch|tocar|tocarlo|tocarla|kiss|besar|besarlo|undress|desvestir*|encuerar*|watch|ver|lap|piernas|photos|fotos|pictures',
  ], with: 'ACTOR|alguien|tipo|senor|vato|someone|somebody|guy|if|si|when|cuando', unless: `${GAME_NAMES}|${JOKING}|comer|comida|ricas|rico|food|cake|pastel|cookies|galletas|doctor|nurse|enfermera|dog|perro|cat|gato|baby|bebe|kids|ninos|hijos` },
  { id: 'abuse-control', staysInPast: true, severity: 'urgent', negative: true, patterns: [
    'ACTOR ~4 NEG ~2 let|lets|deja ~1 me ~2 leave|go|out|salir|ir|hablar|talk|see|ver|eat|comer', 'ACTOR|he|she|el|él|ella ~1 only|solo|nomas|nomás ~1 lets|let|deja ~1 me ~1 out|go|leave|salir|ir|venir|come',
    'ACTOR ~3 me ~1 encierra|encerro|quita|quito ~2 el|la|mi|my ~1 phone|celular|telefono|dinero|money|llaves|keys|id|papeles',
    'ACTOR ~3 me ~1 esconde|escondio|escondió|quita|quito|quitó|niega|nego|negó ~2 la|el|mi|mis ~0 comida|dinero|medicina|medicinas|pastillas|lentes', 'ACTOR ~2 hides|hid|takes|took|keeps ~1 my ~0 food|money|meds|medication|glasses',
    'no ~0 me ~0 deja|dejaba|dejan|dejaban ~1 hablar|ver|salir|llamar|visitar ~2 con|a ~1 mi|mis ~0 familia|mama|hijos|amigas|amigos|hermana|hermanas|hermanos|gente',
    'me ~1 rompio|quebro|estrello|rompió|quebró|estrelló ~1 el|mi ~0 telefono|celular|cel',
    'knows|sabe|tracks|track|rastrea|checks ~2 everywhere|where|donde ~2 i|voy|go|estoy|ando',
    'te|me ~1 revise|revisa|revisaba|revisan ~1 el|tu|mi ~0 celu|cel|celular|telefono|mensajes',
  ], unless: `${GAME_NAMES}|${JOKING}|staff|personal|pass|permiso|curfew|toque|rules|reglas|program|programa|doctor|nurse|enfermera|dog|perro|cat|gato|baby|bebe|kids|ninos|hijos|sick|enfermo|enferma|snow|nieve|rain|lluvia` },
  // Times in more words: done after a date, giving it until a day, "tomorrow or ever".
  { id: 'time-plain', severity: 'urgent', patterns: [
    'SELF|im|ya ~1 done|gone|over ~3 after|by|before|para|despues ~3 TIME',
    'give|gave|doy|di ~1 it|myself|me|le ~2 until|till|til|hasta ~2 TIME',
    'TIME ~1 or|ni ~1 ever|never|nunca|jamas',
    'tengo|ya ~1 fecha', 'ya ~1 tengo ~1 el|la ~1 dia|fecha',
    'despues|after ~6 ya ~0 no ~0 sigo|continuo ~0 $', 'ya ~1 tengo ~1 resuelto|decidido ~1 lo ~0 mio|todo',
    'ya|ahora ~2 me ~0 puedo ~1 ir|morir|descansar ~1 tranquila|tranquilo|en ~0 paz',
    'fitting|perfect|perfecto|perfecta|good|buen|buena|right ~1 day|dia|night|noche|date|fecha ~1 to|para|pa ~0 go|die|morir|irme|leave|partir ~0 $',
    'me ~0 puse|pongo|fije|fijé ~1 fecha|plazo|deadline ~0 $', 'set|gave ~1 myself ~1 a ~1 date|deadline ~0 $',
    'TIME ~4 im|i ~1 doing|do ~1 it $',
    'TIME ~6 im|ya ~0 done|estuvo|gone $',
    'picked|chose|escogi|elegi|pick ~2 TIME ~6 nobody|nadie|alone|solo|sola',
    'TIME ~4 is|es|sera ~1 my|mi ~1 exit|salida|end|fin|way',
    'til|till|until|hasta ~4 TIME ~4 then|luego|despues ~3 checking|check|out|gone|done|voy|me',
    'lo ~0 decidi ~5 TIME', 'already|ya ~0 decided|decidi ~5 TIME',
    'gonna|va ~2 be|ser ~1 TIME ~6 when|cuando|while|mientras',
    'TIME ~2 the|el|la ~1 day|dia|night|noche ~0 $', 'TIME ~6 ya ~1 me ~1 fui',
    'TIME ~6 ready|listo|lista ~2 to|para ~1 go|irme|leave|die|morir', 'im|ya ~1 done|gone|out ~2 for ~1 good|siempre',
    'decided|decidi ~6 TIME', 'TIME ~6 they|will|van ~3 find|encontrar ~1 me', 'TIME ~6 me ~1 van ~1 a ~1 encontrar',
    'TIME ~6 buy|buying|compro|comprar ~3 what|lo ~2 need|necesito ~2 and|y ~1 thats|ya', 'NEG ~2 regreso|coming ~1 back ~6 have|tengo ~3 need|necesito', 'TIME ~4 its|it|va ~2 happening|pasar ~0 $', 'TIME|terminando|acabando ~6 lo ~1 voy ~1 a ~1 hacer ~0 $',
    'when|cuando|once|after ~6 asleep|dormidos|dormidas|duerman|sleeping|leaves|vaya|vayan|gone ~8 lo|it|me ~1 hago|do|tomo|take|mato',
    'me ~1 di|doy ~1 hasta|until ~2 TIME|fin', 'TIME ~3 ya ~1 no ~3 estar|estoy|existir|existo ~0 $', 'TIME ~4 lo ~1 hago ~0 $',
  ], unless: `${JOKING}|tiempo|rato|susto|coffee|cafe|food|comida|taco*|pizza|concert|concierto|show|homework|tarea|dormir|sleep|bed|cama|sugar|azucar|candy|dulces|soda|refresco|chocolate|junk|carbs|cine|off|libre|descanso|payday|church|iglesia|trip|viaje|vemos|return*|home|casa|alta|audiencia|corte|court|cita|appointment|boda|wedding|cumple*|fiesta|party|interview|entrevista|laundry|ropa|dishes|platos|chores|job|shift|turno|trabajo|class|clase|test|exam|examen|paperwork|workout|ejercicio|cleaning|limpiar|shopping|compras|cook*|cocin*|room|cuarto|report|meeting|reunion|dinner|cena|diet|dieta|smoking|fumar|sober|sobrio|sobria|program|programa|move|mudanza|run|5k|marathon|${LEAVING}|${GAME_NAMES}` },
  // Threats in more words: paying for it, the hospital, what is coming, watching out.
  { id: 'threat-plain', staysInPast: true, severity: 'urgent', patterns: [
    'gonna|going|va|van|will ~3 pay|pagar ~2 for|por ~2 what|lo|it|this|that|eso',
    'put*|send*|mand*|meter|meto|mando ~2 him|her|them|lo|la|los|you|te ~3 hospital|grave|morgue|ground|panteon|tumba|hoyo',
    'NEG ~2 sabe|saben|knows|know ~3 lo ~1 que ~1 le|les|te ~1 espera',
    'NEG ~2 know|knows ~2 whats|what ~1 coming',
    'fuck|mess|beat|light|jack ~2 him|her|them|you|yall ~1 up',
    `${VICTIM}|ACTOR|they|he|she|you ~2 better ~1 watch ~2 out|back|themselves|himself|herself|yourself`,
    'next|whoever|anyone|anybody|cualquiera|quien|somebody|someone|alguien ~8 getting|gets|get|gonna|va|sale|salir|acabar ~2 hurt|stabbed|shot|smacked|dropped|jumped|lastimad*|golpead*|madread*|picad*|herid*|balead*|muert*',
    'INTENT|ima|imma ~3 end|smoke|merk|drop|pop|catch|jump|quebrar|picar|rajar|filerear|plomear|tronar|chingar ~1 him|her|them|that|this|ese|esa|al|a',
    'lo|la|los|le ~1 voy|vamos ~1 a ~1 acabar|quebrar|picar|rajar|tronar|chingar|esperar', 'me ~1 lo|la ~1 voy ~1 a ~1 quebrar|chingar|echar|tronar|acabar',
    'catch|agarrar|esperar|wait ~3 him|her|them|that|ese|esa|lo|la|a ~3 outside|afuera|alone|solo|sola|lackin|later|salida',
    `got|have|tengo|traigo|guardo ~2 something|algo|una|one ~1 for|para ~2 ${VICTIM}|ACTOR|roommate|compañero|companero|mi|my`,
    `bought|got|compre|compré|consegui|conseguí ~2 a|an|un|una|me ~1 box|knife|cutter|blade|bat|gun|navaja|cuchillo|pistola|fierro ~3 for|para|pa ~3 guy|tipo|vato|wey|güey|guey|roommate|compañero|companero|neighbor|vecino|ex|dealer|snitch|soplon|soplón|boss|jefe|landlord|casero|him|her|them`,
    `make ~3 ${VICTIM}|snitch|him|her|them ~1 disappear|vanish`, 'lo|la|los|las ~1 voy|vamos ~1 a ~1 desaparecer',
    `venga|vengan|manda|mandar|mando|send|get ~4 balear|matar|golpear|madrear|picar|apunalar|kill|shoot|stab|jump|beat ~2 ${VICTIM}|al|a`,
    'got|have|tengo|traigo|llevo ~2 something|algo|una|one ~1 sharp|filoso|filosa|punzante|afilad*',
    'sleep|duerma|dormir|duermas|duerman ~2 one|un ~1 eye|ojo',
    'muerto|muerta|dead ~3 si|if ~4 toca|touches|vuelve|again|otra', 'si|if ~6 otra|again|vuelve ~3 muerto|muerta|dead',
    'waiting|esperar|esperando|wait ~3 him|her|them|lo|la|ese|esa ~6 bat|bate|knife|cuchillo|navaja|fierro|gun|pistola|pipe|tubo',
  ], unless: `sink|fregadero|tarja|floor|piso|wet|mojado|mojada|stairs|escaleras|ice|hielo|${GAME_NAMES}|movie|pelicula|film|news|noticia*|book|libro|serie|episode|episodio|lol|jaja|haha|gift|regalo|birthday|cumple*|present|sorpresa|card|tarjeta|weed|mota|blunt|joint|rent|renta|bill|bills|cuenta|cuentas|debt|deuda|taxes|impuestos|ice|hielo|floor|piso|wet|mojado|slippery|stairs|escaleras|sun|sol|cold|frio|heat|calor|santa|surprise` },
  { id: 'done-nice', severity: 'urgent', patterns: ['canse|cansado|cansada|tired|done|harto|harta ~3 ser|being ~2 buena|bueno|nice|good|el ~1 gente|persona|guy|bueno|nice'], with: 'cuidense|cuidado|watch|careful|ready|preparense|TIME|VICTIM|OTHER', unless: `${GAME_NAMES}|${JOKING}|diet|dieta|gym` },
  // Self-harm in more words: what it is done with, hiding the marks, doing it to feel something.
  { id: 'self-harm-plain', severity: 'concern', patterns: [
    'used|use|grabbed|got|agarre|use|saque|took ~2 the|a|my|el|la|mi|un|una ~1 razor|blade|blades|rastrillo|navaja|cuchilla|sacapuntas',
    'again|otra ~3 navaja|blade|razor|cuchilla|rastrillo',
  ], with: 'slipped|relaps*|reca*|again|otra|vez|arm|arms|brazo|brazos|leg|legs|pierna|piernas|wrist|muneca|thigh|muslo|tonight|last|anoche|volvi', unless: `${ACCIDENT}|surgery|cirugia|tattoo*|tatua*|lol|jaja|haha|${GAME_NAMES}` },
  { id: 'self-harm-plain-2', severity: 'concern', patterns: [
    'me ~1 cort*|quem*|rasgu*|lastim* ~4 cigarr*|encendedor|navaja|rastrillo|vidrio|tijeras|hoja|hojas|cutter|cuter|aguja|clip|cuchilla',
    'SELFHARM|punch*|hit*|bang* ~4 to|para ~1 feel|sentir ~1 something|anything|algo|better|mejor|alivio',
    'punch*|hit*|bang*|golpe*|pego ~2 walls|paredes',
    'carv*|rasgu*|scratch* ~3 into|en ~1 my|mi ~1 arm|leg|skin|brazo|pierna|piel|thigh',
    'cuts|cortadas|cortes|heridas|burns|quemaduras ~4 my|mis ~1 arm|arms|legs|brazo|brazos|piernas ~3 worse|peor|deeper|hondas|more|mas|infect*',
    'scabs|costras|wounds|heridas ~5 bleed*|sangr*',
    'sin|without|clean|limpio|limpia ~6 hoy|today|tonight|anoche|ayer|yesterday|last ~3 lo|it|volvi ~1 hice|did|again',
    'castigarme|castigandome|autocastig*', 'punish|punishing ~1 myself|me',
    'NEG ~1 como|eat|eating ~4 purpose|proposito|castig*|punish*', 'sin|without|not ~1 comer|eating|eat ~4 proposito|purpose|castig*|punish*',
    'me ~1 corte|corto|queme|quemo ~6 mas|more|again|otra|hondo|deeper',
    'cortarme|cutting|cortar|burning|quemarme|hurting|lastimarme|cortandome ~2 es|is ~3 only|unico|unica',
  ], unless: `${ACCIDENT}|stopped|healed|surgery|cirugia|operacion|tattoo*|tatua*|old|viejas|viejos|years|anos|sun|sol|cold|frio|rash|sarpullido|lol|jaja|haha|ball|pelota|carbs|sugar|azucar|coupons|cupones|budget|presupuesto|${GAME_NAMES}` },
  { id: 'self-harm-again', severity: 'concern', patterns: ['volvi|volvio|vuelvo ~1 a ~0 hacer|hacerlo', 'did|done|doing ~1 it ~0 again', 'lo ~0 hice|hago ~0 otra|de ~0 vez|nuevo'], with: 'cort*|lastim*|quem*|cut|cutting|cuts|harm*|hurt*|burn*|navaja|blade|razor', unless: `${ACCIDENT}|${INJURY}|lol|jaja|haha` },
  { id: 'hide-marks', severity: 'concern', negative: true, patterns: ['hide|hid|hiding|tapo|tapar|tapan|tapa|esconder|escondo|esconden|esconde|cubro|cubrir|cubren|disimul*|cover|covering|manga|sleeves ~6 cuts|cortadas|cortes|cortaditas|heridas|scars|cicatrices|marcas|marks|quemaduras|burns'], unless: `${ACCIDENT}|surgery|cirugia|operacion|tattoo*|tatua*|old|viejas|viejos|years|anos|sun|sol|cold|frio|rash|sarpullido|acne|lol|jaja|haha|corta|cortas|short` },
  { id: 'nails-dig', severity: 'concern', patterns: ['dug|dig|digging|enterre|entierro|clave|clavo ~3 nails|unas ~5 arm|arms|skin|brazo|brazos|piel|bled|bleed|sangr*|hasta|till|until'], unless: 'polish|esmalte|manicure|salon|clip*|cort*|pintar|paint*|dirt|tierra|garden|jardin' },
  // Where to do it: a bridge or a building found, chosen or scouted.
  { id: 'means-place', severity: 'urgent', patterns: [
    'found|encontre|picked|escogi|chose|elegi|scout*|checked|medi|medí|measured ~3 bridge|puente|building|edificio|roof|azotea|overpass|cliff|barranco|tracks|vias',
    'bridge|puente|overpass|roof|azotea|tracks|vias|edificio|building ~6 look|looking|ver|mirar|mirando|viendo|staring|check*|alto|alta|high|tall|drop|caida|altura|again|otra',
    'standing|stand|stood|parado|parada|paro ~3 on|en|sobre ~1 the|el|la ~0 bridge|puente|overpass|ledge|orilla|edge|borde',
  ], with: 'nobody|nadie|jump*|tirar*|aventar*|night|noche|alone|solo|sola|enough|again|otra|keep|keeps|sigo|quedo|veces|times|siempre|always|counted|calcule|calculated|measured|medi|lot|seguido|diario|daily|every|just', unless: `garden|jardin|jardín|tender|ganchos|laundry|clothes|bbq|plants|plantas|tomatoes|tomates|${GAME_NAMES}|seleccion|mentira|kidding|leak*|gotera*|fix*|repair*|arregl*|rain|lluvia|snow|nieve|cat|gato|ball|pelota|fish*|pesca*|photo*|foto*|picture|walk|caminar|view|vista|sunset|atardecer|paint*|pint*|draw*|dibuj*|run|correr|bike|bici` },
  // Means told through what they are not for, taken with drink, or bought where a friend's overdose came from.
  { id: 'means-not-for', severity: 'urgent', patterns: ['MEANS|rope|cuerda|soga|lazo|belt|cinturon|cable|extension ~6 NEG ~2 for|para|pa|por'], with: 'SELF|bought|got|compre|tengo|have|picked|agarre|consegui|traigo', unless: `psiquiatra|psychiatrist|medico|médico|medica|médica|latas|cans|chefs|alarma|alarm|inyectable|injection|injections|cambien|cambiar|switch|empty|vacias|vacías|recycl*|recicl*|art|arte|project|proyecto|craft*|torta|pastel|cake|cajas|boxes|jamon*|jamonero|bread|carne|meat|fruta|fruit|${KIN}|${KIN_OWNING}|dog|dogs|perro|perros|cat|gato|sale|venta|sell|vender|selling|vendo|kids|ninos|niños|baby|bebe|school|escuela|work|trabajo|nurse|enfermera|doctor` },
  { id: 'means-not-for-use', severity: 'urgent', patterns: ['=not|=no|=nor ~1 for|para|pa ~2 tender|colgar|hang|hanging|clothesline|clothes|laundry|ropa|tendedero|camping|acampar|camp|climbing|escalar|tent|tienda|moving|mudanza|yard|patio|garden|jardin|swing|columpio|gym|work|trabajo|project|proyecto|pants|pantalones|jeans|tie|amarrar|packing|empacar'], withShare: 'rope|cuerda|soga|lazo|belt|cinturon|cable|extension|MEANS', unless: `${KIN}|${KIN_OWNING}|${LAUGHING}|swing|columpio|tire|llanta|kids|ninos|dog|perro|boat|lancha|truck|troca|trailer|tree|arbol|fence|cerca|box|caja|boxes|cajas|class|clase` },
  { id: 'means-with-drink', severity: 'urgent', patterns: [
    'MEANS|tylenol|acetaminophen|paracetamol ~0 tequila|vodka|whiskey|whisky|rum|ron|liquor|licor|alcohol|booze|mezcal|guaro|aguardiente|henny',
    'MEANS|clonazepam|clonazepan|xanax|xannies|bars|klonopin|valium|rivotril|benzo|benzos|ativan|lorazepam|alprazolam|ambien|seroquel|oxy|oxys|percs|perc|roches ~4 with|con|and|y|plus|mas|on|encima ~2 tequila|vodka|whiskey|whisky|rum|ron|beer|beers|cerveza|cervezas|birra|birras|chela|chelas|wine|vino|liquor|licor|alcohol|booze|caguama|mezcal|guaro|aguardiente|drinks|tragos|pisto|fifth|henny',
    'tequila|vodka|whiskey|whisky|rum|ron|beer|beers|cerveza|cervezas|birra|birras|chela|chelas|wine|vino|liquor|licor|alcohol|booze|caguama|mezcal|guaro|aguardiente|pisto|fifth|henny ~4 with|con|and|y|plus|mas|on|encima ~2 the|el|la|los|las|my|mis|mi|some|unas|unos ~1 MEANS|clonazepam|clonazepan|xanax|xannies|bars|klonopin|valium|rivotril|benzo|benzos|ativan|lorazepam|alprazolam|ambien|seroquel|oxy|oxys|percs|perc|roches|antipsicotic*|antipsychotic*',
  ], with: 'SELF|took|llevo|sigo|tome|taking|tomando|tomarme|drank|swallow*|trague|pop*|mix*|mezcl*|gonna|voy|going|bottle|botella|all|todo|todas|whole|entera|dormir|sleep|tonight|noche|hoy|today|toca', unless: 'wedding|boda|glass|copita|toast|brindis|doctor|medico|nurse|enfermera|pharmacist|farmaceutic*|farmacia|pharmacy|label|etiqueta|warning|advertencia|careful|cuidado|avoid|evitar|ask|asked|pregunt*|interaction*|interaccion*|class|clase|video|movie|pelicula|used|antes|years|anos' },
  { id: 'same-supply', severity: 'urgent', patterns: ['same|mismo|misma ~1 batch|guy|dealer|bag|plug|tipo|lote|bolsa|vato|bato|connect|stuff|dope|cosa|merca|mierda|persona|person|source', 'from ~1 the ~0 same ~0 $', 'al ~0 mismo ~0 $'], withShare: 'od|ods|odd|oded|overdos*|sobredos*|murio|died|dead|muerto|muerta|fentanyl|fentanil*|narcan|falleci*|passed', with: 'bought|buy|buying|got|get|copped|cop|compre|comprar|comprarle|compro|use|using|used|consumi|consumir|score|scored|picked|pick|llame|called|call|calling|texted|conecte|pedi|ordered', unless: 'food|comida|tacos|pizza|coffee|cafe|barber|barbero|haircut|shoes|tenis|car|carro|phone|celular|store|tienda|market|mercado|bakery|panaderia|clothes|ropa' },
  // Sorry for the mess left behind, and being sought out: in the resident's own words.
  { id: 'sorry-mess', severity: 'urgent', patterns: ['sorry|perdon|perdonen|perdoname|disculpen|disculpa|disculpas ~6 mess|desorden|lio|trouble|problemas|desmadre|cleanup|limpiar|burden|carga ~4 leave|leaving|dejar|dejo|voy|going|cause|causar|leave'], unless: `${LEAVING}|${LAUGHING}|kitchen|cocina|bathroom|bano|room|cuarto|tomorrow|manana|later|luego|paint*|pint*|party|fiesta|dishes|platos|laundry|ropa|sink|fregadero|yard|patio|project|proyecto|garage|cooking|cocinando|craft*|manualidad*|moving|mudanza|boxes|cajas` },
  { id: 'come-for-me', severity: 'urgent', patterns: ['come|coming|comes ~1 back ~1 for ~1 me', 'vuelven|vuelve|volver|volveran|volvera|regresan|regresa|regresar|regresaran|vienen|viene|venir|vendran|vendra ~1 por ~1 mi'], with: 'say|said|says|dicen|dijeron|dijo|threat*|amenaz*|jumped|cayeron|golpe*|beat|swear|juran|juro|gonna|van|va|warned|avisaron|will|they|ellos|he|she|el|ella', unless: `${KIN}|${KIN_OWNING}|ride|pick|recoger|lunch|almuerzo|comida|dinner|cena|work|trabajo|school|escuela|later|luego|after|despues|visit*|sponsor|padrino|madrina|staff|personal|bus|taxi|uber|car|carro|appointment|cita|church|iglesia|shift|turno|oclock|pm|am|hour|hora|minutes|minutos|bag|bolsa|keys|llaves` },
  // What kept the resident alive is gone ("the only thing keeping me here was my dog and she passed").
  { id: 'reason-gone', severity: 'urgent', patterns: [
    'only|one ~2 thing|reason|person|one ~2 keeping|kept|keeps ~1 me ~1 here|alive|going|around|breathing',
    'unico|unica ~2 que ~1 me ~1 mantenia|mantiene|detenia|tenia|mantuvo|amarraba ~2 aqui|aca|vivo|viva|vida|pie|respirando',
  ], withShare: 'passed|died|dies|gone|left|lost|dead|murio|murieron|fallecio|falleci*|perdi|perdimos|took|quitaron|quito|llevaron|anymore', unless: `${LAUGHING}|spite|coraje|coffee|cafe|caffeine|cafeina` },
  // Not being around after now, said flatly ("water the tomatoes for me from now on. i wont be around").
  { id: 'wont-be-around', severity: 'urgent', negative: true, patterns: [
    'wont ~0 be ~0 around|here ~0 $', '=will ~0 not ~0 be ~0 around|here ~0 $',
    'wont ~0 be ~0 around|here ~0 much|anymore|long|longer', '=will ~0 not ~0 be ~0 around|here ~0 much|anymore|long|longer',
    'wont ~0 be ~0 around|here ~0 to ~1 see', '=will ~0 not ~0 be ~0 around|here ~0 to ~1 see',
    'ya ~1 no ~1 voy ~1 a ~1 estar ~0 $', 'ya ~1 no ~1 estare ~0 $', 'ya ~1 no ~1 voy ~1 a ~1 estar|estare ~1 aqui|aca ~0 $', 'no ~1 voy ~1 a ~1 estar ~1 aqui|aca ~1 mucho|mas ~0 tiempo',
  ], unless: `${LEAVING}|${LAUGHING}|weekend|tomorrow|manana|week|semana|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|holiday|holidays|vacation|vacaciones|trip|viaje|visit*|work|trabajo|shift|turno|class|clase|meeting|reunion|appointment|cita|court|corte|doctor|hospital|hours|horas|days|dias|until|till|hasta|back|regreso|vuelvo|return|town|pueblo|fuera` },
  // Being with someone who has died, soon: "ill be with her by tuesday", told beside the loss.
  { id: 'be-with-dead', severity: 'urgent', patterns: [
    'be|estar|estare ~1 with|con ~1 her|him|them|ella|el|ellos|my|mi ~2 soon|pronto|by|para|antes|tonight|again|otra|TIME|1*|2*|3*|4*|5*|6*|7*|8*|9*',
    'soon|pronto ~3 be|estar|estare ~1 with|con ~1 her|him|them|ella|el|ellos',
    'we|nos ~1 can|could|will|podemos|podremos|vamos|estaremos|estariamos|gonna ~2 be|estar ~0 together|juntos|juntas',
    'go|ir|irme|die|morir|morirme|leave|do|hacerlo ~3 the|el|that|ese ~1 same|mismo ~0 day|dia|date|fecha|night|noche',
    'same|mismo ~0 day|dia|date|fecha|night|noche ~3 lo ~0 hago|hare|haré', 'same|mismo ~0 day|dia|date|fecha|night|noche ~3 do|doing ~0 it',
  ], withShare: 'passed|passing|died|death|funeral|grave|heaven|cielo|anniversary|aniversario|rip|murio|muerte|fallecio|falleci*|tumba|descanse|descansa', unless: `${LAUGHING}|family|familia|kids|ninos|folks|grave|tumba|cemetery|cementerio|panteon|mass|misa|church|iglesia|flowers|flores|visit*|dinner|cena|lunch|comida|party|fiesta|hospital|doctor|funeral|velorio|novenario|rosario|heaven|cielo` },
  // A goodbye said so that nobody notices ("le mande audios a mis hermanas despidiendome sin q sepan").
  { id: 'farewell-secret', severity: 'urgent', negative: true, patterns: [
    'despid*|despedirme|despedi ~5 sin ~1 que|q ~1 sepan|sepa|noten|note',
    'said|saying|say ~1 goodbye|bye|goodbyes ~5 without ~1 them|anyone|her|him|nobody|people ~1 knowing|noticing|realizing',
  ], unless: `${LEAVING}|${LAUGHING}|surprise|sorpresa|party|fiesta` },
  // Waiting for someone with a weapon, or seeking them out tonight: a threat told as a plan.
  { id: 'wait-with-weapon', severity: 'urgent', patterns: [
    'lo|la|los|las|le|te ~1 espero|esperare|espera|esperando|busco|buscare|buscando|caigo ~4 con ~2 machete|cuchillo|navaja|pistola|arma|fierro|bate|palo|tubo|cadena',
    'waiting|wait|catch|find ~2 him|her|them|you ~4 with ~2 machete|knife|gun|pistol|bat|pipe|chain|blade',
  ], unless: `${GAME_NAMES}|${LAUGHING}|cake|pastel|pizza|comida|food|coco|coconut|sandia|watermelon|jardin|garden|yard|patio|weeds|monte|zacate|maleza` },
  { id: 'seek-tonight', severity: 'urgent', patterns: ['te|los|las ~1 busco|buscare|encuentro|encontrare|caigo ~3 hoy|manana|noche|salida|rato|tarde', 'hoy|manana|noche|salida ~3 te|los|las ~1 busco|buscare|encuentro|encontrare|caigo'], withShare: 'sabemos|nombre|quien|snitch*|chismos*|echo|echaste|rajaste|sapo|rata|dedo', unless: `${LAUGHING}|grupo|group|cafe|coffee|comer|almorzar|cenar|lunch|cena|dinner|misa|church|aventon|ride|pasear|trabajo|work|carro|car|parada|estacion` },
  // Self-harm told as what the resident does or just did ("yo me corto. lo hice hace rato").
  { id: 'self-harm-mine', severity: 'concern', patterns: [
    'yo ~0 me ~0 corto|quemo|lastimo|rasguno|rayo',
    'mine|mines ~1 cutting|burning', 'lo ~1 mio ~1 es ~1 cortarme|quemarme|cortar',
    'did|hice ~1 it|lo ~3 ago|rato|hour|hora|minutes|minutos|anoche',
  ], withShare: 'cut|cuts|cutting|cort*|quem*|burn*|harm*|lastim*|navaja|blade|razor|sangr*|bleed*', unless: `${ACCIDENT}|${INJURY}|${LAUGHING}|tattoo*|tatua*|piercing|arete|tarea|homework|laundry|ropa|dishes` },
  // An injury that "was no accident": said so it is known.
  { id: 'not-an-accident', severity: 'concern', negative: true, patterns: [
    'no ~1 fue ~2 accidente|casualidad', 'no ~1 fue ~1 sin ~1 querer', 'wasnt ~2 accident', 'was ~0 not|no ~2 accident', 'no ~1 son|es|fueron|fue ~1 del|de ~1 gato|perro|accidente', 'not|arent|werent|wasnt ~2 from ~1 the|my|a ~0 cat|dog|accident',
  ], withShare: 'burn*|quem*|plancha|iron|cut*|cort*|marks|marcas|bandage|venda|curita*|bandaid*|cicatri*|scar*|brazo|arm|pierna|leg|wrist|muneca|pills|pastillas|overdos*|sobredos*|herida*|wound*|stove|estufa|vidrio|glass', unless: `${GAME_NAMES}|${LAUGHING}|car|carro|crash|choque|baby|bebe|pregnan*|embaraz*|meeting|encuentro|conocer|met|move|jugada|play|pass|pase|goal|gol` },
  // Covering a black eye or bruises: abuse told through its hiding.
  { id: 'hide-bruise', severity: 'urgent', patterns: [
    'hide|hides|hid|hiding|cover|covers|covering|tapo|tapar|tapa|tapan|esconder|escondo|maquill*|concealer|makeup ~4 black ~0 eye',
    'hide|hides|hid|hiding|cover|covers|covering|tapo|tapar|tapa|tapan|esconder|escondo|maquill*|concealer|makeup ~4 ojo ~0 morado',
    'hide|hides|hid|hiding|cover|covers|covering|tapo|tapar|tapa|tapan|esconder|escondo|maquill*|concealer|makeup ~4 bruise|bruises|bruising|moreton*|moretes|morados|morado',
    'black ~0 eye ~5 cover|hide|tapar|tapa|esconder|maquill*|concealer|makeup', 'ojo ~0 morado ~5 cover|hide|tapar|tapa|esconder|maquill*|concealer|makeup',
    'moreton*|moretes|bruises ~5 cover|hide|tapar|tapa|esconder|maquill*|concealer|makeup',
  ], unless: `${SPORT_NAMES}|${INJURY}|${LAUGHING}|boxing|boxeo|sparring|fell|cai|caida|door|puerta|cabinet|gabinete|acne|granos|pimple*|ojeras|bags|tattoo*|tatua*|hickey|chupet*|surgery|cirugia|dentist|dentista|halloween|costume|disfraz` },
  // Being slapped or beaten told with "me da": "me da cachetadas cuando como despacio".
  { id: 'abuse-blows', severity: 'urgent', patterns: ['me ~1 da|dan|daba|daban|dio|dieron|pega|pegan|pegaba ~2 cachetad*|bofetad*|golpe*|chingadaz*|madraz*|putaz*|patad*|cinturonaz*|fajaz*|trancaz*|zapes|zape|manazos|chanclazos|chancletazos'], unless: `${GAME_NAMES}|${LAUGHING}|consejos|advice|cosquillas|besos|abrazo*|ganas|risa|miedo|pena|calor|frio|sueno|hambre|sed|envidia` },
  // Not meaning to reach a day or an age: "faltan 2 semanas pa la quincena. no pienso llegar".
  { id: 'not-reaching', severity: 'urgent', negative: true, patterns: [
    'no ~1 pienso|planeo|creo ~0 llegar ~0 $', 'no ~1 pienso|planeo|creo ~0 llegar ~1 al|a|hasta ~0 TIME|lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin|mes|navidad|cumple*', 'no ~1 voy ~1 a ~0 llegar ~0 $',
    'no ~1 pienso|planeo ~0 cumplir ~1 1*|2*|3*|4*|5*|6*|7*|8*|9*|otro|otros|mas', 'no ~1 voy ~1 a ~0 cumplir ~1 1*|2*|3*|4*|5*|6*|7*|8*|9*|otro|otros|mas',
    'dont|not ~1 plan|planning ~1 on|to ~0 making|make|seeing|see|reaching|reach ~1 it|1*|2*|3*|4*|5*|6*|7*|8*|9*|another ~0 $',
    'wont ~0 matter ~2 after|once|by', 'will ~0 not ~0 matter ~2 after|once|by', 'no ~1 va|vaya ~1 a ~1 importar ~2 despues|para',
  ], unless: `${LAUGHING}|tarde|late|temprano|early|tiempo|time|soltera|soltero|casad*|single|diet|dieta|grade|calificacion|score|game|juego|partido|election|eleccion|party|fiesta|meeting|reunion|clase|class|work|trabajo|turno|shift` },
  // A set time kept hidden: "mañana a las 6 antes del cambio de turno, asi nadie me ve".
  { id: 'time-unseen', severity: 'urgent', negative: true, patterns: ['asi|so ~0 nadie|nobody|noone ~1 me ~1 ve|vea|see|sees|pare|stop|stops|detenga|encuentre|find|finds|can', 'para|pa|so ~0 que|q|that ~0 nadie|nobody|noone ~1 me ~1 ve|vea|see|sees|pare|stop|stops|detenga|encuentre|find|finds|can', 'asi|so|para|pa ~1 nadie|nobody|noone ~1 can|could|will|pueda|puede|va ~2 stop|find|see|detener|parar|encontrar|ver|detenerme|pararme|encontrarme|verme'], with: 'TIME|early|temprano|antes|before|turno|shift', unless: `${GAME_NAMES}|${LAUGHING}|llorar|cry|crying|comer|eat|eating|bailar|dance|cantar|sing|singing|fumar|smoke|smoking|nap|siesta|snack|dulces|candy|cake|pastel|pray|rezar|orar|shower|bano|banarme|duchar*` },
  // Goodbye to someone who has died ("despues del novenario de mi ama nos vemos ma"), at peace to go, nothing after tonight.
  { id: 'see-you-dead', severity: 'urgent', patterns: ['nos ~1 vemos|veremos ~1 pronto|ma|mama|mami|ama|amá|pa|papa|jefa|jefita|abuela|abue|mijo|mija|hermano|hermana|viejo|vieja', 'see ~1 you ~1 soon ~1 mom|ma|mama|dad|pops|grandma|granny|baby|brother|sis'], withShare: 'passed|passing|died|death|funeral|grave|heaven|cielo|anniversary|aniversario|rip|murio|muerte|fallecio|falleci*|tumba|novenario|velorio|entierro|sepelio|cenizas|ashes|descanse|descansa', unless: `${LAUGHING}|visit*|visita|trip|viaje|dinner|cena|party|fiesta|church|misa|grave|tumba|cementerio|cemetery|panteon|flores|flowers|weekend|domingo|sunday|christmas|navidad` },
  { id: 'peace-to-go', severity: 'urgent', patterns: ['paz|peace ~3 pa|para|to ~0 irme|go|leave|partir|marcharme|descansar'], with: 'SELF|ya|ready|listo|lista|quedo|quede|finally', unless: `${LEAVING}|casa|house|home|program|programa|trabajo|work|job|vacaciones|vacation|trip|viaje|misa|church|iglesia|meeting|reunion|grupo|group|sleep|dormir|bed|cama|nap|siesta` },
  { id: 'nothing-after-tonight', severity: 'urgent', patterns: ['anything|nada|nothing ~1 after|despues ~1 tonight|today|hoy|that|eso|TIME ~0 $', 'nada ~1 despues ~1 de ~1 esta ~1 noche ~0 $'], unless: `${LAUGHING}|shift|turno|work|trabajo|class|clase|meeting|reunion|group|grupo|game|partido|eat|comer|food|comida|drink|tomar|coffee|cafe` },
  // The roof door left open at night: a place looked for.
  { id: 'roof-door', severity: 'urgent', patterns: ['puerta|door|acceso|access ~3 azotea|roof|techo ~5 abierta|abierto|open|unlocked', 'roof|rooftop ~1 door|access|hatch ~5 open|unlocked'], with: 'noche|night|nadie|nobody|alguien|anyone|si|if|whether|sabe|knows', unless: `${LAUGHING}|cold|frio|rain|lluvia|aire|air|cat|gato|smoke|fumar|leak*|gotera*|repair|arregl*|fix*|maintenance|mantenimiento|laundry|ropa|tender|tendedero|plants|plantas|party|fiesta` },
  // "my last appointment is friday. i mean my last anything."
  { id: 'last-anything', severity: 'urgent', patterns: ['my|mi|the ~1 last|ultimo|ultima ~1 anything|everything|todo', 'last|ultimo|ultima ~1 appt|appointment|cita|session|sesion|visit|visita|meeting|junta|check|cheque|shift|turno ~0 ever|jamas|nunca ~0 $', 'good|buen|bonito|nice|happy|feliz ~0 last|ultimo ~0 memory|recuerdo', 'fue ~1 el|la ~0 ultimo|ultima ~1 que|q ~0 tomamos|comimos|vimos|hicimos|compartimos', 'last|ultimo|ultima ~1 game|movie|show|meal|dinner|christmas|birthday|sunset|mass|misa|partido|comida|cena|navidad|cumpleanos ~0 i|ill|que|q ~0 watch|see|eat|have|attend|veo|vea|como|coma'], unless: `${LAUGHING}|season|temporada|moving|box|boxes|caja|cajas|bag|bolsa|load|carga|packed|empaque|truck|camion|mudanza|cigarette|cigarro|smoke|drink|trago|beer|cerveza|soda|donut|before|antes` },
  // A self-harm streak broken: "47 days no cutting, broke it tonight", "rompí mi racha de 3 meses sin cortarme".
  { id: 'self-harm-streak', severity: 'concern', negative: true, patterns: [
    'days|dias|weeks|semanas|months|meses|racha|streak|year|ano ~3 no|sin|without|free|clean|libre|limpia|limpio ~2 cutting|cortarme|cortar|cortandome|cut|harm|selfharm|sh|lastimarme|quemarme|burning',
  ], withShare: 'broke|broken|break|rompi|rompí|romper|perdi|lost|relapsed|reca*|slipped|ended|arruine|ruined|fallé|falle', unless: `${LAUGHING}|ago|hace|pasado|last|anterior` },
  // Asking for many bandages at once, or how to keep the marks from staff.
  { id: 'bandages-many', severity: 'concern', patterns: ['bandages|bandage|bandaids|bandaid|curitas|curita|vendas|venda|gauze|gasa|steristrips|butterfly'], withShare: 'lot|lots|alot|many|muchas|muchos|bunch|monton|rn|asap|urgent*|urge|sorry|perdon|big|bigger|grandes|large|larger', unless: `${ACCIDENT}|${INJURY}|${LAUGHING}|finger|dedo|blister|ampolla|ampollas|kid|kids|nino|ninos|hijo|hija|baby|bebe|shoes|zapatos|heels|tacones|tattoo*|tatua*|dog|perro|cat|gato|restock*|surtir|order|pedido|supplies|donation*|donacion*` },
  { id: 'marks-unseen', severity: 'concern', negative: true, patterns: [
    'no ~1 vea|vean|note|noten|mire|miren ~3 marcas|cortes|cortadas|cicatrices|heridas|quemaduras',
    'dont|doesnt|wont|cant|not|never ~1 see|notice|sees|notices ~3 marks|cuts|scars|burns|wounds',
  ], unless: `${ACCIDENT}|${LAUGHING}|surgery|cirugia|operacion|cesarea|tattoo*|tatua*|acne|granos|estrias|stretch|rash|sarpullido|old|viejas|viejos|years|anos|car|carro|carpet|alfombra|wall|pared|pared*|floor|piso|table|mesa|mueble|furniture|scratch*|rayones` },
  // A weapon said not to be for its game, kept where the night staff's schedule is known.
  { id: 'weapon-not-for', severity: 'urgent', patterns: ['=not|=no ~1 for|para|pa ~0 baseball|softball|beisbol|sport|sports|deporte|jugar|play|playing|camping|acampar|fishing|pescar|hunting|cazar', '=no ~0 es ~0 para|pa ~0 baseball|softball|beisbol|sport|sports|deporte|jugar|camping|acampar|pescar|cazar'], withShare: 'bat|bate|knife|cuchillo|navaja|machete|gun|pistola|arma|fierro|hammer|martillo|pipe|tubo', unless: `${LAUGHING}|kids|ninos|hijo|hija|decor*|decoracion|gift|regalo` },
  { id: 'weapon-and-watch', severity: 'urgent', patterns: ['know|se|sé|conozco|learned|aprendi|memorized|memorice ~3 schedule|horario|shift|shifts|turno|turnos|rounds|rondas|cameras|camaras'], withShare: 'knife|knives|cuchillo|cuchillos|navaja|navajas|gun|pistola|arma|bat|bate|machete|fierro|MEANS', unless: `${LAUGHING}|cook*|cocin*|chef|work|trabajo|job|chamba|duty` },
  // "vas a ver lo que te pasa", "you'll see what happens to you".
  { id: 'threat-see', severity: 'urgent', patterns: ['vas|van|va ~1 a ~1 ver ~2 lo ~1 que|q ~1 te|les|le ~0 pasa|va', 'see ~1 what ~1 happens|happen ~1 to ~1 you|u|him|her|them'], unless: `${LAUGHING}|${GAME_NAMES}|agua|water|comer|eat|sleep|dormir|coat|chamarra|abrigo|sueter|sweater|cold|frio|rain|lluvia|movie|pelicula|serie|episode|episodio|book|libro|diet|dieta` },
  // Sorry to have woken up: "wake up pissed that i woke up", "me decepciona despertar".
  { id: 'woke-disappointed', severity: 'concern', patterns: [
    'wake|woke|waking ~1 up ~3 pissed|mad|angry|disappointed|upset|sad|annoyed|bummed ~3 that|cause|because|i ~1 woke|wake|alive|still|here',
    'pissed|mad|angry|disappointed|upset|bummed ~3 that|cause|because|to ~1 i ~0 woke|wake ~1 up',
    'me ~1 enoja|molesta|decepciona|decepciono ~2 despertar|despertarme|amanecer', 'me ~1 da ~0 coraje|rabia|tristeza|pena ~2 despertar|despertarme|amanecer',
    'tired|sick|cansad*|cansancio|harto|harta ~2 of|de ~1 waking|despertar|despertarme|amanecer', 'cansad*|cansancio|harto|harta ~2 de ~1 estar ~0 viva|vivo',
    'despierto|amanezco|desperte|amaneci ~2 enojad*|decepcionad*|triste ~2 de|por|porque ~2 despertar|desperte|amaneci|seguir', 'despierto|amanezco|desperte|amaneci ~2 enojad*|decepcionad*|triste ~2 de|por|porque ~1 estar|seguir ~0 viv*',
  ], unless: `${LAUGHING}|alarm|alarma|despertador|noise|ruido|roommate|companer*|dog|perro|cat|gato|baby|bebe|late|tarde|early|temprano|work|trabajo|shift|turno|dream|sueno|pesadilla|nightmare` },
  // Insurance, a funeral nobody claims: asked about one's own death.
  { id: 'death-paperwork', severity: 'urgent', negative: true, patterns: [
    'insurance|seguro|poliza ~6 suicid*', 'seguro|poliza ~6 se ~1 mata|quita ~1 la ~0 vida',
    'insurance|seguro|poliza ~4 pay|pays|paga|cubre|covers ~3 if|si ~2 uno|one|you|alguien ~1 se ~1 va|mata|quita|kills|dies',
    'nobody|nadie|noone ~2 claims|claim|reclama|reclame ~2 you|me|the|el|tu|mi|body|cuerpo', 'no ~0 one ~2 claims|claim ~2 you|me|the|body',
    'insurance ~4 pay|pays|cover|covers|payout ~3 if|when ~2 you|someone|u|i ~1 kill|kills|off',
    'insurance|seguro ~4 pay|pays|paga|pagaria ~2 my|mis|a ~1 kids|hijos|family|familia|children',
    'insurance|seguro|policy|poliza ~8 worth|vale ~1 more|mas ~2 than|que ~0 me|yo|i',
  ], unless: `${LAUGHING}|car|carro|auto|house|casa|phone|celular|dental|dentist|dentista|doctor|health|salud|vision|lentes|lost|found|objetos|perdidos|package|paquete|mail|correo` },
  // Telling someone not to bother with next month's papers; a decision made, and calm since.
  { id: 'dont-bother', severity: 'concern', negative: true, patterns: [
    'told|tell|dije|digo|said ~2 her|him|them|le|les|staff ~2 dont|not|no ~2 bother|moleste|molesten|molestes|preocupe|gaste|gasten',
  ], withShare: 'renew*|renov*|lease|contrato|paperwork|papeles|papeleo|housing|vivienda|next|siguiente|proximo|proxima|viene|month|mes|appointment|cita|future|futuro', unless: `${LAUGHING}|ride|raite|lunch|dinner|cena|comida|coffee|cafe|gift|regalo|card|tarjeta` },
  { id: 'decided-calm', severity: 'urgent', patterns: [
    'finally|ya|por ~0 decided|decidi|decidí ~0 $', 'ya ~0 tome|tomé ~1 la|una|mi ~0 decision ~0 $', 'ya ~0 tome|tomé ~1 la|una|mi ~0 decision ~0 y',
    'made|make ~1 my|the ~0 decision ~0 $', 'mind|mente ~1 is|esta ~1 made|decidida|decidido ~0 $',
  ], withShare: 'lighter|ligero|ligera|tranquilo|tranquila|peace|paz|calm|calma|calmado|calmada|relieved|aliviado|aliviada|relief|alivio|serene|sereno|serena', unless: `${LAUGHING}|school|escuela|job|trabajo|move|mudar|mudarme|quit|dejar|program|programa|study|estudiar|apply|aplicar|college|church|iglesia|baptiz*|bautiz*|divorce|divorcio|ex|tattoo|tatuaje|haircut|corte|color|dieta|diet` },
  // Where the key to the medicine is kept, found out.
  { id: 'med-key', severity: 'urgent', patterns: ['found|know|knows|se|sé|encontre|figured|learned|aprendi|sabe ~3 where|donde ~4 key|keys|llave|llaves|code|codigo ~4 med|meds|medicine|medicina|medicamentos|pills|pastillas|botiquin|cabinet|gabinete|cart|carrito'], unless: `${LAUGHING}|nurse|enfermera|enfermero|staff|personal|asked|pregunto|lost|perdi|perdio|ask|preguntar` },
  // Someone else's pills kept "for later".
  { id: 'pills-kept', severity: 'urgent', patterns: ['quede|guarde|kept|saved|keeping|guardando|quedando ~4 servir|sirven|useful|need|necesitar|later|despues|luego'], withShare: 'MEANS|pastillas|pills|meds|pastis|pildoras|chochos', unless: `${LAUGHING}|${KIN}|dog|perro|cat|gato|receipt|recibo|box|caja|bottle|frasco|frascos|bottles|planters|macetas|craft*|manualidad*|recycl*|recicl*|nurse|enfermera|doctor|pharmacy|farmacia|return|devolver` },
  // "What future?": no future to speak of.
  { id: 'what-future', severity: 'concern', patterns: ['que|q|what|cual|which|cuál ~0 futuro|future ~0 $', 'whats|what|is ~1 tomorrow ~1 for ~0 $', 'para ~1 que|q ~1 manana ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|book|libro|class|clase|job|trabajo|kids|ninos|hijos` },
  // Not doing another year, "not doing a day past it".
  { id: 'not-doing-another', severity: 'urgent', negative: true, patterns: [
    'not|aint|wont|never ~1 doing|do ~1 another|1*|2*|3*|4*|5*|6*|7*|8*|9* ~0 $',
    'not|aint|wont|never ~1 doing|do ~1 a|one|another ~1 day|year|month|week|birthday|christmas ~1 past|more|after|longer',
    'no ~1 llego|llegare|llegaré ~1 a ~1 la|el ~1 otra|otro|proxima|proximo|siguiente ~0 $', 'NEG ~2 respawn|respawning|reaparecer', 'otra|otro|proxima|proximo ~1 no ~1 llego|llegare ~0 $', 'no ~1 los|las|lo ~1 voy ~1 a ~1 vivir|pasar|aguantar ~0 $',
  ], withShare: 'year|years|ano|anos|birthday|cumple*|christmas|navidad|trying|intentando|day|dia|dias|days|winter|invierno|21|30|40|50|60|sola|solo|alone', unless: `${LAUGHING}|${GAME_NAMES}|shift|turno|class|clase|program|programa|hours|horas|overtime|laps|reps|pushups|miles|km|semester|semestre|course|curso|job|trabajo|diet|dieta|season|temporada|lease|contrato|bus|camion|party|fiesta|tiempo|time` },
  // A trip of no return, a god to be met early, going out big on a last binge.
  { id: 'no-return-trip', severity: 'urgent', negative: true, patterns: [
    'del|de ~0 que|q|donde ~1 no ~1 se ~1 vuelve|regresa|regreso', 'trip|ride|journey ~2 no ~1 one ~1 comes|come ~1 back',
    'go|gonna|wanna|want|tryna|going|quiero|voy|ir ~2 see|meet|ver|conocer ~1 god|dios|diosito|jesus|lord|señor ~1 early|soon|pronto|temprano|tonight|already|ya|hoy|today|esta',
    'me ~0 despido ~3 grande|big|bang|todo', 'go|going|goin ~1 out ~2 with ~1 a ~1 bang',
    'sueno|siesta|nap|sleep|dormir|dormirme ~0 eterno|eterna|eternal|forever|final',
  ], unless: `${LAUGHING}|church|iglesia|misa|mass|service|culto|retreat|retiro|prayer|oracion|bible|biblia|party|fiesta|bday|cumple*|graduation|graduacion|fireworks|cohetes|concert|concierto|season|temporada|finale|episode|episodio|movie|pelicula|song|cancion|cat|gato|dog|perro` },
  // Saving the others the trouble: "ya les ahorro el trabajo".
  { id: 'save-the-trouble', severity: 'concern', patterns: [
    'save|saving|ahorro|ahorrare|ahorraré|ahorrarles|ahorrar ~1 you|yall|them|everyone|les|te|todos ~1 the ~0 trouble|work|trabajo|problema|molestia|hassle|gasto|pena|bother|lata',
    'les|te ~0 ahorro|ahorrare|ahorraré ~1 el|la ~0 trabajo|problema|molestia|gasto|pena|lata',
    'free|freeing ~1 em|them|yall|you|everyone|staff ~0 up', 'free|freeing ~1 up ~2 the|my|a|this ~0 bed|spot|room|place|cama|lugar',
  ], unless: `${LAUGHING}|cook*|cocin*|dishes|platos|laundry|ropa|ride|raite|trip|viaje|shopping|compras|store|tienda|paperwork|papeles|cleaning|limpiar|money|dinero|bus|camion|call|llamada|walk|vuelta` },
  // Burns and cuts that hide easily; long sleeves "not for the cold".
  { id: 'marks-hide-easy', severity: 'concern', negative: true, patterns: [
    'cuts|cortadas|cortes|scars|cicatrices|marcas|marks|quemaduras|burns ~3 hide|hides|hidden|esconden|tapan|cover|covered|escondo|tapo ~1 easy|easily|facil|bien|well',
    'sleeves|mangas ~6 NEG ~3 por|for|because ~2 el|the|of ~0 frio|cold|style|estilo|moda',
    'sleeves|mangas ~6 for|por ~1 a|una ~0 reason|razon',
    'sleeves|mangas|hoodie|sudadera|cardigan|sueter ~6 because|bc|cuz|cause|por|x ~1 of|de ~1 my|mis ~0 arms|brazos|wrists|munecas|legs|piernas|thighs',
  ], unless: `${ACCIDENT}|${LAUGHING}|surgery|cirugia|operacion|tattoo*|tatua*|acne|granos|estrias|stretch|rash|sarpullido|old|viejas|viejos|years|anos|sun|sol|eczema|psoriasis|bites|picaduras|mosquito*|interview|entrevista|court|corte` },
  // A threat said flatly with a time or a place: "she leaves at 5:15. she'll see".
  { id: 'threat-flat', severity: 'urgent', patterns: [
    'shell|hell|theyll|youll|ull ~0 see ~0 $', 'she|he|they|you|u ~1 will|gonna|gon ~1 see ~0 $', 'ya ~0 vera|veras|veran ~0 $',
    'we|lets|let|gonna ~1 settling|settle|settled ~0 it|this|that ~0 $', 'vamos ~1 a ~1 arreglar|arreglarlo ~0 $', 'vamos ~1 a ~1 arreglar ~0 esto|eso ~0 $',
    'going|goin|gonna|go|put|putting|goes ~2 in ~1 the ~1 ground|dirt', 'bajo ~1 tierra ~0 $',
    'she|he|they|you|u ~1 learns|learn|learning ~0 $', 'shell|hell|theyll|youll ~0 learn ~0 $',
    'no ~1 voy|vengo ~1 a ~1 hablar|platicar|discutir ~0 $', 'not|aint ~1 coming|going ~1 to ~1 talk ~0 $',
    'come ~1 see ~1 me ~0 $', 'lo|la|los|las ~0 espero ~0 $',
    'going|goes|go|put|throw|throwing|tirar|aventar ~2 thru|through|por ~1 the|la ~0 window|ventana',
    'settling|settle ~1 it|this ~1 w|with ~1 my|our ~0 hands|fists|manos',
    'he|she|they|hes|shes|whoever ~1 gets|getting|gonna ~1 hit|stabbed|jumped|smacked|popped|rocked ~2 the ~0 second|minute|moment',
  ], withShare: 'TIME|am|pm|oclock|leaves|sale|salga|parks|arrives|llega|door|puerta|office|oficina|parking|estacionamiento|midnight|medianoche|laundry|lavanderia|alley|callejon|screwed|jodio|snitch*|sapo|knife|cuchillo|bat|bate|fierro', unless: `wanna|quieres|class|clase|teach|lesson|oil|aceite|${LAUGHING}|${GAME_NAMES}|funeral|burial|entierro|casket|ataud|misa|rip|passed|died|murio|plants|plantas|seeds|semillas|bulbs|tulips|garden|jardin|tree|arbol|potatoes|papas|bill|cuenta|debt|deuda|rent|renta|vote|votar|coin|moneda|rock|dice|dados|movie|pelicula|surprise|sorpresa|gift|regalo|cake|pastel|results|resultados|grades|calificaciones` },
  // Texted threats, a partner or parent turning up at work.
  { id: 'abuse-threats-sent', severity: 'urgent', patterns: [
    'texting|sending|sends|texts|sent|texted|manda|mandando|envia|envio|mando ~3 threats|amenazas', 'threats|amenazas ~3 again|still|todavia|otra|every|cada',
  ], with: 'ACTOR|ex|foster|padrastro|stepdad|exnovio|exnovia|exmarido', unless: `${GAME_NAMES}|${LAUGHING}|package|paquete|pizza|delivery|uber|mailman|cartero|surprise|sorpresa|flowers|flores|lunch|dinner|cake|pastel` },
  // A voice kept for after: "paid my phone bill thru march so my kids can still hear my voicemail".
  { id: 'voice-after', severity: 'urgent', patterns: ['so|para|pa|that|que ~4 hear|oir|oigan|escuchar|escuchen ~2 my|mi ~1 voice|voz|voicemail|recording|grabacion|buzon'], withShare: 'paid|pague|bill|cuenta|still|todavia|after|despues|always|siempre|remember|recuerden', unless: `${LAUGHING}|rehab|program|programa|deploy*|trip|viaje|while|mientras|court|corte|prison|carcel|jail|story|cuento|song|cancion|radio|podcast` },
  // One's bed or place better given to someone else.
  { id: 'place-for-another', severity: 'concern', patterns: [
    'le ~0 sirve|serviria|servira ~1 mas ~2 a ~1 alguien|otro|otra|otros',
    'bed|spot|room|place|cama|lugar|cuarto|bunk ~4 better|mejor|mas ~2 for|para|a ~1 someone|somebody|alguien|otro|otra ~0 else|que|q|con|who',
  ], unless: `${LAUGHING}|${LEAVING}|mattress|colchon|chair|silla|couch|sofa|table|mesa|tv|tele` },
  // Out of days: "stop telling me one day at a time. i'm out of days".
  { id: 'out-of-days', severity: 'concern', negative: true, patterns: ['im|i ~1 out ~0 of ~0 days ~0 $', 'ya ~1 no ~1 me ~1 quedan ~1 dias ~0 $'], unless: `${LAUGHING}|sick|vacation|vacaciones|leave|pto|work|trabajo|pass|permiso|data|datos|minutes|minutos` },
  // A blade taken out of a sharpener or a razor.
  { id: 'blade-out', severity: 'concern', patterns: ['took|take|taking|broke|breaking|saque|sacar|desarme|desarmé|desarmar|pried ~1 apart|out|el|la|un|una|the|a ~2 sharpener|sacapuntas|razor|rastrillo|shaver|cutter', 'saque|sacar|sacarle|quite|quitar|quitarle|took|take|taking|pulled|removed ~3 hoja|hojita|navajita|blade ~3 sharpener|sacapuntas|razor|rastrillo|shaver'], unless: `pizza|whoever|quien|${LAUGHING}|shavings|fix*|arregl*|clean*|limpi*|replace*|cambi*` },
  // "Its mine. again": one's own blood, to be cleaned up before anyone sees.
  { id: 'blood-mine', severity: 'concern', patterns: ['its|es|is ~0 mine|mia|mio ~0 $', 'its|es|is ~0 mine|mia|mio ~1 again|otra'], withShare: 'blood|sangre|bleed*|sangr*', unless: `${LAUGHING}|nose|nariz|period|regla|menstru*|shaving|afeit*|tooth|diente|dentist|dentista|cook*|cocin*|meat|carne|steak` },
  // A gun loaded; a double order from the old dealer; "catching a knife".
  { id: 'gun-loaded', severity: 'urgent', patterns: ['loaded|cargue|cargué|cargada|cargado|carga ~2 it|la|el|my|mi|gun|piece|pistola|fierro|revolver|arma|strap'], withShare: 'gun|piece|pistola|fierro|revolver|arma|pistol|glock|strap|cuete|bullets|balas', unless: `${LAUGHING}|${GAME_NAMES}|dishwasher|lavavajillas|lavatrastes|truck|camion|van|washer|lavadora|car|carro|boxes|cajas|paint|pintura|trailer|video|nerf|water|agua|glue|stapler|engrapadora` },
  { id: 'double-order', severity: 'urgent', patterns: ['pedi|pedí|compre|compré|bought|got|ordered|asked|copped ~3 double|doble|triple|twice'], withShare: 'dealer|plug|connect|antes|siempre|dope|perico|coca|fent*|pills|pastillas|gramos|grams|bolsa|bag|h|heroin|heroina|cristal|meth|crack', unless: `${LAUGHING}|tortillas|pan|bread|food|comida|pizza|coffee|cafe|taco*|order|orden|uber|delivery|shift|turno|hours|horas|overtime|pay|pago|sale|oferta` },
  { id: 'threat-catching', severity: 'urgent', patterns: ['catching|catch ~1 knife|blade|bullet|bullets|fade|bat|hands|fierro|shot|slug'], unless: `${LAUGHING}|${GAME_NAMES}|ball|pelota|bus|camion|cold|flu|gripa|fish|pez|fly|mosca|bouquet|ramo|wave|vibe|feelings` },
  { id: 'bring-for-him', severity: 'urgent', patterns: ['bringing|bring|traigo|llevo|llevare|llevaré ~2 something|algo ~1 for|para|pa ~1 him|her|el|ella|them|ellos ~0 $'], withShare: 'TIME|am|pm|oclock|meeting|junta|office|oficina|violation|po|oficial|court|corte|last|ultima|ultimo|owes|debe|screwed|jodio', unless: `${LAUGHING}|birthday|bday|cumple*|gift|regalo|cake|pastel|food|comida|lunch|almuerzo|coffee|cafe|flowers|flores|card|tarjeta|potluck|dinner|cena|baby|bebe|kids|ninos|present|sorpresa|surprise` },
  // "I'm next", told after the losses.
  { id: 'im-next', severity: 'concern', patterns: ['im|soy|sigo|yo|me ~0 next|siguiente|toca ~0 $'], withShare: 'gone|died|passed|murio|muri*|fallecio|dead|muerto|muerta|lost|perdi', unless: `${LAUGHING}|${GAME_NAMES}|boredom|aburrimiento|wifi|list|lista|line|fila|turn|turno|waitlist|apartment|apartamento|housing|vivienda|interview|entrevista|shower|regadera|bano|haircut|corte|doctor|game|partido|bingo|karaoke` },
  // "Heaven takes people who show up early": an early arrival asked about.
  { id: 'heaven-early', severity: 'urgent', patterns: ['heaven|cielo|god|dios|pedro|peter|gates|puertas ~6 early|temprano|ahead', 'show|showing|shows|get|getting|arrive ~1 up|there ~0 early ~6 heaven|cielo|gates|peter|god', 'llegar|llega|llego ~1 temprano|antes ~6 cielo|puertas|pedro|dios', 'perdona|perdonara|forgive|forgives ~4 se ~1 van|va|quitan|matan ~0 antes|solos', 'forgive|forgives ~4 who|people ~2 go|leave ~1 early'], unless: `${LAUGHING}|church|iglesia|misa|mass|service|culto|wake|levant*|breakfast|desayuno|pray|rezar|orar|morning|manana` },
  // "Probation ends the 3rd. so do i", "termina la novela el viernes y termino yo tb".
  { id: 'ends-and-so-do-i', severity: 'urgent', patterns: ['so ~0 do|will|am|does ~0 i|me ~0 $', 'y|and ~0 termino|acabo|me ~0 acabo|voy ~1 yo ~0 tb|tambien|también', 'y|and ~0 termino|acabo|me ~0 acabo|voy ~1 yo ~0 $', 'y|and ~0 yo ~0 tb|tambien|también ~0 $', 'yo ~0 tb|tambien|también ~0 $'], withShare: 'ends|end|ending|over|termina|terminan|acaba|acaban|finish*|finale|final|ultimo|last|closes|close|closed|cierra|cierran|expires|expira|vence|runs', unless: `${LAUGHING}|${GAME_NAMES}|shift|turno|vacation|vacaciones|contract|contrato|lease|class|clase|semester|semestre|diet|dieta|job|trabajo|work|chamba` },
  // One's own burial paid for, "q nadie cargue con nada".
  { id: 'own-funeral-paid', severity: 'urgent', patterns: ['deje|dejé|dejar|left|paid|pague|pagué ~2 pagado|paid|for ~1 el|la|my|mi|the ~0 nicho|funeral|entierro|cremacion|cremation|burial|plot|lote|ataud|casket', 'nadie|nobody ~1 cargue|carry|tenga|has|pague|pay ~3 con ~1 nada|nothing|nada'], unless: `${KIN}|${KIN_OWNING}|${LAUGHING}|dog|perro|cat|gato|agent|auto|car|carro|rent|renta` },
  // A wound kept from the nurse: "arm keeps opening back up. not going to the nurse".
  { id: 'wound-hidden', severity: 'concern', negative: true, patterns: ['not|no|sin|without|never ~2 going|ir|go|tell|decirle|telling|asking ~2 to|a ~0 the|la|el ~0 nurse|enfermeria|enfermera|enfermero|doctor|er|urgencias|clinic|clinica'], withShare: 'hondo|deep|opening|abierta|abre|cut|cuts|cortada|cortadas|herida|wound|bleeding|sangra|sangrando|stitches|puntos|burn|quemadura', unless: `${LAUGHING}|${INJURY}|cold|gripa|headache|flu|tos|cough|allergy|alergia|rash|sarpullido` },
  // Razor blades bought by someone who does not shave.
  { id: 'blades-not-shaving', severity: 'concern', patterns: ['NEG|ni ~1 me ~0 afeito|rasuro', 'NEG ~2 shave|shaving', 'NEG|ni ~0 para|pa ~0 afeitarme|rasurarme', 'NEG ~1 for ~0 shaving'], withShare: 'hojas|blades|navajas|razor|razors|rastrillo|rastrillos|cuchillas', unless: `${LAUGHING}|beard|barba|bigote|mustache|growing|dejando|movember` },
  // "How long til people stop missing you": forgotten after one is gone.
  { id: 'forgotten-after', severity: 'concern', patterns: ['how ~1 long ~3 stop ~1 missing|miss', 'how ~1 long ~3 forget|forgets ~1 you|me|about|someone', 'cuanto ~1 tiempo ~3 dejan|deja ~1 de ~1 extranar|extrañar', 'cuanto ~1 tiempo ~3 olvidan|olvida'], unless: `${LAUGHING}|ex|breakup|novio|novia|boyfriend|girlfriend|dog|perro|cat|gato|move|mudanza|city|ciudad|trabajo|song|cancion|show|serie` },
  // A place asked about "not for" what it is for; pills kept from the case manager.
  { id: 'place-not-for', severity: 'urgent', patterns: ['=not|=no ~1 for|para|pa ~0 books|libros|reading|leer|studying|estudiar|view|vista|photos|fotos|pictures|sightseeing|work|trabajo', '=not ~1 for ~0 the ~0 view|books'], withShare: 'highest|tallest|top|roof|rooftop|azotea|floor|piso|bridge|puente|edificio|building|alto|alta|overpass', unless: `${LAUGHING}|tour|elevator|elevador|wheelchair|silla|ramp|rampa` },
  { id: 'pills-kept-secret', severity: 'urgent', negative: true, patterns: ['NEG|sin ~1 telling|tell|told|decirle|digo|dije|contarle ~3 my|mi|the|el|la|staff|nurse|enfermera|doctor|case|caseworker|trabajadora|counselor|consejera'], withShare: 'refill|bottles|frascos|pastillas|pills|meds|medicina|MEANS|two|dos|extra|stash|cutter|blade|blades|navaja|knife|cuchillo|razor', unless: `${LAUGHING}|${KIN}|surprise|sorpresa|birthday|cumple*|gift|regalo|party|fiesta|pregnan*|embaraz*|job|trabajo|money|dinero|debt|deuda|date|cita` },
  // "Where do you see yourself in 5 years?" "Nowhere."
  { id: 'see-myself-nowhere', severity: 'concern', patterns: ['en ~0 ningun|ninguna ~0 lado|lugar|parte ~0 $', 'nowhere ~0 $'], withShare: 'veo|see|ves|years|anos|meses|months|futuro|future|goals|metas', unless: `${LAUGHING}|keys|llaves|phone|cel|celular|wallet|cartera|glasses|lentes|encuentro|find|found|busque|looked|search*|remote|control|charger|cargador|shoes|zapatos` },
  // Wanting out of everything; a plan for after; "ya no quiero más mañanas".
  { id: 'want-out', severity: 'concern', patterns: ['out ~1 of ~0 everything|todo|life|existence|existing ~0 $', 'no ~1 quiero ~1 mas ~0 mananas ~0 $', 'dont ~1 want ~2 more ~0 tomorrows ~0 $', 'got|have|tengo|ya ~2 my|mi|el|a|un ~0 plan ~1 for|para|pa ~1 after|despues ~0 $'], withShare: 'DESIRE|want|quiero|birthday|cumple*|cake|pastel|TIME|nothing|nada|tired|cansad*', unless: `${LAUGHING}|program|programa|house|casa|group|grupo|chat|job|trabajo|debt|deuda|lease|contrato|relationship|relacion|party|fiesta|dinner|cena|movie|pelicula` },
  // More cuts planned; "y me corto".
  { id: 'more-cuts', severity: 'concern', patterns: ['gonna|going|will|voy|ill ~3 make|making|hacer|hacerme ~1 more|mas|otras|otros|another|otra', 'y|and|luego|then|despues ~0 me ~0 corto|quemo|lastimo|rayo ~0 $'], withShare: 'cut|cuts|cortes|cortadas|burn|burns|quemaduras|sting|arde|bleed*|sangr*|maquinitas|lose|pierdo', unless: `${LAUGHING}|cook*|cocin*|cake|pastel|cookies|galletas|copies|copias|friends|amigos|money|dinero|paper|papel|pelo|hair|pan|bread` },
  // Long sleeves in the heat.
  { id: 'sleeves-summer', severity: 'concern', patterns: ['long|largas ~0 sleeves|mangas', 'mangas ~0 largas'], withShare: 'july|julio|august|agosto|summer|verano|heat|calor|hot|heatwave|95|100|100s', unless: `sun|sunburn|sunscreen|bugs|mosquito*|ac|aire|cold|frio|freezing|office|oficina|uniform|uniforme|church|iglesia|work|trabajo|kitchen|cocina|warehouse|bodega|allergy|alergia|rash|sarpullido` },
  // Waiting for the house to be quiet, with a note or the means at hand.
  { id: 'waiting-for-quiet', severity: 'urgent', patterns: ['waiting|wait|esperando|espero ~2 on|for|a|que|q ~0 quiet|silence|silencio|calma|everyone|todos|nadie'], withShare: 'note|nota|carta|letter|pills|pastillas|MEANS|rope|cuerda|ready|listo|lista', unless: `${LAUGHING}|bus|camion|ride|raite|turn|turno|movie|pelicula|show|serie|programa|novela|bathroom|bano|shower|regadera|laundry|ropa|tv|tele|call|llamada|study|estudiar|nap|siesta|read|leer|pray|rezar|meditat*|cook|cocinar|dinner|cena|party|fiesta` },
  // A lot of pain pills on a shopping list; bought what was still missing "for tonight".
  { id: 'means-lot', severity: 'urgent', patterns: ['lot|lots|bunch|monton|chingo|bastante|muchas|muchos|extra ~2 of|de ~1 tylenol|advil|aspirin|aspirina|pills|pastillas|ibuprofen*|paracetamol|sleeping|dormir'], withShare: 'need|necesito|list|lista|buy|compre|bought|store|tienda|farmacia|pharmacy|walmart|dollar', unless: `${LAUGHING}|headache|cabeza|fever|fiebre|flu|gripa|cramps|colicos|kids|ninos|house|casa|botiquin|supply|supplies|sick|enfermos|everybody|todos` },
  { id: 'bought-for-tonight', severity: 'urgent', patterns: ['faltaba|needed|necesitaba|need ~2 pa|para|for ~1 esta ~0 noche', 'faltaba|needed|necesitaba ~2 for ~0 tonight'], with: 'compre|compré|bought|got|picked|farmacia|pharmacy|store|tienda|walmart', unless: `${LAUGHING}|party|fiesta|cena|dinner|cook*|cocin*|recipe|receta|outfit|ropa|vestido|dress|hair|pelo|date|cita|movie|pelicula|game|partido|snacks|botanas|chips|cake|pastel` },
  // A goodbye whose reason the other does not know; wanting to be remembered pretty.
  { id: 'goodbye-unknown', severity: 'urgent', negative: true, patterns: ['no|dont|doesnt ~1 sabe|saben|know|knows ~1 de|what|for ~1 que|q|what|it ~0 $'], withShare: 'despedi*|despido|despedirme|goodbye|bye|adios', unless: `${LAUGHING}|${LEAVING}|trip|viaje|vacation|vacaciones|surprise|sorpresa|party|fiesta` },
  { id: 'remembered-as', severity: 'urgent', patterns: ['quiero|want|wanna ~2 me ~0 recuerden|recuerde ~0 bonita|bonito|bien|asi|feliz|sonriendo|guapa|linda', 'want|wanna ~2 remember ~1 me ~1 like|as|looking ~0 this|that|pretty|good|happy|smiling'], unless: `${LAUGHING}|${LEAVING}|interview|entrevista|wedding|boda|party|fiesta|photo|foto|picture|graduation|graduacion|date|cita|quinceanera|quince` },
  // One less: "solo doy gastos. pronto uno menos"; worth more dead; about to fix being a burden.
  { id: 'one-less', severity: 'concern', patterns: ['one|uno|una ~0 less|menos ~0 $', 'one|uno|una ~0 less|menos ~0 mouth|boca|problem|problema|gasto|burden|carga'], withShare: 'cost*|cuesta|gastos|gasto|paga|pays|burden|carga|mouth|boca|money|dinero|soon|pronto|family|familia|party|fiesta', unless: `${LAUGHING}|${GAME_NAMES}|chore|chores|tarea|dishes|platos|point|punto|day|dia|week|semana|cigarette|cigarro|bill|cuenta|thing|cosa|task|pendiente` },
  { id: 'fix-the-burden', severity: 'concern', patterns: ['about|gonna|going|voy ~2 fix|arreglar|arreglo|solve|resolver ~1 that|eso ~0 $'], withShare: 'burden|carga|estorbo|weight|peso', unless: `${LAUGHING}|bike|bici|car|carro|phone|cel|sink|door|puerta|toilet|roof|tv|tele|wifi|printer|computer|hair|pelo|schedule|horario|paperwork|papeles|form|forma` },
  // Jealous of the dead; "nothing holding me here".
  { id: 'envy-dead', severity: 'concern', patterns: ['jealous|envious|envy|envidia|envidio ~4 ground|dead|muertos|muerta|muerto|tumba|grave|cemetery|cementerio|cielo|heaven|descansa|resting|obituaries|obituary|obituarios|esquelas', 'envidia|envidio|envy|envious|jealous ~6 dead|died|muertos|muertas|murio|murió|murieron|descansan|descansaron'], unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|vacation|vacaciones|beach|playa|cruise|crucero|nap|siesta|sleep|dormir|película|serie|book|libro|zombie*|zombi*|walking|halloween|costume|disfraz` },
  // Threats of fire: "va a arder esa casa", "burn that place down".
  { id: 'arson-threat', severity: 'urgent', patterns: ['va|van|voy ~1 a ~1 arder|quemar|incendiar|explotar ~1 esa|esta|la|su|el|ese|tu ~0 casa|edificio|oficina|carro|troca|house', 'burn|burning|torch ~2 that|this|the|his|her|their|your ~0 house|place|building|office|car|truck ~0 down', 'burn|burning|torch ~2 that|this|the|his|her|their|your ~0 house|place|building|office|car|truck ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|food|comida|arroz|frijoles|rice|beans|cena|dinner|tortillas|cookies|galletas|pan|bread|popcorn|palomitas|candle|vela|calories|calorias|sage|salvia|incense|incienso|bridge|puente` },
  // "Ya me corté hoy": done today, said flatly.
  { id: 'cut-today', severity: 'concern', patterns: ['ya ~0 me ~0 corte|corté|queme|quemé|lastime|lastimé ~1 hoy|anoche|otra|again'], unless: `${ACCIDENT}|${INJURY}|${LAUGHING}|cocina|kitchen|cook*|cocin*|pelo|hair|unas|nails|shaving|afeit*` },
  // Asking when nobody is around: "need to know when nobodys around".
  { id: 'when-nobody', severity: 'urgent', negative: true, patterns: ['need|necesito|ocupo|have|tengo|wanna|quiero ~2 know|saber ~4 when|cuando|hora|time ~3 nobody|nobodys|noone|nadie|empty|vacio|vacia|sola|solo|alone'], unless: `${LAUGHING}|${GAME_NAMES}|clean|cleaning|limpiar|laundry|lavar|lavanderia|shower|banar|bano|practice|practicar|ensayar|gym|tv|tele|play|jugar|cook|cocinar|music|musica|piano|guitar|guitarra|pray|rezar|orar|call|llamar|study|estudiar|read|leer|nap|siesta|meditate|meditar|yoga|cry|llorar` },
  // Taking one's own life wanted, not only planned: "me quiero quitar la vida"; "stop existing" as a wish or a list item.
  { id: 'take-own-life', severity: 'urgent', patterns: ['DESIRE ~3 take|quit*|quitarme ~2 my|own|la|mi ~1 life|vida'], unless: `${LAUGHING}|back|vuelta|control|rumbo|hands|manos|charge|direction|together|orden|riendas|seriously|serio|day|dia` },
  { id: 'stop-existing', severity: 'concern', patterns: ['dejar ~0 de ~0 existir', 'stop|quit ~0 existing ~0 $', 'DESIRE|INTENT ~3 stop|quit ~0 existing'], unless: `${LAUGHING}|store|tienda|company|empresa|show|serie|programa|app|band|banda|species|especie|dinosaur*|dinosaurio*|page|pagina|account|cuenta|law|ley` },
  // Wishing tomorrow away, or not to reach a day: "i just want tomorrow to not come", "ojala no llegue al jueves".
  { id: 'no-tomorrow', severity: 'concern', negative: true, patterns: ['DESIRE ~4 tomorrow|manana|mañana ~2 NEG|never ~1 come|comes|coming|llegue|llegara|exista|happen|arrive', 'ojala|ojalá|espero|hope ~1 no ~0 llegar|llegue ~0 al|a ~1 TIME|viejo|vieja|fin|jueves|viernes|lunes|martes|miercoles|sabado|domingo|mañana|manana|cumple*'], unless: `${LAUGHING}|exam|examen|test|prueba|bill|cuenta|renta|rent|court|corte|junta|meeting|inspection|inspeccion|dentist*|dentista|deadline|entrega|lluvia|rain|storm|tormenta|paquete|package|cobrador` },
  // Means with secrecy: "compre una cuerda hoy, nadie me pregunto nada"; "milk, eggs, rope. dont ask".
  { id: 'means-secret', severity: 'urgent', negative: true, patterns: ['dont|no ~1 ask|pregunten|preguntes|preguntar ~0 $', 'nobody|nadie|noone ~2 asked|pregunto|preguntó|noticed|noto|notó|checked|reviso|revisó'], withShare: 'rope|cuerda|soga|noose|gun|pistola|bullets|balas|veneno|poison|razors|navajas|cuchillas|fentanyl|fentanilo|ammo', unless: `${LAUGHING}|${GAME_NAMES}|tent|tienda|clothesline|tendedero|swing|columpio|laundry|ropa|boat|lancha|camping|acampar|jump|saltar|brincar|gym|climbing|escalar|dog|perro|kitchen|cocina|movie|pelicula|show|serie` },
  // A high place asked about: "anyone know if the bridge on 5th has cameras".
  { id: 'high-place-cameras', severity: 'concern', patterns: ['bridge|puente|overpass|roof|azotea|rooftop|tracks|vias|parking|garage ~5 camera|cameras|camara|camaras|guard|guardia|guards|guardias'], unless: `${LAUGHING}|traffic|trafico|speed|velocidad|ticket|multa|car|carro|coche|bike|bici|bicicleta|stolen|robaron|robo|theft|tagging|graffiti|skate*|accident|accidente` },
  // Medication kept back for a purpose: "las estoy guardando pa algo"; "i have plans for them".
  { id: 'saving-for', severity: 'urgent', patterns: ['guardando|saving|stashing|juntando|hoarding|stockpiling|escondiendo|hiding ~3 pa|para|for ~1 algo|something|later|eso|that|it|luego|despues', 'have|got|tengo ~1 plans|planes|plan ~1 for|pa|para ~0 them|ellas|ellos|em|these|those|esas|esos'], withShare: 'meds|medicine|medication|pills|pastillas|medicinas|medicamentos|tablets|dosis|doses|refill|receta|prescription|seroquel|xanax|insulin|insulina|oxy|oxys|percs|bars|psiquiatra|psychiatrist', unless: `${LAUGHING}|trip|viaje|vacation|vacaciones|travel|viajar|pharmacy|farmacia|disposal|take-back|expired|vencidas|caducadas|nurse|enfermera` },
  // Asking not to be saved: "re: narcan training. dont bother using it on me"; "no me revivan".
  { id: 'dont-save-me', severity: 'urgent', negative: true, patterns: ['dont|no ~1 bother|molesten|molestes|gasten|waste|use|usen|usar|call|llamen ~4 on|en|conmigo|with ~0 me', 'dont|no ~1 bother|molesten|molestes|gasten|waste|use|usen|usar|call|llamen ~4 on|en|conmigo|with ~0 $', 'dont|no ~0 me ~0 revivan|reanimen|salven|rescaten|despierten', 'dont|do ~1 not ~0 revive|resuscitate|rescue ~0 me'], withShare: 'narcan|naloxone|naloxona|overdose|overdosing|sobredosis|od|ods|911|ambulance|ambulancia|cpr|rcp|revive|revivan|reanimen', unless: `${LAUGHING}|${GAME_NAMES}|allergic|alergic*|alergia|allergy|spray|nose|nariz` },
  // All of it at once: "me dieron manteca con fentanilo, me la pongo toda".
  { id: 'all-at-once', severity: 'urgent', patterns: ['me ~0 la|lo|las|los ~0 pongo|meto|tomo|echo|inyecto|fumo|trago ~0 toda|todo|todas|todos|enterita|entera', 'take|taking|do|doing|use|using|shoot|swallow|swallowing|snort ~2 all|whole|entire ~3 at ~0 once|tonight'], withShare: 'fentanyl|fentanilo|manteca|heroin|heroina|dope|pills|pastillas|bag|bolsa|bottle|frasco|stash|oxy|oxys|percs|bars|xanax|chiva|cristal|meth|perico|coca|cocaine|piedra|crack', unless: `${LAUGHING}|morning|breakfast|desayuno|routine|rutina|prescribed|recetad*|doctor|nurse|enfermera|schedule|horario|vitamin*|vitamina*|food|comida|dinner|cena|lunch|almuerzo|water|agua|organizer|pastillero|daily|diario|homework|tarea|laundry|ropa|chores|dishes|platos|sleep|cake|pastel|pizza|soup|sopa|salad|ensalada|candy|dulces|popcorn` },
  // Marks hidden: "wore long sleeves to dinner so nobody'd see"; "sleeves down at dinner tonight".
  { id: 'hide-marks', severity: 'concern', patterns: ['long ~0 sleeves|sleeve', 'manga|mangas ~0 larga|largas', 'sleeves ~0 down', 'under|debajo ~3 sleeves|mangas|manga|sleeve'], withShare: 'nobody|nadie|see|vea|vean|notice|noten|note|hide|esconder|tapar|cover|cubrir|again|otra|marks|marcas|scars|cicatrices|was|llevaba|streak|racha|wrists|wrist|muñecas|munecas|mess|done|nuevas|nuevos|frescas|frescos|fresh|new', unless: `${LAUGHING}|just|habit|costumbre|freezing|ac|anymore|cold|frio|winter|invierno|sun|sol|sunburn|mosquito*|bugs|bichos|church|iglesia|interview|entrevista|uniform|uniforme|dress|vestido|code|work|trabajo|snow|nieve|rain|lluvia|wind|viento|tattoo|tatuaje|tattoos|tatuajes|shirt|camisa|sweater|sueter|store|tienda|sale|oferta|donation|donacion` },
  // A threat said with a time and "remember I said it".
  { id: 'remember-said', severity: 'urgent', patterns: ['remember|recuerden|acuerdense|acuérdense|acuerdate|acuérdate|recuerda ~2 i ~0 said|told|warned ~0 it|this|so', 'remember|recuerden|acuerdense|acuérdense|acuerdate|acuérdate|recuerda ~2 i ~0 said|told|warned ~0 $', 'acuerdense|acuérdense|recuerden|acuerdate|acuérdate|recuerda ~2 q|que ~1 lo|se|les|te ~0 dije|adverti|advertí|avise|avisé'], withShare: 'TIME|shift|turno|desk|recepcion|front|door|puerta|parking', unless: `${LAUGHING}|${GAME_NAMES}|rain|llover|lluvia|win|ganar|game|partido|score|weather|clima|snow|nieve|bet|apuesta|predict*|predij*|coming|sale|oferta|told|dinner|cena|gana|ganan|pierde|pierden|lose|loses` },
  // A weapon readied for someone's arrival: "ya tengo el cuchillo afilado pa cuando llegue Ramiro".
  { id: 'weapon-for-when', severity: 'urgent', patterns: ['knife|cuchillo|navaja|gun|pistola|arma|fierro|bat|bate|machete ~6 pa|para|for ~0 cuando|when ~3 llegue|llega|salga|sale|comes|gets|shows|arrives|walks|vuelva|regrese'], unless: `${LAUGHING}|turkey|pavo|cook*|cocin*|dinner|cena|carne|meat|cake|pastel|roast|asado|bbq|carnitas|fruit|fruta|watermelon|sandia|ham|jamon|bread|pan|pie|pay|game|partido|practice|practica|team|equipo|baseball|beisbol|softball` },
  // Poison in someone's food or drink: "le voy a echar cloro en el cafe".
  { id: 'poison-drink', severity: 'urgent', patterns: ['echar|echarle|echo|poner|ponerle|pongo|put|putting|slip|meter|meterle ~3 cloro|bleach|veneno|poison|rat|raticida|laxante|laxative|laxatives|antifreeze|anticongelante ~4 en|in|into ~2 su|el|la|his|her|their|the|sus ~0 cafe|coffee|comida|food|drink|bebida|soda|refresco|tea|te|plato|plate|juice|jugo|lunch|almuerzo|cena|dinner|cup|taza|vaso'], unless: `${LAUGHING}|clean|cleaning|limpiar|limpieza|floor|piso|trapear|mop|laundry|ropa|lavar|wash|toilet|bano|baño|sink|fregadero|bucket|cubeta|garden|jardin|plants|plantas` },
  // An ex who knows where the resident is: "mi ex me mando foto de la entrada de aqui".
  { id: 'ex-found-me', severity: 'urgent', patterns: ['ex|exmarido|exesposo|exesposa|expareja|exnovio|exnovia|abuser|agresor ~6 photo|foto|pic|picture|video ~5 entrada|entrance|door|puerta|building|edificio|house|casa|aqui|here|window|ventana|porch|porche|gate|reja', 'ex|exmarido|exesposo|exesposa|expareja|exnovio|exnovia|abuser|agresor ~4 found|encontro|encontró|knows|sabe|figured|descubrio|descubrió|averiguo|averiguó ~3 where|donde|dónde|address|direccion|dirección'], unless: `${LAUGHING}|wedding|boda|baby|bebe|bebé|kids|ninos|niños|graduation|graduacion|dog|perro|cat|gato|old|vieja|viejo|throwback|recuerdo` },
  { id: 'raised-hand', severity: 'urgent', patterns: ['me ~0 levanto|levantó|levanta|levantaba|levantaron ~0 la ~0 mano'], unless: 'saludar|saludo|salude|clase|class|pregunta|preguntar|vote|votar|voto|boleta|ayuda|help|bus|taxi|raite' },
  // Waiting for someone's release with their family's house known: "count days till my cellie's out. know his moms house".
  { id: 'know-their-house', severity: 'urgent', patterns: ['know|knows|se|sé ~2 his|her|their|su|sus ~0 moms|mom|mama|mamá|house|casa|address|direccion|dirección|job|trabajo|school|escuela'], withShare: 'count|counting|cuento|contando|till|til|until|hasta|waiting|esperando|espero|out|sale|salga|paroled|released|release|salida|libre', unless: `${LAUGHING}|drop|dejar|deje|flowers|flores|card|tarjeta|gift|regalo|visit|visitar|party|fiesta|dinner|cena|bbq|birthday|cumple|directions|direcciones|ride|raite|pick|recoger|uber|lyft` },
  // After today it is not needed: "les dejo mi taza azul, despues de hoy no la necesito"; "Cancelé la psicóloga y el dentista. Ya no hacen falta."
  { id: 'need-after', severity: 'urgent', negative: true, patterns: ['despues|después ~0 de ~0 hoy|esta|este|mañana|manana|viernes|domingo|sabado|sábado ~4 NEG ~3 need|needing|necesito|necesitare|necesitaré|hace|hacen|sirve|sirven|voy', 'after ~0 today|tonight|friday|sunday|saturday|tomorrow|this ~4 NEG ~3 need|needing|necesito|necesitare|necesitaré|hace|hacen|sirve|sirven|voy'], unless: `${LAUGHING}|${LEAVING}|trip|viaje|vacation|vacaciones|court|corte|exam|examen|test|prueba|interview|entrevista|cast|yeso|crutches|muletas|cane|baston|bastón|brace|ticket|boleto|pass|pase|costume|disfraz|dress|vestido|tux|suit|traje|party|fiesta|wedding|boda|event|evento` },
  { id: 'no-longer-needed', severity: 'concern', negative: true, patterns: ['ya ~0 no ~0 hace|hacen|haran|harán ~0 falta ~0 $', 'wont|dont|not ~1 need|needing ~2 it|them|these|those|any|em ~0 anymore', 'wont|dont|not ~1 need|needing ~2 it|them|these|those|any|em ~0 $'], withShare: 'cancel*|cancele|cancelé|cancelo|regal*|gave|giving|give|deje|dejo|dejé|devolvi|devolví|returned|sold|vendi|vendí|whoever|quien|therapist|terapeuta|psicologa|psicóloga|psicologo|psicólogo|dentist|dentista|doctor|psiquiatra|psychiatrist|appointments|citas|meds|pastillas', unless: `${LAUGHING}|${LEAVING}|better|mejor|healed|curado|curada|sana|sano|recovered|recuperad*|graduat*|dieron|discharged|alta|cast|yeso|crutches|muletas|cane|baston|bastón|brace|glasses|lentes|gafas|new|nuevo|nueva|upgrade|bigger|smaller|fit|queda|size|talla|clean|sober|sobrio|sobria|limpio|limpia` },
  // Arranged "in case I don't come back", beside teaching someone to care for what is left.
  { id: 'in-case-not-back', severity: 'urgent', negative: true, patterns: ['x|por ~0 si ~0 no ~0 vuelvo|regreso|estoy', 'in ~0 case ~0 i ~0 dont|cant|never|wont ~0 come|make|get ~0 back|it'], withShare: 'taught|teach|enseñe|enseñé|ensene|enseñando|feed|comer|alimentar|cuiden|cuidar|care|water|regar|plants|plantas|fish|peces|pez|dog|perro|cat|gato|keys|llave|llaves|letter|carta|note|nota|password|contraseña|contrasena', unless: `${LAUGHING}|trip|viaje|court|corte|hospital|surgery|cirugia|cirugía|work|trabajo|shift|turno|late|tarde|antes|before|store|tienda|vacation|vacaciones|hours|horas|minutes|minutos|weekend|finde|visit|visita|family|familia|mexico|guatemala|honduras|salvador` },
  { id: 'nice-knowing', severity: 'urgent', patterns: ['nice|good|great|pleasure|lindo|bonito ~1 knowing ~2 yall|you|y|all|everyone|ya|u', 'nice|good|great|pleasure|lindo|bonito ~1 knowing ~0 $', 'fue ~1 lindo|bonito|bueno ~1 conocerlos|conocerlas|conocerte'], unless: `${LAUGHING}|${JOKING}|${LEAVING}|if|si|eat|eating|comer|try|trying|spicy|picante|chile|ride|jump|brincar|movie|pelicula|game|partido|meet|meeting|conocer|new|nuevo|nueva|welcome|bienvenid*|first|primera|primer` },
  { id: 'remember-as-last', severity: 'urgent', patterns: ['remember|recuerden|recuerde|recordaran|recordarán|remembers ~5 as|como ~2 the|el|la|lo|mi ~0 last|ultim*|final'], unless: `${LAUGHING}|${GAME_NAMES}|game|partido|season|temporada|concert|concierto|show|tour|class|clase|semester|semestre|shift|turno|summer|verano|trip|viaje` },
  { id: 'good-age-to-stop', severity: 'concern', patterns: ['good|nice|fine|buen|buena|bonito|bonita ~1 number|age|edad|numero|número|day|dia|place|lugar|year|ano|año ~2 to|pa|para ~0 stop|end|go|die|irme|parar|morir|terminar|acabar|quit|irse'], unless: `${LAUGHING}|lunch|eat|comer|rest|descansar|gas|break|coffee|cafe|photos|fotos|pictures|camp|acampar|sleep|dormir|walk|camin*|fish|pescar|read|leer|smoking|fumar|vaping|drinking|tomar|soda|sugar|azucar|working|trabajar|retire|jubil*|driving|manejar|shopping|compras|park|parque|beach|playa|laundry|ropa|school|escuela|store|tienda|swim|nadar|hike|run|correr|start|empezar|begin|fresh|nuevo|new` },
  { id: 'dont-count-me', severity: 'concern', negative: true, patterns: ['dont|no ~1 put|pongan|cuenten|count|sign|anoten|apunten|pongas|cuentes ~2 me|conmigo ~4 next|proximo|próximo|siguiente|prox ~0 month|months|mes|week|weeks|semana', 'off ~2 chore|chores ~1 wheel|chart|list|lista ~2 for ~0 good', 'no ~0 me ~0 pongan|cuenten|anoten|apunten ~4 proximo|próximo|siguiente|prox ~0 mes|semana'], unless: `${LAUGHING}|${LEAVING}|because|xq|porque|since|cuz|cause|trip|viaje|vacation|vacaciones|work|trabajo|shift|turno|court|corte|hospital|surgery|cirugia|graduat*|pass|pase|visit|visita|knee|rodilla|back|espalda|sick|enfermo|enferma|injury|lesion|already|ya|twice|dos|again|class|clase|school|escuela` },
  // Joining the dead, with the death said anywhere in the share: "el lunes hace un año q se murio mi vieja. ese dia me voy con ella".
  { id: 'join-dead-share', severity: 'urgent', patterns: ['me ~1 voy ~1 con ~1 el|ella ~0 $', 'me ~1 voy ~1 con ~1 mi ~1 papa|mama|hijo|hija|hermano|hermana|vieja|viejo|abuel*', 'voy|going|gonna|ire|iré|quiero|want|wanna|ready|listo|lista ~3 ver|see|visit|visitar|join|reunirme ~4 al|in ~0 cielo|heaven', 'fixin|fixing|going|gonna|ready ~2 to ~0 meet|join ~1 her|him|them ~0 TIME', 'fixin|fixing|going|gonna|ready ~2 to ~0 meet|join ~1 her|him|them ~0 $'], withShare: 'anniversary|aniversario|heaven|cielo|died|murio|murió|grave|tumba|descansa|rip|passed|fallecio|falleció|muerte|death', unless: `${JOKING}|trip|viaje|visit*|store|tienda|lunch|dinner|cena|comida|walk|caminar|church|iglesia|misa|mass|game|partido|party|fiesta|cine|movies|doctor|cita|flores|flowers|tumba|grave|panteon|panteón|cementerio|cemetery|estrellas|stars|telescopio|dogs|perros|pets|mascotas|believe|creer|creo|someday|algun|algún` },
  { id: 'asking-for-me', severity: 'concern', patterns: ['pregunto ~1 x|por|pa|para ~0 mi', 'asking ~1 for ~0 me|myself', 'not ~1 for ~0 a ~0 friend'], withShare: 'morir*|die|dying|muerte|death|dead|matarse|suicid*|pills|pastillas|rope|cuerda|bridge|puente|overdos*|sobredos*|lethal|letal|painless|doloroso|duele|hurt|hurts|drown*|ahogarse|gauze|gasa|bandage|bandages|vendas|venda|stitches|puntos', unless: `${LAUGHING}|${GAME_NAMES}` },
  { id: 'forgotten-soon', severity: 'concern', patterns: ['cuanto|cuánto ~1 tarda*|tiempo ~4 olvid* ~2 de ~0 uno|mi|alguien', 'how ~1 long ~4 forget|forgets ~1 me|you|someone'], unless: `${LAUGHING}|ex|novio|novia|boyfriend|girlfriend|breakup|crush|idioma|language|song|cancion|canción|password|contraseña|name|nombre|words|palabras|lines|lineas|trauma|smell|olor|taste|sabor` },
  { id: 'scheduled-goodbye', severity: 'urgent', patterns: ['schedul*|program*|set ~4 email|e-mail|message|mensaje|correo|text|txt|texto|post|carta|letter ~6 send|sends|mande|envie|envíe|manda|mandar|enviar|itself|solo|sola'], withShare: 'open|abran|abrir|lean|read|staff|coordinadora|coordinator|family|familia|mom|mama|kids|hijos|antes|before|until|hasta', unless: `${LAUGHING}|bill|bills|pago|payment|rent|renta|recordatorio|reminder|alarm|alarma|cita|appointment|birthday|cumple*|meeting|junta|reunion|job|trabajo|resume|application|solicitud|class|clase|homework|tarea|sale|oferta|newsletter` },
  { id: 'dont-open-before', severity: 'urgent', negative: true, patterns: ['dont|no ~1 open|abran|abras|lean|leas|read|abrir ~3 before|antes|until|till|hasta'], withShare: 'letter|email|message|carta|mensaje|correo|sobre|envelope|note|nota|notas|notes', unless: `${LAUGHING}|christmas|navidad|regalo|regalos|gift|gifts|present|presents|birthday|cumple*|reyes|santa|surprise|sorpresa|package|paquete|results|resultados|grades|calificaciones|scores|movie|pelicula|book|libro|spoiler*|ending|final|freezer|congelador|oven|horno|door|puerta|window|ventana|pharmacy|farmacia|bills|cuentas` },
  { id: 'no-loose-ends-world', severity: 'urgent', negative: true, patterns: ['NEG ~2 pendientes|pendiente ~5 nadie|mundo|world|anyone|nobody', 'nothing|nada ~1 pendiente|pending|left ~2 to ~1 do|hacer ~3 world|mundo|here|aqui|aquí'], unless: `${LAUGHING}|work|trabajo|office|oficina|list|lista|today|hoy|weekend|finde|chores|tareas` },
  // Caught after the fact: the blood was the resident's, and it is still going.
  { id: 'blood-mine', severity: 'urgent', patterns: ['that|eso|esa ~0 was|fui|era ~0 me|yo|mia|mía|mine ~0 $', 'still|sigue|todavia|todavía ~1 going|bleeding|sangrando|saliendo'], withShare: 'blood|sangre|bleeding|sangrando|cut|cortada|cortadas|wrist|muneca|muñeca', unless: `${ACCIDENT}|${INJURY}|${LAUGHING}|nose|nariz|period|regla|dentist*|dentista|tooth|diente|muela|shaving|afeit*|paper|papel|finger|dedo|cooking|cocinando|onions|cebolla|kitchen|cocina|drill|simulacro|movie|pelicula|show` },
  { id: 'went-and-cut', severity: 'concern', patterns: ['went|fui|ran|corri|corrí|straight ~4 bathroom|baño|bano|cuarto|room ~2 and ~0 cut|cutting ~0 $', 'went|fui|ran|corri|corrí|straight ~4 bathroom|baño|bano|cuarto|room ~2 and ~0 cut|cutting ~0 cause|because|again', 'went|fui|ran|corri|corrí|straight ~4 bathroom|baño|bano|cuarto|room ~2 y ~0 me ~0 corte|corté|cortaba|lastime|lastimé'], unless: `${ACCIDENT}|${LAUGHING}|hair|pelo|cabello|nails|unas|uñas|bangs|fleco|coupons|cupones|paper|papel|tags|etiquetas|onion*|cebolla*|fruit|fruta` },
  { id: 'death-sounds-good', severity: 'concern', patterns: ['morir|morirme|muerte|dying|death|die|desaparecer|disappearing ~1 suena|sounds|sonaba|sounding ~2 bien|good|nice|lindo|bonito|tranquilo|chido|padre|mejor|better|great|peaceful|tempting|tentador'], unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|book|libro|song|cancion|canción|show|serie|game|juego|band|banda|metal|album` },
  // An overdose already taken: "I took all the pills they gave me for the month", "me tomé todas las pastillas".
  { id: 'took-all', severity: 'urgent', patterns: ['took|swallowed|popped|tome|tomé|trague|tragué ~1 all|todas|todos ~2 pills|pastillas|meds|medicinas|medicamentos|tablets|capsules|capsulas|bottle|frasco|MEANS', 'took|swallowed|tome|tomé|trague|tragué ~2 the|el|la|my|mi|un|a ~0 whole|entire ~0 bottle|frasco|box|caja|pack|strip|blister', 'took|swallowed|tome|tomé|trague|tragué ~2 el|la|mi ~0 frasco|caja|bote|paquete ~0 entero|entera|completo|completa', 'tomarmelas|tomarmelos|tomármelas|tomármelos ~1 juntas|juntos|todas|todos', 'tomarmelas|tomarmelos|tomármelas|tomármelos ~1 de ~0 golpe|una'], unless: `${LAUGHING}|morning|breakfast|desayuno|prescribed|recetad*|antibiotic*|antibiotico*|antibiótico*|course|tratamiento|vitamin*|vitamina*|window|ventanilla|nurse|enfermera|supervised|routine|rutina|years|años|anos|sober|clean|limpio|limpia|organizer|pastillero|schedule|horario|diario|daily` },
  // A threat closed with someone not walking away: "he aint walking away", "no se va caminando".
  { id: 'not-walking-away', severity: 'urgent', patterns: ['he|she|they|that|dude|guy|hes|shes|theyre ~2 aint|not|wont|never|isnt ~1 walking|walk|leaving ~0 away|out', 'no ~1 se ~0 va|sale|regresa|iba ~0 caminando|andando', 'no ~0 sale|sales|saldra|saldrá ~0 caminando|andando|entero|vivo'], withShare: 'TIME|corner|esquina|store|tienda|tiendita|parking|lot|estacionamiento|dealer|catch|catching|agarro|espero', unless: `${LAUGHING}|${GAME_NAMES}|recovery|recuperacion|recuperación|marriage|matrimonio|job|trabajo|deal|trato|program|programa|meeting|junta|bus|taxi|uber|raite|ride|rain|lluvia|knee|rodilla|surgery|cirugia|cirugía|cast|yeso` },
  { id: 'breaking-face', severity: 'urgent', patterns: ['breaking|break|bust|busting|smash|smashing|romper|rompo|romperle|partir|partirle|parto ~2 his|her|their|su|la|el|that|ese ~0 jaw|face|nose|neck|legs|leg|arm|arms|teeth|head|skull|quijada|cara|nariz|cuello|piernas|brazos|dientes|cabeza|madre|hocico|jeta|madres'], unless: `${LAUGHING}|${GAME_NAMES}|${ACCIDENT}|record|heart|corazon|corazón|streak|racha|habit|habito|hábito|ice|hielo|fall|cayo|cayó|fell|accident|accidente|surgery|cirugia|doctor|x-ray|radiografia` },
  // Lying about being safe: "staff asked if im safe. i said yes. im not"; "le dije que estoy a salvo. mentira".
  { id: 'lied-safe', severity: 'concern', patterns: ['im ~0 not ~0 $', 'mentira|lie ~0 $', 'i ~0 lied ~0 $', 'menti|mentí ~0 $'], withShare: 'safe|salvo|segura|seguro', unless: `${LAUGHING}|${GAME_NAMES}|ready|listo|lista|sure|hungry|tired|cansad*|late|tarde|driving|car|carro|wifi|password|neighborhood|barrio|street|calle` },
  // Tired of being, not of a thing: "cansada de estar. no de trabajar ni nada, de estar"; "knackered of living".
  { id: 'tired-of-being', severity: 'concern', patterns: ['cansado|cansada|cansao|harto|harta|agotado|agotada ~1 de ~0 estar|existir|vivir|respirar ~0 $', 'knackered|exhausted|weary|tired|sick ~1 of ~0 living|existing|being|breathing ~0 $'], unless: `${LAUGHING}|work|trabajo|school|escuela|homework|tarea|chores|quehaceres|noise|ruido|traffic|trafico|alone|sola|solo|sick|enfermo|enferma|inside|adentro|encerrad*|bed|cama` },
  // The kind of sleep one does not get up from.
  { id: 'sleep-no-waking', severity: 'concern', patterns: ['sleep|nap ~5 dont|not|never|no|wont ~1 get|wake|come ~1 up|back', 'sueño|sueno|dormir ~4 del|de ~0 que|q ~0 no ~1 despiert*|levant*|regres*'], unless: 'early|temprano|alarm|alarma|breakfast|desayuno|noon|class|clase|work|trabajo|shift|turno|cold|frio|couldnt|pude|baby|bebe|bebé|nap|siesta|weekend|finde' },
  // Pills kept from the doctor's orders: "no me tomo las del psiquiatra, las ando juntando".
  { id: 'pills-gathered', severity: 'urgent', patterns: ['las|los ~1 ando|estoy|voy ~0 juntando|guardando|escondiendo ~0 $', 'been|keep|keeping|im ~0 saving|stashing|hoarding|collecting|hiding ~0 them|em|it ~0 $'], withShare: 'meds|medicine|medication|pills|pastillas|medicinas|medicamentos|tablets|psiquiatra|psychiatrist|doctor|receta|prescription|tomo|take|taking', unless: `${LAUGHING}|pharmacy|farmacia|disposal|take-back|expired|vencidas|caducadas|nurse|enfermera|pastillero|organizer|caja|box|money|dinero|cash|coins|monedas|points|puntos|stickers|cards|tarjetas|receipts|recibos` },
  // Self-harm, day zero: "0 dias sin cortarme".
  { id: 'zero-days', severity: 'concern', withShare: 'arms|arm|brazos|brazo|wrists|wrist|cut|cutting|cortarme|blade|razor|sangre|blood|mess|cuts|cortadas|sh|selfharm|harm|lastimarme', patterns: ['0|cero|zero ~1 dias|días|days|day ~2 sin|without|no|free ~0 cortarme|cutting|cut|lastimarme|harm|selfharm*|sh|hacerme|quemarme|burning', 'back ~1 to ~0 0|zero|cero'], unless: `${LAUGHING}` },
  // Someone under an order to stay away who is here now.
  { id: 'order-here', severity: 'urgent', patterns: ['restraining|protection|protective|restriccion|restricción|alejamiento ~0 order|orden', 'orden ~1 de ~0 restriccion|restricción|alejamiento', 'orden ~1 de ~0 no ~0 acercarse'], withShare: 'outside|afuera|abajo|downstairs|door|puerta|here|aqui|aquí|gritando|yelling|banging|tocando|knocking|parked|estacionado|waiting|esperando|showed|aparecio|apareció|calling|calls|llama|llamando|texting|mensajes|numbers|numeros|números|find|encontrar', unless: `${LAUGHING}|tranquila|tranquilo|safe|segura|seguro|granted|otorgaron|approved|aprobaron|ended|termino|terminó|expired|vencio|venció` },
  // Using to go, not to feel good: "la recaida de hoy no es pa sentirme bien, es pa irme"; "voy por fenta y no me voy a medir".
  { id: 'use-to-go', severity: 'urgent', negative: true, patterns: ['es|is|its ~0 pa|para|to ~0 irme|morirme|die|go ~0 $', 'no ~0 me ~0 voy ~0 a ~0 medir|controlar|cuidar', 'not ~1 gonna|going ~1 to ~0 go ~0 easy|slow|light'], withShare: 'recaida|recaída|relapse|relapsing|fenta|fentanyl|fentanilo|dope|droga|drogas|pastillas|pills|drink|tomar|chupar|heroin|heroina|cristal|meth|bag|bolsa|dealer|usar|using|use|consumir', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|bus|trip|viaje|gym|diet|dieta|run|correr|workout` },
  { id: 'bringing-something', severity: 'urgent', patterns: ['bring|bringing|bringin|traigo|llevo|llevare|llevaré ~1 something|somethin|sumthin|algo ~0 $'], withShare: 'TIME', unless: `${LAUGHING}|potluck|food|comida|dish|plato|party|fiesta|snack|snacks|botana|dessert|postre|cake|pastel|chips|drinks|bebidas|soda|refresco|coffee|cafe|gift|regalo|cookies|galletas|meeting|junta|group|grupo|visit|visita|kids|niños|ninos|church|iglesia|class|clase|dinner|cena|lunch|bbq|asado` },
  { id: 'voice-kept', severity: 'concern', patterns: ['oir|oír|escuchar|hear|hearing ~2 mi|my ~0 voz|voice'], withShare: 'buzon|buzón|voicemail|pague|pagué|paid|pagado|after|despues|después|cel|phone', unless: `${LAUGHING}|song|cancion|canción|choir|coro|karaoke|sing|cantar|radio|podcast|recording|grabacion|grabación|audition|audicion|audición|laryngitis|ronca|ronco|sick|enfermo|enferma|cold|gripa|resfriado|lost|perdi|perdí` },
  { id: 'on-high-place', severity: 'concern', patterns: ['estoy|im|sitting|sentado|sentada|parado|parada|standing ~2 arriba|encima|top|up|edge|orilla ~3 estacionamiento|puente|edificio|techo|azotea|bridge|roof|parking|garage|building|overpass|barranco|cliff'], unless: `${LAUGHING}|fix|fixing|arreglar|arreglando|antenna|antena|trabajando|working|work|smoke|fumar|view|vista|sunset|atardecer|stars|estrellas|fireworks|cohetes|picnic|photos|fotos|pictures|lunch|elevator|elevador|waiting|esperando|ride|raite|bus|car|carro|stuck|atorado|traffic|trafico|tráfico|gutters|canaletas|leaks|goteras|tv|cable|dish` },
  // A day chosen as a good one to end it: "feels like a good day to finish it"; "buen dia pa acabar con todo".
  { id: 'good-day-to-end', severity: 'urgent', patterns: ['good|perfect|perfecto|perfecta|buen|buena|nice ~1 day|dia|night|noche|time|momento|fecha|date ~1 to|para|pa ~1 finish|end|terminar|acabar|ponerle ~0 it|todo|everything|things|con|fin'], unless: `${LAUGHING}|${GAME_NAMES}|puzzle|rompecabezas|book|libro|painting|pintura|project|proyecto|homework|tarea|laundry|ropa|garden|jardin|chores|quilt|colcha|season|temporada|semester|class|clase|cleaning|limpiar|paperwork|papeles|fence|cerca|yard|patio` },
  // Bleeding that will not stop, or still bleeding after a streak is lost: self-harm now.
  { id: 'bleeding-now', severity: 'urgent', negative: true, patterns: ['blood|bleeding|sangre|sangra|sangrando ~4 NEG|cant ~2 stop|stopping|para|parar|deja|dejar'], unless: `${LAUGHING}|nose|nariz|period|regla|menstrua*|gums|encias|dentist|dentista|shaving|afeit*|rasur*|kitchen|cocina|cooking|cocinando|paper|papel|tooth|diente|muela|lip|labio|movie|pelicula|scene|escena|show|serie` },
  { id: 'still-bleeding-streak', severity: 'urgent', patterns: ['todavia|todavía|aun|aún|still|sigue|keeps ~1 sangra|sangrando|bleeding'], withShare: 'cut|cutting|corte|cortes|cortarme|corté|hacerme|harm|blade|navaja|perdi|perdí|lost|streak|racha', unless: `${LAUGHING}|${INJURY}|nose|nariz|period|regla|gums|encias|dentist|dentista|tooth|diente|muela|shaving|afeit*|rasur*|kitchen|cocina|cooking|cocinando|paper|papel|finger|dedo|dog|perro|cat|gato|tattoo*|tatua*|piercing|arete` },
  // Dead, one would cost nothing: "muerto no cuesto na"; "dead i wouldn't cost anybody a dime".
  { id: 'dead-costs-less', severity: 'concern', negative: true, patterns: ['muerto|muerta|dead ~2 NEG|nada|nothing|less|menos ~1 cuesto|costaria|costaría|cost|costs|gasto|gastan'], unless: `${LAUGHING}|${GAME_NAMES}|phone|celular|battery|bateria|car|carro|plant|planta|plants|plantas` },
  // Better never to have come out alive or been born: "mejor no hubiera salido viva".
  { id: 'better-not-survived', severity: 'concern', negative: true, patterns: ['mejor ~2 no ~1 hubiera|hubiese|haber ~1 salido|nacido|despertado|sobrevivido|vuelto'], unless: `${LAUGHING}|${GAME_NAMES}|cama|bed|casa|house|trabajo|work|fiesta|party` },
  // A fall that should be the last one: "si vuelvo a caer que sea pa no levantarme".
  { id: 'fall-not-rise', severity: 'urgent', negative: true, patterns: ['que|q ~0 sea ~0 pa|para ~0 no ~0 levantarme|despertar|despertarme|volver'] },
  // A blade buried in someone: "le entierro el tenedor".
  { id: 'bury-blade', staysInPast: true, severity: 'urgent', patterns: ['le|les ~0 entierro|clavo|meto|encajo|entierra|clavaria|clavaría ~2 el|la|un|una|mi ~0 tenedor|cuchillo|navaja|punta|fierro|filero|picahielo|desarmador|tijeras'], unless: `${LAUGHING}|carne|meat|pastel|cake|pollo|chicken|tierra|maceta|planta|jardin|garden` },
  // As if one would live to a date: "como si fuera a llegar a marzo"; "as if i'll be around by summer".
  { id: 'as-if-around', severity: 'concern', patterns: ['como ~0 si ~0 fuera|fuese|voy ~0 a ~0 llegar|durar|vivir|seguir ~0 vivo|viva|aqui|a|hasta|para|pa', 'as|like ~0 if ~0 ill|id|i ~0 be|make|last ~0 around|alive|here|it|that'], withShare: 'TIME|cita|appointment|dentista|dentist|doctor|court|corte|birthday|cumple|graduation|graduacion|navidad|christmas|year|ano|mes|month|semana|week|summer|verano|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|enero|febrero|march|april|june|july|august|september|october|november|december|january|february', unless: `${GAME_NAMES}|party|fiesta|bus|camion|ride|raite|train|tren|traffic|trafico|class|clase|work|trabajo|shift|turno|meeting|junta|reunion|time|tiempo|early|temprano|late|tarde|invite*|invita*` },
  // Leave given once a promise is kept: "made it to my anniversary like i promised. now i can go."
  { id: 'now-i-can-go', severity: 'urgent', patterns: ['now ~1 i ~1 can ~1 go|rest ~0 $'], withShare: 'promised|promise|prometi|prometí|made|anniversary|aniversario|birthday|waited|esperé|espere|wedding|boda|graduation|finally', unless: `${LAUGHING}|home|bed|sleep|work|shift|store|class|meeting|lunch|dinner|breakfast|shower|${LEAVING}` },
  // Six feet under on one's own terms.
  { id: 'six-feet-under', severity: 'urgent', patterns: ['6ft|6|six ~1 feet|ft|pies ~0 under|bajo', '6ft ~0 under'], withShare: 'own|terms|gonna|going|about|ready|tonight|soon|quiero|want|wanna|voy|ir', unless: `${LAUGHING}|show|series|serie|hbo|episode|episodio|movie|pelicula|snow|nieve|garden|jardin|plant*|bulbs|seeds|bury|buried|enterraron|dog|perro|cat|gato|fish|pescado` },
  // A holiday with no way back: "vacaciones permanentes, sin boleto de regreso".
  { id: 'no-way-back', severity: 'urgent', patterns: ['permanent|permanentes|permanente|eternal|eternas|eterno ~0 vacation|vacaciones|vacation|sleep|sueno|sueño|descanso|rest', 'vacaciones|vacation|descanso ~0 permanentes|eternas|eterno|permanent|eternal', 'NEG|sin ~2 boleto|ticket|pasaje ~1 de ~0 regreso|vuelta|back|return'], unless: `${LEAVING}|retire*|retiro|jubil*|pension|job|trabajo|boss|jefe|dog|perro|cat|gato|paperwork|papeles|court|corte|deport*|visa|flight|vuelo|airline|aerolinea` },
  // A goodbye that ends in "this is it": "dropped my keys at the desk. love yall, this is it".
  { id: 'this-is-it', severity: 'urgent', patterns: ['this ~0 is ~0 it ~0 $', 'esto ~0 es ~0 todo ~0 $', 'hasta ~0 aqui ~0 llegue|llegué ~0 $'], withShare: 'love|loved|keys|llaves|bye|goodbye|adios|adiós|sorry|perdon|perdón|signed|quiero', unless: `${LAUGHING}|${GAME_NAMES}|final|playoffs|season|temporada|job|trabajo|exam|examen|test|graduation|graduacion|wedding|boda|baby|bebe|court|corte|hearing|audiencia|interview|entrevista|date|cita|move|mudo|mudanza|${LEAVING}` },
  // Not coming back, or at all: "not coming back to the house. or at all".
  { id: 'not-back-at-all', severity: 'urgent', negative: true, patterns: ['NEG ~2 coming|come|volver|vuelvo|regreso ~1 back ~6 or|ni ~1 at|ever|nunca ~0 all|mas|más'], unless: `${LAUGHING}|job|trabajo|program|programa|group|grupo|church|iglesia|store|tienda|restaurant|restaurante|class|clase|${LEAVING}` },
  { id: 'or-at-all', severity: 'urgent', patterns: ['=or ~0 at ~0 all ~0 $', '=or ~0 ever ~0 $'], withShare: 'coming|come|back|volver|regreso|leaving|gone|ride', unless: `${LAUGHING}|job|trabajo|program|programa|church|iglesia|store|tienda|class|clase|${LEAVING}` },
  // Someone waiting outside, and a resident afraid to go alone: "alguien me acompaña? él está en la esquina esperándome".
  { id: 'waited-for-outside', staysInPast: true, severity: 'urgent', patterns: ['el|ella|he|she|hes|shes|someone|alguien ~1 esta|está|is|been|has ~2 esperandome|esperándome|waiting ~1 for ~0 me', 'el|ella|he|she|hes|shes ~1 esta|está|is ~4 esperandome|esperándome|waiting'], withShare: 'acompañar|acompanar|acompane|acompañe|acompañen|acompanen|walk|miedo|scared|afraid|corner|esquina|outside|afuera|desde|since', unless: `${LAUGHING}|ride|raite|uber|taxi|bus|camion|pizza|delivery|mom|mama|dad|papa|hija|hijo|son|daughter|brother|hermano|hermana|friend|amigo|amiga|cousin|primo|prima|sponsor|padrino|madrina|caseworker|trabajadora|doctor|nurse|enfermera|lunch|almuerzo|coffee|cafe|visit|visita` },
  // The people to call after it has happened: "llamenla despues, cuando ya haya pasado. no la dejen sola".
  { id: 'after-it-happens', staysInPast: true, severity: 'urgent', negative: true, patterns: ['no ~0 la|lo|los|las ~0 dejen|dejes ~0 sola|solo|solos|solas', 'cuando ~1 ya ~1 haya|hayan ~0 pasado'], withShare: 'despues|después|after|numero|número|number|llamen|llamenla|llamenlo|llamar|call|mama|mamá|mom|refri|fridge|hoja', unless: `${LAUGHING}|perro|dog|gato|cat|nina|niña|nino|niño|baby|bebe|bebé|cita|appointment|tormenta|storm|huracan|huracán|examen|exam|cirugia|cirugía|surgery|operacion|operación|fiesta|party` },
  { id: 'travel-light', severity: 'concern', patterns: ['travelling|traveling|travel|viajo|viajando|viajar ~0 light|ligero|ligera'], withShare: 'gave|regale|regalé|regalando|giving|away|di|deje|dejé|books|libros|jacket|chaqueta|headphones|audifonos|audífonos', unless: `${LEAVING}|trip|viaje|vacation|vacaciones|airport|aeropuerto|flight|vuelo|bus|camion|camión|suitcase|maleta|backpack|mochila|plane|avion|avión` },
  { id: 'sorry-and-bye', severity: 'concern', patterns: ['sorry|perdon|perdón ~2 and|y ~0 bye|goodbye|despedirme|adios|adiós'], withShare: 'called|llame|llamé|marque|marqué|texted|wrote|escribi|escribí|years|yrs|años|anos|first|primera', unless: `${LAUGHING}|${LEAVING}|party|fiesta|meeting|junta|class|clase|shift|turno|work|trabajo|store|tienda` },
  { id: 'wont-care-for', severity: 'concern', patterns: ['ya ~0 no ~1 voy|podre|podré ~1 a ~0 regar|cuidar|alimentar|sacar|pasear|usar|necesitar', 'wont|not ~2 be ~1 able ~1 to ~0 water|feed|walk|care'], withShare: 'quien|who|anyone|alguien|whoever|take|quiere|wants|adopt*|adopte|cuidamelos|cuídamelos|cuidamela', unless: `${LAUGHING}|${LEAVING}|trip|viaje|vacation|vacaciones|work|trabajo|hospital|surgery|cirugia|cirugía|allergic|alergic*|alergia|landlord|casero|rules|reglas|allowed|permiten` },
  { id: 'why-get-up', severity: 'concern', patterns: ['pa|para|por ~0 q|que|qué ~0 me ~0 levanto|levantarme|despierto|sigo', 'why ~1 even ~0 get ~0 up|bother'], unless: `${LAUGHING}|temprano|early|tan|clases|class|school|escuela|sabado|sábado|domingo|weekend|finde|alarm|alarma|rain|lluvia` },
  { id: 'go-in-peace', severity: 'concern', patterns: ['can|puedo|may|could ~1 go|irme|morir|die|rest|descansar ~1 in|en ~0 peace|paz'], unless: `${LAUGHING}|${JOKING}|graduat*|gradu*|wedding|boda|finally|game|partido|won|ganamos|champions|campeones|eat|comer|lunch|comida|nap|siesta` },
  // Disappointed to have woken: "anybody else wake up disappointed they woke up?".
  { id: 'woke-disappointed', severity: 'concern', patterns: ['wake|woke|waking ~1 up ~0 disappointed|decepcionado|decepcionada', 'disappointed|mad|angry|upset|pissed|sad|bummed|enojad*|decepcionad*|triste ~3 i|que|q ~0 NEG ~1 still|dead|gone|seguia|seguía|muerto|muerta', 'disappointed|decepcionado|decepcionada|sad|triste|upset|mad|angry ~3 i|they|que|q ~1 woke|wake|desperte|desperté|despertaba|desperto|despertó', 'desperte|desperté|despierto ~1 decepcionado|decepcionada|triste ~1 de ~0 despertar|seguir|estar'], unless: `${LAUGHING}|saturday|sabado|sábado|weekend|finde|dream|sueño|sueno|dreaming|soñando|rain|lluvia|snow|nieve|coffee|cafe|game|partido|lost|perdio|perdió|vacation|vacaciones|holiday|monday|lunes|alarm|alarma|early|temprano|late|tarde|nap|siesta|class|clase|work|trabajo|shift|turno` },
  // Not lasting until the day: "I won't last 18 months"; "no voy a durar tanto".
  { id: 'wont-last', severity: 'concern', patterns: ['i ~1 wont|cant|not|dont ~1 last|make ~2 months|years|weeks|that|long|another|till|until|til', 'no ~1 voy ~1 a ~0 durar|aguantar ~2 tanto|mucho|meses|años|anos|semanas|hasta'], unless: `${LAUGHING}|${GAME_NAMES}|diet|dieta|job|trabajo|shift|turno|class|clase|meeting|junta|movie|pelicula|line|fila|cola|sale|oferta|phone|cel|battery|bateria|batería|milk|leche|food|comida|money|dinero|paycheck|cheque|quincena` },
  { id: 'debt-dies-with-me', severity: 'concern', patterns: ['debt|debts|deuda|deudas ~3 dies|die|muere|mueren|morira|morirá ~2 with|conmigo'], unless: `${LAUGHING}` },
  // Drinking or using without a stop: "cashed the check at the liquor store. plan is to not stop".
  { id: 'plan-not-stop', severity: 'urgent', patterns: ['plan|plans|idea ~2 is|es ~1 to ~1 not ~0 stop', 'plan|idea ~2 es ~1 no ~0 parar'], withShare: 'liquor|beer|drink|drinking|alcohol|booze|vodka|whiskey|tequila|bottle|botella|cerveza|licor|tomar|chupar|dope|droga|drogas|fent*|pills|pastillas|bag|bolsa|dealer|using|usar|consumir', unless: `${LAUGHING}|${GAME_NAMES}|mural|painting|pintar|reading|leer|walking|caminar|running|correr|gym|studying|estudiar|learning|aprender|cleaning|limpiar` },
  { id: 'find-me', severity: 'urgent', patterns: ['says|said|keeps ~3 he|she|hell|shell|hes|shes|they ~1 find|finding|get|getting ~0 me', 'dice|dijo ~2 q|que ~1 me ~1 va|van ~1 a ~0 encontrar|buscar|hallar|sacar'], withShare: 'order|orden|calls|calling|llama|llamando|numeros|números|numbers|texts|mensajes|ex|exmarido|exesposo|expareja|abuser|agresor|shelter|refugio|albergue|blocked|bloqueado', unless: `${LAUGHING}|${GAME_NAMES}|job|trabajo|work|ride|raite|keys|llaves|phone|cel|hide|seek|escondidas` },
  // Home from war, wishing it had been in a box.
  { id: 'wish-in-a-box', severity: 'concern', patterns: ['should|shoulda|wish|wished|ojala|ojalá|debi|debí|debia|debía ~5 in ~1 a ~0 box|bag|casket|coffin', 'debi|debí|debia|debía|ojala|ojalá ~5 en ~1 un|una ~0 caja|bolsa|ataud|ataúd'], unless: `${LAUGHING}|amazon|package|paquete|shoes|zapatos|pizza|cat|gato|gift|regalo` },
  // Wishing a sudden death that bothers nobody: "ojala me de un infarto jugando domino y ya".
  { id: 'wish-sudden-death', severity: 'concern', patterns: ['ojala|ojalá ~3 infarto|derrame|paro|accidente|atropell*|choque', 'wish|hope|pray ~4 heart ~1 attack|stops|stop', 'wish|hope|pray ~5 accident|crash|stroke'], unless: `${LAUGHING}|tarea|homework|exam|examen|boss|jefe|ex|cuenta|bill|recibo` },
  { id: 'keep-after', severity: 'urgent', patterns: ['keep|keeps|take|takes|cuida|cuidara|cuidará|quede|queda|quedara|quedará ~2 her|him|them|it|la|lo|los|las|con ~1 after|afterwards|despues|después|luego ~0 $', 'who|quien|quién|anyone|alguien ~2 take|keep|cuide|cuida|cuidar|quedarse|quedaria|quedaría ~3 my|mi|mis ~0 cat|dog|gato|gata|perro|perra|pet|mascota|fish|peces|gallos|pajaros|pájaros|birds ~2 starting|desde|after|despues|después|next|proxima|próxima'], withShare: 'cat|dog|gato|gata|perro|perra|pet|mascota|fish|peces|bird|birds|pajaro|pájaro|pajaros|gallos|plants|plantas|kitten|puppy|tuna|atun|atún', unless: `${LAUGHING}|${LEAVING}|trip|viaje|vacation|vacaciones|walk|pasear|sacar|vet|veterinario|weekend|finde|tonight|hoy|hours|horas|shift|turno|work|trabajo|hospital|surgery|cirugia|cirugía|court|corte|bath|bañar|banar|groom*|leftovers|sobras|food|comida|visit|visita` },
  { id: 'paid-ahead-giving', severity: 'urgent', patterns: ['paid|pague|pagué|pagado|paying ~8 months|meses|año|ano|year|years|años'], withShare: 'regale|regalé|gave|giving|regalando|regalo|gallos|goodbye|adios|adiós|despues|después|after|voz|voice', unless: `${LEAVING}|trip|viaje|vacation|vacaciones|discount|descuento|deal|oferta|promo|gym|insurance|seguro|tax|taxes|impuestos|refund|reembolso|credit|credito|crédito|loan|prestamo|préstamo` },
  { id: 'labelled-for-who', severity: 'urgent', patterns: ['nombre|nombres|name|names|label|labels|labeled|labelled|etiqueta|etiquetas|etiquetad* ~4 quien|quién|who ~2 toca|gets|corresponde|get|le'], unless: `${LAUGHING}|food|comida|fridge|refri|leftovers|sobras|lunch|almuerzo|tupper|container|santa|amigo|gift|regalo|regalos|party|fiesta|chores|quehaceres|chart|turno|turnos|shift|raffle|rifa|prize|premio|laundry|ropa` },
  { id: 'stitched-self', severity: 'concern', patterns: ['stitched|sewed|cosi|cosí|sutur* ~1 myself|me|mi ~1 up|la|el|herida|brazo|arm|cut|corte|pierna|leg'], unless: `${LAUGHING}|shirt|camisa|pants|pantalon|pantalón|button|boton|botón|dress|vestido|jacket|chamarra|hem|bastilla|class|clase|costura|sewing|quilt|teddy|peluche` },
  // Injuries covered with a story: "told the doctor I fell off the ladder".
  { id: 'told-i-fell', severity: 'urgent', patterns: ['told|tell|telling ~4 i ~0 fell|tripped|slipped|walked', 'dije|dijo|decir|digo ~4 que|q ~0 me ~0 cai|caí|resbale|resbalé|pegue|pegué|tropece|tropecé'], withShare: 'didnt|lie|lied|lying|menti|mentí|mentira|really|actually|truth|verdad|secret|secreto|again|otra|always|siempre', unless: `${LAUGHING}|ice|hielo|bike|bici|skate*|gym|soccer|futbol|fútbol|basketball|game|partido` },
  { id: 'broke-over-head', severity: 'urgent', patterns: ['broke|rompio|rompió|smashed|threw|tiro|tiró|aventó|avento|estrello|estrelló ~4 over|on|en|sobre ~1 my|mi ~0 head|cabeza|face|cara|back|espalda'], unless: `${LAUGHING}|${GAME_NAMES}|${ACCIDENT}|egg|huevo|cascaron|cascarón|confetti|water|agua|balloon|globo|pinata|piñata|birthday|cumple|wave|ola` },
  { id: 'beaten-or-pay', severity: 'urgent', patterns: ['me ~1 caen|cayeron|caeran|caerán|van ~1 a ~0 golpes|madrazos|patadas|palos|trancazos', 'cobran|cobrando|charging|charge|cobra ~3 proteccion|protección|protection|piso|cuota|renta'], withShare: 'pago|pagar|pay|paying|golpes|beat|hit|pegan|pegaron|madrazos|hallway|pasillo|parada|stop', unless: `${LAUGHING}|${GAME_NAMES}|insurance|seguro|landlord|casero|apartment|departamento|cell|phone|data|datos` },
  // A threat with an ex, "ahi los espero"; "llevo lo mío"; "tell him to come alone"; "watch what happens monday".
  { id: 'wait-for-them', severity: 'urgent', patterns: ['ahi|ahí|alla|allá|there ~1 los|lo|la|las|te ~0 espero|esperare|esperaré'], withShare: 'ex|exmarido|exesposo|expareja|tipo|wey|güey|guey|vato|maje|cabron|cabrón|pendejo|culero|ese|esa', unless: `${LAUGHING}|${GAME_NAMES}|cancha|partido|fiesta|party|cena|dinner|comida|lunch|misa|church|iglesia|junta|meeting|class|clase|bbq|carne|asada|cafe|coffee|bus|camion|camión|parada` },
  { id: 'carrying-mine', severity: 'urgent', patterns: ['llevo|traigo|llevare|llevaré ~0 lo ~0 mio|mío', 'bring|bringing|bringin ~1 my|the ~0 piece|heat|strap|blicky|iron|toolie|pole|fierro', 'tell|dile|diganle|díganle|decirle ~3 come|venga|ven|vengan ~0 alone|solo|sola|solito|solita', 'watch ~1 what ~0 happens|happen', 'ya ~0 veran|verán ~1 lo ~0 que|q ~0 pasa', 'ya ~0 vas|van ~0 a ~0 ver ~1 lo ~0 que|q ~0 pasa'], withShare: 'TIME', unless: `${LAUGHING}|${GAME_NAMES}|potluck|food|comida|dish|plato|party|fiesta|snack|snacks|botana|dessert|postre|cake|pastel|bingo|game|juego|partido|show|movie|pelicula|season|temporada|karaoke|talent|talento|lunch|cena|dinner` },
  { id: 'gets-stabbed', severity: 'urgent', patterns: ['gets|get|getting|catches|catching ~0 stabbed|shot|jumped|beat|killed|hurt|capped|popped|smoked|stomped|merked|merk'], withShare: 'TIME|bar|corner|esquina|parking|lot|walking|out|leaves|sale', unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|show|serie|game|video|news|noticias|book|libro|scene|episode|episodio|vaccine|vacuna|flu|gripa|shot|shots|booster|covid|injection|inyeccion|inyección|tetanus` },
  // Commands heard as from God or the voices, to cleanse, punish or kill.
  { id: 'commanded-harm', severity: 'urgent', patterns: ['god|dios|voices|voces|voice|voz|angel|ángel|devil|diablo|demonio|satan|señor|senor|lord ~3 told|said|says|tell|tells|pidio|pidió|pide|dijeron|dijo|dicen|dice|mando|mandó|manda|ordered|orders|wants|quiere ~4 cleanse|limpi*|purific*|purify|punish|castig*|kill|matar|mate|matara|maten|hurt|lastim*|elimin*|destroy|destru*|burn|quem*|sacrific*', 'voces|voices|voice|voz ~4 quien|who ~2 es|is ~1 el|the ~0 demonio|demon|devil|diablo'], unless: `${LAUGHING}|${GAME_NAMES}|text|texto|heart|corazon|corazón|soul|alma|sins|pecados|mind|mente|spirit|espiritu|espíritu|forgive|perdonar|pray|orar|rezar|sermon|sermón|pastor|bible|biblia|movie|pelicula|book|libro|game|juego|song|cancion|canción` },
  { id: 'long-enough', severity: 'concern', patterns: ['cord|cable|rope|cuerda|soga|extension|extensión|belt|cinturon|cinturón|sheet|sabana|sábana ~4 long|strong|larga|largo|fuerte ~0 enough|suficiente'], unless: `${LAUGHING}|reach|llegar|alcanzar|tv|tele|lamp|lampara|lámpara|outlet|enchufe|contacto|christmas|navidad|lights|luces|laptop|heater|calentador|fan|ventilador|charger|cargador|phone|cel|printer|microwave|microondas|washer|lavadora|tent|tienda|clothesline|tendedero|tomatoes|tomates|garden|jardin|jardín|dog|perro|leash|correa|boat|lancha|truck|troca|tow` },
  { id: 'last-errands', severity: 'concern', patterns: ['last ~0 errands|mandados|vueltas|pendientes ~3 need|needed|necesit*|ever|run|hacer|hare|haré|voy|ill|will'], unless: `${LAUGHING}|${LEAVING}|trip|viaje|vacation|vacaciones|before|antes|day|dia|día|week|semana|today|hoy|shift|turno|holiday|holidays|christmas|navidad|party|fiesta|weekend|finde` },
  { id: 'early-refill-lie', severity: 'urgent', negative: true, patterns: ['no ~1 me ~0 voy|iba ~1 a ~0 ningun|ningún ~0 lado', 'not ~0 going ~0 anywhere'], withShare: 'farmacia|pharmacy|refill|adelantad*|adelantadas|early|cajas|pastillas|pills|meds|receta|prescription', unless: `${LAUGHING}|love|encanta|quiero|like|gusta|home|casa|family|familia|here|aqui|aquí` },
  { id: 'from-above', severity: 'concern', patterns: ['watch|miss|look|cuidar|cuidare|cuidaré|extrañar|extranar|ver|verlos|cuidarlos ~4 desde|from ~0 arriba|above|heaven|cielo'], unless: `${LAUGHING}|fireworks|cohetes|roof|azotea|techo|plane|avion|avión|drone|view|vista|balcony|balcon|balcón|window|ventana|stands|gradas|tribuna|mom|mama|mamá|dad|papa|papá|abuel*|grandma|grandpa|she|he|ella|el` },
  { id: 'blade-out-now', severity: 'concern', patterns: ['razor|razors|blade|blades|navaja|cuchilla|cuchillas|rastrillo ~1 out|fuera|afuera ~1 rn|now|ahorita|ahora|tonight|again|otra'], unless: `${LAUGHING}|stock|sharpener|sacapuntas|shaving|afeitar|beard|barba|store|tienda|package|paquete|mower|podadora|blender|licuadora|kitchen|cocina` },
  // Hoping to be next: "ojalá yo también pronto".
  { id: 'me-next', severity: 'concern', patterns: ['ojala|ojalá|quisiera ~2 yo|me ~1 tb|tambien|también ~1 pronto|ya|asi|así', 'hope|wish|pray ~2 i|im|me ~1 next ~0 $', 'hope|wish|pray ~2 i|im|me ~1 too|also|next ~1 soon'], withShare: 'murio|murió|died|dead|muerto|muerta|paz|peace|rip|funeral|velorio|descanse|descansa|rest|passed|fallecio|falleció', unless: `${LAUGHING}|${GAME_NAMES}|line|fila|turn|turno|raffle|rifa|lottery|loteria|lotería|job|trabajo|promotion|vacation|vacaciones|pregnant|embarazada|married|casar|wedding|boda` },
  // The last thing wanted "before", left unfinished: "es lo último que quería ver antes".
  { id: 'last-before', staysInPast: true, severity: 'urgent', patterns: ['ultimo|ultima|último|última|last ~6 antes|before ~0 $'], unless: `${IDIOM}|${GAME_NAMES}|${LEAVING}|trip|viaje|vacation|vacaciones|move|mudanza|surgery|cirugia|cirugía|class|clase|job|trabajo|shift|turno|break|descanso|holidays|christmas|navidad|graduation|graduacion|graduación|court|corte` },
  // Offering one's things for after: "if anyone wants my plants after this weekend".
  { id: 'wants-mine-after', severity: 'urgent', patterns: ['if|si ~1 anyone|anybody|someone|alguien ~1 wants|needs|quiere|ocupa|necesita ~3 my|mi|mis ~5 after|despues|después|cuando'], unless: `${LAUGHING}|${LEAVING}|move|moving|mudanza|trip|viaje|vacation|vacaciones|sale|venta|vendo|selling|borrow|prestad*|lend|prestar|back|regresar|devolver|return` },
  // Violence told in passing: "guess who got slapped again", breaking or taking what lets her leave.
  { id: 'got-hit', severity: 'urgent', patterns: ['got|get|gets|getting ~0 slapped|smacked|choked|punched|strangled|bitchslapped ~3 again|every|for|by|cause|because|bc|por'], unless: `${GAME_NAMES}|boxing|sparring|mma|ring|ufc|wrestl*|movie|pelicula|show|serie|episode|fine|multa|ticket|bill|charge|charges|lawsuit|fee|tax|taxes|sunburn|mosquito*` },
  { id: 'broke-so-cant', severity: 'urgent', patterns: ['he|she|el|él|ella|ACTOR ~2 broke|smashed|rompio|rompió|quebro|quebró|took|takes|hid|hides|escondio|escondió|esconde|quito|quitó|quita ~1 my|mi|mis ~4 so|para|pa ~2 cant|couldnt|dont|no'], unless: `${GAME_NAMES}|${JOKING}|accident*|accidente|staff|personal|program|programa|rules|reglas|curfew|toque|doctor|nurse|enfermera|dog|perro|cat|gato|baby|bebe|bebé` },
  // Sleeping with a chair against the door, someone else holding a key.
  { id: 'chair-door', severity: 'urgent', patterns: ['duermo|dormir|sleep|sleeping|slept ~3 silla|chair|dresser|comoda|cómoda|mueble ~3 puerta|door', 'silla|chair|dresser|comoda|cómoda ~2 contra|against|under ~2 la|the|my|mi ~0 puerta|door'], withShare: 'llave|llaves|key|keys|entra|entrar|comes|come|he|el|él|ex|ACTOR|miedo|scared|afraid', unless: `${LAUGHING}|${GAME_NAMES}|broken|rota|roto|wind|viento|draft|aire|cat|gato|dog|perro|noise|ruido|paint*|pint*` },
  // A threat with friends to bring, or words that no longer teach: "bring friends, you'll need them", "con palabras no aprende".
  { id: 'bring-friends', severity: 'urgent', patterns: ['bring|trae|traigan|traete|tráete|traiga ~2 friends|backup|amigos|refuerzos|compas|homies|boys ~4 need|necesitar|necesitas|vas|gonna', 'con|with ~0 palabras|words|talking|hablar|hablando ~1 no|not|dont|doesnt|nunca|never ~0 aprende|aprenden|learn|learns|entiende|entienden|understand|understands', 'no|not|dont|doesnt|nunca|never ~0 aprende|aprenden|learn|learns|entiende|entienden|understand|understands ~0 con|with ~0 palabras|words|talking'], unless: `${LAUGHING}|${GAME_NAMES}|party|fiesta|bbq|carne|asada|potluck|dinner|cena|lunch|comida|moving|mudanza|couch|sofa|truck|camioneta|school|escuela|class|clase|teacher|maestro|maestra|dog|perro|cat|gato|puppy|baby|bebe|kid|kids|niño|niños|hijo|hija` },
  // A deadly relapse wanted: "me va a matar seguro y eso es lo que quiero".
  { id: 'kill-me-want', staysInPast: true, severity: 'urgent', patterns: ['gonna|going|will|would ~2 kill ~1 me ~8 what|thats|that ~1 i ~0 want|need', 'me ~0 va|van ~1 a ~0 matar ~8 lo ~1 q|que ~0 quiero|busco', 'me ~0 mata|matara|matará|mataria|mataría ~6 eso ~0 busco|quiero'], unless: `${IDIOM}|${GAME_NAMES}|${JOKING}|boss|jefe|mom|mama|mamá|dad|papa|papá|wife|esposa|teacher|maestra|maestro|diet|dieta|workout|gym|spicy|picante|chile` },
  // "The last friday." at a sentence's end: the last one there is.
  { id: 'the-last-day', staysInPast: true, severity: 'urgent', patterns: ['el|the ~0 ultimo|último|last ~0 viernes|sabado|sábado|domingo|lunes|martes|miercoles|miércoles|jueves|friday|saturday|sunday|monday|tuesday|wednesday|thursday ~0 $'], unless: `${LEAVING}|${GAME_NAMES}|every|cada|each|since|desde|ago|pasado|past|was|fue|were|had|did|went|ate|saw|tuvimos|fuimos|hicimos|comimos|meeting|junta|group|grupo|class|clase|shift|turno|market|mercado|tianguis` },
  // Not planning to see the next birthday or year: "not planning on seeing 41".
  { id: 'not-seeing-next', severity: 'urgent', negative: true, patterns: ['not|never|aint ~0 planning|expecting|planeando|pienso ~1 on|to|en ~0 see|seeing|reach|reaching|make|making|cumplir|llegar|ver', 'no|nunca ~0 pienso|planeo|creo ~0 llegar|cumplir|ver ~0 a|al|los|el|mi|otro|otra', 'not|never ~0 planning|expecting ~1 on ~0 spring|summer|winter|fall|autumn|christmas|xmas|thanksgiving|easter|another|next', 'no ~0 llego|llegare|llegaré ~0 a|al ~0 otro|otra|otros|mi|el', 'ni ~0 quiero ~0 llegar ~0 $', 'no ~0 creo ~0 llegar ~0 $', 'no ~0 creo ~0 llegar ~0 a|al'], withShare: 'spring|summer|winter|fall|autumn|primavera|verano|invierno|otoño|otono|plans|planes|año|ano|birthday|bday|cumple|cumplo|cumpleanos|cumpleaños|year|years|años|anos|christmas|navidad|graduation|graduacion|graduación|summer|verano|next|proximo|próximo', unless: `${LAUGHING}|${GAME_NAMES}|clase|class|tiempo|time|hora|trabajo|work|bus|camion|camión|trip|viaje|vacation|vacaciones|movie|pelicula|película|show|serie|concert|concierto|him|her|them|ex|family|familia|again|otra|vez|doctor|party|fiesta|game|partido` },
  // Past the point of help, with pills or an overdose in the share: "before it's too late to fix. not planning to fix it".
  { id: 'past-fixing', severity: 'urgent', negative: true, patterns: ['too|muy ~0 late|tarde ~2 to|para|pa ~0 fix|save|help|pump|treat|salvar|arreglar|ayudar', 'NEG ~2 planning|plan|want|wanna|gonna|going|pienso|quiero ~1 to|a|de ~0 fix|save|salvar|arreglar ~0 it|me|lo|eso'], withShare: 'MEANS|acetaminophen|tylenol|paracetamol|ibuprofen|pills|pastillas|overdose|sobredosis|od|liver|higado|hígado', unless: `${LAUGHING}|car|carro|coche|phone|celular|bike|bici|roof|techo|leak|gotera|sink|fregadero|toilet|bano|baño|dish|plato|game|partido|grade|calificacion|homework|tarea|relationship|relacion|relación|marriage|matrimonio` },
  // Pills piled up: "lithium in a sock 3 weeks now. good pile".
  { id: 'pile-of-means', staysInPast: true, severity: 'urgent', patterns: ['good|big|nice|buen|buena|gran ~0 pile|stash|stack|monton|montón|reserva|pila|guardadito|colección|coleccion'], withShare: 'MEANS|lithium|litio|seroquel|pills|pastillas|meds|tablets|sock|calcetin|calcetín|weeks|semanas|months|meses', unless: `${LAUGHING}|laundry|ropa|clothes|books|libros|money|dinero|cash|coins|monedas|wood|lena|leña|leaves|hojas|dishes|platos|cards|tarjetas|stickers|rocks|piedras|shells|conchas|recycl*|recicl*|pharmacy|farmacia|nurse|enfermera|return|devolver|disposal` },
  // Leaving something "for whoever needs it", done: "pa el q la necesite, yo ya terminé".
  { id: 'for-whoever-needs', staysInPast: true, severity: 'urgent', patterns: ['pa|para ~0 el|la|quien ~1 q|que ~1 la|lo|los|las ~0 necesite|ocupe|quiera', 'for ~0 whoever|anyone|anybody ~0 needs|wants ~0 it|them|em'], withShare: 'termine|terminé|done|ya|need|necesito|ocupo|gone|anymore|wont|after|despues|después|ficha|chip|coin|medalla', unless: `${LAUGHING}|${LEAVING}|moving|donat*|donacion|donación|church|iglesia|free|gratis|leftover*|sobras|food|comida|fridge|refri|snack*|coffee|cafe|café|tupper*|pan|bread|tamales|soup|sopa|clothes|ropa|books|libros|chairs|sillas|umbrella|paraguas|charger|cargador|extra|spare` },
  // Not a relapse but an ending: "I'm not relapsing, I'm finishing", "no es recaída, es terminar".
  { id: 'not-relapse-finish', staysInPast: true, severity: 'urgent', negative: true, patterns: ['not|no|aint|isnt|nah ~2 relapsing|relapse|recaida|recaída|recayendo ~5 finishing|finish|ending|end|done|terminar|terminando|acabar|acabando|final'], unless: `${LAUGHING}|${GAME_NAMES}|program|programa|treatment|tratamiento|step|paso|steps|pasos|school|escuela|class|clase|degree|carrera|book|libro|puzzle|course|curso` },
  // Wishing to be switched off like a machine: "wish i could switch myself off like the tv".
  { id: 'switch-off', severity: 'concern', patterns: ['DESIRE|could|pudiera ~3 switch|turn|shut|power|apagar ~1 myself|me ~1 off|down', 'DESIRE|ojala|ojalá|pudiera ~3 apagarme|desconectarme ~1 como|like|para|pa ~1 siempre|la|el|una|un'], unless: `${LAUGHING}|phone|celular|notifications|notificaciones|brain|cerebro|mind|mente|thoughts|pensamientos|noise|ruido|rato|while|weekend|finde|hour|hora|night|noche|minute|minuto` },
  // A way out of one's own: "nah i got my own way out".
  { id: 'own-way-out', severity: 'urgent', patterns: ['got|have|tengo|found|encontre|encontré ~2 my|mi ~1 own|propia ~1 way|salida ~1 out ~0 $', 'got|have|tengo|found|encontre|encontré ~2 my|mi ~1 own|propia ~0 way|salida ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|debt|deuda|car|carro|ride|aventon|aventón|bus|house|casa|program|programa|parking|estacionamiento|maze|laberinto` },
  // Meeting one's maker early: "seeing the big man upstairs early, like this week early".
  { id: 'meet-maker', severity: 'concern', patterns: ['see|seeing|meet|meeting|ver|conocer|visit|visiting ~3 man ~0 upstairs', 'meet|meeting|conocer|ver ~1 my|mi|al ~0 maker|creador', 'see|seeing|meet|meeting|ver|conocer ~3 god|dios|jesus|jesús|lord ~3 early|soon|pronto|temprano|week|semana|tonight|noche', 'see|seeing|meet|meeting|ver|conocer ~3 san|saint|st ~0 pedro|peter ~3 early|soon|pronto|temprano|week|semana|tonight|noche'], unless: `${LAUGHING}|church|iglesia|misa|mass|sunday|domingo|pray|rezar|orar|bible|biblia|song|cancion|canción|movie|pelicula|película|pastor|priest|padre` },
  // Payday gone to drugs, all of it: "hoy cobré y todo va pa la coca".
  { id: 'all-to-drugs', severity: 'concern', patterns: ['todo|toda|all|everything ~3 pa|para|on|to|en ~1 la|el|the|some ~0 coca|coke|crack|piedra|cristal|meth|dope|droga|drogas|perico|polvo|fent|fenty|fentanyl|fentanilo'], withShare: 'cobre|cobré|paid|payday|cheque|check|quincena|pago|sueldo|money|dinero|plata|lana|feria', unless: `${LAUGHING}|used|antes|before|years|años|anos|ago|hace|clean|limpio|limpia|sober|sobrio|sobria|never|nunca|program|programa` },
  // Blades or scissors kept "for my thing", "pa lo de las piernas".
  { id: 'means-for-mine', severity: 'concern', patterns: ['pa|para ~0 lo ~0 mio|mío ~0 q|que ~1 ya ~0 saben|sabes', 'pa|para ~0 lo ~0 de ~0 las|los|mis ~0 piernas|brazos|munecas|muñecas|muslos', 'for ~0 my ~0 legs|arms|wrists|thighs ~0 $'], withShare: 'MEANS|tijeras|tijeritas|cuchillas|cuchillitas|hojas|hojitas|blades|blade|scissors|razor|razors|navajita|navajitas', unless: `${LAUGHING}|pantalon|pantalón|pants|jeans|falda|skirt|vestido|dress|crema|cream|lotion|locion|loción|depil*|wax|cera|shav*|afeit*|tattoo*|tatua*|gym|ejercicio|pesas|weights|stretch*|estir*` },
  // A room cleaned, money sent on, "its ready".
  { id: 'room-ready', staysInPast: true, severity: 'urgent', patterns: ['its|it|todo|everything|all|esta|está|ta ~1 ready|listo|lista|done ~0 $'], withShare: 'cleaned|limpie|limpié|sent|mande|mandé|regale|regalé|gave|deleted|borre|borré|paid|pague|pagué|letter|carta|cartas|letters', unless: `${LAUGHING}|${LEAVING}|${GAME_NAMES}|had|tenia|tenía|was|estaba|judge|juez|custody|custodia|hearing|audiencia|court|corte|lawyer|abogado|party|fiesta|visit|visita|inspection|inspeccion|inspección|trip|viaje|dinner|cena|food|comida|laundry|ropa|homework|tarea|taxes|impuestos|application|solicitud|resume|curriculum|interview|entrevista|check|chequeo|ride|christmas|navidad|birthday|cumple|baby|bebe|bebé` },
  // "They think I'm going home": a discharge that is not one.
  { id: 'they-think-home', staysInPast: true, severity: 'urgent', patterns: ['ellos|they|todos|everyone|everybody|staff|familia|family ~0 creen|think|piensan|thinks ~3 voy|going|gonna|ir|go ~2 casa|home'], withShare: 'alta|discharge|discharged|salgo|out|release|released|jueves|viernes|lunes|martes|miercoles|sabado|domingo|friday|thursday|monday|tuesday|wednesday|saturday|sunday|tomorrow|manana|mañana', unless: `${LAUGHING}|but|pero|excited|emocionad*|happy|feliz|contento|contenta|finally|cant|wait` },
  // A day named and left at that: "la psiquiatra se va el viernes. el viernes entonces"; "friday works".
  { id: 'day-then', staysInPast: true, severity: 'urgent', patterns: ['lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday ~0 entonces|then ~0 $', 'lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday ~0 works|funciona|sirve|it|es ~0 $', 'ese|this|that ~0 dia|día|day ~0 $'], withShare: 'nobody|nadie|vacation|vacaciones|checks|revisa|solo|sola|alone|todos|everyone|everybody|leaves|leave|van|gone|psychiatrist|psiquiatra|case|manager|staff', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|see|vemos|veo|meeting|junta|group|grupo|class|clase|shift|turno|appointment|cita|party|fiesta|bbq|carne|pizza|movie|pelicula|película|laundry|lavanderia|lavandería|visit|visita|visiting|trip|viaje|dentist|dentista|doctor|court|corte|cleaning|limpieza|remember|recuerdo|recuerdas|was|fue|were|fueron|best|mejor|happiest|favorite|favorito` },
  // Counting the days, and nobody asks why.
  { id: 'counting-why', staysInPast: true, severity: 'urgent', patterns: ['pa|para|por ~0 q|que|qué ~1 estoy|ando ~0 contando', 'why ~0 im|i ~1 counting|count'], withShare: 'faltan|days|dias|días|left|quedan|countdown|cuenta|nobody|nadie', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|birthday|cumple|cumpleaños|christmas|navidad|vacation|vacaciones|baby|bebe|bebé|wedding|boda|sober|sobrio|sobria|clean|limpio|limpia|calories|calorias|calorías|steps|pasos|money|dinero` },
  // Happier at the funeral than at a visit: a burden measured against a wake.
  { id: 'happier-at-funeral', severity: 'concern', patterns: ['feliz|felices|happy|happier|mejor|better|contentos|contenta|contento|tranquilos|tranquila|tranquilo|tranquilas ~4 en|at|al ~1 mi|su|my|the|el ~0 velorio|funeral|entierro|burial|wake'], unless: `${LAUGHING}|${GAME_NAMES}|abuela|abuelo|grandma|grandpa|mom|mama|mamá|dad|papa|papá|uncle|tio|tío|aunt|tia|tía|friend|amigo|amiga|brother|hermano|sister|hermana|cousin|primo|prima|neighbor|vecino|dog|perro` },
  // A place that calls: "the river looked so peaceful today. like an invitation".
  { id: 'place-invites', severity: 'concern', patterns: ['like|como ~0 an|a|una ~0 invitation|invitacion|invitación', 'invitation|invitacion|invitación|calling|llamando|llama|calls ~0 me', 'invitation|invitacion|invitación ~0 $'], withShare: 'river|rio|río|bridge|puente|tracks|vias|vías|water|agua|lake|lago|roof|azotea|train|tren|cliff|ledge|edge|orilla|ocean|mar|sea|highway|autopista', unless: `${LAUGHING}|${GAME_NAMES}|party|fiesta|wedding|boda|church|iglesia|swim*|nadar|fish*|pesca*|boat|lancha|picnic|paseo|trip|viaje|kayak|canoe|mom|mama|mamá|friend|amigo|amiga|phone|celular|name|nombre` },
  // Asking "for a reason" about dying: "q tan rápido se olvida la gente de uno cuando se muere? pregunto x algo".
  { id: 'asking-for-reason', severity: 'concern', patterns: ['pregunto|preguntando ~0 x|por ~0 algo', 'asking|ask ~0 for ~0 a ~0 reason'], withShare: 'DIE|muere|muero|murio|die|dies|dead|dying|forget|olvida|olvidan|funeral|velorio|hurt|duele|painless|rapido|rápido|fast|quick', unless: `${LAUGHING}|${GAME_NAMES}|homework|tarea|class|clase|school|escuela|book|libro|movie|pelicula|película|show|serie|plant|planta|plants|plantas|fish|pez|pescado|dog|perro|cat|gato|bird|pajaro|pájaro|hamster|grandma|abuela|abuelo|grandpa|recipe|receta` },
  // A streak without self-harm, broken now: "2 yrs clean of cutting and now its every night", "tenía 8 meses sin lastimarme y hoy volví".
  { id: 'harm-streak-broken', staysInPast: true, negative: true, severity: 'concern', patterns: ['clean|free ~1 of|from ~0 cutting|cuts|burning|hurting|selfharm|sh ~3 till|until|now|again|ended|over|was', 'no|without ~0 cutting|cuts|burning ~3 was|ended|broke|broken|gone', 'no|without ~0 cutting|cuts|burning ~3 is|was|its ~0 over', 'sin ~0 cortarme|lastimarme|quemarme|cortar|lastimar|hacerme ~4 volvi|volví|anoche|recai|recaí', 'sin ~0 cortarme|lastimarme|quemarme|cortar|lastimar|hacerme ~4 otra ~0 vez', 'sin ~0 cortarme|lastimarme|quemarme|cortar|lastimar|hacerme ~4 se ~0 acabo|acabó', 'sin ~0 cortarme|lastimarme|quemarme|cortar|lastimar|hacerme ~4 hasta ~0 hoy|ayer|anoche', 'llevaba|tenia|tenía ~3 sin ~0 cortarme|lastimarme|quemarme|cortar|lastimar'], unless: `${LAUGHING}|sigo|todavia|todavía|aun|aún|still|llevo|tengo|cumplo|proud|orgullos*|celebr*|chip|ficha|milestone|strong|fuerte` },
  // Medicine got on a lie or by mistake, kept quiet, more than needed: "90 day supply by mistake. didn't tell her"; "tengo el doble y no es pa dormir".
  { id: 'extra-supply', staysInPast: true, severity: 'urgent', negative: true, patterns: ['by|por ~0 mistake|error|accident|accidente ~5 didnt|no|never ~1 tell|told|dije|avise|avisé|say|said|diga', 'no ~0 es|son ~0 pa|para ~0 dormir', 'no ~0 es|son ~0 pa|para ~0 el ~0 dolor', 'no ~0 es|son ~0 pa|para ~0 la ~0 cabeza', 'not ~0 for ~0 sleep|sleeping|headaches|headache|pain', 'not ~0 for ~0 the ~0 pain|headache'], withShare: 'supply|doble|double|extra|otra|another|second|segunda|refill|receta|prescription|perdio|perdió|lost|bottle|frasco|pills|pastillas', unless: `${LAUGHING}|${GAME_NAMES}|returned|devolvi|devolví|nurse|enfermera|told|dije|anxiety|ansiedad|vitamin*|vitamina*|dog|perro|cat|gato` },
  // Nearly enough gathered: "ya junté las de la presión de 3 semanas, me faltan unas".
  { id: 'almost-enough', staysInPast: true, severity: 'urgent', patterns: ['me|only|just ~0 faltan|falta|need|needs ~0 unas|unos|pocas|pocos|a ~0 few|couple ~0 more|mas|más', 'me ~0 faltan|falta ~0 unas|unos|pocas|pocos'], withShare: 'junte|junté|juntando|guardando|guarde|guardé|saved|saving|stash|stashed|collected|collecting|hoarding', unless: `${LAUGHING}|stickers|cards|tarjetas|coins|monedas|puntos|points|dinero|money|firmas|signatures|stamps|sellos|cans|latas|bottles|botellas|receipts|recibos|books|libros|photos|fotos|shells|conchas|rocks|piedras|seeds|semillas` },
  // How long it takes, all at once: "cuánto tarda en hacer efecto si uno se toma 30 de golpe".
  { id: 'all-at-once-how', severity: 'urgent', patterns: ['se|me ~0 toma|tomo|tomara|tomaran|toman|tomo ~3 de ~0 golpe', 'take|took|taking|swallow|swallowed ~3 at ~0 once'], withShare: 'cuanto|cuánto|cuantas|cuántas|how|many|much|efecto|effect|tarda|long|pills|pastillas|whole|toda|todo|bottle|frasco', unless: `${LAUGHING}|vitamin*|vitamina*|shot|shots|tequila|class|clase|homework|tarea|steps|pasos|stairs|escaleras|bites|bocados|cookies|galletas|pizza|tacos|water|agua` },
  // Nobody to bring me back: naloxone thrown out, "de esa no regreso", "ir al río y no salir".
  { id: 'no-bring-back', severity: 'urgent', negative: true, patterns: ['nobody|nadie|dont|don\'t|no|not ~3 bring|revive ~1 me ~0 back', 'no ~0 me ~0 traigan|regresen|revivan|revivas|traigas', 'threw|tire|tiré|toss|tossed|tire|bote|boté ~3 narcan|naloxone|naloxona', 'de ~0 esa|esta ~0 no ~0 regreso|vuelvo|salgo', 'ir|go|going|voy|me ~2 al|to|the ~1 rio|río|river|lago|lake|mar|ocean|sea ~2 y|and ~0 no|not|never ~0 salir|salgo|come|coming|volver|vuelvo|regresar|regreso'], unless: `${LAUGHING}|${GAME_NAMES}|store|tienda|ride|aventon|aventón|car|carro|work|trabajo|mall|bus|camion|camión|souvenir|recuerdo|food|comida|coffee|cafe|café|expired|vencid*|caducad*|replaced|new|nuevo|nueva|fishing|pesca|pescar|swim*|nadar|boat|lancha|picnic|paseo|jail|carcel|cárcel|prison` },
  // Gone after a set hour: "después de la novela de las 9 ya no estoy. apaguen la tele"; "new years. thats when".
  { id: 'gone-after-hour', staysInPast: true, severity: 'urgent', patterns: ['ya ~0 no ~0 estoy|estare|estaré ~0 $', 'thats|that ~0 when ~0 $', 'ahi|ahí|ese ~0 es ~0 cuando ~0 $'], withShare: 'despues|después|after|tonight|noche|apaguen|tired|cansad*|done|harto|harta|ready|listo|lista|nobody|nadie|year|years|año|navidad|christmas|birthday|cumple|pass|pase|weekend|finde', unless: `${LAUGHING}|${GAME_NAMES}|oficina|office|work|trabajo|turno|shift|group|grupo|casa|home|cuarto|room|aqui|here|available|disponible|linea|línea|online|party|fiesta|dinner|cena|bus|sale|open|abre|cierra|closes` },
  // Letters for the children left where they will be found.
  { id: 'letters-for-kids', staysInPast: true, severity: 'urgent', patterns: ['letters|letter|cartas|carta|notes|notas ~2 for|para|pa|to|a ~1 my|mis|mi ~0 babies|bebes|bebés|kids|hijos|hijas|hijo|hija|son|daughter|boys|girls|grandkids|nietos|children|niños ~4 lockbox|box|caja|drawer|cajon|cajón|bible|biblia|locker|closet|under|debajo'], unless: `${LAUGHING}|christmas|navidad|birthday|cumple|santa|reyes|school|escuela|teacher|maestra|camp|campamento|therapy|terapia|homework|tarea|mail|correo|visit|visita` },
  // A marks' story that does not hold: "i said old. theyre from sunday".
  { id: 'marks-are-new', staysInPast: true, severity: 'concern', patterns: ['theyre|son|they|fueron ~2 from|de|del ~1 sunday|monday|tuesday|wednesday|thursday|friday|saturday|domingo|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|anoche|ayer|yesterday|last|this|esta|este'], withShare: 'old|viejas|viejos|vieja|viejo|antiguas', unless: `${LAUGHING}|${GAME_NAMES}|shoes|zapatos|clothes|ropa|car|carro|phone|celular|photos|fotos|pics|jeans|bread|pan|milk|leche` },
  // Someone got into her room: "flores en mi cama con su letra. ¿cómo entró?".
  { id: 'how-got-in', severity: 'urgent', patterns: ['como|cómo ~0 entro|entró ~0 $', 'como|cómo ~0 se ~0 metio|metió ~0 $', 'how ~1 did ~1 he|she|they|someone|somebody ~1 get|got ~0 in ~0 $'], withShare: 'cama|bed|cuarto|room|puerta|door|ventana|window|flores|flowers|nota|note|carta|letter|letra|handwriting|ex|el|él|he|su|his', unless: `${LAUGHING}|cat|gato|dog|perro|mouse|raton|ratón|rat|rata|bug|bugs|bicho|bichos|bird|pajaro|pájaro|water|agua|smell|olor|ant|ants|hormiga*|roach*|cucaracha*|rain|lluvia|mosquito*|sand|arena|staff|nurse|enfermera|maintenance|mantenimiento|roommate|compañera|compañero|companera|companero` },
  // Going to join the dead on the day: "el 15 hace un año que se fue mi viejo. ese día me voy con él".
  // `join-dead` needs the death in the same sentence; this reads it anywhere in the share.
  { id: 'go-with-them', staysInPast: true, severity: 'urgent', patterns: ['me ~0 voy|ire|iré ~0 con ~0 el|él|ella|ellos|ellas ~0 $', 'going|go|gonna ~1 to ~0 be ~0 with ~0 him|her|them ~0 $', 'join|joining ~0 her|him|them ~2 on|that|the ~1 day|anniversary|night'], withShare: 'murio|murió|fue|fallecio|falleció|muerto|muerta|viejo|vieja|aniversario|anniversary|descansa|cielo|heaven|died|passed|grave|tumba|funeral|velorio', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|visit|visita|visitar|cemetery|cementerio|panteon|panteón|flowers|flores|misa|mass|church|iglesia|trip|viaje|bus|car|carro|store|tienda|lunch|comida|dinner|cena` },
  // Walking in armed: "si el vecino pone música otra vez entro con el bate".
  { id: 'come-in-armed', severity: 'urgent', patterns: ['entro|voy|salgo|bajo|subo|llego|go|going|coming|come|walk|walking ~2 in|con|with ~1 el|la|un|una|mi|my|a|the ~0 bate|bat|fierro|cuchillo|pistola|machete|tubo|knife|gun|pipe|crowbar'], with: 'si|if|otra|again|vez|time|next|proxima|próxima|OTHER|ACTOR|vecino|neighbor', unless: `${GAME_NAMES}|${JOKING}|baseball|beisbol|béisbol|softball|practice|practica|práctica|monte|zacate|pasto|grass|yard|jardin|jardín|weeds|maleza|cortar|cut|cocina|kitchen|coco|cake|pastel|piñata|pinata|carne|meat|pollo|chicken|plumber|plomero|sink|fregadero` },
  // "A 40-minute gap between rounds. That's all I need."
  { id: 'gap-enough', severity: 'urgent', patterns: ['thats|that|es ~0 all|todo ~0 i|lo ~1 need|necesito|ocupo'], withShare: 'gap|rounds|rondas|ronda|nurse|enfermera|staff|nobody|nadie|alone|solo|sola|minutes|min|mins|minutos|unlocked|abierta|abierto|window|ventana', unless: `${LAUGHING}|${GAME_NAMES}|coffee|cafe|café|nap|siesta|sleep|dormir|shower|ducha|ride|aventon|aventón|money|dinero|time|tiempo|job|trabajo|love|amor|hug|abrazo|music|musica|música|book|libro|sun|sol|food|comida|quiet|paz` },
  // Brought one home for tonight: a box cutter, a blade.
  { id: 'took-one-home', severity: 'urgent', patterns: ['took|brought|grabbed ~1 one ~1 home|room ~3 for ~0 tonight|later', 'tome|tomé|agarre|agarré|traje|lleve|llevé ~1 uno|una ~1 a|al|pa|para ~1 casa|cuarto ~3 pa|para ~0 hoy|esta|luego'], withShare: 'MEANS|cutter|cutters|blade|blades|cuchilla|cuchillas|navaja|navajas|razor|razors|pills|pastillas|rope|cuerda', unless: `${LAUGHING}|${GAME_NAMES}|dinner|cena|food|comida|plate|plato|cake|pastel|pie|pay|tamal|tamales|book|libro|movie|pelicula|película|puppy|kitten|cat|gato|dog|perro|plant|planta|project|proyecto|box|caja|boxes|cajas` },
  // The last thread let go of: "that was the last thread I was hanging on by and I let go".
  { id: 'last-thread', staysInPast: true, severity: 'concern', patterns: ['last|ultimo|último ~0 thread|hilo|reason|razon|razón ~8 let|solte|solté|gone|broke|rompio|rompió|cut|snapped', 'last|ultimo|último ~0 thread|hilo|reason|razon|razón ~8 se ~0 fue|rompio|rompió|corto|cortó'], unless: `${LAUGHING}|${GAME_NAMES}|sewing|coser|costura|sweater|sueter|suéter|shirt|camisa|button|boton|botón|needle|aguja|kite|papalote|phone|celular|battery|bateria|batería|patience|paciencia` },
  // "Dios se olvidó de mí": forgotten by God, letting go of everything.
  { id: 'god-forgot', staysInPast: true, severity: 'concern', patterns: ['dios|god ~1 se ~0 olvido|olvidó ~1 de ~0 mi|mí', 'god|dios ~1 forgot|forgot ~1 about ~0 me', 'god|dios ~1 gave|dio ~1 up ~1 on ~0 me'], unless: `${LAUGHING}|${GAME_NAMES}|umbrella|paraguas|lunch|comida|keys|llaves|sometimes|veces|igual|still|faith|thought|pense|pensé|used|antes|felt|sentia|sentía` },
  // Done with everyone and everything: "ya cumplí con todo y con todos"; "ya quedó todo".
  { id: 'duties-done', staysInPast: true, severity: 'urgent', patterns: ['ya ~0 cumpli|cumplí ~1 con ~0 todo|todos|todas', 'ya ~0 quedo|quedó ~0 todo ~0 $'], withShare: 'limpie|limpié|di|regale|regalé|devolvi|devolví|cuarto|medallas|libros|chamarra|carta|cartas|deje|dejé|pague|pagué', unless: `${LAUGHING}|${LEAVING}|${GAME_NAMES}|trabajo|tarea|chores|quehaceres|turno|shift|mudanza|fiesta|party|posada|cena|comida|boda|bautizo|cumple|tramite|trámite|papeles|solicitud|taxes|impuestos|curso|clase|programa` },
  // Extra medicine kept quiet: "psych gave me a 90 day supply by mistake. didn't tell her".
  { id: 'secret-supply', staysInPast: true, severity: 'urgent', negative: true, patterns: ['didnt|didn\'t|never|no ~1 tell|told|dije|avise|avisé ~1 her|him|them|le|les|nobody|nadie|anyone|anybody|staff|the|my|a|al'], withShare: 'mistake|error|accident|accidente|supply|doble|double|extra|early|adelantad*', unless: `${LAUGHING}|birthday|cumple|surprise|sorpresa|gift|regalo|party|fiesta|crush|ex|pregnant|embarazada|job|trabajo` },
  // Asking not to be talked out of it: "don't try to talk me out of it".
  { id: 'dont-talk-me-out', severity: 'urgent', negative: true, patterns: ['dont|don\'t|no ~1 try|trates|traten|intenten|intentes ~1 to|de ~0 talk|convencer|convencerme|hablar ~1 me ~0 out', 'do ~0 not ~1 try ~1 to ~0 talk ~1 me ~0 out', 'no ~1 me ~0 traten|intenten|quieran ~1 de ~0 convencer|disuadir|detener|parar'], unless: `${LAUGHING}|${GAME_NAMES}|diet|dieta|tattoo*|tatua*|haircut|corte|pelo|hair|trip|viaje|move|mudanza|moving|quit*|renunci*|job|trabajo|car|carro|buying|comprar|wedding|boda|dog|perro|cat|gato|puppy|kitten|adopt*` },
  // The day picked: "thats the day i picked"; "X is the day."
  { id: 'day-picked', staysInPast: true, severity: 'urgent', patterns: ['the|el|ese|that ~0 day|dia|día ~1 i|que|q ~0 picked|chose|choose|elegi|elegí|escogi|escogí|decidi|decidí', 'is|es ~0 the|el ~0 day|dia|día ~0 $'], withShare: 'check|cheque|pass|pase|nobody|nadie|picked|chose|elegi|elegí|escogi|escogí|anniversary|aniversario|arrest|arresto|set|listo|lista', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|wedding|boda|birthday|cumple|party|fiesta|date|cita|interview|entrevista|moving|payday|graduation|graduacion|graduación|recital|excited|emocionad*|finally|baby|bebe|bebé|adopt*|court|corte|hearing|audiencia|visit|visita|sober|sobrio|sobria|clean|limpio|limpia` },
  // The last holiday, for me: "last thanksgiving for me so im making the good pie".
  { id: 'last-holiday-for-me', severity: 'urgent', patterns: ['last|ultima|última|ultimo|último ~1 thanksgiving|christmas|xmas|birthday|easter|summer|navidad|cumple|verano|año|year|new|pascua ~2 for|para|pa ~0 me|mi|mí'], unless: `${LAUGHING}|${LEAVING}|${GAME_NAMES}|here|aqui|aquí|house|casa|job|trabajo|shift|turno|program|programa|inside|adentro|jail|carcel|cárcel|prison|single|soltera|soltero|sober|sobrio|sobria|before|antes|move|mudo|moving` },
  // Someone who keeps grabbing her: "the van driver keeps grabbing me".
  { id: 'keeps-grabbing', severity: 'urgent', patterns: ['keeps|kept|sigue|siguen|seguia|seguía ~1 grabbing|touching|hitting|groping|choking|pushing|shoving|slapping|kicking|following|agarrandome|agarrándome|tocandome|tocándome|pegandome|pegándome|empujandome|empujándome|siguiendome|siguiéndome ~0 me', 'agarrandome|agarrándome|tocandome|tocándome|pegandome|pegándome|empujandome|empujándome|siguiendome|siguiéndome'], unless: `${GAME_NAMES}|${JOKING}|help|ayudar|store|tienda|clerk|security|seguridad|dog|perro|cat|gato|baby|bebe|bebé|kid|kids|toddler|son|daughter|hijo|hija|nieto|nieta|grandkid|grandson|granddaughter|puppy|kitten|wind|viento|rain|lluvia|waves|olas|sun|sol|bug|bugs|mosquito*|music|musica|música|song|cancion|canción|ad|ads|anuncio|anuncios|app|notifications|spam` },
  // Knowing which cleaning products to mix.
  { id: 'mix-chemicals', severity: 'urgent', patterns: ['se|sé|know|knows ~1 q|que|qué|what|which|cuales|cuáles ~0 productos|chemicals|quimicos|químicos|cosas|stuff ~1 mezclar|mix|combinar|juntar'], unless: `${LAUGHING}|${GAME_NAMES}|never|nunca|cocina|cooking|recipe|receta|paint|pintura|drinks|tragos|cocktail|coctel|cóctel|smoothie|batido|cake|pastel|laundry|ropa|garden|jardin|jardín|fertiliz*|abono` },
  // A blade or a cutter that was not for what it was bought for: "no era pa las manualidades".
  { id: 'not-for-crafts', severity: 'urgent', negative: true, patterns: ['no ~0 era|es|eran|son ~0 pa|para ~1 manualidades|cocinar|cocina|afeitar|afeitarme|costura|coser', 'wasnt|wasn\'t|not|isnt|aren\'t|arent ~0 for ~1 crafts|crafting|cooking|shaving|sewing|kitchen'], withShare: 'cutter|cutters|navaja|navajas|cuchilla|cuchillas|blade|blades|razor|razors|tijeras|scissors|exacto|xacto|bisturi|bisturí|me|pase|pasé|gasas|gauze|band|curitas', unless: `${LAUGHING}|${GAME_NAMES}|gift|regalo|store|tienda|returned|devolvi|devolví|dull|desafilad*|cheap|barata|barato` },
  // Algospeak for suicide: "la palabra con s", "the s word".
  { id: 'the-s-word', severity: 'concern', patterns: ['palabra ~0 con ~0 s', 'the ~0 s ~0 word', 's ~0 word ~0 $'], unless: `${GAME_NAMES}|sorry|shit|scrabble|spelling|ortografia|ortografía|song|cancion|canción|game|juego|kids|niños|school|escuela|crossword|crucigrama` },
  // "Don't let him in": a warning about someone at the door.
  { id: 'dont-let-him-in', staysInPast: true, severity: 'urgent', negative: true, patterns: ['no ~0 le|lo|la ~0 abran|abras|abra', 'no ~0 le|lo|la ~0 dejen|dejes ~1 entrar|pasar', 'dont|don\'t ~0 let ~0 him|her|them ~0 in', 'do ~0 not ~0 let ~0 him|her|them ~0 in'], withShare: 'ex|el|él|he|his|su|puerta|door|campera|chaqueta|jacket|chamarra|car|carro|truck|troca|red|roja|rojo|black|negra|negro', unless: `${LAUGHING}|${GAME_NAMES}|pizza|delivery|repartidor|uber|amazon|paquete|package|mail|correo|cat|gato|dog|perro|vendedor|vendedores|salesman|testigos|witnesses|jehovah|census|censo|survey|encuesta|flies|moscas|bugs|mosquitos|cold|frio|frío|smoke|humo|heat|calor` },
  // Lighter and petrol, and someone's home: "got a lighter and petrol. his flat's ground floor".
  { id: 'arson-kit', severity: 'urgent', patterns: ['lighter|encendedor|mechero|matches|cerillos|fosforos|fósforos ~2 and|y|plus ~1 petrol|gas|gasoline|gasolina|nafta|fuel', 'petrol|gasoline|gasolina|nafta|fuel ~2 and|y|plus ~1 lighter|encendedor|mechero|matches|cerillos|fosforos|fósforos'], withShare: 'his|her|their|su|sus|flat|house|casa|apartment|depa|car|carro|door|puerta|ex|window|ventana|floor|piso|tonight|noche|sunday|domingo|saturday|sabado|sábado', unless: `${LAUGHING}|bbq|grill|parrilla|asado|carne|camping|campfire|fogata|mower|podadora|generator|generador|lawn|cesped|césped|candles|velas|stove|estufa|boat|lancha|chainsaw|motosierra` },
  // Hurting someone back once out: "cuando salga le voy a hacer daño a mi viejo".
  { id: 'hurt-them-back', staysInPast: true, severity: 'urgent', patterns: ['le|les ~0 voy|vamos|voa ~1 a ~0 hacer ~0 daño|dano|pagar', 'gonna|going|will|ima ~2 hurt ~1 him|her|them ~1 back|too|like'], unless: `${LAUGHING}|${GAME_NAMES}|${JOKING}|feelings|sentimientos|ego|orgullo|pride|cake|pastel|food|comida|dinner|cena|favor|gift|regalo` },
  // On the other side, by the ofrenda: "voy a estar con mi amá en día de muertos, pero del otro lado".
  { id: 'beside-the-dead', staysInPast: true, severity: 'concern', patterns: ['del|al ~0 otro ~0 lado ~0 $', 'on|from ~0 the ~0 other ~0 side ~0 $', 'me|mi ~0 ven|veran|verán|pongan|ponen|pondran|pondrán|foto ~3 ofrenda|altar'], withShare: 'muertos|ofrenda|dead|muerto|muerta|mom|mama|mamá|ama|amá|abuelo|abuela|grandma|grandpa|heaven|cielo|grave|tumba|estar|be|see|ver|pronto|soon|junto|with|con', unless: `${LAUGHING}|street|calle|river|rio|río|border|frontera|room|cuarto|door|puerta|table|mesa|bed|cama|phone|line|linea|línea|call|llamada|town|pueblo|fence|cerca|wall|pared|pillow|almohada|escuela|school|concurso|contest|class|clase|hice|hicimos|armamos|armar|cocinar|pan|cempasuchil|cempasúchil|flores|flowers|candy|dulces|calaveritas` },
  // Resting from everything soon: "ya casi descanso de todo. tranqui, no se preocupen".
  { id: 'rest-from-all', staysInPast: true, severity: 'concern', patterns: ['ya|pronto|casi ~1 descanso|descansare|descansaré|descansar ~1 de ~0 todo|todos', 'me ~0 bajo|bajare|bajaré ~0 de ~0 todo ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|vacation|vacaciones|fin|finde|weekend|mañana|manana|domingo|sabado|sábado|semana|week|turno|shift|trabajo|chamba|laburo|curro|grupo|group|bus|colectivo|camion|camión|tren` },
  // Nobody will have to worry after a day: "after friday nobody has to worry about my paperwork".
  { id: 'nobody-worry-after', staysInPast: true, severity: 'urgent', patterns: ['after|despues|después ~3 nobody|nadie ~1 has|have|tiene|tendra|tendrá|needs|va ~2 to|a|que ~0 worry|preocupar*|deal|lidiar|cargar'], unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|paid|pague|pagué|fixed|arregl*|done|listo|approved|aprobad*|signed|firmad*|sober|clean|limpio|limpia` },
  // "Sorry in advance ... not your fault".
  { id: 'sorry-in-advance', severity: 'urgent', patterns: ['sorry|perdon|perdón|perdona|perdonen|disculpa|disculpen ~1 in|por ~0 advance|adelantado'], withShare: 'fault|culpa|cool|love|loved|quiero|quise|miss|extrañar|extranar|good|bien|buena|bueno|roommate|compañera|compañero|companera|companero', unless: `${LAUGHING}|${GAME_NAMES}|noise|ruido|snoring|ronquidos|ronco|music|musica|música|mess|cooking|cocinar|smell|olor|late|tarde|typos|typo|long|largo|post|rant|vent|spoilers|spoiler|alarm|alarma|early|temprano|baby|bebe|bebé|puppy|dog|perro|party|fiesta|karaoke|singing|cantar` },
  // A last goodbye to a pet: "said bye to my dog for the last time".
  { id: 'last-bye-pet', staysInPast: true, severity: 'urgent', patterns: ['bye|adios|adiós|goodbye|despedi|despedí ~5 for ~0 the ~0 last ~0 time', 'bye|adios|adiós|goodbye|despedi|despedí ~5 por ~0 ultima|última ~0 vez'], unless: `${LAUGHING}|${LEAVING}|vet|veterinari*|sleep|dormir|rehom*|adopt*|passed|murio|murió|died|cancer|cáncer|sick|enfermo|enferma|old|viejo|vieja|funeral|velorio|hospital|hospice|shift|turno|job|trabajo|house|casa|apartment|depa|city|ciudad|town|pueblo|school|escuela|semester|class|clase` },
  // Found online and coming: "me encontró por el face de mi prima. viene el domingo".
  { id: 'found-me-online', staysInPast: true, severity: 'urgent', patterns: ['me ~0 encontro|encontró|hallo|halló|ubico|ubicó ~4 face|facebook|insta|instagram|tiktok|redes|whatsapp|snap', 'found ~1 me ~3 facebook|insta|instagram|tiktok|snap|snapchat|online|location|ubicacion|ubicación'], withShare: 'viene|vino|comes|coming|came|ex|el|él|he|domingo|sunday|tonight|noche|mañana|manana|tomorrow|outside|afuera|door|puerta', unless: `${LAUGHING}|${GAME_NAMES}|school|escuela|reunion|reunión|happy|feliz|contenta|contento|cried|llore|lloré|finally|after|despues|después|years|años|anos` },
  // Free of the resident once they die: "si me muero por fin tendría su vida".
  { id: 'free-if-i-die', staysInPast: true, severity: 'concern', patterns: ['si|if|when|cuando|once ~1 me|i|im ~0 muero|muera|muriera|die|died|gone ~6 finally|free|libre|libres|tendria|tendrian|tendría|tendrían|podria|podría|podrian|podrían'], unless: `${LAUGHING}|${GAME_NAMES}|${JOKING}|hambre|risa|verguenza|vergüenza|pena|calor` },
  // Walking into the sea and not coming out: "me dan ganas de meterme y no salir".
  { id: 'in-and-not-out', staysInPast: true, severity: 'concern', patterns: ['meterme|adentrarme|hundirme|caminar ~6 y ~0 no ~0 salir|volver ~0 $', 'walk|swim|wade|go ~6 and ~0 not|never ~0 come ~0 back|out ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|cama|bed|cobija|cobijas|blanket|bath|tina|regadera|shower|libro|book|serie|show|cuarto|room|alberca|pool|jacuzzi` },
  // Gone back and nowhere else: "ya no vuelvo a la clínica, ni a ningún lado".
  { id: 'nowhere-else', staysInPast: true, severity: 'concern', patterns: ['ya ~0 no ~0 vuelvo|regreso|voy ~6 ni ~1 a|en ~0 ningun|ningún ~0 lado|lugar|parte'], unless: `${LAUGHING}|${GAME_NAMES}|frio|frío|lluvia|calor|flojo|floja|flojera|cansado|cansada|hoy|finde|fin|semana|gym|dinero|lana|plata` },
  // Drinking or using until the body gives out: "liver's shot anyway. drinking til it quits".
  { id: 'use-until-it-quits', staysInPast: true, severity: 'urgent', patterns: ['drinking|drink|using|use|tomar|tomando|beber|chupar|chupando ~2 til|till|until|hasta ~1 it|my|que|q|el|me ~0 quits|stops|gives|fails|muera|muero|reviente|revienta|truene|quit|stop|dies|die'], unless: `${LAUGHING}|${GAME_NAMES}|water|agua|tea|te|té|cafe|café|coffee|soda|refresco|juice|jugo|thirst|sed|pee|clear|hydrat*|gatorade|electrolit*|suero` },
  // A whole week of pills taken at once, a full strip: "took my whole week of seizure meds".
  { id: 'took-whole-supply', staysInPast: true, severity: 'urgent', patterns: ['took|tome|tomé|swallowed|trague|tragué ~2 whole|full|entire|completa|completo|entera|entero ~3 MEANS|strip|blister|frasco|tira'], unless: `dose|dosis|doc|medico|médico|psiquiatra|prescribed|recetada|recetado|slept|dormi|dormí|${LAUGHING}|${GAME_NAMES}|pharmacy|farmacia|organizer|pastillero|nurse|enfermera|doctor|check|revisar|return|devolver|vacation|vacaciones|trip|viaje` },
  // All of them, a few minutes ago: an overdose already taken.
  { id: 'took-them-all', staysInPast: true, severity: 'urgent', patterns: ['took|tome|tomé|swallowed|trague|tragué ~0 all|todas|todos ~1 of|las|los|de ~0 them|ellas|ellos|mis|my'], withShare: 'ago|minutes|minutos|hace|lay|laying|lie|acostarme|acostada|acostado|sleep|dormir|love|quiero|shaking|temblando|bye|adios|adiós', unless: `${LAUGHING}|${GAME_NAMES}|park|parque|kids|niños|ninos|store|tienda|pictures|fotos|photos|walk|paseo|dogs|perros|home|casa|trash|basura|laundry|ropa|bags|bolsas|out|afuera|school|escuela` },
  // A permanent log-off: "planning my permanent logoff".
  { id: 'permanent-logoff', staysInPast: true, severity: 'urgent', patterns: ['permanent|permanently|permanente|final|forever ~1 logoff|logout|offline|shutdown|desconexion|desconexión|desconectarme'], unless: `${LAUGHING}|${GAME_NAMES}|twitter|tiktok|insta|instagram|facebook|app|apps|social|redes|discord|whatsapp|telefono|phone|email|correo` },
  // Arson means with a place or a day: "billing dept monday. gas can and a lighter."
  { id: 'arson-means', staysInPast: true, severity: 'urgent', patterns: ['gas|gasoline|gasolina ~0 can|lata|bidon|bidón ~4 lighter|encendedor|cerillo|cerillos|matches', 'oficina|office|dept|department|casa|house|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday ~6 con|with ~0 gasolina|gasoline'], unless: `${LAUGHING}|${GAME_NAMES}|carro|car|coche|auto|moto|truck|camioneta|lawnmower|mower|podadora|tanque|tank|estacion|estación|station|precio|price|generator|generador|bbq|grill|parrilla|camping` },
  // Unsure of wanting the next one: "not sure i want to make the next one", "no sé si quiero llegar al próximo".
  { id: 'next-one-unsure', staysInPast: true, severity: 'concern', patterns: ['NEG ~1 sure|se|sé ~3 want|wanna|quiero ~2 make|see|reach|ver|llegar|cumplir ~2 next|another|otro|otra|proximo|próximo|siguiente'], unless: `${LAUGHING}|${GAME_NAMES}|party|fiesta|class|clase|meeting|junta|reunion|season|temporada|episode|episodio|movie|pelicula|película|concert|concierto` },
  // Practising being gone: "sometimes i lie on the floor and practice being gone".
  { id: 'practice-gone', staysInPast: true, severity: 'concern', patterns: ['practice|practicing|practise|practising|ensayo|ensayar|ensayando ~1 being|estar|ser|quedarme ~0 gone|dead|muerto|muerta|ido|ida|quieta|quieto'], unless: `${LAUGHING}|${GAME_NAMES}|play|obra|teatro|theater|theatre|drama|scene|escena|halloween|costume|disfraz|yoga|savasana` },
  // The old thoughts back: "the thoughts are back", "volvieron los pensamientos".
  { id: 'thoughts-back', staysInPast: true, severity: 'concern', patterns: ['the|those|old|my|dark ~0 thoughts|urges|voices ~1 are|came|r ~0 back ~0 $', 'volvieron|regresaron ~0 los|esos|mis ~0 pensamientos|voces', 'los|esos|mis ~0 pensamientos|voces ~0 volvieron|regresaron|estan|están ~0 de ~0 vuelta'], unless: `${LAUGHING}|${GAME_NAMES}|track|positive|positivos|good|buenos|happy|felices|gone|fueron|passed|pasaron` },
  // Not planning on seeing a season: "i dont plan on seein summer".
  { id: 'not-seeing-season', staysInPast: true, severity: 'concern', patterns: ['NEG ~1 plan|planning|expect|expecting|pienso|planeo ~2 on|to|en ~0 seeing|seein|see|ver|llegar ~2 summer|christmas|spring|winter|fall|navidad|verano|primavera|invierno|another|next|otro|otra|proximo|próximo|año|year', 'NEG ~2 next|proximo|próximo|otro ~0 year|año|christmas|navidad|birthday|cumple|summer|verano ~1 for|para|pa ~0 me|mi'], unless: `${LAUGHING}|${GAME_NAMES}|movie|pelicula|película|show|concert|concierto|ex|him|her|them|lo|la|los|family|familia|parents|papas|papás` },
  // Waiting until the others sleep, with a means at hand: "nomas espero q se duerman".
  { id: 'wait-till-asleep', staysInPast: true, severity: 'urgent', patterns: ['espero|esperando|esperar|wait|waiting ~2 q|que|until|til|till|for ~1 se|they|everyone|todos|all|everybody ~1 duerman|sleep|asleep|dormidos|dormidas|duermen'], withShare: 'MEANS|cajon|cajón|drawer|listo|lista|ready|tengo|have|got', unless: `${LAUGHING}|${GAME_NAMES}|snack|snacks|cookies|galletas|tv|tele|serie|show|movie|pelicula|película|shower|bano|baño|regadera|laundry|ropa|quiet|silencio|leer|read|pray|rezar` },
  // A note on what to do with one's things: "una nota de q hacer con mis cosas".
  { id: 'what-to-do-with-things', staysInPast: true, severity: 'urgent', patterns: ['what|que|q ~1 hacer|do ~2 con|with ~1 mis|my ~0 cosas|stuff|things|belongings|pertenencias'], with: 'nota|note|carta|letter|instrucciones|instructions|list|lista|llave|key|keys', unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|mudo|mudanza|move|moving|hospital|surgery|cirugia|cirugía|vacation|vacaciones|trip|viaje|storage|bodega` },
  // Going out with no intention of coming back: "sin intención de volver".
  { id: 'no-plan-to-return', staysInPast: true, severity: 'urgent', patterns: ['sin|no ~0 intencion|intención|intenciones|planes|plan ~1 de ~0 volver|regresar', 'no ~0 intention|intentions|plan|plans ~1 of|to|on ~0 coming|come|going ~0 back'], unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|${JOKING}|ex|relationship|relacion|relación|novio|novia|him|her|el|ella|trabajo|job|old|viejo|barrio|neighborhood|jail|carcel|cárcel|prison|prision|prisión|drugs|drogas|using|consumir|eso|that|esa|ese` },
  // "Me corté", said and left there: a cut the sentence names nothing else for.
  { id: 'cut-said-plain', staysInPast: true, severity: 'urgent', patterns: ['me ~0 corte|corté ~0 $', 'me ~0 corte|corté ~4 con ~1 el|la|mi|una|un ~0 cuchillito|navaja|navajita|cutter|rastrillo|vidrio|hoja|gillette', 'me ~0 corte|corté|corto ~0 otra|de ~0 vez|nuevo'], unless: `${LAUGHING}|${ACCIDENT}|${INJURY}|pelo|cabello|fleco|uñas|unas|barba|dedo|cocinando|cocina|papel|rasurando|afeitando|acuerdo|recuerdo|veranos|inviernos` },
  // Celebrating with an overdose: "la voy a festejar con una sobredosis".
  { id: 'celebrate-overdose', staysInPast: true, severity: 'urgent', patterns: ['INTENT|festejar|celebrar|celebrate|celebrating|festejo|celebro ~4 con|with ~1 una|un|an|a ~0 sobredosis|overdose|od'], unless: `${LAUGHING}|${GAME_NAMES}|narcan|naloxone|naloxona|training|taller|workshop|class|clase` },
  // Not enough yet of a means being gathered: "need 3 more boxes of sleeping pills. got 4 already, not enough yet".
  { id: 'enough-of-means', staysInPast: true, severity: 'urgent', patterns: ['not|no ~1 enough|suficiente|suficientes ~0 yet|todavia|todavía|aun|aún'], withShare: 'MEANS', unless: `${LAUGHING}|${GAME_NAMES}|hasta|until|till|lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|semana|week|mes|month|refill|resurtir|farmacia|pharmacy|receta|prescription|doctor` },
  // Sleeping for ever: "después de la novela me duermo pa siempre".
  { id: 'sleep-forever', staysInPast: true, severity: 'concern', patterns: ['dormir|duermo|dormirme|duerma|sleep|sleeping ~1 pa|para|por|for ~0 siempre|ever|good|forever'], unless: `${LAUGHING}|${GAME_NAMES}|${JOKING}|could|podria|podría|weekend|finde|domingo|sunday|bed|cama|colchon|colchón|mattress|almohada|pillow|siesta|nap` },
  // Wishing it had struck the resident: "ojalá el rayo de ayer me hubiera caído a mí".
  { id: 'wish-it-hit-me', staysInPast: true, severity: 'concern', patterns: ['ojala|ojalá ~6 me ~0 hubiera|hubiese ~1 caido|caído|matado|llevado|tocado|atropellado|pegado', 'wish|wished ~6 had ~1 hit|killed|taken|got ~0 me'], unless: `${LAUGHING}|${GAME_NAMES}|lotto|loteria|lotería|premio|prize|jackpot|suerte|luck|boleto|ticket|beso|kiss` },
  // Out in the freezing night without a coat: "-20 windchill fri. leaving my coat, sleeping by the tracks".
  { id: 'cold-exposure', staysInPast: true, severity: 'urgent', patterns: ['leaving|leave|dejo|dejando|sin ~1 my|mi|la|el|the ~0 coat|jacket|abrigo|chamarra|cobija|blanket', 'sin ~0 coat|jacket|abrigo|chamarra|cobija|blanket'], with: 'sleeping|sleep|duermo|dormir|quedo|quedarme|stay|staying|decidido|decided|tracks|vias|parque|park|afuera|outside|calle|street', withShare: 'windchill|freezing|helada|congel*|nieve|snow|zero|cero|frio|frío|cold|-20|-10|bajo', unless: `${LAUGHING}|${GAME_NAMES}|salgan|salir|go|going|wear|ponte|pongan|pónganse|bring|lleven|traigan|inside|adentro|bus|camion|camión|car|carro|shelter|albergue|refugio|heater|calentador|sauna|gym|run|correr|walk|caminata|work|trabajo` },
  // Fresh cuts, or arms again with a blade about: "does salt water sting fresh cuts? these are from this morning".
  { id: 'fresh-cuts', staysInPast: true, severity: 'concern', patterns: ['fresh|new|nuevas|nuevos|frescas|frescos ~0 cuts|cortes|marks|marcas|burns|quemaduras', 'cortes|cuts|marcas|marks|quemaduras|burns ~2 anoche|ayer|yesterday|tonight|night|morning', 'mis|my ~0 brazos|piernas|arms|legs|muñecas|munecas|wrists|thighs|muslos ~0 otra|again ~0 vez|$'], withShare: 'navaja|blade|cuchill*|razor|cutter|rastrillo|vidrio|glass|sting|arde|cuts|cortes|sangr*|bleed*|these|estas|mine|mias|mías', unless: `${LAUGHING}|${GAME_NAMES}|${ACCIDENT}|${INJURY}|paper|papel|shaving|rasur*|afeit*|cat|gato|garden|jardin|jardín|rosas|roses|fish|pescado|cooking|cocinando|kitchen|cocina|haircut|corte|tattoo|tatuaje|fence|cerca|surgery|cirugia|cirugía` },
  // Purging, a whole box of laxatives: "threw up dinner again, 3rd time today".
  { id: 'purging', staysInPast: true, severity: 'concern', patterns: ['threw|throw|throwing|vomit*|vomite|vomité ~1 up|dinner|lunch|breakfast|food|meal|cena|comida|desayuno|almuerzo ~3 again|otra|time|vez|veces', 'binge*|binged|bingeing|atracon|atracón|atracones ~4 purge|purged|purging|purgar|purgarme|purgando|vomit*|threw|throw', 'purge|purged|purging|purgar|purgarme|purgando|purgue|purgué|purgo', 'laxatives|laxantes|laxante ~3 whole|box|caja|entera|todo|todos|again|otra'], unless: `${LAUGHING}|${GAME_NAMES}|instead|dishes|platos|trastes|flu|gripa|gripe|virus|sick|enferm*|stomach|estomago|estómago|pregnant|embarazada|embarazo|morning|nauseas|náuseas|chemo|quimio|drunk|borracho|borracha|hangover|cruda|resaca|motion|mareo|bus|car|carro|baby|bebe|bebé|dog|perro|cat|gato|doctor|colonoscopy|colonoscopia|prep|preparacion|preparación|cleanse|detox` },
  // How long a body lasts without food: "how long can a person go w/o food? not for a diet lol".
  { id: 'without-food', staysInPast: true, severity: 'concern', patterns: ['how ~1 long ~4 go|survive|last|live ~2 without|w|wo|sin ~1 food|eating|water|comida|comer|agua', 'cuanto|cuánto ~1 tiempo ~4 aguanta|sobrevive|vive|dura ~2 sin ~0 comer|comida|agua'], unless: `${GAME_NAMES}|ramadan|ramadán|fast|fasting|ayuno|ayunar|lent|cuaresma|surgery|cirugia|cirugía|procedure|procedimiento|blood|sangre|analisis|análisis|colonoscopy|dog|perro|cat|gato|plant|planta|fish|pez|camel|camello` },
  // A knife or a rope kept and "not for cooking".
  { id: 'not-for-cooking', staysInPast: true, severity: 'urgent', patterns: ['not|no|nah ~1 for|pa|para ~0 cooking|cocinar|cook|fishing|pescar|camping|hobby'], withShare: 'knife*|knives|cuchillo|cuchillos|navaja|blade|rope|cuerda|soga|mecate|cutter|machete|pills|pastillas|charcoal|carbon', unless: `${LAUGHING}|${GAME_NAMES}|boxes|cajas|paquetes|carving|tallar|madera|wood|crafts|manualidades|display|decoracion|decoración|coleccion|colección|collection|opening|abrir` },
  // Insulin with no diabetes: "is the insulin in the kitchen fridge locked? im not diabetic".
  { id: 'insulin-not-diabetic', staysInPast: true, severity: 'urgent', patterns: ['NEG ~2 diabetic|diabetica|diabética|diabetico|diabético|diabetes'], withShare: 'insulin|insulina|plumas|pens|pen|syringes|jeringas', unless: `${LAUGHING}|${GAME_NAMES}|roommate|compañera|compañero|companera|companero|mom|mama|mamá|dad|papa|papá|abuela|abuelo|grandma|grandpa|son|hijo|hija|daughter|cat|gato|dog|perro|nurse|enfermera|class|clase|training|taller` },
  // A means taken and nobody noticed: "me traje el cuchillo de filetear... nadie lo contó".
  { id: 'means-unnoticed', staysInPast: true, severity: 'urgent', patterns: ['nadie|nobody ~1 lo|la|los|las|it|them ~0 conto|contó|contaron|counted|noticed|noto|notó|vio|vieron|saw|missed|extraño|extrañó'], withShare: 'MEANS|knife|cuchillo|navaja|rope|cuerda|soga|mecate|cutter|blade|cable|extension|extensión|cinturon|cinturón|belt', unless: `${LAUGHING}|${GAME_NAMES}|cookie|galleta|cake|pastel|postre|dessert|snack|haircut|corte|pelo|hair|outfit|ropa|shirt|dress|vestido` },
  // A place to hang from, found: "el mecate ya está en mi cuarto. ya vi la viga".
  { id: 'hanging-point', staysInPast: true, severity: 'urgent', patterns: ['ya|found|encontre|encontré|checked|tested|probe|probé ~1 vi|la|el|the|a|una|un ~0 viga|beam|rafter|gancho|hook|barra|bar|tubo|pipe'], withShare: 'mecate|rope|cuerda|soga|cable|extension|extensión|cinturon|cinturón|belt|sabana|sábana|sheet|noose|lazo', unless: `${LAUGHING}|${GAME_NAMES}|hamaca|hammock|swing|columpio|plant|planta|maceta|lamp|lampara|lámpara|tv|tele|shelf|repisa|curtain|cortina|clothes|ropa|towel|toalla|pullup|pull|dominadas|gym|workout|boxing|costal|bag` },
  // A last meal with everyone: "el domingo cocino yo. mi última comida con ustedes".
  { id: 'last-meal-with-you', staysInPast: true, severity: 'urgent', patterns: ['ultima|última|last ~0 comida|meal|cena|dinner|supper|desayuno|breakfast ~1 con|with ~1 ustedes|yall|you|todos|everyone|all|guys'], unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|mudo|moving|move|vacation|holidays|vacaciones|navidad|christmas|trip|viaje|week|semana|program|programa|alta|before|antes|year|año|ramadan|ramadán|cuaresma|lent` },
  // Peace for others without the resident: "sin la abuela loca estarían en paz".
  { id: 'peace-without-me', staysInPast: true, severity: 'concern', patterns: ['sin ~4 estarian|estarían|vivirian|vivirían|serian|serían ~1 en|mejor|tranquilos|tranquilas|felices ~0 paz|$'], unless: `${LAUGHING}|${GAME_NAMES}|ruido|noise|perro|dog|tele|tv|musica|música|music|celular|phone|telefono|teléfono|wifi|internet|lavadora|washer` },
  // A blade and an address: "got a knife n the address".
  { id: 'means-and-address', staysInPast: true, severity: 'urgent', patterns: ['knife|cuchillo|gun|pistola|arma|navaja|bat|bate|machete ~4 address|direccion|dirección|domicilio', 'address|direccion|dirección|domicilio ~4 knife|cuchillo|gun|pistola|arma|navaja|bat|bate|machete'], unless: `${LAUGHING}|${GAME_NAMES}|delivery|entrega|pedido|order|amazon|store|tienda|sharpening|afilador|recipe|receta|class|clase` },
  // The quickest way with a means: "whats the quickest way with insulin? i got plenty".
  { id: 'quickest-way-means', staysInPast: true, severity: 'urgent', patterns: ['quickest|fastest|easiest|painless|rapida|rápida|facil|fácil|rapido|rápido ~2 way|forma|manera|modo ~1 with|con|de ~1 MEANS'], unless: `${LAUGHING}|${GAME_NAMES}|food|comida|refrigerar|fridge|travel|viaje|store|guardar|inject|inyectar|shot|pinchazo|needle|aguja` },
  // Looking at the water as a way out: "ya no miro el agua como antes, la miro como salida".
  { id: 'sees-an-exit', staysInPast: true, severity: 'concern', patterns: ['miro|veo|see|look|looking|mirando|viendo ~4 como|as|like ~1 salida|exit|escape'], withShare: 'agua|water|bridge|puente|rio|río|river|tren|train|vias|vías|tracks|ventana|window|azotea|roof|edificio|building|pastillas|pills|mar|sea', unless: `${LAUGHING}|${GAME_NAMES}|emergency|emergencia|fire|incendio|sign|letrero|map|mapa|drill|simulacro` },
  // Not renewing anything, the resident included: "phone contract runs out. not renewing anything, me included".
  { id: 'not-renewing-me', staysInPast: true, negative: true, severity: 'urgent', patterns: ['NEG ~2 renew|renewing|renovar|renuevo|extend|extending|extender ~4 me|myself|yo ~0 included|incluido|incluida'], unless: `${LAUGHING}|${GAME_NAMES}` },
  // Papers left for whoever takes the pet: "put my cats vet papers on the fridge for whoever takes her".
  { id: 'for-whoever-takes', staysInPast: true, severity: 'urgent', patterns: ['for ~0 whoever ~0 takes|keeps|adopts|gets ~0 her|him|it|them|my', 'pa|para ~0 quien|el|la ~1 que|q ~0 se ~0 la|lo|los|las ~0 quede|lleve|cuide'], unless: `${LAUGHING}|${GAME_NAMES}|${LEAVING}|moving|mudo|mudanza|sale|venta|free|gratis|shift|turno|class|clase|room|cuarto|bed|cama|vacation|vacaciones|trip|viaje` },
  // A handful of pills already taken: "me tomé 10 pastillas de dormir hace un rato".
  { id: 'took-many', staysInPast: true, severity: 'urgent', patterns: ['tome|tomé|took|swallowed|trague|tragué ~1 8|9|10|11|12|13|14|15|16|18|20|25|30|40|50|60|diez|doce|quince|veinte|treinta|cuarenta|varias|muchas|bunch|handful|puñado|puno ~2 MEANS|pastillas|pills|sleeping|dormir'], unless: `${LAUGHING}|${GAME_NAMES}|mg|ml|vitamins|vitaminas|gummies|prescribed|recetad*|days|dias|días|weeks|semanas|years|años` },
  // Blades kept back for a reason: "I didn't hand the razors in. kept them for a reason".
  { id: 'kept-for-a-reason', staysInPast: true, severity: 'urgent', patterns: ['kept|keep|keeping|guarde|guardé|guardo ~2 for|por ~0 a|una ~0 reason|razon|razón', 'las|los|la|lo ~0 guarde|guardé|guardo ~0 por ~0 algo'], withShare: 'MEANS|razor|razors|blade|blades|rastrillo|rastrillos|navaja|cuchilla|cuchillas|rope|cuerda|soga', unless: `god|dios|lord|${LAUGHING}|${GAME_NAMES}|sentimental|recuerdo|memory|grandpa|abuelo|abuela|grandma|dad|papa|papá|collection|coleccion|colección|fishing|pesca` },
  // Doing it while the house is quiet: "alarm set for 3am. to do it while the house is quiet".
  { id: 'do-it-while-quiet', staysInPast: true, severity: 'urgent', patterns: ['do ~0 it ~1 while|when|once ~4 quiet|asleep|sleeping|nobody|alone', 'hacerlo ~1 mientras|cuando ~4 duermen|dormidos|dormidas|nadie|silencio|sola|solo'], unless: `${LAUGHING}|${GAME_NAMES}|laundry|ropa|homework|tarea|shower|ducha|bañarme|workout|ejercicio|yoga|meditat*|meditar|pray|rezar|clean|cleaning|limpiar|study|estudiar|read|leer|journal|diario|call|llamar|cook|cocinar` },
  // Pills taken with drink: "me tomé las pastillas con pisco recién".
  { id: 'pills-with-drink', staysInPast: true, severity: 'urgent', patterns: ['MEANS ~3 con|with ~1 pisco|tequila|vodka|alcohol|whiskey|whisky|beer|beers|cerveza|cervezas|vino|wine|ron|rum|mezcal|guaro|aguardiente|chela|chelas|liquor|booze|caguama'], with: 'tome|tomé|took|taking|tomando|mixed|mezcle|mezclé|swallowed|trague|tragué|washed|bajé|baje', unless: `${LAUGHING}|${GAME_NAMES}|NEG|never|nunca|dont|don't|avoid|evitar|careful|cuidado|warning|advertencia|label|etiqueta` },
  // Wishing one had not been stopped or saved: "ojalá ese camión no hubiera frenado".
  { id: 'wish-not-saved', staysInPast: true, negative: true, severity: 'concern', patterns: ['ojala|ojalá ~5 no ~0 hubiera|hubiese|me ~1 frenado|parado|revivido|salvado|encontrado|despertado', 'wish ~5 hadnt|didnt|never|not ~1 braked|stopped|saved|found|revived|woke|woken'], unless: `${LAUGHING}|${GAME_NAMES}|lluvia|rain|party|fiesta|show|movie|pelicula|película|serie` },
  // "That's when", after an hour: "2am when staff switch. thats when".
  { id: 'thats-when', staysInPast: true, severity: 'urgent', patterns: ['thats|that ~0 when ~0 $', 'ahi|ahí ~0 es ~0 cuando ~0 $', 'esa ~0 es ~0 la ~0 hora ~0 $'], withShare: 'TIME|am|pm|staff|switch|cambio|turno|shift|noche|night|asleep|dormidos', unless: `${LAUGHING}|${GAME_NAMES}|bus|camion|camión|train|tren|store|tienda|class|clase|meeting|junta|dinner|cena|lunch|comida|show|movie|pelicula|película` },
  // The blade taken out: "ya agarré la cuchilla".
  { id: 'got-the-blade', staysInPast: true, severity: 'urgent', patterns: ['ya ~0 agarre|agarré|saque|saqué ~1 la|el|una|un|mi ~0 cuchilla|navaja|navajita|soga|cuerda|rastrillo', 'got|grabbed|took ~0 the|a|my ~0 blade|razor ~0 out|$'], unless: `${LAUGHING}|${GAME_NAMES}|afeitar|afeitarme|rasurar|rasurarme|barba|shave|shaving|beard|pelo|hair|cocina|kitchen|box|caja|paquete|package|fish|pescado` },
  // Charcoal with no grill to burn it in: "got 2 bags of charcoal, i dont even got a grill".
  { id: 'charcoal-no-grill', staysInPast: true, severity: 'urgent', patterns: ['charcoal|carbon|carbón ~8 NEG ~3 grill|parrilla|asador|bbq'], unless: `${LAUGHING}|${GAME_NAMES}|borrow|borrowing|prestad*|prestan|park|parque|picnic` },
  // Taking all the dealer has: "esta vez me meto todo lo q me venda".
  { id: 'take-all-sold', staysInPast: true, severity: 'urgent', patterns: ['me ~0 meto|metere|meteré|voy ~2 todo|toda ~0 lo|la ~1 que|q ~0 me ~0 venda|vendan|den|consiga|tenga|traiga|caiga'], unless: `${LAUGHING}|maleta|mochila|boca|comida|food|plato|buffet` },
  // "Pa' qué", said alone at the end: what would be the point ("no como ni contesto. pa q").
  { id: 'what-for-end', staysInPast: true, severity: 'concern', patterns: ['pa|para ~0 que|q|qué ~0 $'], unless: `${LAUGHING}|${GAME_NAMES}|eso|esto|esa|ese|sirve|sirven|firma|papel|papeles|formulario|forma|junta|reunion|cita|clase|curso|llave|llaves|tarjeta|cable|cargador|dinero|plata|lana|tupper|bolsa` },
  // Giving up on trying at all: "ya no voy a intentar nada".
  { id: 'stop-trying-all', staysInPast: true, severity: 'concern', patterns: ['ya ~0 no ~0 voy ~0 a ~0 intentar|intentarlo|luchar ~0 nada|mas|más|$'], unless: `${LAUGHING}|${GAME_NAMES}|receta|recipe|dieta|diet|lavadora|impresora|wifi|tele|cel|celular|puzzle|rompecabezas|arreglar|cocinar|hornear|pan|pastel|bailar|cantar|ingles|inglés` },
  // A child who hits the resident: "my 15 yr old hit me again".
  { id: 'kid-hits-me', staysInPast: true, severity: 'urgent', patterns: ['son|daughter|kid|grandson|granddaughter|nephew|teen|hijo|hija|nieto|nieta|sobrino|chamaco|chamaca ~3 hit|hits|beat|beats|punched|slapped|shoved|pushed|choked|pego|pegó|golpeo|golpeó|empujo|empujó|cacheteo|cacheteó ~0 me|a ~0 me|again|otra|today|hoy|anoche'], unless: `${LAUGHING}|${GAME_NAMES}|ball|pelota|balon|balón|pillow|almohada|toy|juguete|accident*|accidente|wrestling|luchitas|jugando|playing|tickle|cosquillas` },
  // A blade, a rope or an alarm that is not for work: "cutter nuevo y no es pa la chamba".
  { id: 'not-for-work', staysInPast: true, severity: 'urgent', patterns: ['NEG ~1 es|is|its|for ~0 pa|para|for ~0 trabajar|chambear|work|working', 'NEG ~1 es|is|its|for ~0 pa|para|for ~0 la|el|the|my|mi ~0 chamba|jale|work|job|trabajo'], with: 'MEANS|cutter|rope|cuerda|soga|charcoal|carbon|alarma|alarm|cuchilla|navaja|blade', unless: `${LAUGHING}|${GAME_NAMES}|cocina|kitchen|cocinar|cooking|casa|home|house|regalo|gift|hobby|jardin|jardín|garden|camping|pesca|fishing` },
  // The last day, full stop: "last day at the plant is the 30th. last day period", "y último de todo".
  { id: 'last-day-period', staysInPast: true, severity: 'urgent', patterns: ['last ~0 day ~0 period|periodo', 'ultimo|último|last ~0 dia|día|day ~0 en|in ~0 general|total', 'y|and ~0 ultimo|último|ultima|última|last ~0 de|of ~0 todo|everything'], unless: `${GAME_NAMES}|sale|oferta|tienda|store|vacation|vacaciones` },
  // Never wanted to die as much as today: "63 años y nunca quise quitarme la vida como hoy".
  { id: 'never-as-now', negative: true, severity: 'concern', patterns: ['NEG ~8 como|like|as ~0 hoy|today|ahora|now|tonight|esta ~0 noche|$', 'NEG ~8 como|like|as ~0 hoy|today|ahora|now|tonight'], with: 'DIE|KILL|quitarme|matarme|suicid*|morirme|kill|die|dead|muerto|muerta', unless: `${LAUGHING}|${IDIOM}|${GAME_NAMES}` },
  // Using for days with chest pain and no stopping: "pura pasta base desde el viernes, me duele el pecho y no pienso parar".
  { id: 'chest-pain-not-stopping', negative: true, severity: 'urgent', patterns: ['NEG ~3 pienso|voy|planning|gonna|going|will|im|quiero|want ~1 parar|stop|stopping|quit|dejar|detenerme', 'NEG ~0 paro|pare|paré ~0 $', 'NEG ~0 paro|pare|paré ~0 y|ni|hasta|till|until|aunque', 'still ~0 going|using|drinking|taking|purging|smoking ~0 $', 'gonna|going|im|will ~1 take|taking|use|using|do|doing|drink ~0 more', 'sigo ~0 $', 'sigo ~0 tomando|metiendo|fumando|consumiendo|dandole|dándole|vomitando|purgando'], withShare: 'pecho|chest|corazon|corazón|heart|hearts|taquicardia|palpitations|palpitaciones|racing|pounding|late|palpita|sangre|blood', unless: `race|carrera|km|miles|marathon|maraton|maratón|hike|caminata|entreno|dance|baile|class|clase|movie|peli|film|date|cita|crush|concert|concierto|exam|examen|interview|entrevista|coffee|cafe|café|love|amor|${LAUGHING}|gym|workout|entreno|entrenar|training|run|running|correr|corriendo|smoking|fumar|cough|tos|toser|crying|llorar|laughing|reir` },
  // Ending it after everything failed: "therapy failed, meds failed, prayer failed. ending it".
  { id: 'ending-it', severity: 'urgent', patterns: ['ending ~0 it ~0 $', 'ending ~0 it ~0 tonight|today|now|soon|all'], unless: `${LAUGHING}|him|her|them|relationship|girlfriend|boyfriend|gf|bf|ex|wife|husband|lease|contract|subscription|season|seasons|series|show|book|chapter|story|game|episode|shift|party|call|convo|conversation|chat|thread|friendship|streak|fast|diet|run|tour` },
  // "The only place I can cut unseen": self-harm hidden.
  { id: 'harm-unseen', severity: 'concern', patterns: ['cut|burn|hurt|harm|cortarme|quemarme|lastimarme ~1 unseen|privately|undisturbed', 'cortarme|quemarme|lastimarme ~1 tranquila|tranquilo|sin ~1 que ~1 me ~1 vean'], unless: `${LAUGHING}|hair|pelo|fringe|flequillo|nails|unas|uñas|onion|cebolla|paper|papel|fabric|tela|wood|madera|grass|pasto|cake|pastel` },
  // Medicine got on a cover story: "asked the pharmacy for extra insulin 'for travel'. im not travelling anywhere".
  { id: 'not-travelling', negative: true, severity: 'urgent', patterns: ['NEG ~1 travelling|traveling|travel|viajando|viajar|viajo|trip|viaje ~1 anywhere|anyplace|ningun|ninguna|nowhere|a|at|to'], withShare: 'insulin|insulina|extra|refill|supply|pills|pastillas|meds|medication|medicacion|medicación|receta|prescription|tablets', unless: `${LAUGHING}|money|dinero|visa|passport|pasaporte|papers|papeles|broke|plata` },
  // Using double, or a double dose: "shot up first time in 8 months and doing double".
  { id: 'double-dose', severity: 'urgent', patterns: ['doing|using|taking|shooting|tomando|metiendo|meter|meto|meti|metí|pico|inyecto|fumo|fumando|smoking ~1 double|doble|triple ~0 !shift|!shifts|!turno|!turnos|!time|!espresso|!cheeseburger', 'dosis|dose ~0 doble|double|triple', 'double|doble|triple ~0 dose|dosis'], withShare: 'shot|shoot|using|used|use|clean|sober|limpio|limpia|fix|hit|fent*|heroin*|dope|piedra|crack|coke|merca|perico|bars|pills|pastillas|meth|cristal|paco|pasta|parque|park|acabar|end|sleep|dormir|deport*|forget|olvidar|think|pensar', unless: `${LAUGHING}|gym|coffee|cafe|café|espresso|shift|shifts|turno|turnos|vitamins|vitaminas|doctor|medico|médico|nurse|enfermera|prescribed|recetado|recetada|dentist|dentista|antibiotic*|antibiotico*|antibiótico*|missed|olvide|olvidé|forgot` },
  // Hoping a bad batch or a fall gets one too: "the new batch killed two people. going to get some anyway, maybe it'll get me too".
  { id: 'get-me-too', severity: 'urgent', patterns: ['maybe|hopefully|ojala|ojalá|quizas|quizás|capaz|igual|perhaps ~4 get|gets|kill|kills|take|takes|mata|lleve|lleva|toca ~0 me ~0 too|tambien|también', 'me ~0 mata|mate|lleva|lleve|toca|toque ~0 a ~0 mi ~0 tambien|también'], withShare: 'killed|mato|mató|murieron|died|dead|muertos|batch|fent*|overdose|od|sobredosis|adulterada|tanda|lote|cut|laced|bad|mala', unless: `${LAUGHING}|flu|gripe|cold|resfriado|covid|bug|virus|lottery|loteria|lotería|premio|prize|raffle|rifa|turn|turno` },
  // Driving into the sea or a wall: "want to drive into the sea. not a metaphor".
  { id: 'drive-into', severity: 'urgent', patterns: ['DESIRE|INTENT ~2 drive|crash|steer|swerve|conducir|manejar|estrellarme|estrellar|meterme|drive ~3 into|off|contra|al|en ~1 the|a|el|la ~0 sea|ocean|river|lake|wall|tree|cliff|mar|rio|río|lago|pared|arbol|árbol|acantilado|barranco|truck|lorry|camion|camión|traffic|trafico|tráfico|barrier|muro', 'DESIRE|INTENT ~2 drive|conducir|manejar ~1 off ~1 the|a ~0 cliff|bridge|road|pier'], unless: `${LAUGHING}|${GAME_NAMES}|game|juego|kart|simulator|simulador|lesson|lessons|clase|clases|test|examen|license|licencia|carnet|holiday|vacaciones|trip|viaje|weekend|finde|beach|playa` },
  // Throwing someone off a balcony: "im throwing her off the balcony, swear down".
  { id: 'throw-off', severity: 'urgent', patterns: ['throw|throwing|chuck|chucking|push|pushing|tirar|tiro|tirarla|tirarlo|aventar|aventarla|aventarlo|empujar|empujarla|empujarlo ~1 her|him|them|la|lo|los|las|that|esa|ese ~3 off|down|out|por|de|del ~1 the|el|la|a ~0 balcony|roof|window|stairs|bridge|balcon|balcón|azotea|ventana|escaleras|puente|techo'], with: 'INTENT|im|gonna|voy|will|ill|going|swear|juro|next|proxima|próxima', unless: `${LAUGHING}|${GAME_NAMES}|phone|celular|ball|pelota|trash|basura|rubbish|clothes|ropa|towel|toalla|team|equipo|group|grupo|chat|bed|cama` },
  // Sleeping at the bottom of a lake: "quiero dormir en el fondo del lago y q ya no duela".
  { id: 'bottom-of-the-lake', severity: 'urgent', patterns: ['fondo|bottom ~1 del|de|of ~2 lago|rio|río|mar|sea|river|lake|ocean|oceano|océano|pozo|presa|canal|reservoir'], with: 'DESIRE|INTENT|dormir|sleep|descansar|rest|hundir*|sink|sinking|quedarme|stay|lie|acostarme', unless: `${LAUGHING}|${GAME_NAMES}|phone|celular|keys|llaves|ring|anillo|fish|pez|peces|fishing|pesca|boat|barco|documentary|documental|movie|pelicula|película|book|libro` },
  // Sitting where the tide or the train comes and not moving: "me voy a sentar ahi y no me voy a mover".
  { id: 'wont-move', negative: true, severity: 'urgent', patterns: ['NEG ~2 voy|pienso|gonna|going|will|me ~2 mover|moverme|move|moving|levantarme|quitarme', 'wont|not ~2 move|moving'], withShare: 'marea|tide|rocas|rocks|vias|vías|tracks|train|tren|carretera|autopista|motorway|highway|road|nieve|snow|hielo|ice|frio|frío|cold|cliff|acantilado|ledge|borde|orilla|edge|volcan|volcán', unless: `${LAUGHING}|${GAME_NAMES}|sofa|sofá|sillon|sillón|couch|bed|cama|blanket|manta|cobija|heater|estufa|calefaccion|calefacción|fire|chimenea|tv|tele|netflix|movie|peli|pelicula|película|room|cuarto|house|casa|flat|depa|piso|job|trabajo|city|ciudad|country|pais|país|bus|queue|fila|cola|line|traffic|trafico|tráfico` },
  // Not coming down: "con el frio q hace arriba no bajo".
  { id: 'not-coming-down', negative: true, severity: 'urgent', patterns: ['NEG ~0 bajo|bajare|bajaré|regreso|vuelvo ~0 $', 'wont|not|never ~1 come|coming ~0 down ~0 $'], withShare: 'volcan|volcán|montaña|montana|mountain|cerro|cima|summit|top|arriba|roof|azotea|techo|frio|frío|cold|nieve|snow|abrigo|coat|agua|water|noche|night|tonight', unless: `${LAUGHING}|${GAME_NAMES}|trabajo|work|shift|turno|cena|dinner|party|fiesta|weekend|finde|vacation|vacaciones|holiday|trip|viaje|ropa|laundry|friday|viernes|monday|lunes|sunday|domingo|mañana|manana|tomorrow|until|hasta` },
  // The only reason to still be here, gone: "he was the only reason i was still here. not anymore".
  { id: 'only-reason-gone', staysInPast: true, severity: 'urgent', patterns: ['only|unica|única ~1 reason|razon|razón|thing|cosa ~6 still ~0 here|alive|around|going|living', 'unica|única ~0 razon|razón|cosa ~6 seguia|seguía|sigo|estaba ~0 aqui|aquí|aca|acá|viva|vivo|vivo'], withShare: 'anymore|gone|died|dead|murio|murió|lost|perdi|perdí|sacrific*|fallecio|falleció|down|left|nomore', unless: `${LAUGHING}|${GAME_NAMES}|thank|thanks|gracias|grateful|agradecid*` },
  // A last hug after handing over one's passwords and papers: "le di a mi hermano la clave del celu... nos dimos un abrazo largo, el ultimo".
  { id: 'last-hug', staysInPast: true, severity: 'urgent', patterns: ['abrazo|abrazos|hug|hugs ~4 el|la|the|my|our|mi ~0 ultimo|último|last', 'ultimo|último|last ~0 abrazo|hug'], withShare: 'clave|password|passcode|pin|papeles|papers|documents|documentos|keys|llaves|correa|leash|regale|regalé|gave|di|left|deje|dejé|cuenta|account|bank|banco', unless: `${LAUGHING}|funeral|velorio|hospital|airport|aeropuerto|plane|avion|avión|flight|vuelo|murio|murió|died|passed|abuela|abuelo|grandma|grandpa|deported|deportaron|deportado|visit|visita` },
  // "Es lo q quiero q pase": the lethal effect asked about is the point.
  { id: 'what-i-want-to-happen', severity: 'urgent', patterns: ['es|eso ~0 lo ~0 q|que ~0 quiero|busco|espero', 'thats|that ~1 is ~0 what ~0 i ~0 want|need|hope', 'esa ~0 es ~0 la ~0 idea'], withShare: 'respiracion|respiración|breathing|breath|corazon|corazón|heart|overdose|sobredosis|od|wake|despertar|despierto|die|dies|muero|morir|muera|dead|muerto|muerta|mata|kill|kills|alcohol|tramadol|pills|pastillas|insulin|insulina', unless: `${LAUGHING}|${GAME_NAMES}|sleep|dormir|sueño|weight|peso|diet|dieta|quit|dejar` },
  // Someone who "had it coming", with a weapon at hand: "el cuchillo grande... lo necesito pa alguien q se lo gano esta noche".
  { id: 'had-it-coming', severity: 'urgent', patterns: ['se ~0 lo ~0 gano|ganó|busco|buscó|merece', 'had|has ~0 it ~0 coming', 'tiene|tenga ~0 merecido'], withShare: 'cuchillo|knife|navaja|blade|gun|pistola|bat|bate|machete|fierro|arma|weapon|tonight|noche', unless: `${LAUGHING}|${GAME_NAMES}|premio|prize|award|medal|medalla|raise|aumento|vacation|vacaciones|descanso|rest|break|karma|chef|cake|pastel|torta` },
  // "Así q me muero": dying told as the answer to a cost.
  { id: 'so-i-die', severity: 'urgent', patterns: ['asi|así ~0 q|que ~0 me ~0 muero|mato ~0 $', 'asi|así ~0 q|que ~0 me ~0 voy ~0 a ~0 morir|matar', 'so ~0 im ~0 going ~0 to ~0 die', 'so ~0 im ~0 going ~0 to ~0 end ~0 it'], unless: `${LAUGHING}|${IDIOM}|risa|hambre|sueño|sueno|frio|frío|calor|verguenza|vergüenza|envidia|aburrimiento|boredom|embarrassment|cringe` },
  // Waking up in the road after drinking: "drinking to blackout nightly. woke up in the road last night".
  { id: 'woke-in-the-road', severity: 'urgent', patterns: ['woke|wake|waking|desperte|desperté|amaneci|amanecí ~2 in|on|en ~1 the|a|la|el|una|medio ~1 road|street|gutter|calle|carretera|ditch|cuneta|tracks|vias|vías|motorway|autopista', 'blackout|blackouts|blacking ~1 nightly|every|each|todas|cada'], withShare: 'drinking|drunk|drink|blackout|blackouts|bebiendo|borracho|borracha|pedo|peda|using|high|tomando|chupando|alcohol', unless: `${LAUGHING}` },
  // A photo of one's window from a withheld number: "today it was a photo of my bedroom window at night".
  { id: 'photo-of-my-window', severity: 'urgent', patterns: ['photo|foto|pic|picture|video ~2 of|de ~2 my|mi ~2 window|ventana|door|puerta'], withShare: 'withheld|unknown|anonymous|desconocido|oculto|privado|followed|siguiendo|stalk*|texts|mensajes|number|numero|número', unless: `${LAUGHING}|${HOME_CALLERS}|repair|arreglo|broken|rota|roto|leak|mould|moho` },
  // Made to work unpaid and threatened: "made to work at the car wash 12 hrs no pay... police will deport us if we talk".
  { id: 'forced-work', severity: 'urgent', patterns: ['made|forced|obligan|obligaron|obligado|obligada|obligados|hacen|force ~2 to|a ~0 work|trabajar', 'deport|deportar|deportan|call|llamar|llaman|report|denunciar ~4 if|si ~3 talk|hablamos|hablo|say|decimos|digo|tell|cuento|contamos|leave|vamos|voy'], withShare: 'pay|paid|pago|paga|sueldo|passport|pasaporte|papeles|papers|deport*|police|policia|policía|sleep|dormir|duermo|dormimos|locked|encerrad*|debt|deuda|owe|debo|debemos', unless: `${LAUGHING}|shift|turno|overtime|extras|christmas|navidad|weekend|finde|chores|tareas|homework` },
  // Place, time and how, already chosen: "ya tengo lugar, hora y como. por fin tranquila"; not a question of where, when and how to apply.
  { id: 'place-time-how', severity: 'urgent', patterns: ['lugar|place|sitio|spot|donde|where ~2 hora|time|dia|día|date|fecha|cuando|when ~3 como|cómo|how|method|metodo|método', 'hora|time|cuando|when ~2 lugar|place|sitio|donde|where ~3 como|cómo|how'], with: 'ya|already|tengo|got|picked|elegi|elegí|chose|chosen|decided|decidi|decidí|listo|lista|sorted|planned|planeado|planeé|plane', unless: `${LAUGHING}|${GAME_NAMES}|celebrate|celebrar|party|fiesta|boda|wedding|cumple|birthday|reunion|reunión|meeting|quinceañera|quince|visit|visita|visitar|cita|date|trip|viaje|picnic|asado|interview|entrevista|class|clase|group|grupo|bus|ride|surprise|sorpresa` },
  // Made to undress by someone they fear: "el medico me hace desnudar aunque solo voy por la presion, y me toca. me da miedo volver".
  { id: 'made-to-undress', staysInPast: true, severity: 'urgent', patterns: ['me ~0 hace|hacen|hizo|hicieron|obliga|obligan|obligo|obligó|obligaron ~1 desnudar|desnudarme|desvestir|desvestirme|encuerar|encuerarme', 'makes|made|make|forces|forced ~0 me ~1 undress|strip'], withShare: 'toca|tocó|toco|touch*|miedo|scared|afraid|asustad*|secret|secreto|nadie|nobody|cámara|camara|camera|fotos|photos|pics', unless: `${LAUGHING}|pool|piscina|alberca|swim|nadar|radiografia|radiografía|xray|x-ray|rayos|scan|resonancia|mri` },
  // Told they will be killed, by someone who has hurt them: "con orden de alejamiento y vino borracho a decir q me mata".
  { id: 'says-will-kill-me', staysInPast: true, severity: 'urgent', patterns: ['dijo|dice|decir|decirme|dijeron|grita|gritó|grito|amenaza|amenazó|amenazo ~2 que|q ~0 me ~0 mata|matan|mataria|mataría|matará|matara'], withShare: 'ex|esposo|marido|novio|pareja|padrastro|borracho|borracha|orden|alejamiento|cuchillo|pistola|arma|golpe*|pega|pegó|pego|miedo|denuncia*|policia|policía', unless: `${LAUGHING}|mama|mamá|madre|mami|abuela|abuelita|profe|maestra|coach|entrenador` },
  // Choosing one's end: "el prestamista me dio hasta las 12 y yo elijo mi final antes".
  { id: 'choose-my-end', severity: 'urgent', patterns: ['elijo|elegi|elegí|escojo|escogi|escogí|decido|decidi|decidí|choose|chose|pick|picked ~1 mi|my|own ~0 final|end|ending|muerte|death'], unless: `${LAUGHING}|${GAME_NAMES}|libro|book|novela|novel|serie|series|story|historia|cuento|fic|fanfic|pelicula|película|movie|game|juego|adventure|aventura|playlist|song|cancion|canción` },
  // Wanting the drink or the drugs to kill them: "4 dias tomando… quiero q el alcohol me mate".
  { id: 'want-it-to-kill-me', severity: 'concern', patterns: ['quiero|quisiera|ojala|ojalá|espero ~0 que|q ~3 me ~0 mate|maten|matara|matase|mataran', 'want|wish|hope|hoping ~1 it|this|the|drink|drinking|booze|drugs|gear|pills|alcohol ~2 kills|kill|would|will ~0 me|kill ~0 me'], unless: `${LAUGHING}|${JOKING}|${GAME_NAMES}|risa|laughing|laugh|hambre|hunger|calor|heat|abrazo|hug|ternura|cuteness|cute|tierno|tierna` },
  // Someone deserves a rest from the writer, and it is to be for ever: "merece un descanso de mi. uno definitivo".
  { id: 'rest-from-me', severity: 'urgent', patterns: ['deserve|deserves|deserved|merece|merecen|mereces|need|needs|necesita|necesitan ~3 break|rest|descanso|holiday|vacation|vacaciones ~1 from|de ~0 me|mi|mí'], withShare: 'permanent|permanently|permanente|forever|definitivo|definitiva|definitive|eterno|eterna|eternal|final|siempre' },
  // A jump from a floor or a roof, with a time: "desde el 8vo piso, esta noche".
  { id: 'jump-from-floor', severity: 'urgent', patterns: ['jump|jumping|leap|salto|saltar|saltare|saltaré|tiro|tirarme|aventarme|lanzarme|brincar ~6 from|off|desde|del|de ~3 floor|piso|planta|storey|story|azotea|roof|rooftop'], withShare: 'TIME', unless: `${LAUGHING}|${GAME_NAMES}|pool|piscina|alberca|trampoline|trampolin|trampolín|bed|cama|bunk|litera|stairs|escaleras|step|steps|escalon|escalón|parachute|paracaidas|paracaídas|bungee|puenting|skydiv*` },
  // Fists on a wall until the hand is hurt: "punched the radiator till i couldnt bend my fingers".
  { id: 'hit-until-hurt', severity: 'concern', negative: true, patterns: ['punch|punched|punching|hit|hitting|banged|smashed|golpee|golpeé|golpear|golpeando|pegue|pegué|pegarle|pegandole ~4 wall|walls|radiator|door|mirror|pared|paredes|puerta|espejo|radiador ~6 till|until|hasta ~6 couldnt|cant|bled|bleeding|broke|broken|swollen|pude|podia|sangr*|hinch*|romp*'], unless: 'mile|miles|marathon|maraton|maratón|run|running|race|carrera|km|gym|workout|boxing|boxeo|bag|costal|ball|pelota|fly|mosca|tennis|tenis' },
  // Painkillers bought a packet at a time from shop after shop, or so nobody asks: the way round the limit on one packet.
  { id: 'painkillers-spread', severity: 'urgent', patterns: [`${PAINKILLERS}|pastillas|pills|tablets ~8 different|several|every|each|varias|distintas|diferentes|cada|todas ~1 ${SHOPS}`, `${PAINKILLERS} ~8 so|pa|para|que|q ~2 no|nobody|nadie|dont|they ~1 suspect*|sospech*|ask|asks|pregunt*|notice*|notar*`, `${PAINKILLERS}|pastillas|pills|tablets ~8 chemists|pharmacies|shops|farmacias|tiendas ~0 distintas|diferentes|different`], unless: `${LAUGHING}|cheap|cheaper|barato|barata|baratas|baratos|price|prices|precio|precios|sold|agotad*|baby|bebe|bebé|calpol|fiebre|fever` },
  // Stocking up, and saying it is not for the usual reason: "been round every chemist in town. not for headaches".
  { id: 'not-for-headaches', severity: 'urgent', patterns: ['not|no|nothing ~1 for|para|pa ~1 headache|headaches|cabeza|pain|dolor|sleep|dormir|migraine|migraña|jaqueca'], withShare: 'MEANS|chemist|chemists|pharmacy|pharmacies|farmacia|farmacias|pills|pastillas|paracetamol|tylenol|ibuprofen|ibuprofeno|stock*|junt*|guard*|saving|saved', unless: `${LAUGHING}|period|regla|cramps|colicos|cólicos|fever|fiebre|tooth|muela|back|espalda|knee|rodilla|dog|perro|cat|gato|allergy|alergia|cough|tos|cold|gripe|flu|stomach|estomago|estómago|vitamin*|vitamina*` },
  // Giving up waiting and starting to plan: "45 años y nadie se quedo. deje de esperar, empece a planear".
  { id: 'started-planning', severity: 'urgent', patterns: ['started|start|starting|began|empece|empecé|empiezo|empezando|comence|comencé|comienzo ~1 a|to ~0 planear|plan|planning|planearlo|preparar|prepare|preparing'], withShare: 'nadie|nobody|noone|esperar|waiting|wait|solo|sola|alone|sentido|point|cansad*|tired|sirvo|burden|carga|leave|irme', unless: `${LAUGHING}|${GAME_NAMES}|viaje|trip|boda|wedding|fiesta|party|cumple|birthday|menu|menú|jardin|jardín|garden|vacaciones|holiday|holidays|route|ruta|move|mudanza|mudarme|budget|presupuesto|meals|comidas|christmas|navidad|study|estudiar|future|futuro|career|carrera|business|negocio|savings|ahorro|ahorros` },
  // The staff's shift change as the moment: "en 2 horas cambia el turno. es ahora o nunca".
  { id: 'now-or-never-shift', severity: 'urgent', patterns: ['ahora|now ~0 o|or ~0 nunca|never'], withShare: 'turno|shift|staff|educadores|personal|handover|cambio|change|nadie|nobody|solo|sola|alone', unless: `${LAUGHING}|${GAME_NAMES}|curso|course|job|trabajo|chamba|entrevista|interview|apply|aplicar|inscrib*|enroll*|date|cita|ask|pedir|invitar|invite|tell|decirle|confess|confesar|sale|oferta|deal|tickets|entradas|boletos|concert|concierto|gym` },
  // Dead, they would save others the work: "muerto le ahorro trabajo a los educadores".
  { id: 'dead-saves-work', severity: 'concern', patterns: ['si ~1 me ~0 pisa|atropella|mata|arrolla|lleva|choca ~8 ahorra|ahorraria|ahorraría|ahorro|ahorró', 'if ~3 hits|hit|kills|killed|runs ~6 saves|save|saved ~2 me ~1 the ~0 trouble|work|job|bother|effort', 'muerto|muerta|dead|gone ~3 ahorro|ahorramos|ahorraria|ahorraría|save|saves|saving|saved ~3 trabajo|work|money|dinero|plata|trouble|problemas|molestias|hassle|effort|esfuerzo', 'sin ~0 mi ~3 ahorran|ahorrarian|ahorrarían ~3 trabajo|dinero|plata|problemas|molestias'], unless: `${LAUGHING}|cansancio|tired|cansad*|sueño|sleepy|hambre|hungry|calor|heat|frio|cold|beat|exhausted` },
  // Self-harm kept hidden: "running out of places to hide it".
  { id: 'places-to-hide', severity: 'concern', patterns: ['running|ran|run|quedando|quedan ~1 out|sin ~1 of ~0 places|spots|lugares|sitios ~2 to|para|pa|donde|dónde ~0 hide|hiding|esconder|esconderlos|cut|cortar|cortarme'], withShare: 'cut*|cortar*|cortes|corte|scars|cicatrices|marks|marcas|burn*|quemad*|blood|sangre|arms|brazos|legs|piernas|thighs|muslos|sleeves|mangas', unless: `${LAUGHING}|chocolate|candy|dulces|snacks|presents|regalos|gifts|eggs|huevos|money|dinero|plata|stash|tupper|tupperware|books|libros|plants|plantas` },
  // Said as the last time, because it is: "said goodnight to my daughter on the phone like it was the last time bc it is".
  // Knowing the tolerance is gone, "that is exactly why": "dos años limpio, sin tolerancia. x eso mismo".
  { id: 'that-is-why', severity: 'urgent', patterns: ['por|x ~1 eso ~1 mismo'], withShare: 'tolerancia|tolerance|limpio|limpia|clean|sober|fentanilo|fentanyl|meterme|meto|drogar*|consumir|consumo|sobredosis|overdose|carcel|cárcel|aguanto|aguanta|cuerpo' },
  // Trading places with the dying: "id swap places with anyone in that hospice in a heartbeat".
  { id: 'swap-with-dying', severity: 'concern', patterns: ['swap|switch|trade|cambiaria|cambiaría|cambio ~2 places|lugar|lugares ~6 hospice|hospicio|dying|terminal|cancer|cáncer|grave|tumba|coffin|ataud|ataúd|morgue|muerto|muertos|dead|cementerio|cemetery'], unless: `${LAUGHING}|beach|playa|holiday|vacaciones|rich|rico|millonario|lottery|loteria|lotería` },
  // A goodbye the other did not know was final: "said goodbye to my sister. she didnt know it was for good".
  { id: 'goodbye-for-good', staysInPast: true, severity: 'urgent', patterns: ['she|he|they|nobody|ella|el|él|nadie ~0 didnt|didn|no ~1 know|knew|sabia|sabía|sabe ~4 for ~0 good|forever', 'she|he|they|nobody|ella|el|él|nadie ~0 didnt|didn|no ~1 know|knew|sabia|sabía|sabe ~4 para ~0 siempre', 'she|he|they|nobody|ella|el|él|nadie ~0 didnt|didn|no ~1 know|knew|sabia|sabía|sabe ~4 last|ultima|última ~0 time|vez'], withShare: 'goodbye|bye|despedi*|adios|adiós|hug|abrazo|abrace|abracé|hugged', unless: LAUGHING },
  // Almost stepping in front of a train: "hoy en el anden casi doy un pasito cuando venia el tren".
  { id: 'almost-stepped', severity: 'urgent', patterns: ['casi ~2 doy|di|salto|salté|salte|tiro|tiré|aviento|avento|lanzo|paso ~7 tren|metro|vias|vías|trafico|tráfico|camion|camión', 'almost|nearly ~2 stepped|step|jumped|jump|walked|threw ~6 train|tracks|traffic|lorry|truck'], unless: `${LAUGHING}|looking|mirando|distraid*|distracted|phone|celular|cel|oops|susto|scared|asustada|asustado|tripped|tropece|tropecé|resbale|resbalé|slipped|ice|hielo` },
  // The same things as a character: "saw how they did it in that series. got the same stuff now".
  { id: 'copied-method', severity: 'urgent', patterns: ['got|have|bought|tengo|consegui|conseguí|compre|compré ~2 the|lo|la|las|los ~0 same|mismo|misma|mismas|mismos ~0 stuff|things|thing|pills|rope|cosas|pastillas|cuerda|soga', 'revise|revisé|busque|busqué|mire|miré|checked|raided ~3 el|la|mi|the|my ~0 botiquin|botiquín|medicine|cabinet'], withShare: 'series|serie|show|film|movie|pelicula|película|episode|episodio|character|personaje|hizo', unless: `${LAUGHING}|cosplay|costume|disfraz|receta|recipe|outfit|ropa|shoes|zapatos|curitas|bandaids|plasters|tiritas` },
  // Nobody would expect it, after a shooting: "pense q en el taller nadie se lo espera. me estoy preparando".
  { id: 'nobody-expects-it', severity: 'urgent', patterns: ['nadie|nobody ~1 se ~0 lo ~0 espera|esperaria|esperaría|imagina', 'nobody|no ~0 one ~1 would ~0 expect|see|suspect ~0 it', 'nobody ~0 expects|suspects ~0 it'], withShare: 'tiroteo|shooting|shooter|masacre|massacre|arma|armas|gun|guns|rifle|pistola|balacera', unless: LAUGHING },
  // Letting an illness take them: "binned my inhaler. next attack can take me", "ni uso el puff. si me ahogo q me lleve".
  { id: 'let-it-take-me', severity: 'concern', patterns: ['can|could|may|will|let ~0 it ~0 take ~0 me', 'attack|one|seizure|fit|hypo|crisis ~1 can|could|may|will ~0 take|have ~0 me', 'que|q ~0 me ~0 lleve|lleva'], withShare: 'inhaler|puff|inhalador|insulin|insulina|attack|ataque|seizure|convulsion|convulsión|hypo|pills|meds|medicacion|medicación|pastillas|heart|corazon|corazón|azucar|azúcar|sugar|cancer|cáncer|tratamiento|treatment|ahogo|ahogarme|asma|asthma|diabetes', unless: `${LAUGHING}|bus|colectivo|taxi|uber|train|tren|diablo|devil|chingada|verga|jodido|shit|ride|lift|aventon|aventón` },
  // Hurt on purpose: "broke my own wrist on purpose. said i slipped in the shower".
  { id: 'hurt-on-purpose', severity: 'concern', patterns: ['broke|broken|smashed|burned|burnt|cut|hurt|injured|sliced|slashed|banged ~3 my|me ~0 own ~0 wrist|arm|hand|finger|fingers|nose|leg|ribs|skin|head ~3 on ~0 purpose', 'rompi|rompí|quebre|quebré|queme|quemé|corte|corté|lastime|lastimé|golpee|golpeé ~3 la|el|mi|mis ~0 muñeca|muneca|brazo|mano|dedo|dedos|nariz|pierna|costillas|piel|cabeza ~3 a ~0 proposito|propósito|adrede'], unless: LAUGHING },
  // Cutting the skin, told plainly: "sliced my arm after the interview. its gaping".
  { id: 'sliced-skin', severity: 'concern', patterns: ['sliced|slashed|gashed|carved ~2 my|me|into ~1 arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin|stomach|belly'], unless: ACCIDENT },
  // Glad it could kill them: "el medico dijo q con el azucar asi me podia morir yo pense: perfecto, ojala".
  { id: 'death-welcome', severity: 'concern', patterns: ['me ~0 podia|podía|podria|podría|puedo|puede ~1 morir|matar', 'could|might|can ~0 die|kill ~1 me'], withShare: 'perfecto|ojala|ojalá|perfect|yay', unless: `${LAUGHING}|${IDIOM}|quit|deje|dejé|stopped|pare|paré` },
  // Better if they died: "si el colectivo choca y me muero, mejor".
  { id: 'better-if-dead', severity: 'concern', patterns: ['si ~8 me ~0 muero|muera|mato ~2 mejor|genial|perfecto|ojala|ojalá', 'if ~8 i ~0 die|died ~2 good|better|fine|whatever ~0 $', 'if ~8 i ~0 die|died ~2 oh ~0 well'], unless: `${LAUGHING}|risa|laughing|laugh|cuteness|ternura|calor|heat` },
  // In order to die: "me estoy dejando de comer pa morirme".
  { id: 'in-order-to-die', severity: 'urgent', patterns: ['pa|para ~0 morirme|matarme|suicidarme|desaparecer ~0 !de|!del|!en|!a', 'pa|para ~0 morirme|matarme|suicidarme ~0 $', 'in ~0 order ~0 to ~0 die|disappear', 'so ~0 i ~0 can ~0 die|disappear ~0 $'], unless: `${LAUGHING}|${IDIOM}|viejo|vieja|viejita|viejito|old|tranquilo|tranquila|feliz|happy|paz|peace` },
  // Ending when something runs out: "cuando se acaben me acabo yo".
  { id: 'ends-with-it', severity: 'urgent', patterns: ['cuando ~4 acaben|acabe|termine|terminen ~3 me ~0 acabo|termino|voy|muero|mato', 'me ~0 acabo|termino ~0 yo ~0 $', 'when ~4 runs|run|ends|end ~1 out ~3 so ~0 do ~0 i'], unless: `${LAUGHING}|vacaciones|holiday|contrato|lease|serie|series|temporada|season|libro|book` },
  // Wanting to do it again: "me queme el brazo. quiero volver a hacerlo".
  { id: 'again-on-the-skin', severity: 'concern', patterns: ['DESIRE|INTENT ~2 volver ~1 a ~0 hacerlo', 'want|wanna|gonna|going ~2 do ~1 it ~0 again'], withShare: 'queme|quemé|quemar*|burn*|cut|cuts|cutting|corte|corté|cortes|cortarme|brazo|arm|wrist|muñeca|muneca|sangre|blood|pierna|leg|thigh|muslo|piel|skin', unless: `${LAUGHING}|pelo|hair|cabello|flequillo|tattoo|tatuaje|piercing|cake|pastel|trip|viaje|marathon|maraton|maratón|race|carrera` },
  // Next time the face: "me tiro aceite caliente en la mano. dijo q la proxima va a la cara".
  { id: 'next-time-the-face', staysInPast: true, severity: 'urgent', patterns: ['dijo|dice|said|says ~3 la|next ~0 proxima|próxima|time ~3 cara|face|cuello|neck|ojos|eyes|cabeza|head'], unless: LAUGHING },
  // A cover story for rope: "bought rope "for a tent". i dont own a tent".
  { id: 'cover-story', severity: 'urgent', negative: true, patterns: ['i ~0 dont|didnt ~0 own|have ~1 a|an|any ~0 tent|boat|dog|garden|yard|hammock|swing|washing|clothesline|line', 'i ~0 do ~0 not ~0 own|have ~1 a|an|any ~0 tent|boat|dog|garden|yard|hammock|swing|washing|clothesline|line', 'ni ~0 tengo|tenemos ~1 carpa|tienda|perro|patio|jardin|jardín|hamaca|columpio|tendedero'], withShare: 'rope|cuerda|soga|cord|belt|cinturon|cinturón|hose|manguera|cable' },
  // A gun still waiting somewhere, and a visit soon: "dad's shotgun is still at the farm. going down this weekend".
  { id: 'gun-waiting', severity: 'urgent', patterns: ['shotgun|gun|rifle|pistol|escopeta|pistola|arma ~4 still|sigue|todavia|todavía ~0 at|in|there|alli|allí|ahi|ahí|en'], withShare: 'weekend|finde|tonight|noche|tomorrow|mañana|manana|soon|pronto|visit|visita|going|voy', unless: `${LAUGHING}|selling|sell|sold|vender|vendemos|police|policia|policía|surrender|entregar|licence|license|licencia|hunting|caza|cazar|season|temporada|clay|pigeons|museum|museo` },
  // The last chapter of a life: "mi vida es una novela mala y ya quiero q llegue el capitulo final. el de verdad".
  { id: 'final-chapter', severity: 'concern', patterns: ['DESIRE ~4 capitulo|capítulo|chapter ~0 final|ultimo|último', 'DESIRE ~4 last|final ~0 chapter|episode|page'], withShare: 'vida|life', unless: `${LAUGHING}|temporada|season|netflix|tele|tv|serie|series|show` },
  // Still bleeding from a wound one made: "me hice un "tatuaje" casero con el compas... sigo sangrando".
  { id: 'still-bleeding', severity: 'concern', patterns: ['sigo|still|keeps|keep ~0 sangrando|bleeding'], withShare: 'compas|compás|navaja|cuchilla|blade|razor|sacapuntas|cutter|tatuaje|tattoo|cuts|cut|cortes|corte|cortarme', unless: `${ACCIDENT}|dentist|dentista|nariz|nose|period|regla|encias|encías|gums` },
  // Not coming back, said as a goodbye: "Tell the garden club I won't be back. Not this time, not any time".
  { id: 'wont-be-back', staysInPast: true, severity: 'urgent', patterns: ['tell ~4 i ~0 wont|won ~0 be ~0 back ~0 $', 'not ~0 this ~0 time ~2 not ~0 any|ever ~0 time', 'diganle|díganle|dile|digan ~4 que|q ~0 no ~0 vuelvo|volvere|volveré|regreso ~0 $'], unless: LAUGHING },
  // No next time: "No va a haber otra semana. Es esta noche."
  { id: 'no-next-time', severity: 'urgent', patterns: ['no ~0 va|habra|habrá ~0 a ~0 haber ~0 otra|otro ~0 semana|dia|día|navidad|cumple|año|ano|mes ~0 $', 'no ~0 habra|habrá ~0 otra|otro ~0 semana|dia|día|navidad|cumple|año|ano|mes ~0 $', 'there ~0 wont|won ~0 be ~0 another|a ~0 next ~0 week|christmas|birthday|year|month|time ~0 $'], unless: `${LAUGHING}|like|como|igual|asi|así` },
  // Missing them where one is going: "Los voy a extrañar a donde voy".
  { id: 'where-im-going', severity: 'urgent', patterns: ['extrañar|extranar|extraño|extrano|echar ~4 a ~0 donde|dónde ~0 voy|vaya', 'miss ~3 where|wherever ~1 im|i ~0 going|go'], unless: `${LAUGHING}|${LEAVING}|prision|prisión|prison|carcel|cárcel|jail|army|ejercito|ejército|uni|universidad|university|college` },
  { id: 'last-time-because-it-is', severity: 'urgent', patterns: ['last|ultima|última ~0 time|vez ~1 bc|because|cuz|cause|porque|xq|pq|pues|since ~0 it|lo|esta|this ~0 is|es|sera|será', 'last ~0 time ~1 bc|because|cuz|cause|since ~0 it|this ~0 will ~0 be'], unless: `${LAUGHING}|${GAME_NAMES}|move|moving|mudo|mudanza|leaving|salgo|discharge|alta|graduat*|gradu*|season|temporada|semester|semestre|contract|contrato|lease|job|trabajo|sober|sobrio|sobria|quit|dejo|smoke|fumo|fumar|cigarette|cigarro|drink|drinking|tomar|trago` },
  // Checked what would hold the weight, or practised there: "had a proper look at the rafters. ive made up my mind".
  { id: 'beam-checked', severity: 'urgent', patterns: ['look|looked|looking|mire|miré|mirando|checked|checking|revise|revisé|revisando ~5 rafters|beam|beams|viga|vigas', 'rafters|beam|beams|viga|vigas|banister|bannister|barandal|barandilla ~6 hold|holds|aguanta|aguantaria|aguantaría ~3 weight|peso|me'], withShare: 'mind|decidido|decidida|rope|cuerda|soga|knot|nudo|weight|peso', unless: `${LAUGHING}|swing|columpio|hammock|hamaca|insulation|aislante|boxes|cajas|tank|tanque|lights|luces|decorations|adornos` },
  { id: 'practised-on', severity: 'urgent', patterns: ['practiced|practised|practising|practicing|practique|practiqué|ensaye|ensayé|ensayando|practicando ~4 on|en|con ~2 rafters|beam|beams|banister|bannister|barandal|barandilla|viga|vigas|closet|wardrobe|ropero|hook|gancho|door|puerta'], withShare: 'tie|tied|atar|nudo|knot|rope|cuerda|soga|cinturon|cinturón|belt|cable|vid|video|tutorial', unless: `${LAUGHING}|scouts|boat|barco|sailing|climbing|escalada|piano|guitar|guitarra` },
  // Cutting deeper next time: "took the stanley knife from the DIY box. deeper tonight".
  { id: 'deeper-this-time', severity: 'concern', patterns: ['deeper ~1 tonight|today|hoy', 'deeper ~1 this|next ~0 time', 'mas|más ~0 profundo|profundos|hondo|hondos ~2 hoy|noche|vez|proxima|próxima'], withShare: 'knife|blade|blades|razor|cut|cuts|cutting|stanley|cuchilla|cuchillas|navaja|cortar*|cortes|corte|cuchillo|sacapuntas|rastrillo', unless: `${LAUGHING}|digging|dig|cavar|pozo|hole|hoyo|meditation|meditacion|meditación|breath*|respir*|clean*|limpi*|stretch*` },
  // Reading one's own posts as one's obituary: "read the comments under my old posts like its my obituary".
  { id: 'my-own-obituary', severity: 'concern', patterns: ['like ~2 its|it|was|is|were ~0 my ~0 obituary|eulogy|funeral|wake|memorial', 'rehearsal|rehearsing|ensayo|ensayando ~3 my|mi|for|para ~0 funeral|death|obituary|muerte|velorio|entierro', 'como ~1 si ~1 fuera|fueran|fuese|fuesen ~1 mi|el ~0 pesame|pésame|obituario|esquela', 'como ~1 si ~1 fuera|fuese ~1 mi ~0 velorio|funeral|entierro'], unless: `${LAUGHING}|hangover|resaca|haircut|corte|cake|pastel|party|fiesta|cumple|birthday|cringe` },
  // Disappearing should be as easy as an app: "desaparecer deberia ser tan facil como desinstalar una app".
  { id: 'disappear-easy', severity: 'concern', patterns: ['desaparecer|disappearing|disappear|vanishing|vanish ~3 deberia|debería|should|would ~2 ser|be ~2 facil|fácil|easy|easier|simple'], unless: `${LAUGHING}|magic|magia|trick|truco|stain|mancha|money|dinero|plata|socks|calcetines` },
  // Ready to take what was gathered: "ya van mas de 60 en una caja de zapatos. casi listo para tomarmelas".
  { id: 'ready-to-take-them', severity: 'urgent', patterns: ['listo|lista|ready|preparado|preparada ~2 para|pa ~0 tomarmelas|tomármelas|tragarmelas|tragármelas'], withShare: 'van|juntando|juntado|juntadas|guardando|guardado|guardadas|sacando|caja|escondid*|todas|juntas' },
  // Someone to be told one went in peace: "tell my gran i went peacefully".
  { id: 'went-peacefully', staysInPast: true, severity: 'urgent', patterns: ['tell|tellem ~4 i ~0 went|go|passed|died ~0 peacefully|quietly|quick|quickly|happy', 'dile|diganle|díganle|digale|dígale|decile|decirle|digan ~4 que|q ~0 me ~0 fui|voy|morí|mori ~0 en ~0 paz', 'dile|diganle|díganle|digale|dígale|decile|decirle|digan ~4 que|q ~0 me ~0 fui|voy|morí|mori ~0 tranquilo|tranquila|contento|contenta|feliz'], unless: LAUGHING },
  // Nothing ties one to life: "hermano preso, viejos muertos. nada me ata a esta vida".
  { id: 'nothing-ties-me', negative: true, severity: 'concern', patterns: ['nada|nadie ~1 me ~0 ata|ate|amarra|retiene|detiene ~2 a|en ~1 esta|este ~0 vida|mundo', 'nothing|nobody ~1 ties|keeps|holds ~1 me ~2 to|in ~1 this ~0 life|world', 'nothing|nobody ~1 keeping|holding|tying ~1 me ~0 here'], unless: LAUGHING },
  // Going the way someone went: "mi hermano murio de sobredosis y yo voy x el mismo camino esta noche".
  { id: 'same-way-tonight', severity: 'urgent', patterns: ['voy|vamos|sigo|going|headed|heading|head ~3 mismo|same ~0 camino|way|path|road|route'], with: 'tonight|noche|hoy|today|soon|pronto', withShare: 'murio|murió|died|sobredosis|overdose|od|fallecio|falleció|muerto|dead|suicid*|mato|mató|killed', unless: LAUGHING },
  // Held down and the one who did it still here: "got held down in the laundry room yesterday. hes still here".
  { id: 'held-down', staysInPast: true, severity: 'urgent', patterns: ['got|was|been|being|get ~0 held|pinned ~0 down', 'held|pinned|holds|pins ~1 me ~0 down', 'me ~0 sujeto|sujetó|sujetaron|inmovilizo|inmovilizó|inmovilizaron|agarraron|tiraron ~3 contra|en|al ~1 el|la ~0 suelo|piso|pared|cama'], unless: `${LAUGHING}|${GAME_NAMES}|wrestling|lucha|judo|bjj|jiujitsu|rugby|paintball|airsoft|game|juego|tickle|cosquillas|dentist|dentista|nurse|enfermera|vaccine|vacuna|blood|sangre|siblings|brother|hermano|hermanito|kids|niños|play|jugando|playing|job|work|trabajo|meetings|class` },
  // Asking for a fatal dose: "asked the chemist whats a fatal dose. said it was for a quiz".
  { id: 'lethal-dose-asked', staysInPast: true, severity: 'urgent', patterns: ['fatal|lethal|letal|mortal|deadly ~0 dose|dosis|amount|cantidad', 'dosis|cantidad ~0 letal|mortal'], unless: `${LAUGHING}|nurse|enfermera|enfermeria|enfermería|nursing|training|charla|talk|safety|seguridad|course|curso|class|clase|documentary|documental|pharmacology|farmacologia|farmacología|vet|veterinario|dog|perro|cat|gato|naloxone|naloxona|narcan` },
  // Letting oneself go with nothing to hold on to: "no tengo donde agarrarme y me estoy dejando ir".
  { id: 'letting-go', severity: 'concern', patterns: ['me ~0 estoy ~0 dejando ~0 ir', 'dejandome|dejándome ~0 ir', 'NEG ~1 tengo|hay ~2 donde|de ~1 agarrarme|sostenerme|agarrar'], negative: true, unless: `${LAUGHING}|pelo|hair|barba|beard|llevar|corriente|music|musica|música|baile|dance` },
  // Took the pills with drink and cannot breathe: "me tome la caja de tramadol con cerveza... no puedo respirar bien".
  { id: 'cant-breathe-after', severity: 'urgent', negative: true, patterns: ['NEG ~2 puedo|can|could ~0 respirar|breathe', 'cant|couldnt ~0 breathe'], withShare: 'tome|tomé|took|swallowed|trague|tragué|mezcle|mezclé|mixed|caja|box|bottle|frasco|pastillas|pills|tramadol|benzos|xanax|fent*|dose|dosis|overdose|sobredosis|od', unless: `${LAUGHING}|calor|heat|asma|asthma|inhaler|inhalador|humo|smoke|nariz|nose|mascarilla|mask|gym|running|correr|covid|gripe|flu|resfriado|cold|panic|panico|pánico|ansiedad|anxiety|risa|laughing|cry|crying|llorar|llorando` },
  // A long life and time to call it a day: "had a good innings. time to call it a day, not work".
  { id: 'good-innings', severity: 'urgent', patterns: ['i|ive|weve ~1 had ~1 a ~0 good ~0 innings|run', 'had ~0 a ~0 good ~0 innings ~0 $', 'call|calling ~0 it ~0 a ~0 day ~2 not|no ~1 work|shift|job|trabajo'], unless: `${LAUGHING}|${GAME_NAMES}|she|he|they|gran|nan|grandad|grandma|mum|mom|dad|dog|cat|her|his|him|team|match|season` },
  // A hose that fits the exhaust: "hose fits the exhaust. this sunday".
  { id: 'exhaust-hose', severity: 'urgent', patterns: ['hose|manguera|tube|tubo|pipe ~4 exhaust|escape|tailpipe|mofle', 'exhaust|escape|tailpipe|mofle ~4 hose|manguera|tube|tubo'], unless: `${LAUGHING}|mechanic|mecanico|mecánico|taller|repair|repaired|arreglar|arregle|arreglé|fix|fixed|leak|fuga|mot|itv|verificacion|verificación|garage|smog|dryer|secadora|vent|ventilacion|ventilación` },
  // Wanting to act on the thoughts: "ahora me dan paz y los quiero cumplir".
  { id: 'act-on-thoughts', severity: 'urgent', patterns: ['los|las ~0 quiero ~0 cumplir|seguir|obedecer', 'los|las ~0 voy ~0 a ~0 cumplir|seguir|obedecer', 'quiero|voy ~1 a ~0 cumplirlos|cumplirlas|seguirlos|obedecerlos|obedecerlas', 'want|going|gonna|ready ~1 to ~0 act ~0 on ~0 them|it|those'], withShare: 'pensamientos|pensamiento|ideas|idea|thoughts|thought|voces|voices|voice|voz', unless: `${LAUGHING}|goals|metas|objetivos|plan|plans|planes|sueños|dreams|resolutions|propositos|propósitos` },
  // Doubting one will last till the appointment: "la psiquiatra me dio turno pal mes q viene. dudo q llegue".
  { id: 'doubt-ill-last', severity: 'urgent', patterns: ['dudo ~0 q|que ~0 llegue ~0 $', 'dudo ~0 q|que ~0 llegue ~0 vivo|viva', 'doubt ~1 ill|i ~0 make ~0 it ~0 $', 'doubt ~1 ill|i ~0 last|be ~0 around|alive|here'], unless: `${LAUGHING}|bus|tren|train|tiempo|time|traffic|trafico|tráfico|tarde|late|paquete|package|parcel|delivery|pedido|order|carta|letter|cheque|check|pago|payment|dinero|money` },
  // Self-harm to come back to the body, and going deeper: "me corto pa volver y hoy no alcanza, voy mas profundo".
  { id: 'harm-to-feel', severity: 'urgent', patterns: ['me ~0 corto|quemo|lastimo|golpeo ~0 pa|para ~0 volver|sentir|despertar|sentirme|aterrizar', 'cut|burn|hurt ~0 myself ~1 to ~0 feel|come|get ~0 back|real|something|anything|grounded', 'voy|ir|going|gonna|cut|cutting ~1 mas|más|more ~0 profundo|hondo|deep|deeper'], withShare: 'corto|cortes|cortarme|cut|cuts|cutting|cuchilla|blade|navaja|razor|quemo|burn|sangre|blood|profundo|deeper', unless: `${LAUGHING}|pelo|hair|fringe|flequillo|uñas|nails|cebolla|onion|wood|madera|paper|papel|dive|bucear|swim|nadar|pool|piscina` },
  // "Hasta ahí llego": as far as the resident goes.
  { id: 'as-far-as-i-go', staysInPast: true, severity: 'concern', patterns: ['hasta ~0 ahi|ahí|aqui|aquí|aca|acá ~0 llego|llegue|llegué ~0 yo|$'], unless: `${LAUGHING}|${GAME_NAMES}|hoy|dieta|trabajo|chamba|clase|curso|libro|serie|capitulo|km|kilometros|millas|caminata|bus|camion|camión|metro|tarea|lectura|pagina|página|ingles|inglés|paciencia` },
];

type Matcher = (token: Token) => boolean;

function compileSlot(words: { en: readonly string[]; es: readonly string[] }): Matcher {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  const en = new Set<string>();
  const es = new Set<string>();
  const excluded = new Set<string>();
  const add = (entry: string, stem: (w: string) => string, stems: Set<string>) => {
    if (entry.startsWith('!')) excluded.add(entry.slice(1));
    else if (entry.startsWith('=')) exact.add(entry.slice(1));
    else if (entry.endsWith('*')) prefixes.push(entry.slice(0, -1));
    else {
      exact.add(entry);
      stems.add(stem(entry));
    }
  };
  for (const entry of words.en) add(entry, stemEnglish, en);
  for (const entry of words.es) add(entry, stemSpanish, es);
  // Plain loops: asked of every new word by every element, so no closures are made per call.
  return (token) => {
    if (anyIn(token.forms, excluded)) return false;
    return anyFormIn(token.forms, exact, prefixes) || anyIn(token.stemEn, en) || anyIn(token.stemEs, es);
  };
}

function anyIn(values: readonly string[], set: ReadonlySet<string>): boolean {
  for (const value of values) if (set.has(value)) return true;
  return false;
}

/** Whether any form is one of `words` or starts with one of `prefixes`. */
function anyFormIn(forms: readonly string[], words: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  for (const form of forms) {
    if (words.has(form)) return true;
    for (const prefix of prefixes) if (form.startsWith(prefix)) return true;
  }
  return false;
}

/**
 * Each word's slots are worked out once, however many patterns ask: what a word matches depends
 * only on the word as read and its stems, so the answers are kept between shares too (residents
 * reuse words, and asking each element of each pattern about each word is the slow part).
 */
let matcherCount = 0;
const KNOWN_CACHE_SIZE = 20_000;
const knownByWord = new Map<string, Uint8Array>();
const wordKey = (token: Token) => `${token.forms.join(' ')}|${token.stemEn.join(' ')}|${token.stemEs.join(' ')}`;
function knownFor(token: Token): Uint8Array {
  const key = (token.key ??= wordKey(token));
  let known = knownByWord.get(key);
  if (!known) {
    if (knownByWord.size >= KNOWN_CACHE_SIZE) knownByWord.clear();
    known = new Uint8Array((matcherCount + 3) >> 2);
    knownByWord.set(key, known);
  }
  return known;
}
/**
 * Two bits a matcher, four to a byte: 0 not asked yet, 1 no, 2 yes. A word kept takes a quarter of
 * the memory a byte each would, and the kept words are most of what a check leaves behind.
 */
function memoised(matcher: Matcher): Matcher {
  const id = matcherCount++;
  const at = id >> 2;
  const shift = (id & 3) * 2;
  return (token) => {
    const known = (token.known ??= knownFor(token));
    const state = ((known[at] ?? 0) >> shift) & 3;
    if (state) return state === 2;
    const found = matcher(token);
    known[at] = (known[at] ?? 0) | ((found ? 2 : 1) << shift);
    return found;
  };
}

const SLOT_MATCHERS = new Map<string, Matcher>(Object.entries(SLOTS).map(([name, words]) => [name, memoised(compileSlot(words))]));

/** One element: alternatives of slots and words. */
/** Elements written the same way in several patterns share one matcher, so each word is asked once. */
const elements = new Map<string, Matcher>();
function compileElement(text: string): Matcher {
  let found = elements.get(text);
  if (!found) {
    found = compileNewElement(text);
    elements.set(text, found);
  }
  return found;
}

/**
 * `!word` (or `!SLOT`) leaves a word out of what the other alternatives match: `pastill*|!pastillero`
 * is any "pastill-" word but the pill organiser. An element of exclusions only matches any word but those.
 */
function compileNewElement(text: string): Matcher {
  const alternatives = text.split('|');
  const excluded = alternatives.filter((alt) => alt.startsWith('!')).map((alt) => alt.slice(1));
  const included = alternatives.filter((alt) => !alt.startsWith('!'));
  const matches = included.length === 0 ? () => true : compileAlternatives(included);
  if (excluded.length === 0) return memoised(matches);
  const isExcluded = compileAlternatives(excluded);
  return memoised((token) => matches(token) && !isExcluded(token));
}

function compileAlternatives(alternatives: readonly string[]): Matcher {
  const slots: Matcher[] = [];
  const words = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of alternatives) {
    const alt = raw.startsWith('=') ? raw.slice(1) : raw;
    const slot = SLOT_MATCHERS.get(alt);
    if (slot) slots.push(slot);
    else if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else words.add(alt);
  }
  return (token) => {
    if (anyFormIn(token.forms, words, prefixes)) return true;
    for (const slot of slots) if (slot(token)) return true;
    return false;
  };
}

interface Step {
  matches: Matcher;
  /** Words allowed between the previous element and this one. */
  gap: number;
  /** `$`: the clause ends here ("ya no puedo.", "i just can't anymore"): nothing follows before a comma or a full stop. */
  clauseEnd?: boolean;
  /** Only exclusions (`!hoy|!manana`): a word that must not stand there, which is not itself part of what the pattern covers. */
  guard?: boolean;
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
    else if (part === '$') steps.push({ matches: () => false, gap: 0, clauseEnd: true });
    else {
      steps.push({ matches: compileElement(part), gap, guard: part.split('|').every((alt) => alt.startsWith('!')) });
      gap = 0;
    }
  }
  return { steps, negated: /(^|\||\s)(NEG|never|not|no|nunca|nobody|nadie|nothing|nada|wont|without|sin)(\||\s|$)/.test(text) };
}

interface CompiledRule {
  rule: Rule;
  patterns: CompiledPattern[];
  with?: Matcher;
  withShare?: Matcher;
  unless?: Matcher;
  unlessShare?: Matcher;
}

/**
 * A rule's `with`, `unless` and share-wide words: one word per alternative. A phrase there ("de
 * verdad") could never match a single word, so it is refused when the rules are read.
 */
function compileContext(text: string | undefined): Matcher | undefined {
  if (text === undefined) return undefined;
  if (/\s/.test(text)) throw new Error(`A phrase among one-word alternatives never matches: ${text.split('|').find((alt) => /\s/.test(alt))}`);
  return compileElement(text);
}

const COMPILED: readonly CompiledRule[] = RULES.map((rule) => ({
  rule,
  patterns: rule.patterns.map(compilePattern),
  with: compileContext(rule.with),
  withShare: compileContext(rule.withShare),
  unless: compileContext(rule.unless),
  unlessShare: compileContext(rule.unlessShare),
}));

/**
 * Which patterns of a list may start at each word. Most words start none: asking each pattern about
 * each word of a long share was most of the check's time, so each word is asked once and the answer
 * kept between shares, as `knownFor` keeps each element's.
 */
let startIndexCount = 0;
class StartIndex {
  private readonly id = startIndexCount++;
  private readonly byWord = new Map<string, readonly number[]>();
  private readonly firstSteps: readonly Matcher[];

  constructor(patterns: readonly CompiledPattern[]) {
    this.firstSteps = patterns.map((pattern) => (pattern.steps[0] as Step).matches);
  }

  /** The patterns (by their place in the list) that may start at this word. */
  at(token: Token): readonly number[] {
    const onToken = (token.starts ??= []);
    const kept = onToken[this.id];
    if (kept) return kept;
    const key = (token.key ??= wordKey(token));
    let starts = this.byWord.get(key);
    if (!starts) {
      if (this.byWord.size >= KNOWN_CACHE_SIZE) this.byWord.clear();
      const found: number[] = [];
      for (let index = 0; index < this.firstSteps.length; index++) if ((this.firstSteps[index] as Matcher)(token)) found.push(index);
      starts = found;
      this.byWord.set(key, starts);
    }
    onToken[this.id] = starts;
    return starts;
  }

  /** Where each pattern of the list may start in the share, in order (undefined: nowhere). */
  positions(tokens: readonly Token[]): (number[] | undefined)[] {
    const positions = new Array<number[] | undefined>(this.firstSteps.length);
    tokens.forEach((token, position) => {
      for (const index of this.at(token)) (positions[index] ??= []).push(position);
    });
    return positions;
  }
}

/** Every crisis pattern, numbered in rule order. */
const RULE_STARTS = new StartIndex(COMPILED.flatMap(({ patterns }) => patterns));
const NO_STARTS: readonly number[] = [];

const isNegation = SLOT_MATCHERS.get('NEG') as Matcher;

/** Where the pattern matches from `start`, or -1: the end of the first way it fits. */
function matchFrom(tokens: readonly Token[], steps: readonly Step[], index: number, position: number, sentence: number, inClause: boolean): number {
  const step = steps[index];
  if (!step) return position;
  if (step.clauseEnd) {
    const next = tokens[position + 1];
    return !next || next.sentence !== sentence || next.pause ? matchFrom(tokens, steps, index + 1, position, sentence, inClause) : -1;
  }
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

/** "Nobody" right before a pattern denies it as a "no" does: "nadie me pega aquí", "nobody hurts me here". */
const NOBODY = new Set(['nobody', 'noone', 'nadie']);
/** Words that may stand between "nobody" and what it denies: "nobody here wants to", "nadie aquí se quiere". */
const NOBODY_BETWEEN = new Set(['here', 'else', 'around', 'in', 'this', 'house', 'aqui', 'aca', 'alli', 'en', 'esta', 'casa', 'se', 'really', 'actually']);
/** "Nobody" before the match, with at most two such words between. */
function nobodyBefore(tokens: readonly Token[], start: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  for (let at = start - 1; at >= Math.max(0, start - 3); at--) {
    const token = tokens[at] as Token;
    if (token.sentence !== sentence || tokens[at + 1]?.pause) return false;
    if (NOBODY.has(token.word)) return true;
    if (!NOBODY_BETWEEN.has(token.word)) return false;
  }
  return false;
}
/** "can't wait to": eagerness, not a negation. */
const EAGER = new Set(['wait', 'esperar', 'espero']);
/** "nunca tuve tantas ganas de morirme": never so much, a measure, not a denial. */
const SO_MUCH = new Set(['tantas', 'tantos', 'tanta', 'tanto']);
/** "can't stop thinking of it", "no puedo dejar de pensar en eso": two negatives, so it goes on. */
const STOP = new Set(['stop', 'dejar', 'parar']);
const CAN = new Set(['can', 'could', 'puedo', 'podia', 'pude']);
const stopsNot = (tokens: readonly Token[], at: number) =>
  STOP.has(tokens[at + 1]?.word ?? '') || (CAN.has(tokens[at + 1]?.word ?? '') && STOP.has(tokens[at + 2]?.word ?? ''));
const denies = (tokens: readonly Token[], at: number) =>
  isNegation(tokens[at] as Token) &&
  !EAGER.has(tokens[at + 1]?.word ?? '') &&
  !SO_MUCH.has(tokens[at + 1]?.word ?? '') &&
  !SO_MUCH.has(tokens[at + 2]?.word ?? '') &&
  !stopsNot(tokens, at);

/** Words a negated wish or intent leads through to what is wished: "don't want to go to sleep forever". */
const VERB_CHAIN = compileElement('DESIRE|INTENT|to|ta|go|be|get|ir|a|de|que|q|just|really|even|ever|wanna|gonna|tryna|want|quiero|quiera|voy|seguir|estar|ser|back|volver|regresar|eso|wanting|querer');
const isWishOrIntent = compileElement('DESIRE|INTENT');
/** How many words a negated wish or intent may lead through before what it negates. */
const CHAIN_REACH = 6;

/**
 * A negation that governs the start of the match through a chain of wishes, intents and little
 * words: "i don't want to go to sleep forever" negates "sleep forever" however far it stands.
 */
function negatedThroughChain(tokens: readonly Token[], start: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  let wish = false;
  for (let at = start - 1; at >= Math.max(0, start - CHAIN_REACH - 1); at--) {
    const token = tokens[at] as Token;
    if (token.sentence !== sentence) return false;
    if (denies(tokens, at)) return wish;
    if (!VERB_CHAIN(token)) return false;
    wish ||= isWishOrIntent(token);
    if (token.pause) return false;
  }
  return false;
}

/**
 * A negation just before the match, or inside it, in the same sentence and not past a pause.
 * `inside: false` for rules whose wordings hold negative words of their own ("cut and it didn't
 * help so i cut more"): only a negation before the match counts then.
 */
/** Words that stand with a verb and are not one: "no me pagan", "if they dont". */
const BESIDE_A_VERB = new Set(['me', 'te', 'se', 'lo', 'la', 'le', 'los', 'las', 'les', 'nos', 'i', 'they', 'he', 'she', 'you', 'we', 'it']);
/**
 * A negation inside an "if" before the words: "si pal 15 no me depositan me mato", "if they dont
 * pay me im done". It negates the condition, not what follows it: a verb of its own stands between.
 */
function negatesCondition(tokens: readonly Token[], at: number, start: number): boolean {
  const sentence = (tokens[at] as Token).sentence;
  const ifBefore = [1, 2, 3].some((back) => {
    const token = tokens[at - back];
    return token !== undefined && token.sentence === sentence && (token.word === 'si' || token.word === 'if');
  });
  if (!ifBefore) return false;
  for (let k = at + 1; k < start; k++) if (!BESIDE_A_VERB.has((tokens[k] as Token).word)) return true;
  return false;
}

function negatedAt(tokens: readonly Token[], start: number, end: number, inside = true): boolean {
  const sentence = (tokens[start] as Token).sentence;
  if (nobodyBefore(tokens, start)) return true;
  if (inside) for (let at = start; at <= end; at++) if (at > start && denies(tokens, at)) return true;
  for (let at = start; at >= Math.max(0, start - NEGATION_REACH); at--) {
    const token = tokens[at] as Token;
    if (token.sentence !== sentence) break;
    if (at < start && denies(tokens, at) && !negatesCondition(tokens, at, start)) return true;
    // "didn't help so i cut more", "no dormí y quiero morir": a negation does not reach past "so" or "and".
    if (token.pause || (at < start && CONNECTIVES.has(token.word))) break;
  }
  return negatedThroughChain(tokens, start);
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

/** Rules that may read as recovery talk when their sentence is told only in the past ("I used to want to die"). */
const PAST_MAY_CLEAR = new Set(RULES.filter((rule) => rule.staysInPast !== true).map((rule) => rule.id));
const isPast = SLOT_MATCHERS.get('PAST') as Matcher;
const isNow = SLOT_MATCHERS.get('NOW') as Matcher;
const isRecovery = SLOT_MATCHERS.get('RECOVERY') as Matcher;
const isBetterNow = compileElement('agradecid*|bendecid*|blessed|grateful|thankful|gracias|glad|happy|feliz|contento|contenta|alive|vivo|viva|proud|orgullos*|safe|segura|seguro');
const isAsked = SLOT_MATCHERS.get('ASKED') as Matcher;

const LIED = new Set(['lied', 'lying', 'lie', 'menti', 'mintiendo', 'miento']);

/**
 * Someone else's question retold in the sentence ("my counselor asked me if..."), not one nobody
 * asked: "nobody asked why", "nadie preguntó", "no one asked", "never asked".
 */
function someoneAsked(tokens: readonly Token[], start: number, end: number): boolean {
  // "they asked if i think of hurting myself. said no. lied": the answer was not true.
  if (tokens.some((token) => LIED.has(token.word))) return false;
  const nobodyBefore = (i: number) => {
    // "nadie me preguntó": a pronoun between "nobody" and the asking.
    const at = CLITICS.has(tokens[i - 1]?.word ?? '') ? i - 1 : i;
    const before = tokens[at - 1];
    return before !== undefined && (NOBODY.has(before.word) || isNegation(before) || (before.word === 'one' && tokens[at - 2]?.word === 'no'));
  };
  // "asked for double" is a request, not a question retold; "pregunto x mi", at the end, is asking for oneself.
  for (let i = start; i < end; i++) if (isAsked(tokens[i] as Token) && !nobodyBefore(i) && tokens[i + 1]?.word !== 'for' && !asksForSelf(tokens, i)) return true;
  return false;
}
const FOR_ES = new Set(['x', 'por', 'para', 'pa']);
/** "pregunto x mí", "pregunto x algo": asking for oneself, or for a reason of one's own. */
const SELF_OR_REASON = new Set(['mi', 'algo']);
const CLITICS = new Set(['me', 'te', 'le', 'nos', 'les', 'lo', 'la']);
function asksForSelf(tokens: readonly Token[], i: number): boolean {
  const after = tokens[i + 3];
  return FOR_ES.has(tokens[i + 1]?.word ?? '') && SELF_OR_REASON.has(tokens[i + 2]?.word ?? '') && (after === undefined || after.sentence !== tokens[i]?.sentence);
}

/** "hace un año" is "a year ago"; "lo hace" is "does it". */
const HACE_AGO = /^(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|mucho|muchos|muchas|poco|pocos|algun|tiempo|anos|meses|semanas|dias|rato)$/;
/** "i've tried everything", "ya intenté todo": worn out now, not a crisis in the past. */
const TRIED = new Set(['tried', 'intente']);
const TRIED_ALL = new Set(['everything', 'all', 'todo', 'nothing', 'nada']);
/** "antes de que" is "before", not "in the past"; "used the blade" is not "used to". */
const isListedPast = (token: Token, next: Token | undefined) =>
  isPast(token) &&
  !(token.word === 'antes' && next?.word === 'de') &&
  !(token.word === 'used' && next?.word !== 'to') &&
  !(token.word === 'estuve' && /(?:ando|endo)$/.test(next?.word ?? '')) &&
  !(token.word === 'hace' && !HACE_AGO.test(next?.word ?? '')) &&
  !(TRIED.has(token.word) && TRIED_ALL.has(next?.word ?? ''));

/** "back when", "back in 2021", "a few months back": the past, where "back" alone is a return ("the urges are back"). */
const BACK_THEN_AFTER = new Set(['when', 'then']);
/** "back in 2021", "back in high school", "back in foster care"; "back in my life" and "go back in" are returns. */
const BACK_IN_WHEN = /^(?:\d+|high|middle|school|college|foster|juvie|elementary|primaria|secundaria)$/;
const BACK_THEN_BEFORE = new Set(['months', 'years', 'weeks', 'days', 'way', 'ago', 'month', 'year', 'week', 'while']);
/** "back" that is not a return: "right back out", "call back", "the back row". */
const BACK_OTHER_BEFORE = new Set(['right', 'call', 'called', 'calling', 'write', 'wrote', 'text', 'texted', 'hold', 'held', 'holding', 'pay', 'paid', 'cutting', 'cut', 'laid', 'lay', 'kick', 'my', 'the', 'his', 'her', 'lower']);
const BACK_OTHER_AFTER = new Set(['row', 'home', 'yard', 'porch', 'door', 'pain', 'seat', 'room', 'office', 'hurts', 'on', 'down']);
const backThen = (tokens: readonly Token[], i: number) =>
  tokens[i]?.word === 'back' &&
  (BACK_THEN_AFTER.has(tokens[i + 1]?.word ?? '') || BACK_THEN_BEFORE.has(tokens[i - 1]?.word ?? '') || (tokens[i + 1]?.word === 'in' && (BACK_IN_WHEN.test(tokens[i + 2]?.word ?? '') || (tokens[i + 2]?.word === 'the' && ['day', 'days'].includes(tokens[i + 3]?.word ?? '')))));
const backOther = (tokens: readonly Token[], i: number) =>
  tokens[i]?.word === 'back' && (BACK_OTHER_BEFORE.has(tokens[i - 1]?.word ?? '') || BACK_OTHER_AFTER.has(tokens[i + 1]?.word ?? ''));
/** "when i was using", "when i was drinking": a time of one's life that is over. */
const WAS_THEN = new Set(['using', 'drinking', 'high', 'drunk', 'homeless', 'younger', 'little', 'locked', 'inside', 'active', 'sick', 'kid', 'teen', 'teenager']);
const REMEMBER = new Set(['remember', 'member', 'recuerdo', 'recuerdas', 'recuerdan', 'acuerdo', 'acuerdas', 'acuerdan']);
const FINAL_AFTER = new Set(['for', 'here', 'ever', 'alive', 'on', 'with', 'together']);
const SEASON = new Set(['christmas', 'xmas', 'thanksgiving', 'easter', 'winter', 'summer', 'spring', 'autumn', 'fall', 'navidad', 'primavera', 'pascua']);
/** "when i got here", "cuando llegue": the start of one's stay, looked back on. */
const ARRIVED = new Set(['got', 'came', 'arrived', 'moved', 'first']);
/**
 * "cuando llegue aqui", "cuando llegue tenia…": when the resident came to the house, told with "here" or a
 * verb of then after it. Not "cuando llegue la noche": the same word also says "when it comes".
 */
const ARRIVED_ES = new Set(['llegue', 'llegué', 'entre', 'entré', 'ingrese', 'ingresé']);
const AFTER_ARRIVED_ES = new Set(['aqui', 'aquí', 'aca', 'acá', 'tenia', 'tenía', 'estaba', 'queria', 'quería', 'pensaba', 'era']);
/** A year told as then a word or two after "was" or "fue": "was xmas 2019", "fue en marzo 2019". */
const WAS_BEFORE_YEAR = new Set(['was', 'were', 'fue', 'era', 'eran']);

/** Someone's death anniversary ("my moms anniversary", "el aniversario de mi papá") is a date ahead, not one's own past. */
const isKinOrTheirs = compileElement(`${KIN}|${KIN_OWNING}|her|his|their|su|sus|moms|dads`);
const deathAnniversary = (tokens: readonly Token[], i: number) =>
  ['anniversary', 'aniversario'].includes((tokens[i] as Token).word) &&
  [tokens[i - 1], ...(tokens[i + 1]?.word === 'de' ? [tokens[i + 2], tokens[i + 3]] : [])].some((t) => t !== undefined && isKinOrTheirs(t));

const THIS_OR_NEXT = new Set(['this', 'next', 'every']);
const YEAR = /^(?:19[89]\d|20[0-4]\d)$/;
/** A year before this one ("2019"): the one place the share check reads the clock. */
const pastYear = (word: string) => YEAR.test(word) && Number(word) < new Date().getFullYear();
const PAST_YEAR_BEFORE = new Set(['was', 'were', 'fue', 'era', 'eran', 'back', 'since', 'desde']);
const IN_YEAR = new Set(['in', 'en']);
const DIED = new Set(['died', 'passed', 'murio', 'murió', 'fallecio', 'falleció', 'lost', 'perdi', 'perdí', 'perdimos']);
const WEATHER = new Set(['aire', 'viento', 'frio', 'calor', 'sol', 'fresco', 'calorcito', 'friito', 'bochorno']);
/** "peor q antes", "worse than before": a comparison with then. */
const COMPARED = new Set(['q', 'que', 'than', 'de']);
const MORE_OR_WORSE = new Set(['peor', 'peores', 'mas', 'worse', 'more']);
const MOMENTS = new Set(['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'second', 'seconds', 'sec', 'secs', 'moment', 'bit']);

/** Whether the word at `i` puts its clause in the past. */
function pastWordAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  if (deathAnniversary(tokens, i)) return false;
  // "this year", "next year": a time still to come.
  if (token.word === 'year' && THIS_OR_NEXT.has(tokens[i - 1]?.word ?? '')) return false;
  // "that was 2019", "fue en 2015", "back in 2016": a year told as the past.
  if (YEAR.test(token.word) && (PAST_YEAR_BEFORE.has(tokens[i - 1]?.word ?? '') || (IN_YEAR.has(tokens[i - 1]?.word ?? '') && PAST_YEAR_BEFORE.has(tokens[i - 2]?.word ?? '')))) return true;
  // "en 2021 me quise quitar la vida", "in 2019 i wanted to die": in a year gone by.
  // Not "she died in 2019": a year that dates someone's death says nothing of when the words are meant.
  if (pastYear(token.word) && IN_YEAR.has(tokens[i - 1]?.word ?? '') && !DIED.has(tokens[i - 2]?.word ?? '')) return true;
  // "20 minutes ago", "an hour ago": just now, not the past.
  if (token.word === 'ago' && MOMENTS.has(tokens[i - 1]?.word ?? '')) return false;
  // "hace mucho aire", "hace un frío": the weather, not "a long time ago" ("hace frío" alone is never read as the past).
  if (token.word === 'hace' && WEATHER.has(tokens[i + 2]?.word ?? '')) return false;
  // "desde hace años": for years and still, not years ago.
  if (token.word === 'hace' && tokens[i - 1]?.word === 'desde') return false;
  // "peor q antes", "worse than before": how it is now, measured against then.
  if ((token.word === 'antes' || token.word === 'before') && COMPARED.has(tokens[i - 1]?.word ?? '') && [tokens[i - 2], tokens[i - 3]].some((t) => MORE_OR_WORSE.has(t?.word ?? ''))) return false;
  if (isListedPast(token, next) || backThen(tokens, i)) return true;
  if ((token.word === 'was' || token.word === 'were') && WAS_THEN.has(next?.word ?? '')) return true;
  if (ARRIVED.has(token.word) && (next?.word === 'here' || next?.word === 'in') && (['when', 'i'].includes(tokens[i - 1]?.word ?? '') || tokens[i - 1]?.sentence !== token.sentence)) return true;
  if (ARRIVED_ES.has(token.word) && tokens[i - 1]?.word === 'cuando' && AFTER_ARRIVED_ES.has(next?.word ?? '')) return true;
  if (pastYear(token.word) && [tokens[i - 2], tokens[i - 3]].some((t) => t?.sentence === token.sentence && WAS_BEFORE_YEAR.has(t.word))) return true;
  // "remember when i wanted to die?", "me acuerdo cuando…": a time looked back on.
  if ((token.word === 'when' || token.word === 'cuando') && REMEMBER.has(tokens[i - 1]?.word ?? '')) return true;
  // "last christmas", "la navidad pasada": a season or a holiday gone by, like "last year".
  // Not "last christmas for me", "my last christmas here": a final one.
  if (SEASON.has(token.word) && tokens[i - 1]?.word === 'last' && !FINAL_AFTER.has(next?.word ?? '') && !['my', 'mi'].includes(tokens[i - 2]?.word ?? '')) return true;
  if (token.word === 'pasada' && SEASON.has(tokens[i - 1]?.word ?? '')) return true;
  return token.word === 'llegue' && ['aqui', 'aca'].includes(next?.word ?? '');
}

/** Words that say it came back later in the share: "then last week i did it again", "y volví a hacerlo". */
const RELAPSE = [
  'relaps*|recai|recaida|slipped',
  'did|done|doing|cut|cutting|used|using|drank|hurt|burned ~2 it|myself|again ~0 again',
  'lo|la ~0 volvi|volvio ~1 a ~0 hacer',
  'volvi|volvio ~1 a ~0 cortar*|lastim*|quemar*|consumir|tomar|hacer*',
  'lo ~0 hice ~0 otra|de ~0 vez|nuevo',
].map(compilePattern);
/** Where the share last tells that it came back, and does not deny it ("i won't do it again" does not count); -1 if nowhere. */
const lastRelapse = perShare((tokens) => {
  let last = -1;
  for (const pattern of RELAPSE) {
    for (let i = tokens.length - 1; i > last; i--) {
      const token = tokens[i] as Token;
      const end = (pattern.steps[0] as Step).matches(token) ? matchFrom(tokens, pattern.steps, 0, i, token.sentence, false) : -1;
      if (end >= 0 && !negatedAt(tokens, i, end)) {
        last = i;
        break;
      }
    }
  }
  return last;
});
const relapsedAfter = (tokens: readonly Token[], from: number) => lastRelapse(tokens) >= from;
/** Where the share last turns to now ("now", "hoy"); -1 if nowhere. */
const lastTurn = perShare((tokens) => tokens.findLastIndex((token) => TURN.has(token.word)));

/** Whether the word at `i` brings its clause back to now ("again", "still", "the urges are back"). */
/** "estan peor", "getting worse": how it is now. */
const WORSE_NOW = new Set(['esta', 'estan', 'is', 'are', 'getting', 'gets', 'vez', 'ando', 'going']);
const worseNow = (tokens: readonly Token[], i: number) => ['peor', 'worse'].includes((tokens[i] as Token).word) && WORSE_NOW.has(tokens[i - 1]?.word ?? '');
const nowWordAt = (tokens: readonly Token[], i: number) => (isNow(tokens[i] as Token) || worseNow(tokens, i)) && !backThen(tokens, i) && !backOther(tokens, i) && !anniversaryNow(tokens, i);
/** "two years ago tonight", "hoy hace un año": the day of an anniversary, which tells of then. */
const anniversaryNow = (tokens: readonly Token[], i: number) =>
  (tokens[i - 1]?.word === 'ago' && ['tonight', 'today'].includes(tokens[i]?.word ?? '')) ||
  (tokens[i]?.word === 'hoy' && (tokens[i + 1]?.word === 'hace' || (ANNIVERSARY_SPAN.has(tokens[i - 1]?.word ?? '') && [tokens[i - 2], tokens[i - 3]].some((t) => t?.word === 'hace'))));
/** "hace un año hoy", "hace dos meses hoy". */
const ANNIVERSARY_SPAN = new Set(['ano', 'anos', 'año', 'años', 'mes', 'meses', 'semana', 'semanas']);

/** Words that turn a share from then to now: "now i write grocery lists", "hoy estoy feliz". */
const TURN = new Set(['now', 'today', 'nowadays', 'instead', 'currently', 'hoy', 'ahora', 'actualmente']);
/** Past words far enough back that a goodbye told with them is history: "i used to write goodbye letters". */
const DISTANT = new Set(['used', 'ago', 'hace', 'solia', 'antes', 'back', 'hubo', 'year', 'years', 'months', 'anos', 'meses', 'escribia']);

/** A milestone counted from the last time: "30 days since i last hurt myself", "desde la ultima vez". */
const MILESTONE = ['since i|the last', 'de|desde la ultima vez', 'year|years|month|months|week|weeks|ano|anos|meses|semanas ~0 since|desde'].map(compilePattern);

/** Each list of patterns asked as a whole (`anyPatternFrom`, `firstMatch`) has its own start index. */
const listStarts = new WeakMap<readonly CompiledPattern[], StartIndex>();
function startsOfList(patterns: readonly CompiledPattern[]): StartIndex {
  let index = listStarts.get(patterns);
  if (!index) listStarts.set(patterns, (index = new StartIndex(patterns)));
  return index;
}

/** Whether any of the patterns matches, as written, from word `i` (negation not asked). */
function somePatternAt(tokens: readonly Token[], patterns: readonly CompiledPattern[], i: number): boolean {
  const token = tokens[i] as Token;
  return startsOfList(patterns)
    .at(token)
    .some((p) => matchFrom(tokens, (patterns[p] as CompiledPattern).steps, 0, i, token.sentence, false) >= 0);
}

/** Whether any of the patterns matches, as written, from some word between `start` and `end` (negation not asked). */
function anyPatternFrom(tokens: readonly Token[], patterns: readonly CompiledPattern[], start = 0, end = tokens.length): boolean {
  for (let i = start; i < end; i++) if (somePatternAt(tokens, patterns, i)) return true;
  return false;
}

/** "doing better", "ya estoy mejor", said without a "not": how the share says it is now. */
const DOING_BETTER = ['doing|feeling|feel|im|estoy|ando|siento|sentirme ~1 better|mejor|bien|fine|okay|ok'].map(compilePattern);
const doingBetter = (tokens: readonly Token[]) => DOING_BETTER.some((pattern) => saidAnywhere(tokens, pattern));

/** Whether the pattern is said anywhere in the share and not denied (unless it names its own negation). */
function saidAnywhere(tokens: readonly Token[], pattern: CompiledPattern): boolean {
  return tokens.some((token, start) => {
    const end = pattern.steps[0]?.matches(token) ? matchFrom(tokens, pattern.steps, 0, start, token.sentence, false) : -1;
    return end >= 0 && (pattern.negated || !negatedAt(tokens, start, end));
  });
}

const countsSinceLastTime = (tokens: readonly Token[], sentence: number) => anyPatternFrom(tokens, MILESTONE, ...rangeOf(tokens, sentence));

/**
 * The clause around a word tells of the past and the share turns to now, positively, elsewhere:
 * "hace un año me queria morir, hoy doy gracias", "a year ago i was thinking about ending it. now
 * i got a key". Judged per clause, so "a year ago i tried, now i want to again" still counts.
 */
function pastClause(tokens: readonly Token[], at: number, distantOnly = false): boolean {
  const sentence = (tokens[at] as Token).sentence;
  const turnsAt = (i: number) => TURN.has((tokens[i] as Token).word) && ['y', 'and', 'but', 'pero', 'now'].includes(tokens[i - 1]?.word ?? '');
  let start = at;
  while (start > 0 && !(tokens[start] as Token).pause && (tokens[start - 1] as Token).sentence === sentence && !turnsAt(start)) start--;
  let end = at + 1;
  // "a los 17 intente irme y hoy tengo 24": "y hoy" starts a clause of its own.
  while (end < tokens.length && !(tokens[end] as Token).pause && (tokens[end] as Token).sentence === sentence && !turnsAt(end)) end++;
  let past = false;
  let distant = false;
  let now = false;
  for (let i = start; i < end; i++) {
    const isPastHere = pastWordAt(tokens, i);
    past ||= isPastHere;
    distant ||= isPastHere && DISTANT.has((tokens[i] as Token).word);
    now ||= nowWordAt(tokens, i);
  }
  if (!past || now || (distantOnly && !distant) || relapsedAfter(tokens, end)) return false;
  const turnsLater = lastTurn(tokens) >= end;
  return turnsLater || (!distantOnly && (tokens.some((token) => isRecovery(token) || isBetterNow(token)) || doingBetter(tokens)));
}

function pastOnly(tokens: readonly Token[], sentence: number): boolean {
  const [start, end] = rangeOf(tokens, sentence);
  let past = false;
  let now = false;
  for (let i = start; i < end; i++) {
    past ||= pastWordAt(tokens, i);
    now ||= nowWordAt(tokens, i);
  }
  return (past && !now && !relapsedAfter(tokens, end)) || someoneAsked(tokens, start, end) || countsSinceLastTime(tokens, sentence);
}

/**
 * A goodbye is often spread over a share: "you all meant a lot to me. take care". Each cue alone is
 * everyday talk; a strong cue (a goodbye, forgiveness for everything, not needing one's things)
 * with any other one, anywhere in the share, reads as a farewell unless the share says when they will
 * be back or that they are leaving the house for a good reason.
 */
const FAREWELL_CUES: readonly { strong: boolean; patterns: readonly string[] }[] = [
  { strong: true, patterns: ['goodbye|adios|farewell|despido|despedi|despedirme|despedida', 'bye ~1 everyone|all|guys|yall|world|todos|forever'] },
  { strong: true, patterns: ['sorry|perdon*|forgive ~3 everything|todo|me'] },
  { strong: true, patterns: ['NEG ~3 need|needing|necesit*|ocup* ~2 it|them|esto|eso|mas|anymore|la|lo|las|los', 'NEG ~2 voy ~2 ocupar|necesitar|usar'] },
  { strong: true, patterns: ['remember|recuerden|recuerdenme|recuerdes ~1 me', 'NEG ~1 me ~1 olviden|olvides', 'NEG ~1 forget ~1 me', 'acuerdense|acuerdate|recuerden ~1 de ~1 mi'] },
  { strong: true, patterns: ['sorry|perdon|perdoname|perdonenme ~1 mom|mama|mami|dad|papa|ma|mija|mijo|kids|hijos|everyone|todos'] },
  { strong: false, patterns: ['i|lo|si ~1 tried|intente|trate'] },
  { strong: true, patterns: ['NEG ~2 blame|culpen|culpes|culpe|sad|tristes|triste|cry|llor*|worry|preocupen|preocupes'] },
  { strong: true, patterns: ['have|tengan|tengas|sean|seas|live|vivan ~2 good|nice|buena|bonita|felices|feliz|happy|long ~1 life|lives|vida|vidas'] },
  { strong: true, patterns: ['last|ultim* ~1 time|vez|post|message|mensaje|words|palabras|promise|promesa'] },
  { strong: true, patterns: ['queria|wanted|quiero|want ~1 decirles|decir|say|tell ~3 que|you|yall|all ~2 los|las|love|quiero|meant|significan'] },
  { strong: true, patterns: ['at|en ~1 peace|paz', 'better|mejor ~1 place|lugar'] },
  { strong: true, patterns: ['meant|significa*|significaron ~4 lot|mucho|everything|todo|world|mundo', 'gets|get|have|keep|quedate*|quedense* ~1 my|mi|mis|it|them', 'quedatela|quedatelo|quedatelas|quedatelos|quedensela|quedenselo|quedenselas|quedenselos', 'se ~1 la|lo|las|los ~1 dejo|regalo|doy|queden', 'le|les ~1 dejo|regalo|doy ~1 mi|mis'] },
  { strong: true, patterns: ['gave|giving|regale|regalé|regalando ~1 away|my|mi|mis ~3 to|a', 'left|leaving|deje|dejé ~1 my|me|mi|mis ~3 to|a|pa|para', 'left|leaving ~1 my ~6 for ~0 whoever|anyone|anybody', 'left|leaving|deje|dejé ~1 my|mi|mis ~3 con ~1 la|el|doña|don|mi|mis', 'la|lo|los|las ~0 dejo|deje|dejé ~1 con|a ~1 la|el|mi|doña|don|senora|señora'] },
  { strong: true, patterns: ['sorry|perdon|perdón|perdonen ~1 in|de ~1 advance|antemano|adelantado', 'nadie|nobody ~1 tiene|tendra|has|will|needs ~2 que|q|to ~1 cubrirme|cuidarme|aguantarme|soportarme|cover|deal|worry|preocuparse|babysit'] },
  { strong: true, patterns: ['last|ultimo|ultima ~0 thing|cosa ~0 $', 'y|and ~0 lo|the ~0 ultimo|last ~0 $', 'NEG ~1 me ~1 hace|hacen|haran|hara ~1 falta', 'NEG ~2 be ~1 calling|using|needing ~1 it|them|him|her ~1 again|anymore'] },
  { strong: false, patterns: ['gets|get|keeps ~1 the|my ~0 tv|tele|radio|guitar|guitarra|bike|bici|phone|cel|stuff|clothes|plants|speaker|bocina|ps4|xbox|switch', 'el|la|mi ~0 cel|celular|tv|tele|radio|guitarra|bici|bocina ~1 pa|para ~1 mi|mis|el|la', 'if|si ~1 anyone|anybody|alguien ~1 needs|necesita|ocupa|wants|quiere ~1 it|them|la|lo|las|los ~0 $', 'owed|debia|debía ~3 one|una|meal|comida|yall|you|les|todos', 'before|antes ~1 i|de ~1 go|irme|leave ~0 $'] },
  { strong: false, patterns: ['love ~1 you|u|yall ~1 all|guys|so|always|forever|both', 'los|las ~1 quiero|amo|quise|ame', 'les ~1 quiero|amo ~1 mucho|todos|todas|siempre', 'love ~1 you ~1 guys|all|forever|always'] },
  { strong: true, patterns: ['take|cuide|cuiden|cuidame|cuidenme|keep ~1 feeding|my|mi|a ~0 mi ~0 cat|dog|perro|perrito|perrita|gato|gatito|gatita|fish|pez|bird|pajaro|plants|plantas'] },
  { strong: true, patterns: ['look|looking ~0 after ~4 for ~0 me', 'te|les ~0 encargo|encargue ~1 mi|mis|a', 'whoever|quien ~1 gets|get|se ~0 quede|queda ~1 my|mi ~0 room|bed|cuarto|cama|bunk|spot|lugar'] },
  { strong: false, patterns: ['water|riega|rieguen|regar|riegan ~2 the|my|mi|mis|las ~0 plant|plants|plantas|flores', 'love ~0 yall|ya ~0 $', 'los|las ~0 quiero|amo ~0 $'] },
  { strong: false, patterns: ['by|en|junto|next|al ~2 my|mi ~0 door|puerta', 'after|despues ~1 tonight|today|hoy ~0 pls|please|porfa', 'after|despues ~1 tonight|today|hoy ~0 $'] },
  { strong: false, patterns: ['take ~1 care', 'cuidense|cuidate|cuidenla|cuidenlo|cuiden|cuidenmela|cuidenmelo|cuidenmelos|cuidenmelas|cuidamela|cuidamelo'] },
  { strong: false, patterns: ['thank*|gracias|cheers ~3 everything|todo|all|siempre'] },
  { strong: false, patterns: ['were|was|been|fueron|fuiste|fue|han|sido ~2 good|buenos|buenas|nice|kind|lindos|amables ~2 to|con ~1 me|conmigo'] },
];
const FAREWELL_BACK = compileElement(
  `later|luego|see|vemos|veo|next|proxima|proximo|tomorrow|manana|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|lunes|martes|miercoles|jueves|viernes|sabado|domingo|vacation|vacaciones|trip|viaje|visit*|birthday|cumple*|christmas|navidad|shift|turno|move|moved|mudo|mude|volunteer*|voluntari*|intern*|practica*|retir*|jubil*|job|trabajo|house|depa*|apartment|apartamento|casa|home|funeral|grandma|grandpa|abuela|abuelo|dog|perro|cat|gato|${LEAVING}`,
);
const COMPILED_CUES = FAREWELL_CUES.map((cue) => ({ strong: cue.strong, patterns: cue.patterns.map(compilePattern) }));

function farewellCues(tokens: readonly Token[]): boolean {
  let strong = 0;
  let all = 0;
  for (const cue of COMPILED_CUES) {
    if (!cue.patterns.some((pattern) => saidAnywhere(tokens, pattern))) continue;
    all++;
    if (cue.strong) strong++;
  }
  return strong >= 1 && all >= 2 && !tokens.some((token) => FAREWELL_BACK(token));
}

/**
 * A share about leaving for a good reason, anywhere in it: a graduation, a move, a new job, good
 * luck wished. Its goodbyes and given-away things are a send-off, not a farewell.
 */
const isGoodLeaving = compileElement(`${LEAVING}|luck|suerte|congrat*|felicidades|felicitaciones|alumni|egresad*|promot*|ascend*|proud|orgullos*`);
const isFarewellRule = (id: string) => id.startsWith('farewell');
/** The share says outright that it is not a goodbye: "this isn't a goodbye", "no es despedida". */
const NOT_A_GOODBYE = ['NEG ~3 goodbye|adios|despedida|farewell|despedirme|despido|despidiendo', 'NEG ~1 saying|diciendo ~1 goodbye|adios', 'not|no ~1 that|this|esa|ese ~0 kind|tipo|clase', 'no ~0 de ~0 esas|esos', 'voy ~1 a ~0 vivir ~1 con|a|en', 'moving ~1 in|out ~1 with|to'].map(compilePattern);
const saysNotAGoodbye = (tokens: readonly Token[]) => anyPatternFrom(tokens, NOT_A_GOODBYE);

/** A person named as the one doing something to the resident: a frame about a feeling or a thing then does not apply. */
const PERSON = 'esposo|esposa|marido|novio|novia|pareja|papa|padre|padrastro|mama|madre|madrastra|tio|tia|hermano|hermana|primo|prima|abuelo|abuela|jefe|vecino|companero|companera|ex|alguien|tipo|vato|senor|hombre|mujer|ella|ellos|ellas|husband|wife|boyfriend|girlfriend|bf|gf|partner|stepdad|stepmom|uncle|someone|somebody|guy|he|she|they';

/**
 * Everyday readings of crisis words, the same in every rule: a crisis pattern whose first or last
 * word falls inside one of these frames is read the everyday way. Each is a construction, not a
 * sentence: a fear of dying told in the past ("thought i was gonna die at mile 2"), something or
 * someone else that "killed me" ("el examen me mató"), a body that hurts, a weight taken off, a
 * goodbye party, a last day at a job, a dead parent spoken of, the night or the whole day as a
 * time of day, and two negations that cancel ("no estoy sin esperanza", "no quiero dejar de vivir").
 */
/** Worn out by a noise, the cold or a broken heater, not by life; unless it is a noise in the head. */
const NUISANCE_FRAME = 'go|going|puedo|aguanto|take|stand|soporto ~1 on|mas|más|it|esto|this|more ~4 with|con|doing|haciendo ~2 noisy|ruidoso|ruidosa|pipes|tuberias|tuberías|boiler|caldera|radiator|radiador|heating|calefaccion|calefacción|burocracia|bureaucracy|seguro|insurance|rota|rotas|dishes|platos|chores|tareas|cleaning|limpieza|washing|machine|lavadora|fridge|nevera|heladera|shower|ducha|toilet|lift|elevator|ascensor|papeleo|paperwork|forms|tramites|trámites|subsidio|bus|buses|colectivo|micro|cola|fila|queue|noise|noises|neighbour|neighbours|neighbor|neighbors|upstairs|music|drum|drums|bass|heating|heater|radiator|boiler|wifi|internet|printer|snoring|construction|roadworks|traffic|leak|damp|mould|mold|mosquitoes|alarm|barking|heat|cold|weather|calor|frio|frío|clima|ruido|ruidos|vecino|vecinos|vecina|vecinas|musica|música|reggaeton|regueton|cumbia|calefaccion|calefacción|calentador|estufa|caldera|ronquidos|obra|obras|trafico|tráfico|gotera|humedad|moho|mosquitos|alarma|ladridos|impresora';
const NUISANCE_IN_MIND = 'head|cabeza|mente|mind|voices|voces';
const EVERYDAY_FRAMES: readonly { patterns: readonly string[]; unlessSentence?: string; unlessShare?: string }[] = [
  // The bread and the day of the dead: "hoy googlee como hacer pan de muerto pa mi sobrina".
  { patterns: ['pan|dia|día|altar|ofrenda ~0 de ~1 muerto|muertos'] },
  // Dead on arrival: a plan or a CV that will not work, "my cv is dead on arrival".
  { patterns: ['dead ~0 on ~0 arrival|arrivals', 'dead ~0 in ~0 the ~0 water'] },
  // The tools of a trade or a course: "got my own knife roll for college".
  { patterns: ['knife|knives ~0 roll|block|set|bag|sharpener|skills|drawer', 'cuchillo|cuchillos ~0 de ~0 chef|cocina|mesa|untar|plastico|plástico'] },
  // Away from the one who hurt them: "un año lejos del q me pegaba".
  { patterns: ['lejos|libre|libres ~1 del|de ~0 q|que ~0 me ~0 pegaba|golpeaba|maltrataba|pego|pegó|golpeo|golpeó|hacia|hacía', 'away|free|safe ~1 from ~2 the|him|her|man|guy|ex|one ~1 who|that ~0 hit|hurt|beat|abused|used'] },
  // Knees or lungs that will "end it all": "I thought my knees were going to end it all".
  { patterns: ['knees|knee|legs|back|lungs|feet|rodillas|rodilla|piernas|espalda|pulmones|pies ~4 end|kill|killing|matar|acabar ~2 it|me ~0 all|todo'] },
  // Something that weighs on the writer: "eso me pesaba mucho".
  { patterns: ['eso|esto|esa|ese ~0 me ~0 pesaba|pesa|pesó|peso'] },
  // A shaved head: "desde q me rape todos me preguntan si estoy bien".
  { patterns: ['q|que|ya|hoy|ayer|cuando|si ~0 me ~0 rape|rapé|rapo|rapó|rapare|raparé'] },
  // Mints and cough sweets: "me pase de pastillas de menta en la junta".
  { patterns: ['pastillas|pastilla|pastis ~0 de ~0 menta|mentas|tos|garganta|chicle|eucalipto'] },
  // A song, a film or the news about it: "pusieron una cancion sobre el suicidio en la radio y no me movio nada".
  { patterns: ['song|cancion|canción|movie|film|pelicula|película|show|serie|series|book|libro|documentary|documental|news|noticia|noticias|article|articulo|artículo|podcast|episode|episodio ~2 about|sobre|de ~1 el|la|a|an ~0 suicide|suicidio|overdose|sobredosis|selfharm|autolesion|autolesión'] },
  // Instead of a goodbye: "wrote a letter to my future self instead of a goodbye one".
  { patterns: ['instead ~0 of ~2 goodbye|farewell|suicide', 'en ~0 vez|lugar ~0 de ~2 despedida|despedirme'] },
  // A bad day that hits: "her anniversary always hits hard", "su aniversario siempre me pega".
  { patterns: ['her|his|my|their|the|su|sus|mi|mis|el|la|los|las ~0 anniversary|aniversario|grief|duelo|fecha|date|memories|recuerdos|christmas|navidad|song|cancion|canción|sadness|tristeza|loneliness|soledad ~3 hits|hit|pega|pegó|pego|golpea|golpeó'] },
  // Holding on to something: "me llaman el domingo, me agarro de eso"; "se acabo eso": that is over.
  { patterns: ['me ~0 agarro|aferro ~0 de|a ~0 eso|esa|ese|ellos|ellas|esas|esos', 'se ~0 acabo|acabó ~0 eso ~0 $'] },
  // A film about someone who died: "watched a film about a guy who overdosed".
  { patterns: ['film|movie|show|series|documentary|book|novel|episode|story|song|pelicula|película|peli|serie|documental|libro|novela|episodio|historia|cancion|canción ~2 about|sobre|de ~2 guy|man|woman|girl|boy|kid|lad|bloke|chico|chica|tipo|hombre|mujer|señor|señora|muchacho|muchacha|pibe|piba|family|familia|soldier|soldado|addict|adicto|adicta ~1 who|that|que|q ~2 overdosed|died|killed|hanged|drowned|jumped|murio|murió|mato|mató|suicido|suicidó|ahorco|ahorcó|tiro|tiró'] },
  // A reply that quotes another resident: "respondiendo a la q dijo "pa q sigo": pa q el domingo hagamos las empanadas".
  { patterns: ['respondiendo|replying|contestando|reply ~1 a|al|to ~3 q|que|who|that ~0 dijo|said|puso|wrote|escribio|escribió|posted|posteo|posteó ~8 seguir|sigo|vivir|live|die|morir|matarme|end|point|caso|sentido|irme|desaparecer|disappear|gone'] },
  // A post taken back: "ignore my last post, i'm safe", "re my last post: i'm safe".
  { patterns: ['ignore|ignoren|ignora|re|about|regarding|sobre ~1 my|mi ~0 last|ultimo|último|ultima|última ~0 post|posts|message|mensaje|share|publicacion|publicación'], unlessSentence: 'goodbye|bye|adios|adiós|final|forever|siempre' },
  // Means handed to the people who help: "gave it to my counsellor and never looked back".
  { patterns: ['gave|handed|give|hand ~2 it|them|the|my ~2 to ~1 my|the|a ~0 counsellor|counselor|staff|nurse|keyworker|worker|sponsor|therapist|doctor|gp|pharmacist', 'se ~0 la|las|lo|los ~0 di|entregue|entregué|deje|dejé ~1 a ~1 mi|la|el ~0 educadora|educador|consejera|consejero|enfermera|enfermero|terapeuta|psicologa|psicóloga|coordinadora|coordinador|padrino|madrina|encargada|encargado', 'tire|tiré ~4 basura ~1 con ~1 mi|la|el ~0 educadora|educador|consejera|terapeuta|psicologa|psicóloga|enfermera|padrino|madrina'] },
  // A past belief: "cuando murio mi esposa pense q mi vida se acabo tambien".
  { patterns: ['pense|pensé|crei|creí|thought ~1 q|que|that ~6 acabo|acabó|over|ended|terminaba|terminó|termino'], unlessSentence: 'todavia|todavía|still|aun|aún|sigo|again|otra' },
  // A goodbye note deleted, torn or burnt: done with, "deleted my old goodbye notes off my phone".
  { patterns: ['deleted|tore|ripped|burned|burnt|binned|shredded ~4 goodbye|farewell|suicide ~0 note|notes|letter|letters', 'borre|borré|queme|quemé|rompi|rompí|tire|tiré ~4 carta|cartas|nota|notas ~2 despedida|despedidas'], unlessSentence: 'new|nueva|otra|another|rewrote|reescribi|reescribí' },
  // A habit that helps when the urge comes: "when i feel like hurting myself now i ring my sister".
  { patterns: ['when|whenever ~8 i ~0 ring|call|text|phone ~0 my|a|the|someone|staff', 'cuando ~8 marco|llamo|hablo|escribo|platico ~1 a|al|con', 'cuando ~10 me ~0 pongo ~1 los|mis|a|musica|música ~0 audifonos|audífonos|cascos|musica|música|caminar|rezar|dibujar|tejer|pintar|escribir'], unlessSentence: 'nobody|nadie|nunca|never|dealer|answer|contesta|contestan|picks|tonight' },
  // Not wanting to live in a place or with someone: a complaint, "no quiero vivir en este barrio", "dont want to live with my mother in law".
  { patterns: ['vivir|live|living ~0 en|in|con|with ~2 barrio|casa|ciudad|pueblo|depa|departamento|cuarto|piso|colonia|suegra|suegro|suegros|roommate|roommates|companero|companera|compañero|compañera|neighbourhood|neighborhood|city|town|flat|apartment|house|room|area|zona|street|calle|estado|state|rancho|edificio|building'], unlessSentence: 'sin|without|sentido|point|solo|sola|alone|nadie|nobody|anymore' },
  // Not standing a group, a team or a game any more: "no aguanto mas el grupo de la facu", "no aguanto mas estos partidos".
  { patterns: ['aguanto|soporto|banco ~0 mas|más ~0 el|la|los|las|este|esta|estos|estas|ese|esa|esos|esas|mi|mis|tu|su ~1 !vida|!dolor|!dolores|!mente|!cabeza|!soledad|!tristeza|!ansiedad|!depresion|!depresión|!pensamientos|!voces|!mundo|!cuerpo|!situacion|!situación|!angustia|!miedo|!pena|!vacio|!vacío|!nada|!infierno|!tortura|!sufrimiento|!existencia|!presion|!presión|!carga|!culpa|!ganas|!deseo|!impulso|!urge|!urges'] },
  // Another resident's post told back in a reply ("@la" reads as "ala"): "@la q puso q se quiere ir de este mundo: yo estuve ahi".
  { patterns: ['ala|la|el|al|a ~0 q|que ~0 puso|escribio|escribió|posteo|posteó ~0 q|que ~8 mundo|vida|morir|matarse|matar|irse|desaparecer', 'whoever|who ~0 posted|wrote ~1 about|that ~8 die|dying|kill|killing|world|life|gone|disappear'] },
  // Scars gone white: healed, "the scars on my arms are white now, been a long time".
  { patterns: ['scars|cicatrices|marks|marcas ~5 white|blancas|faded|silver|plateadas'] },
  // Someone lost to a drug or an illness: grief, "lost my best friend to fentanyl in march".
  { patterns: ['lost|perdi|perdí|perdimos ~4 to|por|a ~2 fentanyl|fentanilo|overdose|sobredosis|od|drugs|drogas|heroin|heroina|heroína|cancer|cáncer'] },
  // One more squat, one more icebreaker, a physio who "wants to kill me", laughing till one can take no more: figures.
  { patterns: ['make|makes|made|hace|hacen ~1 me|us|nos ~1 do|hacer ~1 one|another|otra|otro|una|un ~1 more|mas|más ~6 die|dying|morir|muero|perish', 'fisio|physio|physiotherapist|fisioterapeuta|trainer|entrenador|entrenadora|coach|profe|instructor|instructora|dentist|dentista ~2 quiere|trying|wants|tries ~1 matar|matarme|kill', 'risa|riendo|reir|reirme|reírme ~14 puedo ~0 mas|más', 'tengo ~0 ganas ~0 de ~0 nada ~0 hoy'] },
  // "dont want to go on my own", "alguien tiene sal? se acabo": company, the cupboard.
  { patterns: ['go|going|ir ~0 on ~0 my|his|her|our ~0 own', 'sal|azucar|azúcar|cafe|café|leche|pan|papel|gas|jabon|jabón|pasta|saldo|datos|bateria|batería|champu|champú ~5 se ~0 acabo|acabó|acabaron'] },
  // Grief and feeling caught by it: "me agarro una grande", "todavia guardo sus audios".
  { patterns: ['me ~0 agarro|agarró ~1 grande|ola|bajon|bajón|llorona|tristeza|nostalgia|risa|hambre|sueño', 'guardo|keep|kept ~1 sus|su|his|her ~0 audios|fotos|cartas|mensajes|ropa|photos|letters|messages|clothes|voicemails'] },
  // Pain or hunger that "makes one want to die", and a chore that "me tocó": figures and turns.
  { patterns: ['dolor|hambre|sueño|calor|frio|frío|verguenza|vergüenza ~3 q|que ~0 me ~0 quiero ~0 morir|morirme', 'me ~0 toco|tocó|toca ~0 limpiar|lavar|cocinar|deshuesar|pelar|cortar|picar|barrer|trapear|fregar|hacer|ir|preparar|sacar|turno|guardia|esperar|trabajar'] },
  // "se acabó lo de no saber si me la tomé": an end to a bother, not to everything.
  { patterns: ['se ~0 acabo|acabó|acabaron ~0 lo|eso ~0 de'] },
  // "pensaba q me moría" after a first 5 km, "estoy muerto hasta las 12": tired, not dying.
  { patterns: ['pensaba|pense|pensé|crei|creí|creia|creía ~0 q|que ~0 me ~0 moria|moría', 'muerto|muerta|dead ~0 hasta|till|until'] },
  // "If I hear that song one more time I'll die": a figure of speech about the song.
  { patterns: ['one|una|otra ~0 more|vez ~0 time|mas|más ~4 die|dying|morir|muero|scream|gritar'] },
  // "Sorry if my last post sounded dark", "whoever flagged my last post": the share before, not a last one.
  { patterns: ['my|mi ~0 last|ultimo|último|ultima|última ~0 post|share|mensaje|publicacion|publicación ~3 sounded|sono|sonó|was|era|fue', 'flagged|reported|reportaron|reporto|reportó|marcaron ~1 my|mi ~0 last|ultimo|último|ultima|última ~0 post|share|mensaje|publicacion|publicación'] },
  // "Sin que nadie me lo recuerde": reminded, not remembered.
  { patterns: ['me ~0 lo ~0 recuerde|recuerda|recuerden|recuerdan|recordara|recordaran'] },
  // "Took all my pills on time today": the day's doses, taken as prescribed.
  { patterns: ['took|tome|tomé|taken ~3 pills|meds|medication|pastillas|medicinas|medicamentos ~1 on|a ~0 time|tiempo|schedule'] },
  // "A eso me agarro": holding on to something, not being grabbed.
  { patterns: ['a|de ~0 eso|esto|ella|ellos|ellas|dios|ti ~0 me ~0 agarro|aferro|sostengo|agarré|aferré'] },
  // "One more bologna sandwich and i swear ill die": one more of a thing, not of a day.
  { patterns: ['one|una|otra ~0 more|mas|más ~4 and|y ~3 die|dying|morir|muero|scream|gritar'], unlessSentence: 'day|days|night|nights|week|weeks|dia|día|dias|días|noche|noches|semana|semanas|year|years|año|años|month|months|mes|meses|hour|hora|horas|MEANS' },
  // "I'll die on this hill": holding to a point in an argument.
  { patterns: ['die|dying|died ~0 on ~0 this|that ~0 hill'] },
  // "So frustrated I could punch a wall", "me dan ganas de tirar todo por la ventana": frustration, not a plan.
  { patterns: ['could|coulda|would ~1 punch|hit|kick ~1 a|the ~0 wall|door|pillow', 'tirar|aventar|throw|tossing|toss ~0 todo|everything|it|things|cosas|stuff|eso|la|el ~2 x|por|out|de ~1 la|the ~0 ventana|window'] },
  // "El lunes me toca la inyección": a turn that falls on a day, nobody's hands.
  { patterns: ['el|este|esta|cada ~0 lunes|martes|miercoles|miércoles|jueves|viernes|sabado|sábado|domingo|semana|mes|dia|día ~1 me ~0 toca|tocan'] },
  // Sharpening every knife in the kitchen: a chore.
  { patterns: ['sharpened|sharpening|sharpen|afile|afilé|afilando|afilar ~1 every|all|todos ~1 the|los|las|knife|knives|cuchillos'] },
  // "If the Browns lose again I'll die": a team's result, a figure of speech.
  { patterns: ['if|si ~0 the|los|las|el|la ~3 lose|loses|pierde|pierden|win|wins|gana|ganan ~4 die|dying|morir|muero|muera|tiro|aviento'] },
  // "Si vuelvo a oír ese reggaetón me tiro por la ventana": a song or a noise, a figure of speech.
  { patterns: ['si|if ~3 vuelvo|vuelven|vuelve ~1 a ~0 oir|oír|escuchar|poner|sonar|ver|comer|llamar|hablar|preguntar|cantar ~8 me ~0 tiro|muero|aviento|mato'] },
  // Going back on a medication: a treatment, not going on living.
  { patterns: ['go|going|went|goes ~0 back ~0 on ~1 the|my|those|that|meds|medication|medicine|pills|lithium|seroquel|insulin'] },
  // "That was the last time": a relapse told as over.
  { patterns: ['that|eso|esa ~0 was|fue ~0 the|la ~0 last|ultima|última ~0 time|vez'] },
  // Going to a grave with someone, to visit: "going to the grave with my sister".
  { patterns: ['going|go|went|goes|voy|fui|ir|vamos ~1 to|al|a ~1 the|her|his|my|la|mi|su ~0 grave|tumba ~0 with|con|to|a|and|y|then|luego|for|pa|para'] },
  // "La fila del consulado me mató": a line, a walk or a shift that wore the speaker out.
  { patterns: ['fila|line|caminata|walk|clase|class|turno|shift|trabajo|work|chamba|jale|examen|exam|tramite|trámite|viaje|trip|partido|game|entrenamiento|workout|rutina|carrera|maraton|maratón|5k|10k|tarea|homework ~4 me ~0 mato|mató|mata|mataron|matan|mataba'] },
  // "All over again": from the start, not everything over.
  { patterns: ['all|todo ~0 over ~0 again|the|town|place'] },
  // "Gonna kill it at my first 5k": doing well.
  { patterns: ['gonna|going|to|will|ill|finna|gon|bout|about|gotta ~2 kill|killed|killing|killin|slay|slayed|slaying ~0 it ~0 at|on|in|today|tonight|tomorrow|this|out|there', 'kill|killed|killing|killin|slay|slayed|slaying ~0 it ~0 at|on|in|today|tonight|tomorrow|this|out|there'] },
  // "Me muero por un cafecito", "me muero por verte": longing for something good.
  { patterns: ['me ~0 muero|moria|moría ~0 por ~0 un|una|unos|unas|ver|comer|probar|ir|saber|conocer|verte|verlos|verlas|el|la|los|las|tu|tus|ese|esa|mi|mis|tomar|bailar|dormir'] },
  // A fear of dying, told as it was felt then: an effort, a scare.
  { patterns: ['thought|felt|figured ~1 i|like ~1 was|were ~0 gonna|going|about ~1 to ~0 die|dying|pass|faint|puke|throw', 'thought|felt|figured ~1 i|like ~1 was|were ~0 gonna|going ~0 die|dying|pass|faint|puke|throw', 'thought|felt ~1 like ~0 dying', 'pense|senti|crei|sentia ~1 que|q ~0 me ~0 moria|iba|muero|desmayaba', 'pense|senti|crei ~1 que|q ~0 me ~0 iba ~1 a ~0 morir'] },
  // "I about died", "about had a heart attack": a figure of speech, not a wish (a real near-death, "casi me muero", still counts).
  { patterns: ['about|bout ~0 died|had|passed|lost|fell|cried|peed|threw|fainted|choked'] },
  // Something or someone else "killed me": the exam, the penalty, the yoga, the news.
  { patterns: ['el|la|los|las|ese|esa|este|esta|aquel|aquella|mi|tu|su ~0 !TIME|!PERSON ~0 me ~0 mato|mata|mataron|matan|mataba', 'me ~0 mato|mata|mataron|matan ~0 el|la|los|las|ese|esa|este|esta|mi|mis ~0 !TIME', 'me ~0 mato|mata|mataron ~0 con ~0 la|el|su|sus|esa|ese|tanta|tanto'] },
  // "If looks could kill", "si las miradas mataran": a glare, not a threat.
  { patterns: ['if|si ~0 looks|las ~0 could|miradas ~0 kill|killed|mataran|matan|mataban'] },
  // "Me agarró el llanto", "me agarró la noche": a feeling or the hour caught up with the speaker, nobody's hands.
  { patterns: ['me ~0 agarro|agarra|agarraba|agarran ~1 el|la|un|una ~0 llanto|tristeza|noche|tarde|lluvia|sueno|risa|nostalgia|ansiedad|panico|bajon|depre|hambre|frio|calor|sentimiento|madrugada|trafico|gripa|chillona|antojo|dolor|extranarla|extranarlo|extranar|extrañarla|extrañarlo|extrañar|coraje|rabia|miedo|insomnio|flojera|nervios|cansancio|mareo|tos'] },
  // "Se me acabó el plan del cel": a thing ran out, not the will to live.
  { patterns: ['se ~0 me ~0 acabo|acabaron|acabó|termino|terminaron ~0 el|la|los|las|mi|mis ~0 !ganas|!fuerzas|!fuerza|!fe|!vida|!esperanza|!razones|!motivos|!tiempo'] },
  // "Me encierro un rato": a while alone, nobody's doing.
  { patterns: ['me ~0 encierro|encerre|encerré ~0 un ~0 rato|ratito'] },
  // Ideas of suicide that have stopped: "dejé de tener ideas suicidas", "i stopped having suicidal thoughts".
  { patterns: ['deje|dejé ~0 de ~0 tener|pensar ~1 ideas|pensamientos ~0 suicidas', 'stopped|quit ~0 having|getting ~0 suicidal ~0 thoughts|ideas'] },
  // "Muerta de cansancio": worn out, not dead.
  { patterns: ['muerto|muerta|muertos|muertas|dead ~0 de|of ~0 cansancio|sueno|hambre|risa|miedo|frio|calor|verguenza|aburrimiento|tired|boredom|felicidad|alegria|emocion|gusto|nervios|ansias|envidia|celos|susto|sed|pena'] },
  // Out of bed, a line so long, "me rindo con ese hombre", a list of reasons to go on.
  { patterns: ['get|getting|got|gets ~0 out ~0 of ~0 bed|cama'] },
  { patterns: ['line|fila|wait|espera|queue|list|lista|meeting|shift|turno|day|week ~0 so ~0 long'] },
  { patterns: ['rindo|rendi|rendí ~0 con ~1 ese|esa|el|la|mi|este|esta|ellos|ellas ~0 !vida|!existencia|!todo|!mundo'] },
  { patterns: ['lista|list ~2 de|of ~0 razones|reasons', 'my|mi|mis ~0 reason|reasons|razon|razones ~2 to|para|pa|de ~0 live|living|seguir|vivir'] },
  // Someone else lost to suicide or an overdose: grief, not intent.
  { patterns: ['lost|lose|losing|loses|perdi|perdí|perdimos|perdio|perdió|perdieron|perder ~4 to|por|al|a ~1 suicide|suicidio|overdose|sobredosis|od'] },
  // "Me salvó el día", "made my day": a small kindness.
  { patterns: ['me ~0 salvo|salvó|alegro|alegró|hizo|hiciste|hicieron ~0 el|la|mi ~0 dia|tarde|noche|manana|semana', 'saved|made ~0 my|the ~0 day|night|morning|week'] },
  // "Lo mato de vergüenza": an idiom of embarrassment, laughter or fright.
  { patterns: ['mato|matas|mata|matar|matando|mataba|mataste ~0 de ~0 verguenza|risa|pena|coraje|susto|hambre|aburrimiento|ternura|celos|cansancio'] },
  // "Cut throats" at spades: the game, not a throat.
  { patterns: ['cut|cutting|cuts ~0 throats'] },
  // "Casi se quema el arroz": a pot or the food burning, nobody hurt.
  { patterns: ['se ~0 quema|quemo|quemaba|quemaron|queman|quemara ~0 el|la|los|las|mi|mis|su|sus|todo|toda'] },
  // "Quien se llevó el cuchillo": someone took it away, not "I bring".
  { patterns: ['se ~0 llevo|llevaron|robo|robaron|lleva ~0 el|la|los|las|mi|mis|su|sus'] },
  // Cutting someone's fringe, one's own hair, the grass: "le quiero cortar el fleco a mi nieta".
  { patterns: ['cortar|cortarle|cortarme|cortarte|cortarles|corto|corte ~1 el|la|las|los|mi|mis|su ~0 bajo|dobladillo|pantalon|pantalón|falda|manga|mangas|fleco|pelo|cabello|unas|barba|bigote|puntas|pasto|cesped|tela|papel|ramas|greña|grena|copete|pollo|carne|cebolla|pan|pastel|verdura|verduras|fruta|pescado|queso|jamon|tortillas|cuerda|hilo|cinta|uñas|rosca|torta|sandia|sandía|melon|melón|piña|pina|tomate|tomates|papas|naranja|naranjas|limon|limón|limones|aguacate'] },
  // Going back with someone: "no pienso regresar con él", not a return from death.
  { patterns: ['volver|regresar|regreso|vuelvo|going|go|back ~0 con|with ~0 el|ella|him|her|ese|esa|that|my|mi'] },
  // "Kicked me out", "threw me a party": put out of a place, given a party.
  { patterns: ['kick*|threw|throw*|put|tossed ~0 me ~0 out', 'threw|throw|throws ~0 me ~0 a|an|una|un'] },
  // A body that hurts, bones that ache: pain, not harm done.
  { patterns: ['arm|arms|leg|legs|body|head|back|bones|feet|foot|heart|stomach|knee|knees|wrist|everything|muscles|neck|eyes|teeth|tooth|throat|chest|hands ~0 hurt|hurts|ache|aches|aching|hurting', 'me ~0 duele|duelen|dolia|dolian'] },
  // A weight taken off: relief.
  { patterns: ['quita|quito|quitaba|quitaron|quite|quité|saca|saco|saque|saqué ~2 un|una|el|ese ~0 peso', 'weight ~0 off|lifted', 'lift*|took|takes|take ~1 a|the|some ~0 weight ~0 off'] },
  // It hits me hard: a day, a memory, a loss.
  { patterns: ['!el|!ella|!ellos|!alguien|!PERSON ~0 me ~0 pega|pego|pegaba|pegan ~0 duro|fuerte|feo|gacho|bien|mucho|durisimo|la|el|asi|así|siempre'], unlessSentence: PERSON },
  // Spanish "se me …": what happened to the speaker by accident, nobody's doing ("se me quemó el
  // arroz", "se me cayó el vaso", "se me hizo tarde"). Not "se me acabaron las ganas", not "se me
  // tiró encima", whose words stay read.
  { patterns: ['se ~0 me ~0 quem*|cay*|caia|romp*|rompi*|olvid*|perd*|descompus*|descompon*|manch*|derram*|pas*|hizo|hace|antoj*|fue|iba|escap*|atoro|atoraron|ponch*|desinfl*|mojo|mojaron|quebr*|cerro|cerraron|apag*|borr*|rasg*|salio|salieron|trab*'] },
  // Being liked: "le caigo bien".
  { patterns: ['caigo|cae|caes|caemos|caen|cayo|caia ~0 bien|mal|gordo|gorda|pesado|pesada|super|muy'] },
  // Cutting back, cutting cloth and paper and hair.
  { patterns: ['cut|cutting|cuts ~0 back|down ~0 on', 'cut|cutting|cuts ~1 the|my|some|off|out|up ~0 sleeves|sleeve|bangs|hair|recipe|recipes|coupon|coupons|sugar|carbs|tags|tag|ribbon|fabric|cardboard|paper|pattern|shirt|tee|jeans|pants|grass|lawn|hedge|cake|pizza|bread|onions|onion|veggies|vegetables|hours|mango|mangoes|mangos|fruit|fruits|apples|apple|melon|watermelon|pineapple|potatoes|tomatoes|chicken|meat|steak|cheese|coupons', 'cut|cutting|cuts ~1 mango|mangoes|mangos|fruit|fruits|apples|apple|melon|watermelon|pineapple|potatoes|tomatoes|chicken|meat|steak|cheese|onions|onion|veggies|vegetables|bread|cake|pizza|coupons', 'cut ~0 the ~0 !arm|!arms|!wrist|!wrists|!skin|!leg|!legs ~0 out ~0 of'] },
  // A goodbye party for someone leaving a job or the house; a goodbye someone else said.
  { patterns: ['goodbye|farewell|despedida|bye ~0 lunch|party|dinner|card|hug|cake|gift|breakfast|bbq|potluck|hugs|cards', 'comida|comidita|fiesta|convivio|pastel|cena|carne|reunion|desayuno|carnita|carnitas|tamalada|pozole ~1 de ~0 despedida', '!i|!yo|!me|!SELF|!and|!y|!then|!luego|!just|!finally|!already|!ya ~0 dijeron|dicen|dijo|said|says|say ~0 adios|bye|goodbye'] },
  // "So long" as a length of time, not a goodbye: "the line was so long", "for so long".
  { patterns: ['was|is|were|are|took|takes|been|for|wait|waited|waiting|that|its|felt|such|it ~0 so ~0 long'] },
  // Sleeping all day or through the night: rest, not sleeping pills.
  { patterns: ['sleep|sleeping|slept ~0 all|through|in|late ~1 day|night|afternoon|morning|week|weekend|the|long'] },
  // A bottle or a glass of something to drink.
  { patterns: ['botella|bottle|vaso|glass|termo ~1 de|of ~0 agua|water|jugo|juice|leche|milk|te|tea|cafe|coffee|soda|refresco'] },
  // Stopped wanting it: what is over.
  { patterns: ['stopped|quit ~0 wanting|thinking|feeling|cutting|hurting|using|drinking', 'deje ~0 de ~0 querer|pensar|sentir|cortarme|lastimarme|consumir|tomar'] },
  // A burden only when asking for something: a feeling about asking.
  { patterns: ['burden|carga|estorbo|molestia ~1 when|cuando ~1 i|yo ~0 ask|asking|pido|pedir|need|necesito', 'burden|carga|estorbo|molestia ~0 cuando|when ~0 pido|pedimos|asking|ask', 'burden|carga|estorbo|molestia ~0 cuando|when ~1 le|les|te|a ~0 pido|pedimos|pedir'] },
  // The last time something happened, told as the past.
  { patterns: ['last|ultima ~0 time|vez ~0 i|que|q ~1 ran|took|was|went|saw|had|got|tried|fui|vi|estuve|used|drank|did|hice|threw|fell|forgot|missed|ate|comi'] },
  // A hope never to need something.
  { patterns: ['hope|hopefully|ojala|espero ~2 NEG ~2 need|necesit*|ocup*|use|usar|tener'] },
  // A last day, week or shift at a job or a place.
  { patterns: ['last|ultim* ~1 day|dia|week|semana|shift|turno|class|clase ~1 at|in|en|of|de|del|on ~1 the|la|el|my|mi|this|esta|este|work|job|trabajo|la|school ~0 !earth|!tierra|!world|!mundo|!planet|!planeta|!vida|!life|!alive|!vivo|!viva'] },
  // The dead spoken of: "my dead parents", "mi papá difunto", "their dead".
  { patterns: [`dead|muerto|muertos|muerta|muertas|difunt*|late ~0 ${KIN}`, `${KIN} ~0 muerto|muerta|muertos|difunto|difunta|fallecido|fallecida`, 'their|his|her|su|sus ~0 dead|muertos'] },
  // Looking like something dead: a drawing, a plant, a phone.
  { patterns: ['look|looks|looked|looking|parece|parecia ~0 like|un|una ~2 dead|death|muerto|muerta'] },
  // A time of day, or all of it: "el domingo en la noche", "todo el día".
  { patterns: ['!hoy|!manana|!today|!tomorrow|!tonight ~0 en|in|at|por|during ~0 la|el|the ~0 noche|night|tarde|manana|morning|evening|afternoon|madrugada', 'todo|toda|all ~0 el|la|the|day|night|dia|noche ~0 dia|noche|day|night|long|week|semana|afternoon|tarde'] },
  // Two negations that cancel: not without hope, not wanting to stop living.
  { patterns: ['NEG ~2 sin|without ~0 esperanza|hope|ganas|fuerzas|salida', 'NEG ~1 DESIRE ~2 dejar|stop|quit|stopping ~1 vivir|existir|live|living|exist|existing|respirar|breathing|be|ser|estar|being'] },
  // A thing done to a dish, a meal: "el ponche lo hago yo", "make it with my daughter".
  { patterns: ['el|la|los|las ~0 !TIME ~0 lo|la|los|las ~0 hago|hare|haga|hacemos', 'make|making|bake|baking|cook|cooking ~0 it ~0 with|for'] },
  // Waking at a time of the clock: sleep, not death.
  { patterns: ['despert*|despiert*|wake|woke|waking|up ~1 a|at ~1 las|la|1|2|3|4|5|6|7|8|9|10|11|12|3am|4am|5am|6am|7am|dawn|midnight|night'] },  // "Casi me corto metiendo la mano": a near accident with a blade left out, not a wish.
  { patterns: ['casi|almost|nearly ~0 me ~0 corto|corte|corté|cortaba|cut|sliced', 'almost|nearly ~0 cut|sliced ~0 myself|my|me'], unlessSentence: 'otra|again|ganas|urge|urges|quise|wanted|queria|quería|want|quiero|relapse|recaida|recaída' },
  // "Been killing myself on this level", "killing myself trying to fix it": effort.
  { patterns: ['killing|killin|kill ~0 myself|me ~0 on ~0 it|this|that|these|those|the', 'killing|killin ~0 myself ~0 over ~0 it|this|that|nothing|some|a', 'killing|killin ~0 myself ~0 trying|working|studying|practicing|practising|training|laughing|laughin'] },
  // "Didn't think I'd make it 6 days": a doubt told from the other side of it.
  { patterns: ['didnt|never|nunca|no ~1 think|thought|pense|pensé|crei|creí ~3 make|making|llegar|llegaria|llegaría|aguantar|aguantaria|aguantaría ~0 it|a|$'] },
  // A jump rope: "compré la soga pa saltar", "skipping rope".
  { patterns: ['soga|cuerda|rope|ropes ~2 saltar|brincar|jump|jumping|skip|skipping|cardio', 'jump|skipping|skip ~0 rope|ropes'] },
  // Making oneself a sandwich, a coffee, one's nails: "solo quiero hacerme un sandwich".
  { patterns: ['hacerme|prepararme|hacer|preparar ~0 un|una|unos|unas|mi|mis|el|la|las ~0 sandwich|sándwich|sandwiches|torta|tortas|taco|tacos|cafe|café|cafecito|te|té|licuado|quesadilla|quesadillas|huevo|huevos|pan|uñas|unas|tatuaje|tattoo|chequeo|examen|limpieza|trenzas|peinado|tinte|mechas'] },
  // "Throw it off the roof": a thing thrown, not a person.
  { patterns: ['throw|throwing|threw|toss|tossing|tossed|chuck|chucking|yeet|yeeting ~0 it|this|that|the ~2 off|out|outta ~1 the|a|that|this ~0 roof|window|balcony|bridge'] },
  // Narcan that saved someone: a rescue told after it.
  { patterns: ['narcan|naloxone|naloxona ~2 saved|salvo|salvó|revived|revivio|revivió|brought|trajo'] },
  // "Se acabó el detergente": a thing ran out, not hope.
  { patterns: ['se ~0 acabo|acabó|acabaron|termino|terminó|terminaron ~0 el|la|los|las|mi|mis ~0 !ganas|!fuerzas|!fuerza|!fe|!vida|!esperanza|!razones|!motivos|!tiempo|!paciencia|!mundo|!camino|!racha|!funcion|!función|!show|!juego|!aguante|!sobriedad|!limpieza'] },
  // "Si perdemos me muero": a team's result, said of "we" or "they".
  { patterns: ['if ~0 we|they|he|she ~0 lose|loses|lost ~4 die|dying|muero|tiro', 'si ~0 perdemos|pierden|pierde|perdiera|perdieran|perdimos ~4 morir|muero|muera|tiro|aviento'] },
  // "Ya no deseo no haber nacido", "no more wishing i wasn't born": a wish that is gone.
  { patterns: ['NEG ~1 DESIRE|deseo|wishing|wish ~1 no|not|wasnt|never ~1 haber|been|born|nacido|existir|exist'] },
  // "La novela de anoche me mató": a story that moved the speaker.
  { patterns: ['novela|telenovela|serie|pelicula|película|capitulo|capítulo|episodio|show|libro|partido|final ~4 me ~0 mato|mató|mata|mataron|matan'] },
  // Knives sharpened for a feast: "ya afilé los cuchillos pa la posada".
  { patterns: ['sharpened|sharpening|sharpen|afile|afilé|afilando|afilar ~2 knife|knives|cuchillos|cuchillo ~2 pa|para|for ~1 la|el|the ~0 posada|cena|dinner|fiesta|party|carne|asado|bbq|pavo|turkey|thanksgiving|navidad|christmas|tamalada|cocina|kitchen'] },
  // A low day, told as today's: "hoy no tengo ganas de nada".
  { patterns: ['hoy|today ~0 no|dont ~0 tengo|feel|have ~0 ganas|like ~1 de|doing ~0 nada|anything'] },
  // Burned or cut on a pot, a pan, an iron: a kitchen accident.
  { patterns: ['burned|burnt|cut ~0 myself ~2 on|with ~1 the|a|my ~0 pot|pan|stove|oven|iron|grater|can|tray', 'me ~0 queme|quemé|corte|corté ~2 con ~1 la|el|mi ~0 olla|sarten|sartén|estufa|horno|plancha|comal|rallador|lata|charola'], unlessShare: 'purpose|proposito|propósito|adrede|apropósito|queria|quería|wanted|helped|ayudo|ayudó|relief|alivio|told|dije|said|lie|mentira|again|otra' },
  // A clothesline: "compré cuerda pa tender en el patio".
  { patterns: ['cuerda|soga|rope|lazo|mecate|line ~2 pa|para|for ~0 tender|laundry|ropa|clothes|tendedero|drying'], unlessShare: 'NEG|hay|already|supuestamente|supposedly|ya' },
  // "My will to do laundry": the will to do a chore, not a testament (the will to live stays read).
  { patterns: ['will ~0 to ~0 !live|!living|!survive|!continue|!carry|!fight|!keep|!go|!exist|!be|!stay|!wake'] },
  // Killing time: "vamos a matar el tiempo pescando".
  { patterns: ['matar|mato|matando|kill|killing|killed ~0 el|the|some|a ~0 tiempo|rato|time|while'] },
  // "Estoy que mato": so angry or so hot, a way of speaking.
  { patterns: ['estoy|ando|estaba|andaba ~0 que|q ~0 mato|muerdo|exploto|reviento'] },
  // Dying of joy, of laughter, of nerves: a feeling, not a wish.
  { patterns: ['morir|morirme|muero|moria|moría ~0 de ~1 la|el ~0 alegria|alegría|felicidad|emocion|emoción|risa|gusto|verguenza|vergüenza|pena|envidia|nervios|ansias|ternura'] },
  // A tool or a chair "killing my wrist": a body that aches.
  { patterns: ['killing|kills|matando ~0 my|mi|me ~0 wrist|wrists|back|knees|knee|feet|hands|neck|shoulder|shoulders|espalda|rodillas|pies|manos|cuello|muñeca|muneca|hombro|hombros'] },
  // Making it to the end of the month: money, not a life.
  { patterns: ['llegar|llego|llegamos|llegare|llegaré|make ~1 a|it ~0 fin|to ~0 de|the ~0 mes|quincena|end'] },
  // Who finished the coffee or ate the leftovers: a kitchen grudge, not a threat.
  { patterns: ['whoever|quien|al|a ~0 q|que|la|el ~0 se ~0 acabo|acabó|comio|comió|tomo|tomó|termino|terminó ~1 el|la|mi|mis|los|las ~0 cafe|café|leche|pan|comida|yogur|yogurt|galletas|tortillas|pastel|agua|papel|refresco|cereal', 'whoever|anyone|anybody ~0 ate|drank|finished|took|used|eats|drinks ~1 my|the|our|all|last ~0 leftovers|coffee|milk|food|yogurt|cookies|cake|snacks|toilet|hot|creamer|cereal|pizza|fries|soda'], unlessSentence: 'MEANS|tonight|noche|knife|cuchillo|gun|pistola|navaja' },
  // "Por fin", "x fin": at last, not an end.
  { patterns: ['por|x ~0 fin'] },
  // Worn out by a noise, the cold or a broken heater: "cant go on like this with the noise upstairs", "ya no puedo mas con el reggaeton del vecino".
  { patterns: [NUISANCE_FRAME], unlessShare: NUISANCE_IN_MIND },
  // Someone else's last words, a letter from one's son in a hope box: kept, not written to say goodbye.
  { patterns: ['his|her|their|su|sus|grandads|grandmas|nans|grans|moms|mums|dads|sisters|brothers|friends|wifes|husbands ~0 last|ultimas|últimas ~0 words|palabras|message|letter|text', 'letter|letters|note|notes|card|cards|text ~0 from ~1 my|his|her ~0 son|daughter|kids|kid|mom|mum|mam|dad|nan|gran|grandma|grandad|grandpa|sister|brother|wife|husband|partner|sponsor|friend|niece|nephew|hijo|hija|hijos|mama|mamá|papa|papá|abuela|abuelo|hermana|hermano|esposa|esposo|pareja|padrino|madrina|amiga|amigo|sobrina|sobrino|nieto|nieta', 'carta|cartas|nota|notas|tarjeta|tarjetas|mensaje ~0 de ~0 mi|mis|su|sus ~0 son|daughter|kids|kid|mom|mum|mam|dad|nan|gran|grandma|grandad|grandpa|sister|brother|wife|husband|partner|sponsor|friend|niece|nephew|hijo|hija|hijos|mama|mamá|papa|papá|abuela|abuelo|hermana|hermano|esposa|esposo|pareja|padrino|madrina|amiga|amigo|sobrina|sobrino|nieto|nieta', 'hope|memory|comfort ~0 box', 'caja ~0 de ~0 esperanza|recuerdos'] },
  // Sleeping like the dead, a machine that wants to die, lying down on the sofa, killing oneself studying: figures.
  { patterns: ['sleep|sleeping|slept|dormir|duermo|dormi|dormí ~1 like|como ~1 the|un|los|a ~0 dead|muerto|muertos|log|tronco|lirón|liron', 'licuadora|blender|phone|celu|celular|cel|laptop|compu|computer|printer|impresora|tele|tv|carro|coche|moto|fridge|nevera|heladera|lavadora|microondas|microwave|battery|bateria|batería|wifi|router|tostadora|toaster|plancha|heater|estufa|kettle|hervidor ~1 se ~0 quiere|esta|está ~1 morir|muriendo', 'blender|phone|laptop|computer|printer|tv|car|fridge|microwave|battery|wifi|router|toaster|heater|kettle ~1 is|s|wants ~1 dying|to ~0 die', 'tirar|tirarme|echar|echarme ~1 en|al ~1 el|la ~0 sillon|sillón|sofa|sofá|cama|couch|bed|pasto|cesped|césped|playa|suelo|piso|hamaca', 'matar|matarme|matando|kill|killing|morir|muriendo ~0 estudiando|trabajando|studying|working|entrenando|training|limpiando|cleaning|caminando|walking', 'dice|dijo|says|said|cree ~1 q|que|that ~0 la|lo|le|i|ill ~0 voy|va|will|gonna|going ~1 a|to ~0 matar|kill ~0 de|with|con|from ~1 un|una|mis|my|the|tanto|tantos|disgusto|susto|coraje|worry|stress|nervios', 'matar|kill ~0 de ~0 un|una|los|la ~0 disgusto|susto|coraje|infarto|rabia|pena|preocupacion|preocupación|nervios'], unlessSentence: 'cuchillo|knife|pistola|gun|manos|hands|arma' },
  // Someone else who did not make it, a drug that took them: grief.
  { patterns: ['brother|sister|son|daughter|dad|mom|mum|father|mother|friend|friends|buddy|mate|cousin|uncle|aunt|baby|he|she|they|hermano|hermana|hijo|hija|papa|mama|padre|madre|amigo|amiga|primo|prima|tio|tia ~1 didnt|never|couldnt|wouldnt|not ~1 make ~0 it', 'overdose|od|sobredosis|fentanyl|fentanilo|drugs|drogas|cancer|cáncer|covid ~1 took|killed|got|mato|mató|llevo|llevó ~0 him|her|them|my|mi|a|al|su'] },
  // Walking to the bridge and back, or the person one was on arrival, gone: coping and the past.
  { patterns: ['puente|bridge|river|rio|río|orilla|muelle|pier|playa|beach|tracks|vias|vías ~3 y|and ~0 vuelvo|regreso|back|volver|home|casa', 'chica|chico|girl|guy|man|woman|mujer|hombre|persona|person|version|versión ~0 q|que|who|that ~0 llego|llegó|came|arrived|entro|entró|walked ~8 ya ~0 no ~0 existe', 'ganas ~0 de ~0 vivir ~2 en|con ~0 este|esta ~0 frio|frío|calor|clima|tiempo|lluvia', 'tire|tiré|bote|boté|threw|thrown|binned|tossed|flushed|entregue|entregué|handed ~3 cuchilla|cuchillas|navaja|navajas|blade|blades|razor|razors|pills|pastillas|rope|cuerda|soga|stash ~2 q|que|that|i|which ~0 guardaba|kept|had|tenia|tenía|saved|hid|escondia|escondía', 'junto|junta|juntos|juntas ~0 con'] },
  // "Thanks for the kind notes on my last post": the post before, not a last one.
  { patterns: ['on|about|under|in|to|en|sobre|a ~0 my|mi ~0 last|ultimo|último|ultima|última ~0 post|share|mensaje|publicacion|publicación'] },
  // "If I see one more boiled egg I'll die": a figure of speech about the egg.
  { patterns: ['if|si ~4 one|una|un ~0 more|mas|más ~8 die|dying|morir|muero|scream|gritar|explode|exploto'], unlessSentence: 'pills|pastillas|bridge|puente|rope|cuerda|soga|knife|cuchillo|gun|pistola' },
  // Taking the medicine "sin q nadie me recuerde", "without anyone reminding me": pride, not being forgotten.
  { patterns: ['sin ~0 q|que ~0 nadie ~0 me ~0 lo ~0 recuerde|recuerden|diga|digan|avise|avisen|pida|pidan', 'sin ~0 q|que ~0 nadie ~0 me ~0 recuerde|recuerden|diga|digan|avise|avisen|pida|pidan', 'without ~0 anyone|anybody|nobody|staff ~0 reminding|telling|asking|chasing'] },
  // "Dead good", "nearly died laughing": a British intensifier and a laugh.
  { patterns: ['dead ~0 good|nice|funny|lovely|easy|chuffed|proud|happy|brilliant|posh|jealous|excited|tired|beat', 'nearly|almost|casi ~0 died|die|dead|muero|morí|mori|me ~0 mori|morí|muero ~0 laughing|de ~0 risa'] },
  // "Goodbye for now", "hasta pronto": back soon.
  { patterns: ['goodbye|bye|adios|adiós|chao|chau ~0 for|por ~0 now|ahora', 'goodbye|bye|adios|adiós|chao|chau ~0 por ~0 el ~0 momento', 'hasta ~0 pronto|luego'] },
  // Arrived without wanting to live, leaving with a job: "llegue sin ganas de vivir y me voy con trabajo".
  { patterns: ['llegue|llegué|came|arrived|entre|entré|got ~3 sin|without ~0 ganas|will|reason|desire|wish ~1 de|to ~0 vivir|live|living', 'came|arrived|got ~3 with ~0 no ~0 will|reason|desire|wish ~1 to ~0 live|living'] },
  // Nearly died on the hill, dying trying, a suicide move in chess, death by chocolate: figures of speech.
  { patterns: ['nearly|almost ~0 died|dying ~0 on|at|in|during|from|of|laughing|lol', 'die|dying|morir|muero ~0 trying|intentando', 'morir|muero ~0 en ~0 el ~0 intento', 'suicide|suicida ~0 move|squeeze|run|mission|pass|door|doors|sprint|drill|drills|squad|bunt', 'jugada|movimiento|pase|mision|misión ~0 suicida', 'death ~0 by ~0 chocolate|powerpoint|paperwork|meetings'] },
  // The person one was, who wanted to die, no longer here; years without those thoughts; the old goodbye letter burned; a goodbye to the drugs.
  { patterns: ['the|el|la|that ~0 man|woman|guy|girl|person|hombre|mujer|chica|chico|tipo|version|versión ~0 who|that|q|que ~0 wanted|queria|quería|tried|intento|intentó ~2 die|morir|morirse|kill|matarse', 'sin ~0 esos|esas ~0 pensamientos|ideas ~0 de ~4 vivir|morir|matarme|morirme|hacerme|lastimarme|cortarme', 'without|free ~1 of ~0 those|these|the ~0 thoughts ~0 of|about ~4 die|dying|death|ending|killing|hurting|living', 'queme|quemé|rompi|rompí|burned|burnt|tore|ripped|shredded|tire|tiré ~4 carta|cartas|letter|letters|note|nota', 'carta|cartas|letter|note|nota ~6 la|lo|it|them ~0 queme|quemé|rompi|rompí|burned|burnt|tore|ripped|shredded|tire|tiré', 'despedida|goodbye|adios|adiós ~0 a|to ~1 la|el|las|los|my|mi ~0 droga|drogas|drugs|drink|alcohol|bebida|coca|crack|heroina|heroína|heroin|adiccion|adicción|addiction|vicio|cigarro|cigarrillos|smoking|weed|mota'] },
  // Going together to the clinic, anger that burns, an illness that made one go back six times: not means gathered, not abuse.
  { patterns: ['ir|vamos|go|going|vayamos ~1 juntos|juntas|together', 'bronca|rabia|coraje|ira|enojo|anger|rage ~1 q|que|that ~0 me ~0 quema|quemaba|burns|consume|come', 'toc|ocd|ansiedad|anxiety|depresion|depresión|depression|cabeza|head|brain|cerebro ~0 me ~0 hizo|hace|made|makes'] },
  // A pill once a day: a dose, not all at once.
  { patterns: ['una|1|one ~0 vez|veces ~0 al|por|a ~0 dia|día|semana|day|week', 'once|twice ~0 a|per ~0 day|week'] },
  // Out of tape or paper: "se me acabo la cinta pa envolver".
  { patterns: ['se ~1 acabo|acabó|acabaron ~1 el|la|los|las|mi|mis ~0 tape|cinta|celo|papel|pegamento|tinta|hilo|tarjetas|bolsas|focos|pilas'] },
];

/**
 * Denials: "not that i want to end anything", "no es que ya no quiera vivir", "that doesn't mean i
 * want to die". What follows one in its clause is what the share says it is not, even when the
 * rule is itself about negative words.
 */
/** Who a rhetorical "not that anyone cares" is about: that is no denial. */
const RHETORICAL = '!anyone|!anybody|!someone|!somebody|!nobody|!it|!they|!you|!people|!everyone|!alguien|!nadie|!a|!le|!les|!importe|!importa';
/**
 * Another resident's words quoted in order to answer them: "to whoever wrote 'whats the point'",
 * "al q escribió 'ya no quiero vivir'", "re the post about 'ending it'", or an old journal's.
 */
const QUOTED_OTHER = ['to|al|a ~0 whoever|quien|q|que ~0 wrote|posted|put|said|escribio|escribió|puso|dijo|posteo|posteó|publico|publicó', 'whoever ~0 wrote|posted|put|said', 'the|el|la ~0 post|posts|share|mensaje|publicacion|publicación ~0 about|sobre|de', 'journal|diario ~1 said|says|decia|decía|dice'];
const DENIALS = ['ni ~0 de ~0 chiste|broma|loca|loco', 'ni ~0 loca|loco|loquita|loquito|muerta|muerto ~2 vuelvo|voy|lo|me|hago|hare|haré', 'not|no|nor|dont|arent ~1 having|have|had|tengo|tenido ~1 any|ningun|ningún|ninguna|ni ~0 thoughts|thought|pensamientos|pensamiento|ideas|idea ~0 of|about|de', 'people|ppl|everyone|everybody|folks|gente|todos ~0 think|thinks|assume|assumes|piensan|creen', 'piensa|piensan|cree|creen|thinks|assumes|assume ~1 que|q|im|i|that ~0 estoy|ando|quiero|voy|im|i|want|wanna', `not ~0 that|like ~0 ${RHETORICAL}`, `no ~0 es|era|fue ~0 que|q|porque|xq|pq ~0 ${RHETORICAL}`, `not ~0 bc|because|cause|cuz ~0 ${RHETORICAL}`, 'doesnt|dont|didnt|wont ~0 mean ~0 i|im|that|yo|que|q', 'does|do|did ~0 not ~0 mean ~0 i|im|that', 'no ~0 significa|quiere ~0 que|q|decir ~0 que|q', `isnt|wasnt|aint ~0 that|because|like ~0 ${RHETORICAL}`, 'ni ~0 se ~0 me ~0 pasa|paso|pasó|ocurre|ocurrio|ocurrió ~2 por ~1 la ~0 cabeza|mente', 'no ~0 tengo ~0 ideas|ganas|intencion|intención ~1 de ~0 hacerme ~0 nada|dano|daño', 'zero|cero|no ~0 plans|plan|intention|intentions|intent|planes|intencion ~0 to|of|de ~0 hurt|harm|hurting|harming|kill|killing|act|acting|lastimarme|matarme|hacerme|use|using|drink|drinking|consumir|tomar', ...QUOTED_OTHER].map(compilePattern);

/**
 * A share that quotes the resident's own earlier words and takes them back: "i said 'i want to
 * die' about the exam, i just meant the exam", "dije 'me quiero morir' pero era del examen". It
 * says it, it says what it meant, and it does not say it meant it.
 */
const SAID = ['i|yo|when|cuando ~2 say|said|saying|wrote|write|writing|post|posted', 'dije|digo|decia|escribi|escribo|puse|publique', 'eso ~0 de', 'dont|no ~0 panic|worry|alarm*|cunda|freak', 'no ~0 se ~0 alarmen|asusten|preocupen|espanten', 'tranquis|tranquilos|tranquilas'].map(compilePattern);
/** What the words meant, said after them: what comes before it is taken back, what follows it is still read. */
const MEANT = ['i|yo|just|only|solo ~1 meant|mean', 'quise|queria|quiero ~0 decir', 'era ~0 de|del|por|sobre|broma|chiste', 'es|era|was|its ~0 broma|chiste|joke|joking|kidding', 'was ~0 about ~0 the|my', 'about|sobre ~0 the|that|el|la|ese|esa ~0 hill|cuesta|subida|walk|caminata|stairs|escaleras|run|carrera|game|partido|exam|examen|test|queue|fila|heat|calor|food|comida|movie|peli|pelicula|película|show|serie|series|song|cancion|canción', 'just ~0 kidding', 'not|no ~1 that|this|esa|esas|ese|esos ~0 kind|tipo|clase|de', 'no ~0 de ~0 esas|esos'].map(compilePattern);
/** A clarification announced first ("aclaro:", "to clarify"): the whole share is the taking back. */
const CLARIFYING = ['aclaro|aclarar|aclaracion|clarify|clarifying|clarification'].map(compilePattern);
const MEANT_IT = ['meant|mean|means ~0 it|every|that', 'en ~0 serio', 'no ~0 era ~0 broma|chiste', 'wasnt|not ~1 joking|kidding|bromeando', 'wasnt|not ~1 a ~0 joke', 'no ~0 es ~0 broma|chiste', 'no ~1 estoy ~0 bromeando|jugando', 'try ~0 me ~0 $', 'try ~0 me ~0 one ~0 more', 'no ~0 es ~0 un ~0 decir'].map(compilePattern);
const isLaughing = compileElement(`${LAUGHING}|lmfao|rofl`);

/** Where the first match of any of the patterns starts (`last`: the last one), or -1. */
function firstMatch(tokens: readonly Token[], patterns: readonly CompiledPattern[], last = false): number {
  const at = (i: number) => somePatternAt(tokens, patterns, i);
  return last ? tokens.findLastIndex((_, i) => at(i)) : tokens.findIndex((_, i) => at(i));
}

/**
 * How much of the share its own words take back: the words before the last "i meant", "era
 * broma" (or the whole share after "aclaro:"), when the share quotes the resident and does not
 * say it meant it; 0 when it takes nothing back.
 */
const takenBackUntil = perShare((tokens) => {
  if (!anyPatternFrom(tokens, SAID) || anyPatternFrom(tokens, MEANT_IT)) return 0;
  if (anyPatternFrom(tokens, CLARIFYING)) return tokens.length;
  return Math.max(0, firstMatch(tokens, MEANT, true));
});
const takesItBack = (tokens: readonly Token[]) => takenBackUntil(tokens) > 0;

interface CompiledFrame {
  patterns: CompiledPattern[];
  unlessSentence?: Matcher;
  /** Words that, anywhere in the share, say the frame may be a cover story ("on purpose", "ya hay tendedero"). */
  unlessShare?: Matcher;
}
const COMPILED_FRAMES: readonly CompiledFrame[] = EVERYDAY_FRAMES.map((frame) => ({
  patterns: frame.patterns.map(compilePattern),
  unlessSentence: compileContext(frame.unlessSentence),
  unlessShare: compileContext(frame.unlessShare),
}));

/**
 * Marks the words covered by each match of a pattern from the given starts, within one clause;
 * `toClauseEnd`: and every word after it in its clause.
 */
function cover(covered: Uint8Array, tokens: readonly Token[], pattern: CompiledPattern, starts: readonly number[], toClauseEnd: boolean, unlessSentence?: Matcher): void {
  for (const start of starts) {
    const token = tokens[start] as Token;
    let end = matchFrom(tokens, pattern.steps, 0, start, token.sentence, true);
    if (end < 0 || (unlessSentence && sentenceHas(tokens, token.sentence, unlessSentence))) continue;
    if (toClauseEnd) while (end + 1 < tokens.length && (tokens[end + 1] as Token).sentence === token.sentence && !(tokens[end + 1] as Token).pause) end++;
    // A guard word before the frame only says what may not stand there (all guards are written with no gap after them).
    let from = start;
    for (const step of pattern.steps) {
      if (!step.guard) break;
      from++;
    }
    covered.fill(1, from, end + 1);
  }
}

/** Per share, what the frames, denials and retractions found: each is asked by several layers. */
function perShare<T>(compute: (tokens: readonly Token[]) => T): (tokens: readonly Token[]) => T {
  const cache = new WeakMap<readonly Token[], T>();
  return (tokens) => {
    if (cache.has(tokens)) return cache.get(tokens) as T;
    const found = compute(tokens);
    cache.set(tokens, found);
    return found;
  };
}

/** Every everyday frame's patterns, numbered in frame order, each with its frame. */
const FRAME_PATTERNS = COMPILED_FRAMES.flatMap((frame) => frame.patterns.map((pattern) => ({ frame, pattern })));
const FRAME_STARTS = new StartIndex(FRAME_PATTERNS.map(({ pattern }) => pattern));

const everydayCoverage = perShare((tokens) => {
  const covered = new Uint8Array(tokens.length);
  const coverStory = new Map<CompiledFrame, boolean>();
  FRAME_STARTS.positions(tokens).forEach((starts, p) => {
    if (!starts) return;
    const { frame, pattern } = FRAME_PATTERNS[p] as (typeof FRAME_PATTERNS)[number];
    const { unlessShare } = frame;
    if (unlessShare) {
      let found = coverStory.get(frame);
      if (found === undefined) coverStory.set(frame, (found = tokens.some((token) => unlessShare(token))));
      if (found) return;
    }
    cover(covered, tokens, pattern, starts, false, frame.unlessSentence);
  });
  return covered;
});
const deniedCoverage = perShare((tokens) => {
  const covered = new Uint8Array(tokens.length);
  startsOfList(DENIALS).positions(tokens).forEach((starts, p) => {
    if (starts) cover(covered, tokens, DENIALS[p] as CompiledPattern, starts, true);
  });
  return covered;
});

/** Abuse and threats stay crisis when the share says something everyday around them; the rest may not. */
const DISCLOSURES = new Set(['next-time-the-face', 'abuse', 'abuse-more', 'abuse-plain', 'abuse-control', 'threat', 'threat-more', 'next-in-hospital', 'nobody-expects-it', 'threat-plain']);

/** What the thoughts, urges and wishes of a share can be: "the urge to cut isn't there today". */
const URGE = compileElement('brain|cerebro|urge|urges|thoughts|thought|ganas|pensamientos|pensamiento|pensaba|idea|ideas|impulso|impulsos|voices|voces|cravings|craving|feeling|feelings');
/** Said after them, that they have gone quiet: with their own negation ("ya casi no vienen") or without one ("went away"), which must then not be negated. */
const RESOLVED_NEGATIVE = ['no ~0 les|le ~0 hice|hago ~0 caso', 'told ~1 it|them|her|him ~1 to ~0 shut|stop|go', 'le|les ~0 dije ~1 que|q ~1 se ~0 callara|callaran|fuera|fueran', 'no ~0 voy ~0 a ~0 hacer ~0 nada', 'ya|casi ~1 no|ni ~0 vienen|viene|estan|esta|llegan|aparecen|regresan|vuelven|pasan', 'isnt|arent|wasnt|werent|not ~0 there|here|around', 'isnt|arent|not ~0 as ~0 loud|strong|bad|often', 'no ~0 estan|esta|vienen|regresan ~0 $', 'no ~0 lo ~0 hice|hize|hago', 'no ~0 lo ~0 he ~0 hecho', 'i ~0 havent|didnt|dont ~0 $', 'i ~0 havent|didnt ~0 and|y', 'i ~0 havent|didnt ~0 acted|done ~0 on ~0 it|them'].map(compilePattern);
const RESOLVED = ['gone|went|go|goes ~0 away', 'en ~0 vez|lugar ~0 de ~0 lo ~0 otro', 'en ~0 vez|lugar ~0 de ~0 cortarme|hacerme|lastimarme|quemarme|eso', 'instead ~0 of ~0 cutting|hurting|harming|burning|that', 'ya ~0 estoy ~0 bien|mejor|tranquila|tranquilo', 'ya ~0 me ~0 siento ~0 bien|mejor|tranquila|tranquilo', 'feel|feeling ~0 better|okay|ok|calmer', 'se ~0 fueron|calmaron|quitaron|apagaron', 'are|is|got|get|getting ~0 gone|quieter|quiet|less|fewer|rare|weaker|softer|smaller', 'faded|fading', 'it|se|me|they ~0 passed|paso|pasaron', 'estoy|siento ~0 a ~0 salvo|salva', 'me ~0 siento ~0 segura|seguro', 'feel|feeling|im|am ~0 safe'].map(compilePattern);
/** How many words before the match the thoughts or urges it is about may stand: "the urge to cut", "las ganas de morir". */
const URGE_REACH = 3;

/**
 * The match is what some thoughts or urges were about, and its sentence or one of the next two says they
 * have gone quiet ("the urge to cut came back last night. it passed"), and nothing after that says
 * they are back.
 */
function resolvedAfter(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  const [first] = rangeOf(tokens, sentence);
  let urge = false;
  for (let i = Math.max(first, start - URGE_REACH); i <= end && !urge; i++) urge = URGE(tokens[i] as Token);
  if (!urge) return false;
  // To the end of the second sentence after it ("urge hit hard. held ice and texted my mentor. it passed"), or as far as the share goes.
  const last = Math.max(rangeOf(tokens, sentence)[1], rangeOf(tokens, sentence + 1)[1], rangeOf(tokens, sentence + 2)[1]);
  for (let i = end + 1; i < last; i++) {
    const token = tokens[i] as Token;
    const fits = (pattern: CompiledPattern) => (pattern.steps[0] as Step).matches(token) && matchFrom(tokens, pattern.steps, 0, i, token.sentence, true) >= 0;
    if (RESOLVED_NEGATIVE.some(fits) || (RESOLVED.some(fits) && !negatedAt(tokens, i, i))) return !tokens.slice(i + 1).some((after) => isNow(after));
  }
  return false;
}

/**
 * A low mood that the share then looks past, in a later clause that nothing after it takes back: "cansada de todo pero mañana es otro
 * día", "wanted to disappear. took a walk instead". Only a concern is read this way, never a plan.
 */
const LOOKS_PAST = ['manana|mañana ~2 otro|nuevo ~0 dia|día', 'manana|mañana ~0 lo ~0 intento|intentamos|vuelvo', 'trying|try ~1 again ~0 tomorrow|monday|mañana', 'no ~0 me ~0 rindo|rendire|rendiré ~0 $', 'no ~0 me ~0 voy ~1 a ~0 rendir', 'not ~0 giving ~0 up ~0 $', 'wont|never ~0 give ~0 up ~0 $', 'aqui|aquí|aca|acá ~0 sigo|seguimos|estoy|ando ~0 $', 'still ~0 standing ~0 $', 'tomorrow|tmrw|tomorrows ~2 another|new ~0 day', 'instead ~0 $', 'not ~0 anymore ~0 $', 'thats|that|its ~0 not ~0 me ~0 anymore', 'ya ~0 no ~0 soy ~0 esa|ese ~0 persona', 'ahora ~0 quiero ~0 vivir', 'now ~0 i ~0 want|wanna ~1 to ~0 live', 'i ~0 want|wanna ~1 to ~0 live ~0 now'].map(compilePattern);
function looksPastAfter(tokens: readonly Token[], end: number): boolean {
  const sentence = (tokens[end] as Token).sentence;
  let next = end + 1;
  while (next < tokens.length && (tokens[next] as Token).sentence === sentence && !(tokens[next] as Token).pause) next++;
  // Nothing after it in its sentence may take it back: "aquí sigo, pero no por mucho" looks past nothing.
  for (let i = next; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    for (const pattern of LOOKS_PAST) {
      if (!(pattern.steps[0] as Step).matches(token)) continue;
      const until = matchFrom(tokens, pattern.steps, 0, i, token.sentence, false);
      if (until < 0) continue;
      const [, last] = rangeOf(tokens, token.sentence);
      if (!tokens.slice(until + 1, last).some((after) => isNegation(after))) return true;
    }
  }
  return false;
}

/** Threats of harm to someone else: these alone may be taken back by a renunciation said after them, or told as long ago. */
const THREATS = new Set(['threat', 'threat-more', 'next-in-hospital', 'nobody-expects-it', 'threat-plain', 'threat-flat', 'threat-see', 'threat-catching', 'breaking-face', 'see-you-dead']);
/**
 * Anger that stays words, said so after it: "but I won't", "pero no lo voy a hacer", "not
 * literally". ("I'm not joking" is not one of these: it is read as meaning it.)
 */
const RENOUNCED = [
  'but|pero ~1 i|yo|im|ill ~0 wont|wouldnt|never|not|no ~0 $',
  'i ~0 wont|wouldnt ~0 $',
  'wont|wouldnt|never|not|aint ~2 do|doing|act|acting ~0 it|that|on|anything',
  'NEG ~0 gonna|going ~1 to ~0 do ~0 it|that|anything',
  'no ~0 lo|la ~0 voy|vamos ~1 a ~0 hacer',
  'no|nunca ~0 lo|la ~0 hare|haria|haré|haría|haremos',
  'no ~0 voy|vamos ~1 a ~0 hacer ~0 nada',
  'not ~0 literally',
  'no ~0 literalmente',
  'no ~0 es ~0 literal',
  '!no|!not ~0 es ~0 un ~0 decir',
  '!no|!not ~0 es|era ~0 chiste|broma',
  'instead ~0 $',
  'bueno|nah|na ~0 no ~0 $',
].map(compilePattern);
/** "hace 4 años", "two years ago": told as long over; "for a second I wanted to…", "un segundo quise…": a moment that passed. */
const LONG_AGO = ['hace ~3 ano|anos|año|años|mes|meses|semanas|tiempo', 'years|yrs|months|weeks ~0 ago', 'un|a ~0 segundo|momento|instante|second|sec|split ~1 quise|queria|quería|pense|pensé|wanted|thought|felt|senti|sentí'].map(compilePattern);

/** The threat is renounced after it, in its sentence or the next, or its sentence tells it as long ago. */
/**
 * "Hace dos años intenté quitarme la vida", "3 years ago I bought the rope": a sentence told only in
 * the past and dated long ago. Not "hace dos años que quiero morirme", which is still going on.
 */
const LONG_AGO_TOLD = ['hace ~2 ano|anos|año|años|meses ~0 !que|!q|!y', 'years|yrs|months ~0 ago', 'used ~0 to ~0 write|writing|think|thinking|want|wanna|wish|feel|be|hate|plan|planning|dream|stand|sit|pray|cry|hide|stash|save|keep|say|cut|burn|hurt|scratch|starve|purge|stay|sleep|believe|carry|hear|give|leave', 'there ~0 was|were ~0 a ~0 time|period|year', 'hubo ~0 una|un ~0 epoca|época|tiempo|temporada|momento|año|ano', 'when|back ~1 i ~0 was ~0 a|little|young|younger|small|teen|teenager|kid|child|suicidal|homeless|using|drinking', 'remember|recuerdan|recuerdas|acuerdan|acuerdas ~0 when|cuando', 'cuando ~0 estaba|andaba ~0 en ~0 lo ~0 peor', 'cuando ~0 estaba|andaba ~0 suicida|consumiendo|en ~0 la ~0 calle', 'as ~0 a ~0 kid|teen|teenager|child', 'cuando ~0 era|estaba ~0 niño|niña|nino|nina|chico|chica|joven|adolescente|chamaco|chamaca|pequeño|pequeña|pequeno|pequena|morro|morra|chiquito|chiquita|chavo|chava', 'de ~0 niño|niña|nino|nina|adolescente|chamaco|chamaca|pequeño|pequeña|chiquito|chiquita|morro|morra', 'last ~0 year|winter|summer|spring|autumn|fall|christmas', 'el ~0 año|ano|invierno|verano|otoño|otono ~0 pasado', 'la ~0 primavera|navidad ~0 pasada'].map(compilePattern);
/** "in 2019", "back in 2016", "en 2021": a year gone by, named after "in", "en" or "back" (a word may stand between). */
const IN_OR_BACK = new Set([...IN_YEAR, 'back']);
function pastYearNamed(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    if (!IN_OR_BACK.has((tokens[i] as Token).word)) continue;
    const named = [tokens[i + 1], tokens[i + 2]].some((t) => t !== undefined && t.sentence === tokens[i]?.sentence && pastYear(t.word));
    if (named) return true;
  }
  return false;
}
function toldLongAgo(tokens: readonly Token[], sentence: number): boolean {
  const [first, last] = rangeOf(tokens, sentence);
  return (anyPatternFrom(tokens, LONG_AGO_TOLD, first, last) || pastYearNamed(tokens, first, last)) && pastOnly(tokens, sentence);
}

function threatTakenBack(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = (tokens[start] as Token).sentence;
  const [first, last] = rangeOf(tokens, sentence);
  if (anyPatternFrom(tokens, LONG_AGO, first, last)) return true;
  const until = Math.max(last, rangeOf(tokens, sentence + 1)[1]);
  return !anyPatternFrom(tokens, MEANT_IT) && anyPatternFrom(tokens, RENOUNCED, end + 1, until);
}

export function patternHitsInTokens(tokens: readonly Token[]): PatternHit[] {
  const hits: PatternHit[] = [];
  const goodLeaving = tokens.some((token) => isGoodLeaving(token)) || saysNotAGoodbye(tokens);
  const takenBack = takenBackUntil(tokens);
  // Worked out only once some pattern matches: most shares match none.
  let everyday: Uint8Array | undefined;
  let denied: Uint8Array | undefined;
  const framedOrDenied = (start: number, end: number) => {
    everyday ??= everydayCoverage(tokens);
    denied ??= deniedCoverage(tokens);
    return everyday[start] === 1 || everyday[end] === 1 || denied[start] === 1;
  };
  // "lol ... im not joking": laughter does not excuse a pattern the share says it means.
  const meantIt = anyPatternFrom(tokens, MEANT_IT);
  if (!goodLeaving && takenBack === 0 && farewellCues(tokens)) hits.push({ rule: 'farewell-cues', severity: 'urgent' });
  const starts = RULE_STARTS.positions(tokens);
  let numbered = 0;
  for (const { rule, patterns, with: needs, withShare, unless, unlessShare } of COMPILED) {
    const first = numbered;
    numbered += patterns.length;
    if (!patterns.some((_, p) => starts[first + p])) continue;
    if (goodLeaving && isFarewellRule(rule.id)) continue;
    if (withShare && !tokens.some((token) => withShare(token))) continue;
    if (unlessShare && !meantIt && tokens.some((token) => unlessShare(token))) continue;
    const mayBeTakenBack = !DISCLOSURES.has(rule.id);
    const pastMayClear = PAST_MAY_CLEAR.has(rule.id);
    const found = patterns.some((pattern, p) =>
      // Only the words this pattern may start at (most words start none), in order.
      (starts[first + p] ?? NO_STARTS).some((start) => {
        const token = tokens[start] as Token;
        const end = matchFrom(tokens, pattern.steps, 0, start, token.sentence, rule.clause === true);
        if (end < 0) return false;
        if (framedOrDenied(start, end) || (mayBeTakenBack && start < takenBack)) return false;
        if (!pattern.negated && negatedAt(tokens, start, end, rule.negative !== true)) return false;
        if (needs && !sentenceHas(tokens, token.sentence, needs)) return false;
        if (pastMayClear && (pastOnly(tokens, token.sentence) || pastClause(tokens, start))) return false;
        if (!pastMayClear && mayBeTakenBack && !THREATS.has(rule.id) && toldLongAgo(tokens, token.sentence)) return false;
        if (isFarewellRule(rule.id) && pastClause(tokens, start, true)) return false;
        if (resolvedAfter(tokens, start, end)) return false;
        if (rule.severity === 'concern' && looksPastAfter(tokens, end)) return false;
        if (THREATS.has(rule.id) && threatTakenBack(tokens, start, end)) return false;
        return !(unless && sentenceHas(tokens, token.sentence, meantIt ? (word) => unless(word) && !isLaughing(word) : unless));
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

const isAccident = compileElement(`${ACCIDENT}|${INJURY}`);
const isSomeoneElse = compileElement('friend|brother|sister|son|daughter|dad|mom|father|mother|uncle|aunt|cousin|grandma|grandpa|husband|wife|amigo|amiga|hermano|hermana|hijo|hija|papa|mama|padre|madre|tio|tia|primo|prima|abuela|abuelo|esposo|esposa');
const isLoss = compileElement('died|passed|lost|rip|funeral|anniversary|murio|fallecio|perdi|descanse|aniversario|falleci*|pasada|pasado|last|suicido|suicidó|ago');
/**
 * The share tells of a kitchen or grooming accident, or of someone else's death: a listed phrase
 * like "cut myself" or "suicide" alone does not make it a crisis ("my brother died by suicide").
 */
const isLaughingLong = compileElement('jaja*|jeje*|haha*|jsjs*');
const isTeamLoss = compileElement('perdio|perdió|perdieron|perdimos|descendio|descendió|descendimos|goleada|goleados|eliminados|eliminaron');
const isSportWord = compileElement(`${SPORT_NAMES}|penalties|penales|final|cup|copa|derby|clasico|clásico|team|equipo|season|temporada`);
const isLost = compileElement('lost|lose|losing|relegated|eliminated|knocked|slaughtered|hammered|thrashed|battered|humiliated|smashed|destroyed|robbed');
/**
 * A team's loss laughed off: "boca perdio otra vez, me quiero matar jaja", "we lost on penalties
 * again, i want to die lol". A Spanish loss told of others or of "us", or an English one with the
 * game named, and a laugh in the same share: a figure of speech, not a wish.
 */
export const sportLossJoked = (tokens: readonly Token[]): boolean =>
  tokens.some((token) => isLaughing(token) || isLaughingLong(token)) &&
  (tokens.some((token) => isTeamLoss(token)) || (tokens.some((token) => isLost(token)) && tokens.some((token) => isSportWord(token))));

const NUISANCE = [compilePattern(NUISANCE_FRAME)];
const isInMind = compileElement(NUISANCE_IN_MIND);
/** "Can't go on like this with the noise upstairs": a house's nuisance, so a listed phrase like "can't go on like this" is not a crisis. */
export const nuisanceTold = (tokens: readonly Token[]): boolean => anyPatternFrom(tokens, NUISANCE) && !tokens.some((token) => isInMind(token));

/** Words that say a laugh is a cover: "xd pero no es chiste", "lol fr", "jaja literal". */
const MEANT_DESPITE_LAUGH = [...MEANT_IT, ...['de ~0 verdad', 'no ~0 es ~0 joda|chiste|broma|jaja|xd|lol|jk', 'not ~0 a ~0 joke', 'literal|literally|literalmente|posta|deadass|fr|frfr|seriously|seriamente', 'la ~0 neta', 'for ~0 real|reals', 'no ~0 jk|jaja|lol|joke|joking', 'im ~0 not ~0 laughing', 'no ~0 me ~0 rio', 'de ~0 adorno|decoracion|relleno', 'stopped|stop ~0 meaning', 'meaning|meant ~1 the ~0 jk|lol|joke|jaja'].map(compilePattern)];
/**
 * A house's phrase said with a laugh and nothing saying it is meant: "el colectivo otra vez tarde,
 * me quiero morir jajaja", "if i hear that song one more time ill shoot myself lol". The listed
 * phrase alone does not hold it; the classifier, which has read many of both kinds, is still asked.
 */
export const laughedOff = (tokens: readonly Token[]): boolean =>
  tokens.some((token) => isLaughing(token) || isLaughingLong(token)) && !anyPatternFrom(tokens, MEANT_DESPITE_LAUGH);

export const accidentTold = (tokens: readonly Token[]): boolean =>
  tokens.some((token) => isAccident(token)) || (tokens.some((token) => isSomeoneElse(token)) && tokens.some((token) => isLoss(token)));

/** Whether a word belongs to a slot, for the classifier's features. */
export const slotMatcher = (slot: Slot): Matcher => SLOT_MATCHERS.get(slot) as Matcher;

/** The text has a negation, or a sentence about the past only: a plain list phrase in it may not mean what it says. */
const CRISIS_WORD = ['DESIRE', 'INTENT', 'DIE', 'KILL', 'SELFHARM'].map((slot) => SLOT_MATCHERS.get(slot) as Matcher);
const isCrisisWordAt = (tokens: readonly Token[], i: number) => CRISIS_WORD.some((isCrisisWord) => isCrisisWord(tokens[i] as Token));

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
  return (
    tokens.some((token, i) => isNegation(token) && negatesCrisisWord(tokens, i)) ||
    [...sentences].some((sentence) => pastOnly(tokens, sentence)) ||
    takesItBack(tokens) ||
    everydayCoverage(tokens).some((mark, i) => mark === 1 && isCrisisWordAt(tokens, i)) ||
    deniedCoverage(tokens).some((mark, i) => mark === 1 && isCrisisWordAt(tokens, i)) ||
    tokens.some((_, i) => isCrisisWordAt(tokens, i) && (pastClause(tokens, i) || resolvedAfter(tokens, i, i)))
  );
}

