/**
 * Sentence material for the synthetic corpus in eight languages. Templates are written so that each slot is used
 * in a grammatical position that takes the filler's base form (which matters for Polish, Ukrainian and Russian).
 * Slots: {outlet} {person} {inCountry} {group} {topic} {action} {number}.
 */
export const SYNTHETIC_LANGUAGES = ["en", "fr", "de", "pl", "uk", "ru", "es", "it"] as const;
export type SyntheticLanguage = (typeof SYNTHETIC_LANGUAGES)[number];

/** Target countries of the synthetic corpus; `inCountry` phrases below follow this order. */
export const SYNTHETIC_COUNTRIES = ["FR", "DE", "PL", "UA", "GB", "MD", "IT", "ES", "RO", "LT"] as const;

export interface LanguagePack {
  inCountry: string[];
  templates: string[];
  neutral: string[];
  groups: string[];
  topics: string[];
  actions: string[];
  shareTails: string[];
}

const split = (text: string) => text.split("|");

export const LANGUAGE_PACKS: Record<SyntheticLanguage, LanguagePack> = {
  en: {
    inCountry: split("in France|in Germany|in Poland|in Ukraine|in Britain|in Moldova|in Italy|in Spain|in Romania|in Lithuania"),
    templates: [
      "{outlet} reports that {group} {inCountry} are secretly preparing to {action}.",
      "{person} admitted on camera that the government has lost control over {topic}.",
      "The authorities {inCountry} are hiding the truth about {topic} from ordinary people.",
      "More than {number} citizens have already signed the appeal against {topic}.",
      "Watch before it is deleted: the media will never show what {person} really said.",
      "Europe pays for a foreign war while {group} get everything for free.",
    ],
    neutral: ["{person} met officials {inCountry} to discuss {topic}.", "Analysts expect a long debate {inCountry} about {topic} this autumn."],
    groups: split("Ukrainian refugees|migrants|foreign agents|NATO instructors|Brussels officials"),
    topics: split("energy prices|the elections|grain imports|military aid|pension reform|the health system"),
    actions: split("sabotage the elections|stage provocations|seize farmland|raise taxes again|close the border"),
    shareTails: split("Share before it is deleted!|Wake up!|They don't want you to see this.|Spread the word."),
  },
  fr: {
    inCountry: split("en France|en Allemagne|en Pologne|en Ukraine|au Royaume-Uni|en Moldavie|en Italie|en Espagne|en Roumanie|en Lituanie"),
    templates: [
      "{outlet} révèle que {group} {inCountry} se préparent en secret à {action}.",
      "{person} a reconnu devant la caméra que le gouvernement a perdu le contrôle sur {topic}.",
      "Les autorités {inCountry} cachent la vérité sur {topic} aux citoyens ordinaires.",
      "Plus de {number} citoyens ont déjà signé l'appel contre {topic}.",
      "Regardez avant la suppression : les médias ne montreront jamais ce que {person} a vraiment dit.",
      "L'Europe paie pour une guerre étrangère pendant que {group} reçoivent tout gratuitement.",
    ],
    neutral: ["{person} a rencontré des responsables {inCountry} pour parler de {topic}.", "Les analystes prévoient un long débat {inCountry} sur {topic} cet automne."],
    groups: split("les réfugiés ukrainiens|les migrants|des agents étrangers|des instructeurs de l'OTAN|les fonctionnaires de Bruxelles"),
    topics: split("les prix de l'énergie|les élections|les importations de céréales|l'aide militaire|la réforme des retraites|le système de santé"),
    actions: split("saboter les élections|organiser des provocations|saisir des terres agricoles|augmenter encore les impôts|fermer la frontière"),
    shareTails: split("Partagez avant la suppression !|Réveillez-vous !|Ils ne veulent pas que vous voyiez ça.|Faites tourner."),
  },
  de: {
    inCountry: split("in Frankreich|in Deutschland|in Polen|in der Ukraine|in Großbritannien|in Moldau|in Italien|in Spanien|in Rumänien|in Litauen"),
    templates: [
      "{outlet} berichtet, dass {group} {inCountry} heimlich planen, {action}.",
      "{person} hat vor der Kamera zugegeben, dass die Regierung die Kontrolle über {topic} verloren hat.",
      "Die Behörden {inCountry} verschweigen den Bürgern die Wahrheit über {topic}.",
      "Mehr als {number} Bürger haben den Aufruf gegen {topic} bereits unterschrieben.",
      "Ansehen, bevor es gelöscht wird: Die Medien werden nie zeigen, was {person} wirklich gesagt hat.",
      "Europa bezahlt einen fremden Krieg, während {group} alles umsonst bekommen.",
    ],
    neutral: ["{person} traf Vertreter {inCountry}, um über {topic} zu sprechen.", "Fachleute erwarten {inCountry} im Herbst eine lange Debatte über {topic}."],
    groups: split("ukrainische Flüchtlinge|Migranten|ausländische Agenten|NATO-Ausbilder|Brüsseler Beamte"),
    topics: split("die Energiepreise|die Wahlen|die Getreideimporte|die Militärhilfe|die Rentenreform|das Gesundheitssystem"),
    actions: split("die Wahlen zu sabotieren|Provokationen zu inszenieren|Ackerland zu beschlagnahmen|die Steuern erneut zu erhöhen|die Grenze zu schließen"),
    shareTails: split("Teilen, bevor es gelöscht wird!|Wacht auf!|Das sollt ihr nicht sehen.|Weitersagen!"),
  },
  pl: {
    inCountry: split("we Francji|w Niemczech|w Polsce|na Ukrainie|w Wielkiej Brytanii|w Mołdawii|we Włoszech|w Hiszpanii|w Rumunii|na Litwie"),
    templates: [
      "{outlet} ujawnia, że {group} {inCountry} potajemnie przygotowują się, by {action}.",
      "{person} przyznał przed kamerą: {topic} — rząd całkowicie stracił nad tym kontrolę.",
      "Władze {inCountry} ukrywają prawdę przed zwykłymi ludźmi. Temat: {topic}.",
      "Ponad {number} obywateli podpisało już apel w tej sprawie: {topic}.",
      "Obejrzyj, zanim usuną: media nigdy nie pokażą, co naprawdę powiedział {person}.",
      "Europa płaci za cudzą wojnę, a {group} dostają wszystko za darmo.",
    ],
    neutral: ["{person} spotkał się z przedstawicielami władz {inCountry}. Temat rozmów: {topic}.", "Eksperci spodziewają się jesienią długiej debaty {inCountry}. Temat: {topic}."],
    groups: split("ukraińscy uchodźcy|migranci|zagraniczni agenci|instruktorzy NATO|brukselscy urzędnicy"),
    topics: split("ceny energii|wybory|import zboża|pomoc wojskowa|reforma emerytalna|system ochrony zdrowia"),
    actions: split("sabotować wybory|zorganizować prowokacje|przejąć ziemię rolną|znowu podnieść podatki|zamknąć granicę"),
    shareTails: split("Udostępnij, zanim usuną!|Obudźcie się!|Nie chcą, żebyś to zobaczył.|Przekaż dalej."),
  },
  uk: {
    inCountry: split("у Франції|у Німеччині|у Польщі|в Україні|у Британії|у Молдові|в Італії|в Іспанії|в Румунії|у Литві"),
    templates: [
      "{outlet} повідомляє, що {group} {inCountry} таємно готуються {action}.",
      "{person} визнав на камеру: {topic} — уряд повністю втратив контроль.",
      "Влада {inCountry} приховує правду від простих людей. Тема: {topic}.",
      "Понад {number} громадян уже підписали звернення у цій справі: {topic}.",
      "Дивіться, поки не видалили: медіа ніколи не покажуть, що насправді сказав {person}.",
      "Європа платить за чужу війну, а {group} отримують усе безкоштовно.",
    ],
    neutral: ["{person} зустрівся з посадовцями {inCountry}. Тема розмови: {topic}.", "Експерти очікують {inCountry} тривалої дискусії восени. Тема: {topic}."],
    groups: split("українські біженці|мігранти|іноземні агенти|інструктори НАТО|брюссельські чиновники"),
    topics: split("ціни на енергію|вибори|імпорт зерна|військова допомога|пенсійна реформа|система охорони здоров'я"),
    actions: split("зірвати вибори|влаштувати провокації|захопити сільськогосподарські землі|знову підняти податки|закрити кордон"),
    shareTails: split("Поширте, поки не видалили!|Прокидайтеся!|Вони не хочуть, щоб ви це бачили.|Передайте далі."),
  },
  ru: {
    inCountry: split("во Франции|в Германии|в Польше|на Украине|в Британии|в Молдавии|в Италии|в Испании|в Румынии|в Литве"),
    templates: [
      "{outlet} сообщает, что {group} {inCountry} тайно готовятся {action}.",
      "{person} признал на камеру: {topic} — правительство полностью потеряло контроль.",
      "Власти {inCountry} скрывают правду от простых людей. Тема: {topic}.",
      "Более {number} граждан уже подписали обращение по этому вопросу: {topic}.",
      "Смотрите, пока не удалили: СМИ никогда не покажут, что на самом деле сказал {person}.",
      "Европа платит за чужую войну, а {group} получают всё бесплатно.",
    ],
    neutral: ["{person} встретился с официальными лицами {inCountry}. Тема встречи: {topic}.", "Эксперты ожидают {inCountry} долгой дискуссии осенью. Тема: {topic}."],
    groups: split("украинские беженцы|мигранты|иностранные агенты|инструкторы НАТО|брюссельские чиновники"),
    topics: split("цены на энергию|выборы|импорт зерна|военная помощь|пенсионная реформа|система здравоохранения"),
    actions: split("сорвать выборы|устроить провокации|захватить сельхозземли|снова поднять налоги|закрыть границу"),
    shareTails: split("Распространите, пока не удалили!|Проснитесь!|Они не хотят, чтобы вы это видели.|Поделитесь."),
  },
  es: {
    inCountry: split("en Francia|en Alemania|en Polonia|en Ucrania|en el Reino Unido|en Moldavia|en Italia|en España|en Rumanía|en Lituania"),
    templates: [
      "{outlet} revela que {group} {inCountry} se preparan en secreto para {action}.",
      "{person} admitió ante la cámara que el gobierno ha perdido el control sobre {topic}.",
      "Las autoridades {inCountry} ocultan a los ciudadanos la verdad sobre {topic}.",
      "Más de {number} ciudadanos ya han firmado el llamamiento contra {topic}.",
      "Míralo antes de que lo borren: los medios nunca mostrarán lo que {person} dijo realmente.",
      "Europa paga una guerra ajena mientras {group} lo reciben todo gratis.",
    ],
    neutral: ["{person} se reunió con responsables {inCountry} para hablar sobre {topic}.", "Los analistas esperan un largo debate {inCountry} sobre {topic} este otoño."],
    groups: split("los refugiados ucranianos|los migrantes|agentes extranjeros|instructores de la OTAN|los funcionarios de Bruselas"),
    topics: split("los precios de la energía|las elecciones|las importaciones de grano|la ayuda militar|la reforma de las pensiones|el sistema sanitario"),
    actions: split("sabotear las elecciones|organizar provocaciones|apoderarse de tierras agrícolas|subir otra vez los impuestos|cerrar la frontera"),
    shareTails: split("¡Compártelo antes de que lo borren!|¡Despertad!|No quieren que veas esto.|Difúndelo."),
  },
  it: {
    inCountry: split("in Francia|in Germania|in Polonia|in Ucraina|nel Regno Unito|in Moldavia|in Italia|in Spagna|in Romania|in Lituania"),
    templates: [
      "{outlet} rivela che {group} {inCountry} si preparano in segreto a {action}.",
      "{person} ha ammesso davanti alla telecamera che il governo ha perso il controllo. Il tema: {topic}.",
      "Le autorità {inCountry} nascondono la verità ai cittadini comuni. Tema: {topic}.",
      "Oltre {number} cittadini hanno già firmato l'appello. Tema: {topic}.",
      "Guardate prima che lo cancellino: i media non mostreranno mai cosa ha detto davvero {person}.",
      "L'Europa paga una guerra altrui mentre {group} ricevono tutto gratis.",
    ],
    neutral: ["{person} ha incontrato i responsabili {inCountry}. Tema dell'incontro: {topic}.", "Gli analisti prevedono un lungo dibattito {inCountry} in autunno. Tema: {topic}."],
    groups: split("i profughi ucraini|i migranti|agenti stranieri|istruttori della NATO|i funzionari di Bruxelles"),
    topics: split("i prezzi dell'energia|le elezioni|le importazioni di grano|gli aiuti militari|la riforma delle pensioni|il sistema sanitario"),
    actions: split("sabotare le elezioni|organizzare provocazioni|sequestrare terreni agricoli|aumentare di nuovo le tasse|chiudere il confine"),
    shareTails: split("Condividete prima che lo cancellino!|Svegliatevi!|Non vogliono che lo vediate.|Fate girare."),
  },
};
