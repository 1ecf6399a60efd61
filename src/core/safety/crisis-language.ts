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

// French, on the normalised form ("j’ai" is "j'ai", "à" is "a"). "je" and "me" elide before a vowel ("j'ai",
// "m'oter") and are often written "j'veux", "jveux", "jai", "m'tuer"; Québec also writes "chu" for "je suis".
const JE = String.raw`(?:\bje |\bj' ?|\bj ?)`;
const ME = String.raw`(?:me |m' ?)`;
const DE = String.raw`(?:de |d' ?)`;
const ADV = String.raw`(?:(?:juste|vraiment|tellement|tres|seulement|simplement|tout simplement|parfois|souvent|encore|toujours|serieusement|franchement|honnetement|carrement|presque|deja|constamment|meme|de plus en plus|sans arret|tout le temps|a nouveau|de nouveau) ){0,3}`;
/** After "je": I want, mean, am about to (present, future, conditional, a decision). */
const FR_WANT = String.raw`(?:(?:veux|voudrais|aimerais|souhaite|souhaiterais|compte|vais|vas|devrais) ${ADV}|(?:merite|prevois|planifie|reve|essaie|essaye) ${ADV}${DE}|(?:pense|songe|suis (?:pret|prete|decidee?|determinee?)|me prepare) ${ADV}a |ai ${ADV}(?:envie?|le gout|besoin) ${DE}|ai (?:decide|choisi|prevu) ${DE}|vais finir par )`;
/** After "je": I wanted, was about to, tried (past forms: see frenchUnlessLongAgo). */
const FR_WANTED = String.raw`(?:(?:voulais|allais|comptais|ai ${ADV}voulu) ${ADV}|(?:revais|essayais|tentais|ai ${ADV}essaye|ai ${ADV}tente) ${ADV}${DE}|(?:pensais|songeais|ai ${ADV}pense|ai ${ADV}songe|ai cherche|etais ${ADV}(?:pret|prete|decidee?)) ${ADV}a |(?:avais|ai ${ADV}eu) ${ADV}(?:envie?|le gout|besoin) ${DE})`;
// Figurative and ordinary continuations: « mourir de rire », « crever de faim », « crever l'abcès », « me tuer à
// la tâche », « disparaître sous terre », « en finir avec l'alcool » (a recovery goal, not a crisis).
const NOT_DIE = String.raw`\s(?:de (?!toutes? (?:facons?|maniere))|d'|du |pour (?:mes|mon|ma|toi|lui|elle|eux|vous|la|le|les|un|une|ce|cette|quelqu'un)\b|vieux|vieille|tres vieux|tres vieille|heureux|heureuse|un jour|dans (?:mon|son) (?:lit|sommeil)|a (?:\d+|cent) ans|en bonne sante|plus tard|avant (?:toi|lui|elle|vous|eux|mes|mon|ma)\b|en meme temps)`;
const NOT_CREVER = String.raw`\s(?:de |d'|du |l'|le |la dalle|les |un |une |des |mon |ma |mes |ton |ta |tes |son |sa |ses |leur |ces |cet |cette (?!nuit|semaine)|ce (?!soir|matin|week-?end|mois|jour|coup))`;
const NOT_KILL = String.raw`\s(?:a la tache|au (?:travail|boulot|taf|sport|gym)|a l'ouvrage|a force\b(?! de (?:boire|consommer|picoler|me droguer|fumer|prendre))|a (?:travailler|bosser|courir|repeter|expliquer|chercher|nettoyer|ranger|essayer|vous le dire|te le dire|le dire|leur dire)|de rire)`;
const NOT_VANISH = String.raw`\s(?:sous (?:terre|la table|ma couette)|dans un trou|de (?:la circulation|ce groupe|ce forum|ce fil|ici|la ville|chez|mon|ma|mes|ce|cette|son|sa|ses|leur)\b|quelques|un (?:moment|peu|instant|week-end|mois)|une (?:semaine|journee|heure)|pour (?:quelques|un|une|le (?:week-?end))|en vacances|au bout du monde|loin|a la campagne|dans (?:la nature|les bois|ma chambre))`;
const FR_DEATH = String.raw`(?:mourr?ir\b(?!${NOT_DIE})|crever\b(?!${NOT_CREVER})|${ME}tuer\b(?!${NOT_KILL})|${ME}suicider\b|${ME}foutre en l'air\b|${ME}flinguer\b|${ME}pendre\b(?! (?:a|au)\b)|${ME}tirer une balle\b(?! dans (?:le|les|mon|mes) pieds?)|${ME}laisser mourr?ir\b|m' ?oter la vie\b|${ME}donner la mort\b|mettre fin a (?:mes jours|ma vie|mon existence|tout)\b|en (?:finir|terminer)\b(?! avec (?!(?:la vie|ma vie|cette vie|tout|moi|mon existence|l'existence)\b))|disparaitre\b(?!${NOT_VANISH})|ne plus (?:exister|etre en vie|etre la\b(?!-))|dormir pour (?:toujours|de bon|l'eternite)\b)`;
const NOT_HURT = String.raw`\s(?:si|en|au|a|aux|avec|pendant|sur|dans|le|la|les|l'|du|de)\b`;
const NOT_CUT = String.raw`\s(?:(?:les |mes |la |ma )?(?:cheveux|ongles|frange|barbe|meche)|une?|du|de|d'|des|avec|en|au|a|aux|le|la|l'|ma|mon|ton|ta|sa|son|court|net)\b`;
const NOT_BURN = String.raw`\s(?:au|a|aux|avec|en|les doigts|les ailes|la langue|le|la|l'|du|de)\b`;
const FR_SELF_HARM = String.raw`(?:${ME}faire du mal\b|${ME}blesser\b(?!${NOT_HURT})|${ME}couper\b(?!${NOT_CUT})|${ME}scarifier\b|${ME}bruler\b(?!${NOT_BURN})|${ME}mutiler\b|m' ?auto-?mutiler\b|${ME}taillader\b|${ME}lacerer\b)`;
const FR_OVERDOSE = String.raw`(?:${ME}?faire une (?:overdose|surdose|od)|prendre une (?:overdose|surdose|dose (?:mortelle|letale)))\b`;
/** Words that put a French past form long ago: recovery talk, like "used to" in English. */
const FR_LONG_AGO = String.raw`(?:\bautrefois\b|\bjadis\b|\ba (?:l'|une )epoque\b|\bdans le passe\b|\bplus jeune\b|\b(?:quand|lorsque) (?:j' ?etais|je buvais|je consommais|je me droguais)\b|\ba l'adolescence\b|\badolescente?\b|\bado\b|\bpendant (?:des|plusieurs|de longues|bien des) annees\b|\bil y a (?:(?:tres|bien|si) )?longtemps\b|\bil y a (?:des|plusieurs|quelques|bien des|[0-9]+|[a-z-]+) (?:ans|annees)\b(?! qu)|\ben (?:19|20)[0-9]{2}\b|\bavant(?:,| (?:ma|mon|mes|le|la|les|d'arreter|de (?:commencer|venir|trouver|rejoindre|connaitre|decrocher|arreter|me soigner|guerir))\b)|\bdepuis (?:ma|mon) (?:retablissement|sobriete|abstinence|guerison|therapie|traitement)\b|\baujourd'hui (?:je vais|ca va|je me sens) mieux\b|\bje (?:ne |n' ?)?(?:suis|me sens) plus suicidaire\b)`;

/**
 * French past forms are also last night's ("hier soir je voulais mourir"), so, unlike "used to", they count
 * unless their sentence says it was long ago (« j'avais des idées suicidaires il y a des années »). The
 * sentence is read ahead, so the words may come before or after, and no lookbehind is needed.
 */
function frenchUnlessLongAgo(rest: string): RegExp {
  return new RegExp(String.raw`(?:^|[.!?;])(?![^.!?;]*${FR_LONG_AGO})[^.!?;]*?(?:${rest})`);
}

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
  { category: 'suicide', language: 'fr', pattern: new RegExp(JE + FR_WANT + FR_DEATH) },
  {
    category: 'suicide',
    language: 'fr',
    // « ça me donne envie de mourir »
    pattern: new RegExp(String.raw`\b${ME}donnen?t? ${ADV}(?:envie?|le gout) ${DE}${FR_DEATH}`),
  },
  { category: 'suicide', language: 'fr', pattern: frenchUnlessLongAgo(JE + FR_WANTED + FR_DEATH) },
  {
    category: 'suicide',
    language: 'fr',
    // First person by the pronoun alone: « me suicider », « mettre fin à mes jours ».
    pattern: frenchUnlessLongAgo(
      String.raw`\b(?:${ME}suicider|m' ?oter la vie|${ME}donner la mort|mettre fin a (?:mes jours|ma vie)|${ME}foutre en l'air|en finir avec ma vie|je me suicide)\b`,
    ),
  },
  {
    category: 'suicide',
    language: 'fr',
    pattern: new RegExp(
      String.raw`(?:\bje (?:suis|me sens|deviens|redeviens)|\bj' ?(?:suis|me sens)|\bjsuis|\bjme sens|\bchui?s?)\s${ADV}(?:un peu |completement )?suicidaire\b` +
        String.raw`|${JE}(?:ai|fais|combats|lutte contre|me bats contre|vis avec|gere) ${ADV}(?:des|d'|beaucoup d'|plein d'|les memes) ?(?:idees|pensees|envies|pulsions|tendances) suicidaires\b` +
        String.raw`|\b(?:mes|les|des) (?:idees|pensees|envies|pulsions) (?:suicidaires|noires) (?:(?:me )?reviennent|sont revenues|sont de retour|me reprennent|m'envahissent|me hantent|empirent|s'aggravent|recommencent)\b` +
        String.raw`|${JE}(?:pense|songe|reflechis) ${ADV}(?:au suicide|a la mort)\b(?! (?:de|d'|du|des)\b)|${JE}envisage ${ADV}(?:le suicide|de me suicider)\b|\bje me laisse mourr?ir\b(?!${NOT_DIE})`,
    ),
  },
  {
    category: 'suicide',
    language: 'fr',
    pattern: frenchUnlessLongAgo(
      String.raw`(?:(?:\bj' ?|\bj)etais|\bje me sentais|\bj' ?ai ete|\bjai ete)\s${ADV}(?:un peu |completement )?suicidaire\b` +
        String.raw`|${JE}(?:avais|ai ${ADV}eu|faisais) ${ADV}(?:des|d'|beaucoup d'|plein d') ?(?:idees|pensees|envies|pulsions) suicidaires\b` +
        String.raw`|${JE}(?:pensais|songeais|ai ${ADV}pense|ai ${ADV}songe) ${ADV}au suicide\b(?! (?:de|d'|du|des)\b)`,
    ),
  },
  {
    category: 'suicide',
    language: 'fr',
    pattern:
      /\b(?:c'est|ceci est|voici|ce sera|ce message est) (?:mon|le) (?:dernier|ultime) (?:message|post|commentaire|adieu|mot)\b(?! (?:avant|de la|du|de l'|pour (?:aujourd'hui|ce soir|cette|la|le)|sur ce sujet|a ce sujet|de (?:19|20)\d\d)\b)|\badieu (?:pour toujours|a (?:tout )?jamais)\b|\b(?:ma|mes) lettres? d'adieu\b|\b(?:ecrit|ecrire|ecris|redige|rediger|laisse|laisser|prepare|preparer) (?:une|ma|mes) lettres? d'adieu\b/,
  },
  {
    category: 'self-harm',
    language: 'fr',
    pattern: new RegExp(
      String.raw`${JE}(?:${FR_WANT}|(?:ai )?(?:recommence|continue|rechute) ${ADV}(?:a |de |d' ?)|(?:n' ?)?arrive (?:pas|plus) a m'empecher ${DE}|ne peux (?:pas|plus) m'empecher ${DE})${FR_SELF_HARM}`,
    ),
  },
  { category: 'self-harm', language: 'fr', pattern: frenchUnlessLongAgo(JE + FR_WANTED + FR_SELF_HARM) },
  {
    category: 'self-harm',
    language: 'fr',
    pattern: frenchUnlessLongAgo(
      String.raw`\b(?:${ME}scarifier|je me scarifie|me suis scarifiee?|m' ?auto-?mutiler|je m' ?auto-?mutile|me suis (?:auto-?)?mutilee?|${ME}couper les veines|${ME}(?:taillader|ouvrir) les (?:veines|poignets|bras))\b` +
        String.raw`|${JE}(?:(?:ai |suis )?(?:recommence|rechute|replonge|retombee?|continue)|fais|pratique)\b[^.!?]{0,15}\b(?:l'|d'|les |des )?(?:auto-?mutilations?|scarifications?)\b`,
    ),
  },
  {
    category: 'self-harm',
    language: 'fr',
    pattern:
      /\bje me fais du mal (?:expres|volontairement|encore|de nouveau|a nouveau|depuis|quand|les (?:bras|poignets|cuisses|jambes))\b|\bje me fais du mal(?=\s*(?:$|[.!?,;]))|\bje me (?:coupe|brule|frappe|blesse) (?:expres|volontairement|les (?:bras|poignets|cuisses|jambes|veines|hanches)|aux (?:bras|poignets|cuisses|jambes))\b|\bje me coupe(?=\s*(?:$|[.!?,;]))|\bme suis (?:coupee?|brulee?|blessee?|fait du mal|frappee?) (?:expres|volontairement|encore|de nouveau|a nouveau|les (?:bras|poignets|cuisses|jambes|veines))\b/,
  },
  { category: 'overdose', language: 'fr', pattern: new RegExp(JE + FR_WANT + FR_OVERDOSE) },
  { category: 'overdose', language: 'fr', pattern: frenchUnlessLongAgo(JE + FR_WANTED + FR_OVERDOSE) },
  {
    category: 'overdose',
    language: 'fr',
    pattern: withLookbehind(
      // « il a fait une overdose cette nuit »: someone else's.
      String.raw`(?<!\b(?:il|elle|on|ils|elles|qui|a|ont|avait|avaient) (?:a |ont |avait |avaient )?(?:fait|pris|eu) (?:une )?)`,
      String.raw`\b(?:overdose|surdose|od)\b[^.!?]{0,25}\b(?:(?:expres|volontairement|intentionnellement|deliberement)\b|(?:ce soir|cette nuit)\b(?!-)|pour (?:en finir|mourir|partir|ne (?:plus|pas|jamais) me reveiller)\b|et ne (?:plus|pas|jamais) me reveiller\b)`,
    ),
  },
  {
    category: 'overdose',
    language: 'fr',
    pattern: withLookbehind(
      // « je dois prendre tous mes médicaments », « n'oubliez pas de prendre tous les comprimés »: as prescribed.
      String.raw`(?<!\b(?:dois|doit|devez|devrais|devrait|faut|oublie|oublier|oubliez|rappeler|rappelle|aide|aider|important)(?: (?:pas|jamais|bien|toujours|de|d'|a|surtout))* )`,
      String.raw`\b(?:(?:prendre|avaler|gober|m'enfiler) (?:toutes|tous) (?:(?:mes|les|ces) )?(?:pilules|pillules|pilles|cachets|comprimes|medicaments|medocs|somniferes|antidepresseurs|anxiolytiques|calmants|opioides|opiaces)\b(?! (?:prescrits?|comme (?:prescrit|prevu|indique|d'habitude)|chaque|tous les|le matin|le soir|a l'heure|au bon moment|a temps|correctement|avec (?:de l'eau|un verre|le repas)|en mangeant)\b)|(?:prendre|avaler|gober) (?:toute la boite|toute la plaquette|la boite entiere|la plaquette entiere|tout le flacon|le flacon entier)\b)`,
    ),
  },
  {
    category: 'overdose',
    language: 'fr',
    // « j'ai avalé toutes mes pilules »: already taken.
    pattern: frenchUnlessLongAgo(
      String.raw`(?:\bj' ?ai |\bjai |\bje viens d' ?)(?:avale|gobe) (?:(?:toutes|tous) (?:(?:mes|les|ces) )?(?:pilules|pillules|pilles|cachets|comprimes|medicaments|medocs|somniferes|antidepresseurs|anxiolytiques|calmants|opioides|opiaces)|toute la boite|toute la plaquette|tout le flacon)\b|\bje viens de prendre (?:(?:toutes|tous) (?:(?:mes|les|ces) )?(?:pilules|pillules|pilles|cachets|comprimes|medicaments|medocs|somniferes|antidepresseurs|anxiolytiques|calmants)|toute la boite|toute la plaquette|tout le flacon)\b`,
    ),
  },
  {
    category: 'hopelessness',
    language: 'fr',
    // « tout le monde serait mieux sans moi »
    pattern:
      /\b(?:serai(?:en)?t|seront|serions|seriez|irai(?:en)?t|iront|se porterai(?:en)?t|se porteront|vivrai(?:en)?t|vivront)\s(?:(?:tellement|bien|beaucoup|vraiment|tous|toutes|juste|franchement|clairement|sans doute|surement) )*mieux sans (?:moi|moe)\b/,
  },
  {
    category: 'hopelessness',
    language: 'fr',
    // « je ne veux plus vivre » (not « vivre à Paris », « vivre avec lui »), « je ne veux plus continuer comme ça »
    pattern: new RegExp(
      String.raw`${JE}(?:ne |n' ?)?(?:veux|voudrais|souhaite) (?:(?:pas|plus|pu|pus|plus jamais) (?:vivre|exister|etre en vie|me reveiller)\b(?! (?:a|au|aux|en|dans|avec|chez|pres|loin|seule?|ici|la-bas|sous|sans)\b)|(?:plus|pu|pus) (?:continuer(?: a vivre| comme ca| ainsi)?\b(?! (?:a (?!vivre)|de|d'|ce|cette|ces|le|la|les|l'|mon|ma|mes|avec|sans)\b)|etre (?:la|ici)\b(?!-)))`,
    ),
  },
  {
    category: 'hopelessness',
    language: 'fr',
    // « plus aucune raison de vivre », « j'ai pu le goût de vivre », « je n'en peux plus de vivre »
    pattern: new RegExp(
      String.raw`\b(?:plus|pas|pu|pus|aucune?|perdu|sans)(?: (?:aucune?|de|d'|la moindre|le|la|l'|toute|tout))* ?(?:raisons?|envie|envi|gout|force|courage|interet|but|sens|espoir) (?:de |d' ?|a )(?:vivre|continuer a vivre|rester en vie|exister|me reveiller)\b(?! (?:a|au|aux|en|dans|avec|chez|pres|ici|seule?|sans)\b)` +
        String.raw`|\b(?:plus|pu|pus|perdu) (?:le |tout )?gout (?:a la vie|de la vie|a rien|pour la vie|a vivre)\b` +
        String.raw`|${JE}(?:ne |n' ?)?(?:en )?peux (?:plus|pu|pus) ${DE}(?:vivre|cette vie|la vie|ma vie|exister|etre en vie|me reveiller)\b` +
        String.raw`|${JE}(?:ne |n' ?)?peux (?:plus|pu|pus) (?:vivre|continuer(?: a vivre| comme ca| ainsi)?|tenir(?: le coup)?)(?=\s*(?:$|[.!?,;:]| et\b| je\b| j'| mais\b))`,
    ),
  },
  {
    category: 'hopelessness',
    language: 'fr',
    pattern: new RegExp(
      String.raw`\b(?:ma|cette) vie (?:n' ?a|a) (?:plus|pas|pu|aucun)(?: (?:de|d'|aucun|vraiment|du tout))* ?(?:sens|interet|valeur|but)\b|\bla vie n' ?a plus (?:aucun |de |d' ?)?(?:sens|interet)\b` +
        String.raw`|\b(?:ma|cette) vie ne vaut (?:(?:plus|pas|pu|vraiment|meme) )*(?:rien|la peine|le coup)\b|\bne vaut (?:(?:plus|pas|pu|vraiment|meme) )*la peine (?:de vivre|d' ?etre vecue)\b` +
        String.raw`|\ba quoi bon (?:vivre|continuer a vivre|me reveiller|exister|rester en vie)\b|\bvivre ne sert (?:(?:plus|vraiment) )?a rien\b`,
    ),
  },
  {
    category: 'hopelessness',
    language: 'fr',
    // « je ne suis qu'un fardeau », « fatigué de vivre », « j'ai des idées noires », « ne plus me réveiller »
    pattern: new RegExp(
      String.raw`(?:\bje (?:ne )?suis|\bj' ?suis|\bjsuis|\bchui?s?) (?:qu'|juste |plus qu'|rien qu'|vraiment |tellement )?un (?:fardeau|poids mort|poids pour)\b` +
        String.raw`|(?:\bje suis|\bj' ?suis|\bjsuis|\bchui?s?) ${ADV}(?:fatiguee?|epuisee?|lassee?|las|tannee?|ec(?:oe|œ)uree?) ${DE}(?:vivre|la vie|cette vie|exister|etre en vie)\b(?! (?:en|a|au|aux|de|d'|du|dans|chez|ici|avec|sans|loin)\b)` +
        String.raw`|\ben ai (?:marre|assez|ras le bol|ras-le-bol) ${DE}(?:vivre|la vie|cette vie|exister|etre en vie)\b(?! (?:en|a|au|aux|de|d'|du|dans|chez|ici|avec|sans|loin)\b)` +
        String.raw`|${JE}(?:veux|voudrais|aimerais|souhaite) ${ADV}que tout (?:s'arrete|se termine|finisse)\b` +
        String.raw`|${JE}(?:ai|fais) ${ADV}(?:des|d'|beaucoup d'|plein d') ?idees noires\b` +
        String.raw`|\b(?:espere|veux|voudrais|aimerais|souhaite|souhaiterais|prie pour|reve de|prefererais) ${ADV}(?:ne )?(?:plus jamais|jamais|plus|pas|pu) me reveiller\b(?! (?:en retard|trop|la nuit|avant|a|pendant|au milieu|tot)\b)` +
        String.raw`|\b(?:dormir|m' ?endormir) (?:ce soir |cette nuit )?(?:et|pour) ne (?:plus jamais|jamais|plus|pas) me reveiller\b`,
    ),
  },
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
