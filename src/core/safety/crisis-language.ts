/**
 * Recognises crisis language (suicidal thoughts, self-harm, intent to overdose, hopelessness) in English,
 * Spanish and French, for the server's moderation and for widgets that show help at once. Pure: text in,
 * verdict out.
 *
 * It looks for first-person statements and their common phrasings, not for words alone: "988 suicide
 * prevention line" or "my uncle died by suicide" is not a crisis statement, and figurative speech ("this
 * traffic is killing me", "me muero de risa", « je meurs de rire ») is left alone. It errs on the side of care:
 * a false positive holds a comment for a human and shows its author where help is, which is the safe way to be
 * wrong.
 */

export type CrisisCategory = 'suicide' | 'self-harm' | 'overdose' | 'hopelessness';

export interface CrisisLanguageMatch {
  category: CrisisCategory;
  language: 'en' | 'es' | 'fr';
}

export interface CrisisLanguageVerdict {
  /** True when the text reads as someone who may be at risk. */
  risk: boolean;
  /** What was recognised (categories only: never the visitor's words, so it is safe to log or store). */
  matches: CrisisLanguageMatch[];
}

interface Rule {
  category: CrisisCategory;
  language: 'en' | 'es' | 'fr';
  pattern: RegExp;
}

/** Lower case, no accents, one kind of apostrophe, single spaces: "Qué" and "que", "I’m" and "i'm" match alike. */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\s+/g, ' ');
}

const I = String.raw`(?:i|i'm|im|i am|i've|ive|i have|i'd|id|i'll|ill|i will|i just|i really|i honestly|i kind of|i kinda|i sometimes|i still|i keep)`;
const WANT = String.raw`(?:want|wanna|wish|need|plan|planning|am going|'m going|going|gonna|ready|about to|thinking about|think about|thought about|keep thinking about|tempted|trying|tried|decided|deserve)`;

/**
 * `lookbehind` + `rest` as one pattern; only `rest` where the browser cannot parse lookbehind (Safari before
 * 16.4): there the rule errs towards offering help rather than failing to load the whole detector.
 */
function withLookbehind(lookbehind: string, rest: string): RegExp {
  try {
    return new RegExp(lookbehind + rest);
  } catch {
    return new RegExp(rest);
  }
}

// French, on the normalised form ("j’ai" is "j'ai", "à" is "a"). "je", "me" and "de" elide before a vowel and
// are often written "jai", "j'veux", "m'tuer"; Québec also writes "chu" for "je suis".
const JE = String.raw`\bj(?:e |'? ?)`;
const ME = String.raw`m(?:e |' ?)`;
const DE = String.raw`d(?:e |' ?)`;
/** Up to two adverbs: « vraiment », « tellement » (any "-ment"), « juste », « un peu »… */
const ADV = String.raw`(?:(?:[a-z]+ment|juste|tres|encore|toujours|souvent|parfois|deja|un peu) ){0,2}`;
/** I want, mean, am about to (« je veux », « j'ai envie de », « je pense à »), or « ça me donne envie de ». */
const FR_WANT = String.raw`(?:${JE}(?:(?:veux|voudrais|aimerais|souhaite|vais|compte) ${ADV}|(?:pense|songe|suis prete?|me prepare) ${ADV}a |ai ${ADV}(?:envie|le gout|besoin|decide) ${DE}|(?:reve|essaie|prevois|merite) ${DE}|me laisse )|\bme donnen?t? ${ADV}(?:envie|le gout) ${DE})`;
/** The past forms: they count unless said to be long ago (frenchUnlessLongAgo). */
const FR_WANTED = String.raw`${JE}(?:(?:voulais|allais|ai voulu) ${ADV}|(?:pensais|ai pense) ${ADV}a |(?:avais|ai eu) ${ADV}(?:envie|le gout|besoin) ${DE}|(?:ai essaye|ai tente|essayais) ${DE})`;
// Left alone: « mourir de rire / de honte », « crever de faim », « me tuer à la tâche / au travail », « mourir
// pour toi », « me tirer une balle dans le pied », and « en finir avec l'alcool » (a recovery goal; « en finir
// avec la vie » counts). « Disparaître » counts alone or « pour toujours », not « disparaître sous terre /
// quelques jours ».
const FR_DEATH = String.raw`(?:(?:mourr?ir|crever|${ME}(?:tuer|suicider|flinguer|pendre|foutre en l'air|tirer une balle)|m' ?oter la vie|mettre fin a (?:mes jours|ma vie)|en finir(?! avec (?!(?:la|ma|cette) vie|tout))|ne plus exister|disparaitre(?: pour toujours| a jamais| de ce monde)?(?= ?(?:$|[.!?,;]| et\b)))\b(?! (?:de|du|d'|l'|a|au|sous|pour (?!toujours|de bon)|vieux|vieille|dans [a-z]+ pieds?)\b)|${ME}laisser mourr?ir)`;
// Left alone: « me couper les cheveux », « me couper du monde », « me brûler au soleil », « me blesser au genou ».
const FR_HARM = String.raw`(?:${ME}(?:faire du mal|taillader|scarifier|(?:couper|bruler|blesser)\b(?! (?:(?:les|mes) (?:cheveux|ongles|doigts)|une?|du|des?|d'|au?|avec|en|sur|la|le)\b))|m' ?auto-?mutiler)`;
const FR_PILLS = String.raw`(?:tous|toute?s?) (?:mes |les |ces |la |le |ma )?(?:pilules|cachets|comprimes|medicaments|medocs|somniferes|antidepresseurs|anxiolytiques|calmants|boite|plaquette|flacon)`;
// Left alone: « prendre tous mes médicaments comme prescrit / chaque jour / le matin ».
const FR_OVERDOSE = String.raw`(?:(?:me )?(?:faire|prendre) une (?:overdose|surdose|od)\b|(?:prendre|avaler) ${FR_PILLS}\b(?! (?:comme|chaque|le matin|le soir|tous les|a l'heure)\b))`;
const FR_IDEAS = String.raw`(?:des |d' ?|beaucoup d' ?|plein d' ?)?(?:idees|pensees) `;
/** « au suicide », not « au suicide de mon frère ». */
const OF = String.raw`\b(?! (?:de|du|des|d')\b)`;
/** « vivre à Paris », « avec lui », « seul », « ça », « de cette façon »: a place or a way, not life itself. */
const NOT_PLACE = String.raw`\b(?! (?:a|au|aux|en|de|du|d'|dans|avec|chez|ici|sans|loin|seule?|ca|cela|ce|ces)\b)`;
/** Words that put a French past form long ago: recovery talk, like "used to" in English. */
const FR_LONG_AGO = String.raw`(?:\bil y a (?:[a-z0-9]+ (?:ans|annees)|longtemps)\b(?! qu)|\bavant,|\bquand j' ?(?:etais|avais [0-9]+ ans)\b|\b(?:autrefois|a l'epoque|plus jeune)\b|\bado(?:lescen[a-z]*)?\b|\bdans le passe\b)`;

/**
 * French past forms are also last night's ("hier soir je voulais mourir"), so, unlike "used to", they count
 * unless their sentence says it was long ago (« j'avais des idées suicidaires il y a des années »). The
 * sentence is read ahead, so the words may come before or after, and no lookbehind is needed.
 */
function frenchUnlessLongAgo(rest: string): RegExp {
  return new RegExp(String.raw`(?:^|[.!?;])(?![^.!?;]*${FR_LONG_AGO})[^.!?;]*?(?:${rest})`);
}

/** Per category: what counts whenever it is said, and past forms, which count unless said to be long ago. */
const french: [CrisisCategory, string[], string[]][] = [
  [
    'suicide',
    [
      FR_WANT + FR_DEATH,
      String.raw`(?:${JE}(?:suis|me sens)|\bchui?s?) ${ADV}suicidaire`,
      String.raw`${JE}(?:ai|fais) ${ADV}${FR_IDEAS}suicidaires`,
      String.raw`${JE}(?:pense|songe) ${ADV}au suicide${OF}`,
      // « ceci est mon dernier message », not « … avant les vacances »
      String.raw`\b(?:c'est|ceci est|voici) mon dernier (?:message|adieu)\b(?! (?:avant|de|du|pour|sur)\b)`,
      String.raw`\badieu (?:pour toujours|a jamais)|\b(?:ma|mes|ecrit une|ecrire une) lettres? d'adieu`,
    ],
    [
      FR_WANTED + FR_DEATH,
      // First person by the pronoun alone: « me suicider », « mettre fin à mes jours ».
      String.raw`\b(?:${ME}suicider|je me suicide|m' ?oter la vie|mettre fin a (?:mes jours|ma vie))\b`,
      String.raw`${JE}(?:etais|me sentais|ai ete) ${ADV}suicidaire|${JE}(?:avais|ai eu) ${ADV}${FR_IDEAS}suicidaires`,
      String.raw`${JE}(?:pensais|ai pense) ${ADV}au suicide${OF}`,
    ],
  ],
  [
    'self-harm',
    [
      String.raw`(?:${FR_WANT}|${JE}(?:(?:ai )?(?:recommence|continue) (?:a|de) |[^.!?]{0,20}m' ?empecher ${DE}))${FR_HARM}`,
      // « je me coupe exprès », « je me fais du mal. »
      String.raw`\bje me (?:coupe|brule|fais du mal)\b(?= ?(?:$|[.!?,;])| (?:expres|volontairement|encore|les (?:bras|poignets|cuisses|veines)))`,
      String.raw`\bme suis (?:coupee?|brulee?|fait du mal) (?:expres|volontairement|encore)\b`,
    ],
    [
      FR_WANTED + FR_HARM,
      // « je me scarifie », « je m'automutile », « j'ai rechuté dans l'automutilation »
      String.raw`${JE}(?:${ME}(?:suis )?(?:auto-?mutil|scarifi)|(?:ai |suis )?(?:rechute|recommence|replonge|fais)\b[^.!?]{0,10}(?:auto-?mutil|scarif))`,
    ],
  ],
  [
    'overdose',
    [
      FR_WANT + FR_OVERDOSE,
      // « Une overdose ce soir et c'est fini »: no subject, so nobody else's (« il a fait une overdose cette nuit »).
      String.raw`(?:^|[.!?;,] ?)(?:une |l' ?)?(?:overdose|surdose)\b[^.!?]{0,25}\b(?:ce soir|cette nuit|expres|pour en finir|et c'est (?:fini|termine))\b`,
    ],
    // « j'ai avalé toutes mes pilules »
    [FR_WANTED + FR_OVERDOSE, String.raw`${JE}(?:(?:ai |viens d' ?)(?:avale|gobe)r?|viens de prendre) ${FR_PILLS}`],
  ],
  [
    'hopelessness',
    [
      // « tout le monde serait mieux sans moi »
      String.raw`\bmieux sans moi\b`,
      // « je ne veux plus vivre », « je veux pu vivre », « je n'en peux plus de cette vie »
      String.raw`${JE}(?:ne |n' ?)?(?:en )?(?:veux|voudrais|peux) (?:pas|plus|pu) (?:de )?(?:vivre|exister|cette vie|ma vie|la vie)${NOT_PLACE}`,
      // « je ne veux plus être là », « je ne peux plus continuer. », « … tenir comme ça »
      String.raw`${JE}(?:ne |n' ?)?(?:veux|peux) (?:plus|pu) (?:etre la\b(?!-)|(?:continuer|tenir)(?= ?(?:$|[.!?,;])| comme ca))`,
      // « plus aucune raison de vivre », « j'ai pu le goût de vivre », « perdu le goût à la vie »
      String.raw`\b(?:plus|pas|pu|aucune|perdu)(?: [a-z]+)? (?:raison|envie|gout|force|courage|espoir) (?:de |d' ?|a )(?:vivre|exister|la vie)${NOT_PLACE}`,
      String.raw`\b(?:marre|assez|fatiguee?|epuisee?|las|lasse|tannee?) ${DE}(?:vivre|exister|la vie|cette vie)${NOT_PLACE}`,
      String.raw`\b(?:ma|cette) vie (?:n' ?a (?:plus|pas|aucun) (?:de |d' ?)?(?:sens|interet)|ne vaut (?:plus |pas |vraiment ){0,2}(?:rien|la peine))\b`,
      String.raw`\ba quoi bon (?:vivre|continuer|exister)\b`,
      String.raw`(?:suis|sens|chu) (?:qu'|juste |comme )?un (?:fardeau|poids (?:mort|pour))`,
      String.raw`${JE}(?:ai|fais) ${ADV}${FR_IDEAS}noires`,
      // « j'espère ne pas me réveiller demain », « dormir et ne plus jamais me réveiller », not « … en retard »
      String.raw`\b(?:espere|veux|voudrais|aimerais|prefererais|et) (?:ne )?(?:plus |pas |pu |jamais ){1,2}me reveiller\b(?! (?:a|au|en|tot|trop|avant|pendant|la nuit)\b)`,
      String.raw`${JE}(?:veux|voudrais|aimerais) ${ADV}que tout (?:s'arrete|finisse)`,
    ],
    [],
  ],
];

const rules: Rule[] = [
  // English
  {
    category: 'suicide',
    language: 'en',
    pattern: new RegExp(
      String.raw`\b(?:kill|killing|shoot|shooting|hang|hanging|drown|drowning)\s+myself\b(?!\s+(?:laughing|trying|working|studying|at work|over))`,
    ),
  },
  { category: 'suicide', language: 'en', pattern: /\b(?:end|ending|take|taking)\s+(?:my|my own)\s+life\b/ },
  { category: 'suicide', language: 'en', pattern: /\bend it all\b|\bending it all\b/ },
  { category: 'suicide', language: 'en', pattern: /\bsuicidal\b/ },
  {
    category: 'suicide',
    language: 'en',
    pattern: withLookbehind(
      // "used to think about suicide" is recovery talk, not a present risk.
      String.raw`(?<!used to )`,
      String.raw`\b${WANT}\s+(?:to\s+)?(?:commit(?:ting)?\s+suicide|suicide|die|be dead|not (?:be )?(?:here|alive) anymore|disappear forever)\b(?!\s+(?:of|from|laughing|for|to see|to try|to know|to hear))`,
    ),
  },
  {
    category: 'suicide',
    language: 'en',
    pattern: /\b(?:attempt(?:ed|ing)?|plan(?:ned|ning)? my|write|wrote|writing) (?:a |my )?suicide(?: note)?\b/,
  },
  { category: 'suicide', language: 'en', pattern: /\bsuicide note\b/ },
  {
    category: 'suicide',
    language: 'en',
    pattern: /\b(?:this is|this will be) my (?:last|final) (?:post|message|comment|goodbye)\b|\bgoodbye forever\b/,
  },
  {
    category: 'self-harm',
    language: 'en',
    pattern:
      /\b(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|punish|punishing) myself\b(?!\s+(?:a|an|some|off|short|loose|free|laughing|at the gym|working out|in the kitchen|by accident|accidentally|playing)\b)/,
  },
  {
    category: 'self-harm',
    language: 'en',
    pattern: new RegExp(String.raw`\b(?:${I}|been|started|keep|still|began)\b[^.!?]{0,20}\bself[- ]?harm`),
  },
  {
    category: 'overdose',
    language: 'en',
    pattern: /\b(?:overdose|od)\b[^.!?]{0,20}\b(?:on purpose|tonight|intentionally|and not wake up)\b/,
  },
  {
    category: 'overdose',
    language: 'en',
    pattern:
      /\btake (?:all|every one) of (?:my|the|these|those) (?:pills|meds|medication)\b|\btake all (?:my|the|these|those) (?:pills|meds)\b/,
  },
  {
    category: 'hopelessness',
    language: 'en',
    pattern:
      /\b(?:everyone|everybody|they|my (?:family|kids|children|wife|husband|partner|friends)|the world) (?:would|will|'d)? ?be better off without me\b/,
  },
  {
    category: 'hopelessness',
    language: 'en',
    pattern: /\bno (?:point|reason) (?:in |to )?(?:living|live|going on|being alive|to keep going)\b/,
  },
  {
    category: 'hopelessness',
    language: 'en',
    pattern: new RegExp(
      String.raw`\b${I}\s+(?:don't|do not|dont)\s+want\s+to\s+(?:live|be alive|exist|wake up|be here)\b(?!\s+(?:in|with|near|alone|like this city))`,
    ),
  },
  {
    category: 'hopelessness',
    language: 'en',
    pattern:
      /\bcan'?t (?:go on|keep going|do this anymore|take it anymore) (?:like this|anymore|any longer)?\s*(?:and|i|,|\.|$)/,
  },

  // Spanish (accents removed by normaliseForMatching)
  {
    category: 'suicide',
    language: 'es',
    pattern:
      /\b(?:quiero|quisiera|voy a|pienso|estoy pensando en|he pensado en|tengo ganas de|deseo|me dan ganas de|planeo|intente|intento)\s+(?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida)|desaparecer para siempre|dejar de vivir)\b(?!\s+(?:de risa|trabajando|estudiando|de hambre|de calor|de frio))/,
  },
  {
    category: 'suicide',
    language: 'es',
    pattern: /\bme quiero (?:morir|matar|suicidar)\b(?!\s+(?:de risa|de verguenza|de hambre))/,
  },
  { category: 'suicide', language: 'es', pattern: /\b(?:suicidarme|quitarme la vida)\b/ },
  {
    category: 'suicide',
    language: 'es',
    pattern: /\b(?:ideas|pensamientos|ideacion) suicidas?\b|\bme siento suicida\b|\bestoy suicida\b/,
  },
  {
    category: 'suicide',
    language: 'es',
    pattern: /\b(?:carta|nota) de despedida\b|\b(?:este es|esta es) mi ultim[oa] (?:mensaje|comentario|despedida)\b/,
  },
  {
    category: 'self-harm',
    language: 'es',
    pattern:
      /\b(?:quiero|voy a|tengo ganas de|ganas de|necesito|vuelvo a|sigo)\s+(?:hacerme dano|lastimarme|cortarme|herirme|autolesionarme)\b(?!\s+(?:el pelo|el cabello|las unas))/,
  },
  {
    category: 'self-harm',
    language: 'es',
    pattern:
      /\bme (?:corto|lastimo|hago dano|autolesiono) (?:a proposito|cuando|otra vez|de nuevo|los brazos|las munecas|las piernas)\b|\bautolesion(?:es|arme)?\b/,
  },
  {
    category: 'overdose',
    language: 'es',
    pattern:
      /\btomarme todas las (?:pastillas|pildoras)\b|\bsobredosis\b[^.!?]{0,20}\b(?:a proposito|esta noche|para no despertar)\b/,
  },
  {
    category: 'hopelessness',
    language: 'es',
    pattern:
      /\b(?:todos|mi familia|mis hijos|el mundo) (?:estarian|estaria|estaran) mejor sin mi\b|\bno (?:quiero|deseo) (?:seguir )?(?:vivir|viviendo|despertar|existir)\b|\bno tiene sentido (?:vivir|seguir)\b|\bno vale la pena (?:vivir|seguir)\b/,
  },
  // French (normalised: no accents, one kind of apostrophe; "je"/"me" elide to "j'"/"m'")
  ...french.flatMap(([category, now, past]): Rule[] => [
    { category, language: 'fr', pattern: new RegExp(now.join('|')) },
    ...(past.length ? [{ category, language: 'fr' as const, pattern: frenchUnlessLongAgo(past.join('|')) }] : []),
  ]),
];

/** What crisis language, if any, the text contains. */
export function detectCrisisLanguage(text: string): CrisisLanguageVerdict {
  const normalised = normaliseForMatching(text);
  const matches: CrisisLanguageMatch[] = [];
  for (const rule of rules) {
    if (
      rule.pattern.test(normalised) &&
      !matches.some((m) => m.category === rule.category && m.language === rule.language)
    ) {
      matches.push({ category: rule.category, language: rule.language });
    }
  }
  return { risk: matches.length > 0, matches };
}
