import { expect } from '@open-wc/testing';
import { checkInsToCsv } from '../src/components/check-in/export-csv.js';
import {
  checkInsToFhir,
  type FhirBundle,
  type FhirQuestionnaireResponse,
} from '../src/components/check-in/export-fhir.js';
import type { QuestionnaireDefinition, StoredCheckIn } from '../src/components/check-in/check-in-model.js';

const daily: QuestionnaireDefinition = {
  id: 'daily',
  title: 'Daily check-in',
  questions: [
    {
      id: 'mood',
      text: 'How is your mood today?',
      label: 'Mood',
      min: 1,
      max: 5,
      options: ['Very low', 'Low', 'Okay', 'Good', 'Very good'].map((label, i) => ({ value: i + 1, label })),
    },
    { id: 'cravings', text: 'How strong were your cravings?', label: 'Cravings', min: 0, max: 10 },
    {
      id: 'reached-out',
      text: 'Did you reach out to someone?',
      // Already carries its range: the heading must not repeat it.
      label: 'Reached out (0–1)',
      min: 0,
      max: 1,
      options: [
        { value: 0, label: 'No' },
        { value: 1, label: 'Yes' },
      ],
    },
  ],
};

const phqItems: [string, string, string][] = [
  ['phq9-1', '44250-9', 'Little interest or pleasure in doing things'],
  ['phq9-2', '44255-8', 'Feeling down, depressed, or hopeless'],
  ['phq9-3', '44259-0', 'Trouble falling or staying asleep, or sleeping too much'],
  ['phq9-4', '44254-1', 'Feeling tired or having little energy'],
  ['phq9-5', '44251-7', 'Poor appetite or overeating'],
  ['phq9-6', '44258-2', 'Feeling bad about yourself'],
  ['phq9-7', '44252-5', 'Trouble concentrating on things'],
  ['phq9-8', '44253-3', 'Moving or speaking slowly, or being fidgety or restless'],
  ['phq9-9', '44260-8', 'Thoughts that you would be better off dead, or of hurting yourself'],
];
const frequency: [string, string][] = [
  ['LA6568-5', 'Not at all'],
  ['LA6569-3', 'Several days'],
  ['LA6570-1', 'More than half the days'],
  ['LA6571-9', 'Nearly every day'],
];

const phq9: QuestionnaireDefinition = {
  id: 'phq-9',
  title: 'Patient Health Questionnaire (PHQ-9)',
  loinc: '44249-1',
  intro: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  questions: phqItems.map(([id, loinc, text], i) => ({
    id,
    text,
    label: `PHQ-9 item ${i + 1}`,
    loinc,
    min: 0,
    max: 3,
    options: frequency.map(([code, label], value) => ({
      value,
      label,
      code: { system: 'http://loinc.org', code, display: label },
    })),
  })),
  score: {
    id: 'phq9-total',
    label: 'PHQ-9 total',
    loinc: '44261-6',
    min: 0,
    max: 27,
    compute(answers) {
      const values = phqItems.map(([id]) => answers[id]);
      return values.every((v) => v !== undefined) ? values.reduce((sum, v) => sum + v, 0) : undefined;
    },
  },
};

const phqAnswers = (...values: number[]) => Object.fromEntries(values.map((v, i) => [phqItems[i][0], v]));

const note = 'Called my sponsor, said "thanks"\nfelt better';
const dailyOnly: StoredCheckIn = {
  key: 'server:42',
  id: '42',
  recordedAt: '2026-11-20T16:00:00Z',
  answers: { mood: 2, cravings: 3, 'reached-out': 1 },
  note,
  risk: false,
};
const full: StoredCheckIn = {
  key: '3f2b8c1e-2d4a-4f7b-9c1d-8e6f5a4b3c2d',
  // 21:05 on 24 November in Los Angeles (PST, UTC−8).
  recordedAt: '2026-11-25T05:05:00.000Z',
  answers: { mood: 4, cravings: 7.5, 'reached-out': 0, ...phqAnswers(1, 0, 2, 1, 0, 0, 1, 0, 0) },
  note: '=HYPERLINK("http://evil.example")',
  risk: true,
  pending: true,
};
const partial: StoredCheckIn = {
  key: 'k3',
  recordedAt: '2026-11-22T10:30:00-05:00',
  // Mood 9 is no option of the mood question; cravings 0 is a real answer, not a blank.
  answers: { mood: 9, cravings: 0, ...phqAnswers(1, 1, 1, 1) },
  risk: false,
};
// Not in date order on purpose.
const checkIns = [full, dailyOnly, partial];
const headings = { recordedAt: 'Date and time', note: 'Note', risk: 'Risk' };

/** RFC 4180: records end with CRLF, fields may be quoted, `""` is a quote inside a quoted field. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || record.length) throw new Error('last record does not end with CRLF');
  return records;
}

const R4_ITEM_TYPES = new Set([
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
]);
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const FHIR_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/* eslint-disable @typescript-eslint/no-explicit-any -- the validator reads untyped JSON on purpose. */
/** The shape rules a clinic's FHIR server would reject the file for; returns what is wrong. */
function validateBundle(bundle: any): string[] {
  const errors: string[] = [];
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection') errors.push('not a collection Bundle');
  if (!FHIR_DATE_TIME.test(bundle.timestamp ?? '')) errors.push('bad timestamp');
  const fullUrls = new Set<string>();
  const questionnaires = new Map<string, Map<string, any>>();
  const resources: any[] = [];
  for (const entry of bundle.entry ?? []) {
    if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(entry.fullUrl)) {
      errors.push(`bad fullUrl ${entry.fullUrl}`);
    }
    if (fullUrls.has(entry.fullUrl)) errors.push(`duplicate fullUrl ${entry.fullUrl}`);
    fullUrls.add(entry.fullUrl);
    if (!entry.resource?.resourceType) errors.push('entry without a resource');
    else resources.push(entry.resource);
  }
  for (const r of resources) {
    if (!FHIR_ID.test(r.id ?? '')) errors.push(`bad id ${r.id}`);
    if ('subject' in r || 'author' in r || 'source' in r) errors.push(`${r.id} names a person`);
  }
  for (const q of resources.filter((r) => r.resourceType === 'Questionnaire')) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(q.url ?? '')) errors.push(`${q.id}: url not an absolute URI`);
    if (!['draft', 'active', 'retired', 'unknown'].includes(q.status)) errors.push(`${q.id}: bad status`);
    if (!/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(q.name ?? '')) errors.push(`${q.id}: name not computable`);
    const items = new Map<string, any>();
    for (const item of q.item ?? []) {
      if (items.has(item.linkId)) errors.push(`${q.id}: duplicate linkId ${item.linkId}`);
      items.set(item.linkId, item);
      if (!R4_ITEM_TYPES.has(item.type)) errors.push(`${q.id}/${item.linkId}: type ${item.type} not in R4`);
      if (item.answerOption && item.type !== 'choice') errors.push(`${q.id}/${item.linkId}: options on non-choice`);
      if (item.type === 'choice' && !item.answerOption?.length) errors.push(`${q.id}/${item.linkId}: no options`);
    }
    questionnaires.set(q.url, items);
  }
  const responseIds = new Set<string>();
  for (const r of resources.filter((r) => r.resourceType === 'QuestionnaireResponse')) {
    if (responseIds.has(r.id)) errors.push(`duplicate response id ${r.id}`);
    responseIds.add(r.id);
    if (r.status !== 'completed') errors.push(`${r.id}: status ${r.status}`);
    if (!FHIR_DATE_TIME.test(r.authored ?? '') || Number.isNaN(Date.parse(r.authored))) {
      errors.push(`${r.id}: authored ${r.authored}`);
    }
    const items = questionnaires.get(String(r.questionnaire).split('|')[0]);
    if (!items) {
      errors.push(`${r.id}: unknown questionnaire ${r.questionnaire}`);
      continue;
    }
    if (!r.item?.length) errors.push(`${r.id}: empty`);
    for (const answered of r.item ?? []) {
      const item = items.get(answered.linkId);
      if (!item) {
        errors.push(`${r.id}: linkId ${answered.linkId} not in its Questionnaire`);
        continue;
      }
      if (answered.answer?.length !== 1) errors.push(`${r.id}/${answered.linkId}: not one answer`);
      for (const answer of answered.answer ?? []) {
        const keys = Object.keys(answer).filter((k) => k.startsWith('value'));
        const ok =
          keys.length === 1 &&
          (
            {
              choice: () =>
                item.answerOption.some(
                  (o: any) =>
                    o.valueCoding.system === answer.valueCoding?.system &&
                    o.valueCoding.code === answer.valueCoding?.code,
                ),
              integer: () => Number.isInteger(answer.valueInteger),
              decimal: () => typeof answer.valueDecimal === 'number' && Number.isFinite(answer.valueDecimal),
              boolean: () => typeof answer.valueBoolean === 'boolean',
              string: () => typeof answer.valueString === 'string' && answer.valueString !== '',
              text: () => typeof answer.valueString === 'string' && answer.valueString !== '',
            } as Record<string, () => boolean>
          )[item.type]?.();
        if (!ok) errors.push(`${r.id}/${answered.linkId}: ${JSON.stringify(answer)} does not fit ${item.type}`);
      }
    }
  }
  return errors;
}

const responsesOf = (bundle: FhirBundle, questionnaire: QuestionnaireDefinition) =>
  bundle.entry
    .map((e) => e.resource)
    .filter((r): r is FhirQuestionnaireResponse => r.resourceType === 'QuestionnaireResponse')
    .filter((r) => r.questionnaire.startsWith(`urn:peer-support-widgets:questionnaire:${questionnaire.id}|`));
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('check-in export', () => {
  describe('CSV', () => {
    const csv = checkInsToCsv(checkIns, [daily, phq9], headings);
    const [header, ...rows] = parseCsv(csv.slice(1));
    const column = (heading: string) => header.indexOf(heading);
    const cell = (row: string[], heading: string) => {
      expect(column(heading), heading).to.be.at.least(0);
      return row[column(heading)];
    };

    it('starts with a BOM and ends every line with CRLF', () => {
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      expect(csv.endsWith('\r\n')).to.be.true;
      // Outside quoted fields there is no lone CR or LF.
      const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.replaceAll('\r\n', '')).not.to.match(/[\r\n]/);
      expect(rows).to.have.length(3);
    });

    it('heads each column with the label and its range, without doubling a range already there', () => {
      expect(header).to.deep.equal([
        'Date and time',
        'Mood (1–5)',
        'Cravings (0–10)',
        'Reached out (0–1)',
        ...phqItems.map((_, i) => `PHQ-9 item ${i + 1} (0–3)`),
        'PHQ-9 total (0–27)',
        'Note',
        'Risk',
      ]);
      expect(rows.every((row) => row.length === header.length)).to.be.true;
    });

    it('writes rows oldest first with UTC times when no zone is given', () => {
      expect(rows.map((row) => row[0])).to.deep.equal([
        '2026-11-20T16:00:00Z',
        '2026-11-22T15:30:00Z',
        '2026-11-25T05:05:00Z',
      ]);
    });

    it('writes times with the offset of the zone asked for', () => {
      const la = parseCsv(checkInsToCsv(checkIns, [daily], headings, { timeZone: 'America/Los_Angeles' }).slice(1));
      expect(la.slice(1).map((row) => row[0])).to.deep.equal([
        '2026-11-20T08:00:00-08:00',
        '2026-11-22T07:30:00-08:00',
        '2026-11-24T21:05:00-08:00',
      ]);
      const summer: StoredCheckIn = { key: 's', recordedAt: '2026-07-01T12:00:59.900Z', answers: {}, risk: false };
      const at = (timeZone: string) => parseCsv(checkInsToCsv([summer], [], headings, { timeZone }).slice(1))[1][0];
      expect(at('America/Los_Angeles')).to.equal('2026-07-01T05:00:59-07:00');
      expect(at('Asia/Kolkata')).to.equal('2026-07-01T17:30:59+05:30');
      expect(at('UTC')).to.equal('2026-07-01T12:00:59+00:00');
      // A zone the browser does not know still gives the right instant.
      expect(at('Mars/Olympus_Mons')).to.equal('2026-07-01T12:00:59Z');
    });

    it('keeps numbers as plain numbers, scores computed, and blanks for what was not answered', () => {
      const [first, second, third] = rows;
      expect(Number(cell(first, 'Mood (1–5)'))).to.equal(2);
      expect(cell(third, 'Cravings (0–10)')).to.equal('7.5');
      expect(Number(cell(third, 'Cravings (0–10)'))).to.equal(7.5);
      expect(cell(second, 'Cravings (0–10)')).to.equal('0');
      expect(Number(cell(third, 'PHQ-9 total (0–27)'))).to.equal(5);
      // Not all nine items: no total.
      expect(cell(second, 'PHQ-9 total (0–27)')).to.equal('');
      expect(cell(second, 'PHQ-9 item 4 (0–3)')).to.equal('1');
      expect(cell(second, 'PHQ-9 item 5 (0–3)')).to.equal('');
      expect(cell(second, 'Reached out (0–1)')).to.equal('');
      expect(phqItems.every((_, i) => cell(first, `PHQ-9 item ${i + 1} (0–3)`) === '')).to.be.true;
      expect(cell(second, 'Note')).to.equal('');
      expect(rows.map((row) => cell(row, 'Risk'))).to.deep.equal(['0', '0', '1']);
    });

    it('quotes a note with a comma, quotes and a line break so it reads back unchanged', () => {
      expect(csv).to.include('"Called my sponsor, said ""thanks""\nfelt better"');
      expect(cell(rows[0], 'Note')).to.equal(note);
    });

    it('stops a spreadsheet from running a note or a heading as a formula', () => {
      expect(cell(rows[2], 'Note')).to.equal(`'=HYPERLINK("http://evil.example")`);
      const notes = ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'fine - really', '3-2'];
      const hostile = notes.map((text, i) => ({
        key: `n${i}`,
        recordedAt: `2026-11-0${i + 1}T12:00:00Z`,
        answers: {},
        note: text,
        risk: false,
      }));
      const [head, ...noteRows] = parseCsv(
        checkInsToCsv(hostile, [], { recordedAt: '@When', note: '-Note', risk: 'Risk' }).slice(1),
      );
      expect(head).to.deep.equal(["'@When", "'-Note", 'Risk']);
      expect(noteRows.map((row) => row[1])).to.deep.equal([
        "'=1+1",
        "'+1",
        "'-1",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
        'fine - really',
        '3-2',
      ]);
    });
  });

  describe('FHIR', () => {
    const options = { language: 'en', noteText: 'Anything else?', riskText: 'Risk noticed' };
    const bundle = checkInsToFhir(checkIns, [daily, phq9], options);
    const resources = bundle.entry.map((e) => e.resource);
    const questionnaire = (id: string) => {
      const found = resources.find((r) => r.resourceType === 'Questionnaire' && r.id === id);
      if (found?.resourceType !== 'Questionnaire') throw new Error(`no Questionnaire ${id}`);
      return found;
    };
    const responseFor = (checkIn: StoredCheckIn, definition: QuestionnaireDefinition) =>
      responsesOf(bundle, definition).filter((r) => Date.parse(r.authored!) === Date.parse(checkIn.recordedAt));

    it('passes the shape checks', () => {
      expect(validateBundle(bundle)).to.deep.equal([]);
    });

    it('has a validator that does catch mistakes', () => {
      const broken = JSON.parse(JSON.stringify(bundle));
      const response = broken.entry.find(
        (e: { resource: { resourceType: string } }) => e.resource.resourceType === 'QuestionnaireResponse',
      ).resource;
      response.item[0].linkId = 'nope';
      response.authored = '2026-11-20T16:00';
      broken.entry[0].fullUrl = 'urn:uuid:x';
      expect(validateBundle(broken)).to.have.length(3);
    });

    it('survives a JSON round trip unchanged', () => {
      expect(JSON.parse(JSON.stringify(bundle))).to.deep.equal(bundle);
    });

    it('describes each questionnaire, with LOINC codes and ordinal values on the PHQ-9', () => {
      const phq = questionnaire('phq-9');
      expect(phq).to.include({ url: 'urn:peer-support-widgets:questionnaire:phq-9', version: '1', name: 'PHQ9' });
      expect(phq.language).to.equal('en');
      expect(phq.code).to.deep.equal([{ system: 'http://loinc.org', code: '44249-1' }]);
      expect(phq.description).to.equal(phq9.intro);
      expect(phq.item.map((i) => i.linkId)).to.deep.equal([...phqItems.map(([id]) => id), 'phq9-total']);
      const first = phq.item[0];
      expect(first.type).to.equal('choice');
      expect(first.code).to.deep.equal([{ system: 'http://loinc.org', code: '44250-9' }]);
      expect(first.answerOption![2].valueCoding).to.deep.equal({
        system: 'http://loinc.org',
        code: 'LA6570-1',
        display: 'More than half the days',
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }],
      });
      expect(phq.item.at(-1)).to.deep.include({ type: 'integer', readOnly: true });

      const day = questionnaire('daily');
      expect(day).not.to.have.property('code');
      expect(day.item.map((i) => [i.linkId, i.type])).to.deep.equal([
        ['mood', 'choice'],
        // One answer of 7.5 makes cravings decimal rather than rounding it.
        ['cravings', 'decimal'],
        ['reached-out', 'choice'],
        ['note', 'text'],
        ['risk', 'boolean'],
      ]);
      expect(day.item[0].answerOption![0].valueCoding).to.deep.equal({
        system: 'urn:peer-support-widgets:answer',
        code: '1',
        display: 'Very low',
        extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }],
      });
    });

    it('answers with codings, numbers, the score, the note and the risk flag', () => {
      const [phq] = responseFor(full, phq9);
      expect(phq.questionnaire).to.equal('urn:peer-support-widgets:questionnaire:phq-9|1');
      expect(phq.authored).to.equal(full.recordedAt);
      expect(phq.item[2]).to.deep.include({ linkId: 'phq9-3', text: phqItems[2][2] });
      expect(phq.item[2].answer[0].valueCoding).to.include({ system: 'http://loinc.org', code: 'LA6570-1' });
      expect(phq.item.at(-1)).to.deep.equal({
        linkId: 'phq9-total',
        text: 'PHQ-9 total',
        answer: [{ valueInteger: 5 }],
      });

      const [day] = responseFor(full, daily);
      const answers = Object.fromEntries(day.item.map((i) => [i.linkId, i.answer[0]]));
      expect(answers.mood.valueCoding).to.include({ code: '4', display: 'Good' });
      expect(answers.cravings).to.deep.equal({ valueDecimal: 7.5 });
      expect(answers['reached-out'].valueCoding).to.include({ code: '0', display: 'No' });
      expect(answers.note).to.deep.equal({ valueString: full.note });
      expect(answers.risk).to.deep.equal({ valueBoolean: true });
    });

    it('writes no PHQ-9 response for a check-in with only daily answers', () => {
      expect(responseFor(dailyOnly, phq9)).to.have.length(0);
      expect(responseFor(dailyOnly, daily)).to.have.length(1);
      expect(responsesOf(bundle, phq9)).to.have.length(2);
      expect(responsesOf(bundle, daily)).to.have.length(3);
    });

    it('leaves out a choice answer that matches no option, blanks and a score it cannot compute', () => {
      const [day] = responseFor(partial, daily);
      expect(day.item.map((i) => i.linkId)).to.deep.equal(['cravings', 'risk']);
      expect(day.item[0].answer).to.deep.equal([{ valueDecimal: 0 }]);
      const [phq] = responseFor(partial, phq9);
      expect(phq.item.map((i) => i.linkId)).to.deep.equal(['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4']);
      // A zone offset other than Z is a valid FHIR dateTime and is kept.
      expect(phq.authored).to.equal('2026-11-22T10:30:00-05:00');
    });

    it('gives responses stable, FHIR-safe ids and every entry a new urn:uuid', () => {
      const again = checkInsToFhir(checkIns, [daily, phq9], options);
      const ids = (b: FhirBundle) => b.entry.map((e) => e.resource.id);
      expect(ids(again)).to.deep.equal(ids(bundle));
      expect(again.entry[0].fullUrl).not.to.equal(bundle.entry[0].fullUrl);
      expect(responseFor(dailyOnly, daily)[0].id).to.match(/^server-42-daily\.[0-9a-f]{8}$/);
      const long = { ...partial, key: 'x'.repeat(80) };
      const [response] = responsesOf(checkInsToFhir([long], [daily], options), daily);
      expect(response.id).to.match(/^[A-Za-z0-9\-.]{1,64}$/);
    });

    it('types whole-number questions as integer', () => {
      const whole = checkInsToFhir([dailyOnly], [daily], options);
      expect(validateBundle(whole)).to.deep.equal([]);
      const q = whole.entry[0].resource;
      if (q.resourceType !== 'Questionnaire') throw new Error('Questionnaire first');
      expect(q.item[1].type).to.equal('integer');
      const [day] = responsesOf(whole, daily);
      expect(day.item[1]).to.deep.include({ linkId: 'cravings', answer: [{ valueInteger: 3 }] });
    });
  });
});
