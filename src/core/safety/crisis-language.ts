/**
 * Recognises crisis language (suicidal thoughts, self-harm, intent to overdose) in English and Spanish, for
 * the server's moderation and for widgets that show help at once. Pure: text in, verdict out.
 *
 * It looks for first-person statements and their common phrasings, not for words alone: "988 suicide
 * prevention line" or "my uncle died by suicide" is not a crisis statement, and figurative speech ("this
 * traffic is killing me", "me muero de risa") is left alone. It errs on the side of care: a false positive
 * holds a comment for a human and shows its author where help is, which is the safe way to be wrong.
 */

export type CrisisCategory = 'suicide' | 'self-harm' | 'overdose' | 'hopelessness';

export interface CrisisLanguageMatch {
  category: CrisisCategory;
  language: 'en' | 'es';
}

export interface CrisisLanguageVerdict {
  /** True when the text reads as someone who may be at risk. */
  risk: boolean;
  /** What was recognised (categories only: never the visitor's words, so it is safe to log or store). */
  matches: CrisisLanguageMatch[];
}

interface Rule {
  category: CrisisCategory;
  language: 'en' | 'es';
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
