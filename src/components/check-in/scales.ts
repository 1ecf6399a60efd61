import type { Answers, ChoiceOption, QuestionnaireDefinition, QuestionDefinition } from './check-in-model.js';
import {
  scaleItemIds,
  scaleItemRange,
  scoreScale,
  screenerItemIds,
  screenerResult,
  type ScaleId,
  type ScreenerScaleId,
} from './scale-scoring.js';

/**
 * The published wording of the validated scales, in English and in Spanish, with their LOINC codes, and
 * `scaleQuestionnaire()`, which turns them into the shared QuestionnaireDefinition. Scoring is in scale-scoring.ts.
 *
 * Sources of the wording (do not edit it: a validated scale is only valid as published):
 * - PHQ-9 and GAD-7: the PHQ Screeners forms (Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and
 *   colleagues, with an educational grant from Pfizer Inc.; no permission required to reproduce, translate, display
 *   or distribute), English and "Spanish for the USA". The "(a)" forms are as published.
 * - WHO-5: the WHO-Five Well-Being Index (WHO Regional Office for Europe, 1998; Psychiatric Research Unit, Mental
 *   Health Centre North Zealand), English and the official Spanish version.
 * - LOINC: the PHQ-9 (44249-1), PHQ-2 (55757-9) and GAD-7 (69737-5) panels. WHO-5 and GAD-2 have no LOINC panel.
 */

export type { ScaleId, ScreenerScaleId } from './scale-scoring.js';
export type ScaleLanguage = 'en' | 'es';

interface Words {
  en: string;
  es: string;
}

interface OptionData extends Words {
  value: number;
  /** LOINC answer code. */
  code?: string;
}

interface ItemData extends Words {
  id: string;
  loinc?: string;
}

interface ScaleData {
  title: string;
  loinc?: string;
  intro: Words;
  items: readonly ItemData[];
  options: readonly OptionData[];
  /** Per-item answer lists where LOINC's differs from the scale's (GAD-7 item 2). */
  itemOptions?: Readonly<Record<string, readonly OptionData[]>>;
  /** The unscored "how difficult" question, where the form has one. */
  difficulty?: ItemData;
  score: { id: string; label: Words; loinc?: string };
  screener?: { title: string; loinc?: string; score: { id: string; label: Words; loinc?: string } };
}

const LOINC = 'http://loinc.org';

/** LOINC answer codes used here, with LOINC's own (English) display. */
const ANSWER_DISPLAY: Record<string, string> = {
  'LA6568-5': 'Not at all',
  'LA6569-3': 'Several days',
  'LA6570-1': 'More than half the days',
  'LA6571-9': 'Nearly every day',
  'LA18938-3': 'More days than not',
  'LA6572-7': 'Not difficult at all',
  'LA6573-5': 'Somewhat difficult',
  'LA6575-0': 'Very difficult',
  'LA6574-3': 'Extremely difficult',
};

/** PHQ-9 and GAD-7 answers, 0–3. */
const FREQUENCY: readonly OptionData[] = [
  { value: 0, en: 'Not at all', es: 'Ningún día', code: 'LA6568-5' },
  { value: 1, en: 'Several days', es: 'Varios días', code: 'LA6569-3' },
  { value: 2, en: 'More than half the days', es: 'Más de la mitad de los días', code: 'LA6570-1' },
  { value: 3, en: 'Nearly every day', es: 'Casi todos los días', code: 'LA6571-9' },
];

/** The same words; LOINC's answer list for 68509-9 (GAD-7 item 2) codes the third as "More days than not". */
const FREQUENCY_68509_9: readonly OptionData[] = FREQUENCY.map((option) =>
  option.value === 2 ? { ...option, code: 'LA18938-3' } : option,
);

/** The unscored difficulty question's answers, 0–3. */
const DIFFICULTY: readonly OptionData[] = [
  { value: 0, en: 'Not difficult at all', es: 'No ha sido difícil', code: 'LA6572-7' },
  { value: 1, en: 'Somewhat difficult', es: 'Un poco difícil', code: 'LA6573-5' },
  { value: 2, en: 'Very difficult', es: 'Muy difícil', code: 'LA6575-0' },
  { value: 3, en: 'Extremely difficult', es: 'Extremadamente difícil', code: 'LA6574-3' },
];

/** WHO-5 answers, in the published order (5 first). */
const WHO5_TIME: readonly OptionData[] = [
  { value: 5, en: 'All of the time', es: 'Todo el tiempo' },
  { value: 4, en: 'Most of the time', es: 'La mayor parte del tiempo' },
  { value: 3, en: 'More than half of the time', es: 'Más de la mitad del tiempo' },
  { value: 2, en: 'Less than half of the time', es: 'Menos de la mitad del tiempo' },
  { value: 1, en: 'Some of the time', es: 'De vez en cuando' },
  { value: 0, en: 'At no time', es: 'Nunca' },
];

/** PHQ-9 and GAD-7 Spanish for the USA share this instruction. */
const TWO_WEEKS_ES =
  'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

const SCALES: Record<ScaleId, ScaleData> = {
  'phq-9': {
    title: 'PHQ-9',
    loinc: '44249-1',
    intro: {
      en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
      es: TWO_WEEKS_ES,
    },
    items: [
      {
        id: 'phq9-1',
        loinc: '44250-9',
        en: 'Little interest or pleasure in doing things',
        es: 'Poco interés o placer en hacer cosas',
      },
      {
        id: 'phq9-2',
        loinc: '44255-8',
        en: 'Feeling down, depressed, or hopeless',
        es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      },
      {
        id: 'phq9-3',
        loinc: '44259-0',
        en: 'Trouble falling or staying asleep, or sleeping too much',
        es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
      },
      {
        id: 'phq9-4',
        loinc: '44254-1',
        en: 'Feeling tired or having little energy',
        es: 'Se ha sentido cansado(a) o con poca energía',
      },
      { id: 'phq9-5', loinc: '44251-7', en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
      {
        id: 'phq9-6',
        loinc: '44258-2',
        en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
      },
      {
        id: 'phq9-7',
        loinc: '44252-5',
        en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
        es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
      },
      {
        id: 'phq9-8',
        loinc: '44253-3',
        en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
      },
      {
        id: 'phq9-9',
        loinc: '44260-8',
        en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
        es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
      },
    ],
    options: FREQUENCY,
    difficulty: {
      id: 'phq9-difficulty',
      loinc: '69722-7',
      en: 'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
      es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    },
    score: { id: 'phq9-total', label: { en: 'PHQ-9 total', es: 'PHQ-9, total' }, loinc: '44261-6' },
    screener: {
      title: 'PHQ-2',
      loinc: '55757-9',
      score: { id: 'phq2-total', label: { en: 'PHQ-2 total', es: 'PHQ-2, total' }, loinc: '55758-7' },
    },
  },
  'gad-7': {
    title: 'GAD-7',
    loinc: '69737-5',
    intro: {
      en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
      es: TWO_WEEKS_ES,
    },
    items: [
      {
        id: 'gad7-1',
        loinc: '69725-0',
        en: 'Feeling nervous, anxious or on edge',
        es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      },
      {
        id: 'gad7-2',
        loinc: '68509-9',
        en: 'Not being able to stop or control worrying',
        es: 'No ha sido capaz de parar o controlar su preocupación',
      },
      {
        id: 'gad7-3',
        loinc: '69733-4',
        en: 'Worrying too much about different things',
        es: 'Se ha preocupado demasiado por motivos diferentes',
      },
      { id: 'gad7-4', loinc: '69734-2', en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
      {
        id: 'gad7-5',
        loinc: '69735-9',
        en: 'Being so restless that it is hard to sit still',
        es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)',
      },
      {
        id: 'gad7-6',
        loinc: '69689-8',
        en: 'Becoming easily annoyed or irritable',
        es: 'Se ha molestado o irritado fácilmente',
      },
      {
        id: 'gad7-7',
        loinc: '69736-7',
        en: 'Feeling afraid as if something awful might happen',
        es: 'Ha tenido miedo de que algo terrible fuera a pasar',
      },
    ],
    options: FREQUENCY,
    itemOptions: { 'gad7-2': FREQUENCY_68509_9 },
    // The GAD-7 form asks it too; LOINC's GAD-7 panel has no code for it.
    difficulty: {
      id: 'gad7-difficulty',
      en: 'If you checked off any problems, how difficult have these made it for you to do your work, take care of things at home, or get along with other people?',
      es: 'Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?',
    },
    score: { id: 'gad7-total', label: { en: 'GAD-7 total', es: 'GAD-7, total' }, loinc: '70274-6' },
    screener: { title: 'GAD-2', score: { id: 'gad2-total', label: { en: 'GAD-2 total', es: 'GAD-2, total' } } },
  },
  'who-5': {
    title: 'WHO-5',
    intro: {
      en: 'Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks. Notice that higher numbers mean better well-being.',
      es: 'Por favor, indique para cada una de las cinco afirmaciones cuál define mejor cómo se ha sentido usted durante las últimas dos semanas. Observe que cifras mayores significan mayor bienestar.',
    },
    items: [
      { id: 'who5-1', en: 'I have felt cheerful and in good spirits', es: 'Me he sentido alegre y de buen humor' },
      { id: 'who5-2', en: 'I have felt calm and relaxed', es: 'Me he sentido tranquilo y relajado' },
      { id: 'who5-3', en: 'I have felt active and vigorous', es: 'Me he sentido activo y enérgico' },
      { id: 'who5-4', en: 'I woke up feeling fresh and rested', es: 'Me he despertado fresco y descansado' },
      {
        id: 'who5-5',
        en: 'My daily life has been filled with things that interest me',
        es: 'Mi vida cotidiana ha estado llena de cosas que me interesan',
      },
    ],
    options: WHO5_TIME,
    // The WHO-5 score is the percentage (raw × 4), 0–100.
    score: { id: 'who5-percent', label: { en: 'WHO-5 percentage', es: 'WHO-5, porcentaje' } },
  },
};

function choices(options: readonly OptionData[], language: ScaleLanguage): ChoiceOption[] {
  return options.map(({ value, code, ...words }) => ({
    value,
    label: words[language],
    ...(code ? { code: { system: LOINC, code, display: ANSWER_DISPLAY[code] } } : {}),
  }));
}

/**
 * A scale as the shared QuestionnaireDefinition, in English or Spanish. `screenerOnly` gives the PHQ-2 / GAD-2:
 * items 1 and 2 alone, scored 0–6 (item ids stay `phq9-1`, `phq9-2`…, so answers and history are the same);
 * WHO-5 has no screener, so the option does not change it.
 */
export function scaleQuestionnaire(
  id: ScaleId,
  language: ScaleLanguage,
  options: { screenerOnly?: boolean } = {},
): QuestionnaireDefinition {
  const scale = SCALES[id];
  if (!scale) throw new RangeError(`Unknown scale: ${String(id)}`);
  const lang: ScaleLanguage = language === 'es' ? 'es' : 'en';
  const screener = options.screenerOnly && scale.screener ? scale.screener : undefined;
  const { min, max } = scaleItemRange(id);
  const wanted = screener ? screenerItemIds(id as ScreenerScaleId) : scaleItemIds(id);

  const questions: QuestionDefinition[] = scale.items
    .filter((item) => wanted.includes(item.id))
    .map((item, index) => ({
      id: item.id,
      text: item[lang],
      // Always named after the full scale, so a column or chart line means the same in either form.
      label: lang === 'es' ? `${scale.title}, pregunta ${index + 1}` : `${scale.title} item ${index + 1}`,
      ...(item.loinc ? { loinc: item.loinc } : {}),
      min,
      max,
      options: choices(scale.itemOptions?.[item.id] ?? scale.options, lang),
    }));

  if (scale.difficulty && !screener) {
    const { id: itemId, loinc } = scale.difficulty;
    questions.push({
      id: itemId,
      text: scale.difficulty[lang],
      label: lang === 'es' ? `${scale.title}, dificultad` : `${scale.title} difficulty`,
      ...(loinc ? { loinc } : {}),
      min: 0,
      max: 3,
      options: choices(DIFFICULTY, lang),
    });
  }

  const score = screener ? screener.score : scale.score;
  const compute = screener
    ? (answers: Answers) => screenerResult(id as ScreenerScaleId, answers)?.total
    : id === 'who-5'
      ? (answers: Answers) => scoreScale(id, answers)?.percent
      : (answers: Answers) => scoreScale(id, answers)?.total;
  const scoreMax = id === 'who-5' ? 100 : wanted.length * max;
  const panel = screener ? screener.loinc : scale.loinc;

  return {
    id: screener ? screener.title.toLowerCase() : id,
    title: screener ? screener.title : scale.title,
    ...(panel ? { loinc: panel } : {}),
    intro: scale.intro[lang],
    questions,
    score: {
      id: score.id,
      label: score.label[lang],
      ...(score.loinc ? { loinc: score.loinc } : {}),
      min: 0,
      max: scoreMax,
      compute,
    },
  };
}
