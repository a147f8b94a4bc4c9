/**
 * The word classes ("slots") the crisis patterns are written in. Each entry is a plain word,
 * matched by its Snowball stem in its own language (so "wanted", "wanting" and "wants" all match
 * "want"; "muero", "muera" and "muriera" match their listed forms and whatever shares their
 * stem); `=word` matches that exact word only; `word*` matches any word that starts so; `!word`
 * leaves that exact word out of the slot ("pastill*" but not "pastillero", the pill organiser).
 */
export interface SlotWords {
  en: readonly string[];
  es: readonly string[];
}

export const SLOTS = {
  NEG: {
    en: ['=not', '=no', '=never', '=dont', '=doesnt', '=didnt', '=cant', '=cannot', '=wont', '=wouldnt', '=isnt', '=wasnt', '=arent', '=aint', '=nor', '=idk', '=havent', '=hasnt', '=shouldnt', '=couldnt', '=without', '=zero'],
    es: ['=no', '=nunca', '=jamas', '=tampoco', '=ni', '=sin', '=cero', '=ninguna', '=ningun', '=ninguno'],
  },
  SELF: {
    en: ['=i', '=me', '=my', '=myself', '=im', '=ive', '=ill', '=id', '=mine', '=meself', '=mysef', '=ma'],
    es: ['=yo', '=me', '=mi', '=mis', '=conmigo', '=mio', '=mia'],
  },
  REFLEXIVE: { en: ['=myself', '=meself', '=mysef', '=mself', '=self'], es: [] },
  DESIRE: {
    en: ['want', 'wanna', '=wana', '=wnat', '=wnt', '=whant', '=wan', '=watn', '=wanan', '=wannna', 'wish', 'hope', 'pray', '=rather', 'prefer', 'tempt*', 'urge', 'crave', 'long', 'need', 'idw', '=ready', 'tired', 'sick', '=done'],
    es: ['quiero', 'querer', 'queriendo', 'quisiera', 'queria', '=busco', '=kiero', '=qiero', '=qro', '=quero', 'ganas', 'deseo', 'desear', 'ojala', '=pido', 'prefiero', 'preferiria', 'necesito', 'listo', 'lista', 'cansado', 'cansada', 'canse', 'harto', 'harta'],
  },
  INTENT: {
    en: ['=going', '=gonna', '=gon', '=finna', '=ima', '=imma', '=ill', '=will', '=shall', 'plan', 'decide', 'decided', '=about', '=bout', '=tryna', 'try', 'tried', 'attempt', '=might', '=should', '=gotta', 'think', 'thought', 'consider', 'considering', '=close', '=abt', '=mean', '=swear'],
    es: ['=voy', '=vamos', 'pienso', 'pensando', 'pensar', 'pensamiento*', 'planeo', 'plan', 'decidi', 'decidido', 'intent*', 'capaz', 'debería', 'deberia', '=hasta', '=casi', 'juro'],
  },
  DIE: {
    en: ['die', 'dying', 'died', 'dead', 'death', 'suicid*', 'unaliv*', 'sewerslid*', '=sewer', '=kms', '=kys', '=sui', 'deceas*', 'overdos*', '=od', '=grave', '=coffin', 'perish', 'selfdelet*', '=delete', 'drown'],
    es: ['morir*', 'muer*', 'muri*', 'mori*', 'suicid*', 'desvivi*', 'autoelimin*', 'autodesviv*', 'autoborr*', '=unalive', 'sobredos*', '=kms', 'calaca', 'ahorc*', '=aventarme', '=mato', '=matarme', '=matare', '=mate', '=matar'],
  },
  KILL: {
    en: ['kill', '=k1ll', 'murder', 'stab', 'shoot', 'hang', 'slit', 'slice', 'strangle', 'smother', 'poison', 'drown', 'jump', '=yeet', 'hurt', 'harm', 'end', 'off'],
    es: ['=matar', '=mato', '=mate', '=matare', '=matarme', 'ahorcar*', 'colgar*', 'apuñal*', 'disparar*', 'envenen*', 'tirar', 'tirarme', 'aventar*', 'lastimar', 'lastimarme', 'quitarme', '=quito'],
  },
  LIVE: {
    en: ['live', 'living', 'alive', 'exist', 'existing', 'existence', 'breath', 'breathing', 'wake', '=woke', '=awake', '=here', '=around', 'life', 'survive', 'go', 'going', '=on', 'continue', '=stay', 'fight', 'fighting', 'tomorrow', 'surviv*'],
    es: ['vivir', 'vivo', 'viva', 'viviendo', 'vida', 'existir', 'existiera', 'exista', 'despertar', 'despierte', 'despertando', 'seguir', 'sigo', 'siga', 'estar', 'este', 'estuviera', '=aqui', '=aca', 'respirar', 'luchar', 'aguantar', 'aguanto', 'sobreviv*', 'regresar', 'volver'],
  },
  END: {
    en: ['end', 'ending', 'finish', '=over', 'stop', 'quit', '=out', 'checkout', '=check', 'done', 'log', 'alt', '=f4', 'leave', 'disappear', 'vanish', 'gone', 'erase'],
    es: ['acabar', 'acabe', 'acabo', 'terminar', 'termine', 'termino', '=fin', 'finaliz*', 'desaparec*', 'borrar*', 'apagar*', 'apagarme', 'salir', 'irme', '=ir', '=voy', 'dejar', 'alt', '=f4'],
  },
  STRONG_END: {
    en: ['end', 'ending', 'ended', '=over', '=gone', '=dead', 'die', 'dying', 'suicid*', 'unaliv*', '=kms', 'disappear', '=checking', '=check', 'jump', 'overdos*'],
    es: ['acabar*', 'acabo', 'terminar*', 'termino', 'morir*', 'muer*', '=irme', 'matarme', 'suicid*', 'desaparec*', 'desvivi*', 'aventarme', 'tirarme', '=quito'],
  },
  /** Words that put a crisis in the past ("I used to", "antes"): recovery talk, unless it is back. */
  PAST: {
    en: ['=used', '=ago', '=dark', '=survived', '=tried', '=year', '=recovery', '=anniversary', '=milestone'],
    es: ['=antes', '=solia', '=estuve', '=hubo', '=consumia', '=tomaba', '=bebia', '=usaba', '=drogaba', '=oscuro', '=queria', '=hace', '=escribia', '=intente', '=sobrevivi', '=pasado', '=aniversario', '=recuperacion'],
  },
  /** Someone else's question retold ("my counselor asked me if..."): not the resident's own words. */
  ASKED: { en: ['=asked', '=asks', '=asking'], es: ['=pregunto', '=preguntaron', '=pregunta', '=preguntan'] },
  /** Words that bring it back into the present: "again", "back", "tonight i did it". */
  NOW: {
    en: ['=again', '=back', 'relaps*', '=still', '=tonight', '=blew', '=returned', '=lately'],
    es: ['=otra', '=volvi', '=volvieron', '=volvio', 'reca*', '=todavia', '=sigo', '=sigue', '=hoy', '=noche', '=ahorita'],
  },
  EVERYTHING: {
    en: ['=all', '=everything', '=it', '=things', '=life', '=lives', '=this', '=world', '=myself', '=me', '=pain'],
    es: ['=todo', '=vida', '=mundo', '=esto', '=esta', '=dolor', '=conmigo'],
  },
  FOREVER: {
    en: ['forever', '=permanently', '=good', '=ever', '=again', '=anymore', '=longer', '=last', 'final'],
    es: ['=siempre', '=nunca', '=mas', '=ultimo', '=ultima', '=definitiv*'],
  },
  MEANS: {
    en: ['pill', 'meds', 'medication', 'medicine', 'overdos*', '=od', 'rope', 'noose', 'gun', 'pistol', 'rifle', 'bullet', 'knife', 'knives', 'blade', 'razor', 'insulin', 'fentanyl', 'heroin', 'dope', 'poison', 'bleach', 'antifreez*', 'seroquel', 'xanax', 'benzo*', 'oxy*', 'tylenol', 'narcan', 'dose', 'stash', 'sleeping', 'opioid*', 'percocet*', 'vicodin', 'ambien', 'lithium', 'clonazepam', 'klonopin', 'clozapine', 'clozaril', 'quetiapine', 'trazodone', 'olanzapine', 'zyprexa', 'amitriptyline', 'gabapentin', 'lyrica', 'pregabalin*', '=tablets', 'codeine', 'tramadol', 'morphine', 'diazepam', 'valium', 'lorazepam', 'ativan', 'sertraline', 'zoloft', 'prozac', 'fluoxetine', 'citalopram', 'mirtazapine', 'zopiclone'],
    es: ['pastill*', '!pastillero', '!pastilleros', 'medicin*', 'medicament*', 'sobredos*', '=dosis', 'cuerda', 'soga', 'pistola', 'arma', 'bala', 'cuchillo', 'navaja*', 'rastrillo', 'insulina', 'fentanil*', 'veneno', 'cloro', 'frasco', 'droga', 'clonazepam', 'narcan', 'fierro', 'opioid*', 'rivotril', 'litio', 'clozapina', 'quetiapina', 'trazodona', 'olanzapina', 'amitriptilina', 'gabapentina', 'pregabalina', 'metadona', 'codeina', 'tramadol', 'morfina', 'diazepam', 'valium', 'lorazepam', 'alprazolam', 'alplax', 'somnifer*', 'sertralina', 'fluoxetina'],
  },
  PLAN: {
    en: ['sav*', 'stash', 'hid*', 'enough', 'collect*', 'count*', 'research*', 'googl*', 'look', 'search*', 'bought', 'buy', 'stockpil*', 'whole', '=all', 'exact', 'deadli*', 'lethal', 'painless', 'plan', 'ready', 'cheek*', 'kept', 'keep', 'got', 'have', 'purpos*', 'know', 'figur*', 'which', 'how', 'mix', 'once', 'abl', 'gather*'],
    es: ['guard*', 'junt*', 'escond*', 'suficient*', 'busqu*', 'buscar', 'compr*', 'todas', 'todos', 'todo', 'mortal*', 'letal*', 'plan', 'listo', 'listas', 'tengo', 'tomarme', 'tomarmelas', 'cuant*', 'como', 'cual', 'proposito', 'mezcl*', 'conseguir', 'consegui', 'contar', 'cuento'],
  },
  TIME: {
    en: ['tonight', '=tonite', '=tomorrow', '=tomorrows', '=tmrw', '=tmr', '=tomoro', '=weekend', '=monday', '=tuesday', '=wednesday', '=thursday', '=friday', '=saturday', '=sunday', '=today', '=hours', '=soon', '=week', '=christmas', '=birthday', '=midnight', '=morning', '=new', '=after', '=once', '=before', '=when', '=until', '=date', '=day', '=night', '=3am', '=am', '=pm', '=month', '=1am', '=2am', '=4am', '=5am', '=6am', '=7am', '=8am', '=9am', '=10am', '=11am', '=12am', '=1pm', '=2pm', '=3pm', '=4pm', '=5pm', '=6pm', '=7pm', '=8pm', '=9pm', '=10pm', '=11pm', '=12pm'],
    es: ['=noche', '=manana', '=hoy', '=fin', '=lunes', '=martes', '=miercoles', '=jueves', '=viernes', '=sabado', '=domingo', '=horas', '=pronto', '=semana', '=navidad', '=cumpleanos', '=madrugada', '=despues', '=antes', '=cuando', '=dia', '=ano', '=mes', '=ahorita', '=ahora'],
  },
  FAREWELL: {
    en: ['goodby*', '=bye', '=byebye', 'farewel*', '=adios', '=so', 'letter', 'note', '=will', 'testament', 'forgiv*', 'sorri', 'blame', 'peace', 'loos*', 'gave', 'give', 'giving', 'sign', 'cancel*', 'thank*', 'rememb*', 'miss', 'love', 'tell', 'take'],
    es: ['adios', 'despid*', 'despedi*', 'despedirme', 'despido', 'carta*', 'nota', 'testamento', 'perdon*', 'culp*', 'paz', 'regal*', 'dej*', 'cancel*', 'gracias', 'recuerd*', 'quiero', 'diganle', 'dile', 'cuid*', 'extran*'],
  },
  GONE: {
    en: ['=gone', '=dead', '=away', '=leave', '=left', '=free', '=other', '=side', '=heaven', '=rest'],
    es: ['=ya', '=este', '=estar', '=estare', '=este', '=vaya', '=irme', '=lado', '=cielo', '=libre', '=descansar'],
  },
  BURDEN: {
    en: ['burden', 'weight', 'drain', '=load', 'problem', 'troubl*', 'cost', 'pain', 'ruin', 'fail', 'waste', 'useless', 'worthless', '=selfish', '=mess'],
    es: ['carga', 'peso', 'estorb*', 'problem*', 'cuest*', 'cost*', 'culpa', 'arruin*', 'fall*', 'inutil', 'sirvo', 'hund*', 'molest*'],
  },
  BETTER: {
    en: ['better', 'fine', 'easier', 'happier', '=light', '=lighter', '=free', 'relief', 'relieved', 'rest', 'peace', 'move', 'notice', 'miss', 'care', 'less', 'deserv*', 'kindest', 'favor', 'sleep', 'worry', 'stop'],
    es: ['mejor', 'bien', 'libre*', 'alivio', 'paz', 'descans*', 'extranaria', 'extrana*', 'cuenta', 'importa*', 'merec*', 'tranquil*', 'preocup*'],
  },
  WITHOUT_ME: { en: ['=without', '=gone', '=wasnt', '=werent', '=disappeared', '=picture', '=rid', '=free'], es: ['=sin', '=estuviera', '=existiera', '=desapareciera', '=libres', '=voy', '=este', '=muero', '=muriera', '=irme'] },
  HOPELESS: {
    en: ['hopeless', 'pointless', '=point', 'hope', 'meaningless', 'futur*', 'reason', '=use', '=left', '=exit', '=way', 'trap*', 'light', 'tunnel', 'help', 'fix', 'give', '=gave', 'finish', '=done', 'matter', 'better', 'change', 'surviv*', 'fight', 'darkness', 'care'],
    es: ['esperanza', 'sentido', 'caso', 'razon*', 'salida', 'atrapad*', 'luz', 'tunel', 'remedio', 'rend*', 'rindo', 'fuerza*', 'luchar', 'importa', 'mejorar', 'cambiar', 'fondo', 'sirve', '=estuvo', 'sobreviv*', 'futuro', 'para', '=que', 'queda', 'quedan', 'deten*'],
  },
  SELFHARM: {
    en: ['cut', 'cutting', 'cuts', 'burn', 'burned', 'burnt', 'scratch*', 'carv*', 'bleed', 'bled', 'blood', 'razor', 'blade', 'scar', 'wound', 'hurt', 'harm', 'bang', 'punch', 'hit', 'bite', 'bit', 'starv*', 'pick', 'nail', 'sharp*', 'selfharm*', 'sh', 'punish*'],
    es: ['cort*', 'quem*', 'rasgu*', 'sangr*', 'navaja', 'rastrillo', 'cicatri*', 'herida*', 'costra*', 'lastim*', 'dano', 'golpe*', 'peg*', 'mord*', 'autolesi*', 'uñas', 'unas', 'castig*', 'tijeras'],
  },
  AGAIN: {
    en: ['=again', '=back', 'relaps*', '=still', '=more', 'deeper', 'keep', 'restart*', 'start*', 'every', 'want', 'need', 'urg*', 'tonight', '=purpose'],
    es: ['=otra', '=vez', '=volvi', 'volv*', 'reca*', '=nuevo', 'empec*', 'sigo', 'ganas', 'necesito', 'quiero', 'proposito', '=hondo'],
  },
  RECOVERY: {
    en: ['=clean', '=free', '=sober', '=since', '=without', '=havent', '=months', '=years', '=days', '=milestone', '=anniversary', '=proud', '=used', '=scars', '=healed', '=healing', '=recovery'],
    es: ['=limpio', '=limpia', '=libre', '=sobrio', '=sobria', '=desde', '=meses', '=anos', '=dias', '=orgullo*', '=sane', '=sanando', '=cicatrices', '=recuperacion'],
  },
  ACTOR: {
    en: ['=he', '=she', '=they', '=hes', '=shes', '=theyre', '=someone', '=somebody', '=guy', '=man', '=woman', '=husband', '=wife', '=boyfriend', '=girlfriend', '=bf', '=gf', '=partner', '=ex', '=dad', '=father', '=stepdad', '=stepfather', '=mom', '=mother', '=stepmom', '=uncle', '=aunt', '=brother', '=sister', '=cousin', '=grandpa', '=roommate', '=staff', '=resident', '=sponsor', '=pimp', '=landlord', '=boss', '=neighbor', '=cop', '=him', '=her', '=them'],
    es: ['=el', '=ella', '=ellos', '=alguien', '=senor', '=hombre', '=mujer', '=esposo', '=esposa', '=marido', '=novio', '=novia', '=pareja', '=ex', '=papa', '=padre', '=padrastro', '=mama', '=madre', '=madrastra', '=tio', '=tia', '=hermano', '=hermana', '=primo', '=prima', '=abuelo', '=companero', '=companera', '=personal', '=residente', '=padrino', '=vecino', '=yerno', '=nuera', '=suegro', '=suegra', '=cunado', '=cunada', '=jefe', '=jefa', '=jefita', '=policia', '=uno'],
  },
  ABUSE_ACT: {
    en: ['hit', 'hits', 'beat', 'beats', 'punch', 'slap', 'choke', 'choking', 'strangle', 'kick', 'push', 'shove', 'rape', 'raped', 'molest', 'molested', 'touch', 'grope', 'grab', 'force', 'forced', 'forcing', 'threat', 'threaten', 'threatens', 'threatened', 'assault', 'abuse', 'abused', 'hurt', 'corner', 'lock', 'track', 'stalk', 'throw', 'sex', 'trap'],
    es: ['peg*', 'golpe*', 'estrangul*', 'viol*', 'toc*', 'manose*', 'agarr*', 'oblig*', 'forz*', 'forzo', 'amenaz*', 'abus*', 'lastim*', 'ahorc*', 'empuj*', 'patea*', 'pateo', 'cachete*', '!patio', '!patios', 'encierr*', 'encerr*', 'arrincon*', 'atac*', 'maltrat*', 'avient*', 'pega', 'acos*'],
  },
  THREAT_ACT: {
    en: ['kill', 'stab', 'shoot', 'hurt', 'beat', 'smash', 'break', 'slice', 'jump', 'pay', 'murder', 'choke', 'punch', 'attack', 'knife', 'gun', 'bat', 'cutter', 'hands', 'regret', 'fight', 'burn'],
    es: ['=matar', '=matarlo', '=matarla', '=matarlos', '=mato', 'apunal*', 'disparar', 'balear', 'lastimar', 'golpear', 'romper', 'partir', '=pagar', '=pagara', '=pagaras', '=pagaran', '=pagarlo', '=pagarla', '=pague', '=paguen', 'atropell*', 'arrepent*', 'fierro', 'pistola', 'cuchillo', 'navaja', 'quemar', '=madrear', '=madrearlo', '=madrearla', '=madrearlos', '=madreo', '=madrazos', 'chingar', 'plomo', 'desquit*', '=vengar', '=vengarme', '=vengarse', '=vengare', '=vengaré', 'machete*'],
  },
  OTHER: {
    en: ['=him', '=her', '=them', '=you', '=guy', '=somebody', '=someone', '=everyone', '=everybody', '=roommate', '=ex', '=stepdad', '=staff', '=manager', '=man', '=dude', '=bitch', '=cousin', '=kids', '=face', '=head', '=neck', '=place', '=house', '=group', '=his', '=hes'],
    es: ['=lo', '=la', '=le', '=los', '=las', '=les', '=el', '=ella', '=ese', '=esa', '=todos', '=companero', '=personal', '=consejera', '=ex', '=padrastro', '=cabeza', '=cara', '=cuello', '=casa', '=grupo'],
  },
} as const satisfies Record<string, SlotWords>;

export type Slot = keyof typeof SLOTS;

/** Slang that means suicide or self-harm on its own, whatever else the share says. */
export const SLANG: readonly string[] = [
  // Marks blamed on a cat: "catscratch time again", "dije q fue el gato, el gato soy yo".
  'catscratch', 'catscratches', 'cat scratch time', 'el gato soy yo',
  'kms', 'kys', 'unalive', 'unaliving', 'unalived', 'sewerslide', 'sewer slide', 'self delete', 'selfdelete', 'self deleting',
  'forever nap', 'forever sleep', 'log off permanently', 'alt f4 my life', 'alt f4 a mi vida', 'catch the bus', 'sui thoughts',
  'sudoku', 'desvivir', 'desvivirme', 'desvivo', 'autoeliminar', 'autoeliminarme', 'autodesvivir', 'auto borrar', 'autoborrar',
  'me lleve la calaca', 'yeet myself', 'big sleep', 'six feet under', 'off myself', 'dar de baja de la vida', 'darme de baja', 'dirt nap', 'end it all', 'end my life', 'take my life', 'take my own life', 'quitarme la vida',
  'me quito la vida', 'acabar con mi vida', 'permanent logout', 'log out for good', 'irme al otro barrio', 'colgar los tenis', 'petatearme', 'petatear', 'estirar la pata', 'de baja para siempre', 'borrarme del mapa', 'auto borrarme', 'autoborrarme', 'darme cuello', 'dar cuello', 'me doy cuello', 'ir al otro barrio', 'irme al otro barrio', 'mimir para siempre', 'mimir eterno', 'self yeet', 'selfyeet', 'delete myself', 'game over for me', 'turn myself off', 'apagarme para siempre', 'cortarme las venas', 'abrirme las venas', 'terminar con mi vida', 'terminar con todo', 'acabar con todo', 'ponerle fin a todo', 'auto eliminar', 'auto eliminarme', 'auto desvivir', 'auto desvivirme',
];
