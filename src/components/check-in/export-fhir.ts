import type { Coding, QuestionnaireDefinition, StoredCheckIn } from './check-in-model.js';

/** The few FHIR R4 shapes this export writes; not a general FHIR model. */
export interface FhirCoding extends Coding {
  extension?: { url: string; valueDecimal: number }[];
}

export type FhirItemType = 'choice' | 'integer' | 'decimal' | 'text' | 'boolean';

export interface FhirQuestionnaireItem {
  linkId: string;
  text: string;
  type: FhirItemType;
  required?: boolean;
  readOnly?: boolean;
  code?: Coding[];
  answerOption?: { valueCoding: FhirCoding }[];
}

export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  language: string;
  subjectType: string[];
  description?: string;
  code?: Coding[];
  item: FhirQuestionnaireItem[];
}

export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueInteger?: number;
  valueDecimal?: number;
  valueString?: string;
  valueBoolean?: boolean;
}

export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  questionnaire: string;
  status: 'completed';
  authored?: string;
  language: string;
  item: { linkId: string; text?: string; answer: FhirAnswer[] }[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirQuestionnaire | FhirQuestionnaireResponse }[];
}

export interface FhirExportOptions {
  /** BCP 47, the language of the labels and texts (`en`, `es`). */
  language: string;
  /** Question text of the daily check-in's note and risk flag. */
  noteText: string;
  riskText: string;
}

const VERSION = '1';
const LOINC = 'http://loinc.org';
const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
/** The daily check-in carries the note and the risk flag; the scales do not. */
const DAILY = 'daily';

const questionnaireUrl = (id: string) => `urn:peer-support-widgets:questionnaire:${encodeURIComponent(id)}`;

/** Spread into an item or Questionnaire: a key set to `undefined` would not survive a JSON round trip. */
const loinc = (code?: string) => (code ? { code: [{ system: LOINC, code }] } : {});

/** `phq-9` → `PHQ9`: Questionnaire.name must look like an identifier (que-0). */
const computableName = (id: string) => (/^[A-Za-z]/.test(id) ? '' : 'Q') + id.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** FHIR ids are `[A-Za-z0-9\-.]{1,64}`; keys like `server:…` are not. A hash keeps altered ids apart. */
function fhirId(raw: string): string {
  const safe = raw.replace(/[^A-Za-z0-9.-]/g, '-');
  if (safe === raw && raw.length <= 64) return raw;
  let hash = 0x811c9dc5;
  for (let i = 0; i < raw.length; i++) hash = Math.imul(hash ^ raw.charCodeAt(i), 0x01000193);
  return `${safe.slice(0, 55)}.${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** FHIR dateTime needs a zone whenever it has a time; re-write anything else as UTC. */
function fhirDateTime(value: string): string | undefined {
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(value)) return value;
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
}

/** A whole-number item is `integer`; one non-whole bound or answer makes it `decimal`, so no value is rounded. */
const numberType = (values: (number | undefined)[]): 'integer' | 'decimal' =>
  values.every((v) => !Number.isFinite(v) || Number.isInteger(v)) ? 'integer' : 'decimal';

const numberAnswer = (value: number, type: FhirItemType): FhirAnswer =>
  type === 'integer' ? { valueInteger: value } : { valueDecimal: value };

/**
 * Check-ins as a FHIR R4 `collection` Bundle: a Questionnaire per definition and a QuestionnaireResponse per
 * check-in and questionnaire answered in it. Anonymous: no subject, no author.
 */
export function checkInsToFhir(
  checkIns: StoredCheckIn[],
  questionnaires: QuestionnaireDefinition[],
  options: FhirExportOptions,
): FhirBundle {
  const { language, noteText, riskText } = options;
  const definitions: FhirQuestionnaire[] = [];
  // Per check-in, so the bundle lists responses by check-in rather than by questionnaire.
  const responses: FhirQuestionnaireResponse[][] = checkIns.map(() => []);

  for (const { id, title, loinc: panel, intro, questions, score } of questionnaires) {
    const url = questionnaireUrl(id);
    const daily = id === DAILY;
    const scores = checkIns.map((c) => score?.compute(c.answers));
    const codings = new Map<string, Map<number, FhirCoding>>();
    const item: FhirQuestionnaireItem[] = questions.map((q) => {
      const type = q.options ? 'choice' : numberType([q.min, q.max, ...checkIns.map((c) => c.answers[q.id])]);
      const entry: FhirQuestionnaireItem = { linkId: q.id, text: q.text, type, required: false, ...loinc(q.loinc) };
      if (q.options) {
        const byValue = new Map<number, FhirCoding>();
        for (const { value, label, code } of q.options) {
          byValue.set(value, {
            ...(code
              ? { ...code, display: code.display ?? label }
              : { system: 'urn:peer-support-widgets:answer', code: String(value), display: label }),
            // Keeps the number the scale adds up, which a LOINC answer code alone does not say.
            extension: [{ url: ORDINAL, valueDecimal: value }],
          });
        }
        codings.set(q.id, byValue);
        entry.answerOption = [...byValue.values()].map((valueCoding) => ({ valueCoding }));
      }
      return entry;
    });
    const scoreType = score && numberType([score.min, score.max, ...scores]);
    if (score && scoreType) {
      item.push({ linkId: score.id, text: score.label, type: scoreType, readOnly: true, ...loinc(score.loinc) });
    }
    if (daily) {
      item.push(
        { linkId: 'note', text: noteText, type: 'text', required: false },
        { linkId: 'risk', text: riskText, type: 'boolean', required: false },
      );
    }
    definitions.push({
      resourceType: 'Questionnaire',
      id: fhirId(id),
      url,
      version: VERSION,
      name: computableName(id),
      title,
      status: 'active',
      language,
      subjectType: ['Patient'],
      ...(intro && { description: intro }),
      ...loinc(panel),
      item,
    });

    checkIns.forEach((checkIn, index) => {
      const answered: FhirQuestionnaireResponse['item'] = [];
      questions.forEach((q, i) => {
        const value = checkIn.answers[q.id];
        if (!Number.isFinite(value)) return;
        const byValue = codings.get(q.id);
        // A value the definition has no option for is not a coded answer; inventing one would mislead.
        const valueCoding = byValue?.get(value);
        if (byValue && !valueCoding) return;
        const answer = valueCoding ? { valueCoding } : numberAnswer(value, item[i].type);
        answered.push({ linkId: q.id, text: q.text, answer: [answer] });
      });
      const note = daily && checkIn.note?.trim() ? checkIn.note : undefined;
      if (!answered.length && !note && !(daily && checkIn.risk)) return;
      const total = scores[index];
      if (score && scoreType && total !== undefined && Number.isFinite(total)) {
        answered.push({ linkId: score.id, text: score.label, answer: [numberAnswer(total, scoreType)] });
      }
      if (note) answered.push({ linkId: 'note', text: noteText, answer: [{ valueString: note }] });
      if (daily) answered.push({ linkId: 'risk', text: riskText, answer: [{ valueBoolean: checkIn.risk }] });
      const authored = fhirDateTime(checkIn.recordedAt);
      responses[index].push({
        resourceType: 'QuestionnaireResponse',
        id: fhirId(`${checkIn.key}-${id}`),
        questionnaire: `${url}|${VERSION}`,
        status: 'completed',
        ...(authored && { authored }),
        language,
        item: answered,
      });
    });
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: [...definitions, ...responses.flat()].map((resource) => ({
      fullUrl: `urn:uuid:${crypto.randomUUID()}`,
      resource,
    })),
  };
}
