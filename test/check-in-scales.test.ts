import { expect } from '@open-wc/testing';
import type { Answers, QuestionnaireDefinition } from '../src/components/check-in/check-in-model.js';
import {
  SCALE_IDS,
  isScaleId,
  phq9Risk,
  scaleItemIds,
  scaleItemRange,
  scoreScale,
  screenerItemIds,
  screenerResult,
  type ScaleId,
} from '../src/components/check-in/scale-scoring.js';
import { scaleQuestionnaire, type ScaleLanguage } from '../src/components/check-in/scales.js';

const PHQ9 = ['phq9-1', 'phq9-2', 'phq9-3', 'phq9-4', 'phq9-5', 'phq9-6', 'phq9-7', 'phq9-8', 'phq9-9'];
const GAD7 = ['gad7-1', 'gad7-2', 'gad7-3', 'gad7-4', 'gad7-5', 'gad7-6', 'gad7-7'];
const WHO5 = ['who5-1', 'who5-2', 'who5-3', 'who5-4', 'who5-5'];

/** Answers giving each id the value at the same index. */
function answersOf(ids: string[], values: number[]): Answers {
  expect(values.length, 'one value per item').to.equal(ids.length);
  return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
}

const all = (ids: string[], value: number) =>
  answersOf(
    ids,
    ids.map(() => value),
  );

/** Answers summing to `total`, filling the items in order up to `max` each; `skip` stays at 0. */
function totalling(ids: string[], total: number, max: number, skip?: string): Answers {
  let left = total;
  const answers: Answers = {};
  for (const id of ids) {
    const value = id === skip ? 0 : Math.min(max, left);
    answers[id] = value;
    left -= value;
  }
  expect(left, `${total} fits in the items`).to.equal(0);
  return answers;
}

describe('check-in scales', () => {
  describe('item ids', () => {
    it('lists the scored items of each scale in order, and the screeners as items 1 and 2', () => {
      expect(SCALE_IDS).to.deep.equal(['phq-9', 'gad-7', 'who-5']);
      expect(scaleItemIds('phq-9')).to.deep.equal(PHQ9);
      expect(scaleItemIds('gad-7')).to.deep.equal(GAD7);
      expect(scaleItemIds('who-5')).to.deep.equal(WHO5);
      expect(screenerItemIds('phq-9')).to.deep.equal(['phq9-1', 'phq9-2']);
      expect(screenerItemIds('gad-7')).to.deep.equal(['gad7-1', 'gad7-2']);
      expect(scaleItemRange('phq-9')).to.deep.equal({ min: 0, max: 3 });
      expect(scaleItemRange('gad-7')).to.deep.equal({ min: 0, max: 3 });
      expect(scaleItemRange('who-5')).to.deep.equal({ min: 0, max: 5 });
    });

    it('hands out copies, so a caller cannot change the scale', () => {
      scaleItemIds('phq-9').pop();
      screenerItemIds('gad-7').push('gad7-7');
      expect(scaleItemIds('phq-9')).to.have.length(9);
      expect(screenerItemIds('gad-7')).to.have.length(2);
    });

    it('tells scale ids from other strings', () => {
      expect(SCALE_IDS.every(isScaleId)).to.be.true;
      expect(isScaleId('phq-2')).to.be.false;
      expect(isScaleId('PHQ-9')).to.be.false;
      expect(isScaleId(undefined)).to.be.false;
    });
  });

  describe('PHQ-9', () => {
    it('scores all zeros as 0, band 0 of 5, not flagged, no percentage', () => {
      expect(scoreScale('phq-9', all(PHQ9, 0))).to.deep.equal({
        scale: 'phq-9',
        total: 0,
        max: 27,
        band: 0,
        bands: 5,
        flagged: false,
      });
    });

    it('scores all threes as 27, the top band, flagged', () => {
      expect(scoreScale('phq-9', all(PHQ9, 3))).to.deep.equal({
        scale: 'phq-9',
        total: 27,
        max: 27,
        band: 4,
        bands: 5,
        flagged: true,
      });
    });

    const boundaries: Array<[number, number, boolean]> = [
      [4, 0, false],
      [5, 1, false],
      [9, 1, false],
      [10, 2, true],
      [14, 2, true],
      [15, 3, true],
      [19, 3, true],
      [20, 4, true],
      [24, 4, true],
    ];
    for (const [total, band, flagged] of boundaries) {
      it(`puts a total of ${total} in band ${band}${flagged ? ', flagged' : ''}`, () => {
        const result = scoreScale('phq-9', totalling(PHQ9, total, 3, 'phq9-9'));
        expect(result?.total).to.equal(total);
        expect(result?.band).to.equal(band);
        expect(result?.flagged).to.equal(flagged);
      });
    }

    it('takes item 9 alone as total 1, band 0, and a risk', () => {
      const answers = { ...all(PHQ9, 0), 'phq9-9': 1 };
      const result = scoreScale('phq-9', answers);
      expect(result?.total).to.equal(1);
      expect(result?.band).to.equal(0);
      expect(result?.flagged).to.be.false;
      expect(phq9Risk(answers)).to.be.true;
    });

    it('sees no risk when item 9 is 0, however high the rest', () => {
      const answers = { ...all(PHQ9, 3), 'phq9-9': 0 };
      expect(scoreScale('phq-9', answers)?.total).to.equal(24);
      expect(scoreScale('phq-9', answers)?.band).to.equal(4);
      expect(phq9Risk(answers)).to.be.false;
    });

    it('counts item 9 at 2 and 3 as a risk, and a missing item 9 as none', () => {
      expect(phq9Risk({ 'phq9-9': 2 })).to.be.true;
      expect(phq9Risk({ 'phq9-9': 3 })).to.be.true;
      expect(phq9Risk({})).to.be.false;
      expect(phq9Risk({ 'phq9-9': Number.NaN })).to.be.false;
      expect(phq9Risk({ 'gad7-1': 3 })).to.be.false;
    });

    it('does not score the difficulty question', () => {
      const answers = { ...all(PHQ9, 1), 'phq9-difficulty': 3 };
      expect(scoreScale('phq-9', answers)?.total).to.equal(9);
      expect(scoreScale('phq-9', all(PHQ9, 1))?.total).to.equal(9);
    });

    it('gives no score while an item is unanswered', () => {
      for (const id of PHQ9) {
        const answers = all(PHQ9, 2);
        delete answers[id];
        expect(scoreScale('phq-9', answers), `without ${id}`).to.be.undefined;
      }
      expect(scoreScale('phq-9', {})).to.be.undefined;
    });

    it('gives no score for an answer out of range, not whole, or not a number', () => {
      const bad: unknown[] = [4, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '2', null, true];
      for (const value of bad) {
        const answers = { ...all(PHQ9, 1), 'phq9-4': value as number };
        expect(scoreScale('phq-9', answers), `phq9-4 = ${String(value)}`).to.be.undefined;
      }
    });
  });

  describe('GAD-7', () => {
    it('scores all zeros as 0 and all threes as 21, in 4 bands', () => {
      expect(scoreScale('gad-7', all(GAD7, 0))).to.deep.equal({
        scale: 'gad-7',
        total: 0,
        max: 21,
        band: 0,
        bands: 4,
        flagged: false,
      });
      expect(scoreScale('gad-7', all(GAD7, 3))).to.deep.equal({
        scale: 'gad-7',
        total: 21,
        max: 21,
        band: 3,
        bands: 4,
        flagged: true,
      });
    });

    const boundaries: Array<[number, number, boolean]> = [
      [4, 0, false],
      [5, 1, false],
      [9, 1, false],
      [10, 2, true],
      [14, 2, true],
      [15, 3, true],
    ];
    for (const [total, band, flagged] of boundaries) {
      it(`puts a total of ${total} in band ${band}${flagged ? ', flagged' : ''}`, () => {
        const result = scoreScale('gad-7', totalling(GAD7, total, 3));
        expect(result?.total).to.equal(total);
        expect(result?.band).to.equal(band);
        expect(result?.flagged).to.equal(flagged);
      });
    }

    it('gives no score while an item is unanswered or out of range', () => {
      const missing = all(GAD7, 1);
      delete missing['gad7-7'];
      expect(scoreScale('gad-7', missing)).to.be.undefined;
      expect(scoreScale('gad-7', { ...all(GAD7, 1), 'gad7-3': 4 })).to.be.undefined;
      expect(scoreScale('gad-7', { ...all(GAD7, 1), 'gad7-3': 0.5 })).to.be.undefined;
      expect(scoreScale('gad-7', { ...all(GAD7, 1), 'gad7-3': Number.NaN })).to.be.undefined;
    });

    it('is not scored from PHQ-9 answers', () => {
      expect(scoreScale('gad-7', all(PHQ9, 3))).to.be.undefined;
    });
  });

  describe('screeners (PHQ-2, GAD-2)', () => {
    it('calls 2 negative and 3 positive', () => {
      expect(screenerResult('phq-9', { 'phq9-1': 1, 'phq9-2': 1 })).to.deep.equal({ total: 2, positive: false });
      expect(screenerResult('phq-9', { 'phq9-1': 2, 'phq9-2': 1 })).to.deep.equal({ total: 3, positive: true });
      expect(screenerResult('gad-7', { 'gad7-1': 0, 'gad7-2': 2 })).to.deep.equal({ total: 2, positive: false });
      expect(screenerResult('gad-7', { 'gad7-1': 3, 'gad7-2': 0 })).to.deep.equal({ total: 3, positive: true });
      expect(screenerResult('phq-9', { 'phq9-1': 3, 'phq9-2': 3 })).to.deep.equal({ total: 6, positive: true });
    });

    it('uses items 1 and 2 only', () => {
      expect(screenerResult('phq-9', { ...all(PHQ9, 3), 'phq9-1': 0, 'phq9-2': 0 })).to.deep.equal({
        total: 0,
        positive: false,
      });
    });

    it('gives nothing unless both items are answered validly', () => {
      expect(screenerResult('phq-9', { 'phq9-1': 3 })).to.be.undefined;
      expect(screenerResult('gad-7', { 'gad7-2': 3 })).to.be.undefined;
      expect(screenerResult('phq-9', { 'phq9-1': 3, 'phq9-2': 4 })).to.be.undefined;
      expect(screenerResult('gad-7', { 'gad7-1': 1.5, 'gad7-2': 2 })).to.be.undefined;
      expect(screenerResult('gad-7', { 'gad7-1': -1, 'gad7-2': 2 })).to.be.undefined;
    });

    it('has none for WHO-5', () => {
      expect(screenerResult('who-5' as 'phq-9', all(WHO5, 5))).to.be.undefined;
    });
  });

  describe('WHO-5', () => {
    it('flags a raw 12 even with no item at 0 or 1', () => {
      const result = scoreScale('who-5', answersOf(WHO5, [3, 3, 2, 2, 2]));
      expect(result).to.deep.equal({
        scale: 'who-5',
        total: 12,
        max: 25,
        band: 1,
        bands: 2,
        flagged: true,
        percent: 48,
      });
    });

    it('does not flag a raw 13 with no item at 0 or 1', () => {
      const result = scoreScale('who-5', answersOf(WHO5, [3, 3, 3, 2, 2]));
      expect(result?.total).to.equal(13);
      expect(result?.flagged).to.be.false;
      expect(result?.band).to.equal(0);
      expect(result?.percent).to.equal(52);
    });

    it('flags a high raw score with one item at 1 or at 0', () => {
      const one = scoreScale('who-5', answersOf(WHO5, [5, 5, 5, 5, 1]));
      expect(one?.total).to.equal(21);
      expect(one?.flagged).to.be.true;
      expect(one?.band).to.equal(1);
      const zero = scoreScale('who-5', answersOf(WHO5, [0, 5, 5, 5, 5]));
      expect(zero?.total).to.equal(20);
      expect(zero?.flagged).to.be.true;
      expect(scoreScale('who-5', answersOf(WHO5, [5, 5, 5, 5, 2]))?.flagged).to.be.false;
    });

    it('gives the percentage as raw × 4: 0, 52 and 100', () => {
      expect(scoreScale('who-5', all(WHO5, 0))?.percent).to.equal(0);
      expect(scoreScale('who-5', all(WHO5, 0))?.flagged).to.be.true;
      expect(scoreScale('who-5', answersOf(WHO5, [5, 2, 2, 2, 2]))?.percent).to.equal(52);
      const top = scoreScale('who-5', all(WHO5, 5));
      expect(top?.total).to.equal(25);
      expect(top?.percent).to.equal(100);
      expect(top?.flagged).to.be.false;
    });

    it('gives no score while an item is unanswered or out of range', () => {
      const missing = all(WHO5, 4);
      delete missing['who5-3'];
      expect(scoreScale('who-5', missing)).to.be.undefined;
      expect(scoreScale('who-5', { ...all(WHO5, 4), 'who5-3': 6 })).to.be.undefined;
      expect(scoreScale('who-5', { ...all(WHO5, 4), 'who5-3': 2.5 })).to.be.undefined;
      expect(scoreScale('who-5', { ...all(WHO5, 4), 'who5-3': -1 })).to.be.undefined;
    });
  });

  describe('questionnaire definitions', () => {
    const languages: ScaleLanguage[] = ['en', 'es'];
    const variants: Array<{ scale: ScaleId; screenerOnly: boolean }> = [
      { scale: 'phq-9', screenerOnly: false },
      { scale: 'phq-9', screenerOnly: true },
      { scale: 'gad-7', screenerOnly: false },
      { scale: 'gad-7', screenerOnly: true },
      { scale: 'who-5', screenerOnly: false },
    ];
    const name = ({ scale, screenerOnly }: { scale: ScaleId; screenerOnly: boolean }) =>
      `${scale}${screenerOnly ? ' (screener)' : ''}`;
    const build = (v: { scale: ScaleId; screenerOnly: boolean }, lang: ScaleLanguage) =>
      scaleQuestionnaire(v.scale, lang, { screenerOnly: v.screenerOnly });

    for (const variant of variants) {
      for (const lang of languages) {
        it(`${name(variant)} in ${lang}: every question has words, and ids are unique and well-formed`, () => {
          const definition = build(variant, lang);
          expect(definition.title).to.not.equal('');
          expect(definition.intro?.trim()).to.not.equal('');
          const ids = definition.questions.map((q) => q.id);
          expect(new Set(ids).size).to.equal(ids.length);
          for (const question of definition.questions) {
            expect(question.id).to.match(/^[a-z0-9][a-z0-9-]{0,63}$/);
            expect(question.text.trim(), question.id).to.not.equal('');
            expect(question.label.trim(), question.id).to.not.equal('');
            expect(question.min).to.be.below(question.max);
            const values = question.options!.map((o) => o.value);
            expect(values).to.have.members(Array.from({ length: question.max - question.min + 1 }, (_, i) => i));
            for (const option of question.options!) expect(option.label.trim(), question.id).to.not.equal('');
          }
          expect(definition.score?.id).to.match(/^[a-z0-9][a-z0-9-]{0,63}$/);
          expect(ids).to.not.include(definition.score?.id);
        });
      }

      it(`${name(variant)}: English and Spanish have the same ids, ranges, codes and option values`, () => {
        const en = build(variant, 'en');
        const es = build(variant, 'es');
        const shape = (d: QuestionnaireDefinition) => ({
          id: d.id,
          title: d.title,
          loinc: d.loinc,
          score: { id: d.score?.id, loinc: d.score?.loinc, min: d.score?.min, max: d.score?.max },
          questions: d.questions.map((q) => ({
            id: q.id,
            loinc: q.loinc,
            min: q.min,
            max: q.max,
            options: q.options?.map((o) => ({ value: o.value, code: o.code })),
          })),
        });
        expect(shape(es)).to.deep.equal(shape(en));
        // …and the Spanish really is another language.
        expect(es.intro).to.not.equal(en.intro);
        es.questions.forEach((q, i) => expect(q.text, q.id).to.not.equal(en.questions[i].text));
        es.questions.forEach((q, i) => expect(q.label, q.id).to.not.equal(en.questions[i].label));
        expect(es.score?.label).to.not.equal(en.score?.label);
      });
    }

    /** A fixed spread of answer sets: complete, incomplete, out of range, not whole. */
    function answerSamples(ids: string[], max: number): Answers[] {
      let seed = 7;
      const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
      const samples: Answers[] = [{}, all(ids, 0), all(ids, max)];
      for (let n = 0; n < 40; n++)
        samples.push(
          answersOf(
            ids,
            ids.map(() => next() % (max + 1)),
          ),
        );
      samples.push({ ...all(ids, 1), [ids[1]]: max + 1 });
      samples.push({ ...all(ids, 1), [ids[0]]: 0.5 });
      const incomplete = all(ids, max);
      delete incomplete[ids[ids.length - 1]];
      samples.push(incomplete);
      return samples;
    }

    for (const scale of SCALE_IDS) {
      it(`${scale}: score.compute agrees with scoreScale`, () => {
        const { max } = scaleItemRange(scale);
        for (const lang of languages) {
          const compute = scaleQuestionnaire(scale, lang).score!.compute;
          let scored = 0;
          for (const answers of answerSamples(scaleItemIds(scale), max)) {
            const result = scoreScale(scale, answers);
            const expected = scale === 'who-5' ? result?.percent : result?.total;
            expect(compute(answers), JSON.stringify(answers)).to.equal(expected);
            if (expected !== undefined) scored++;
          }
          expect(scored, 'some samples are complete').to.be.above(10);
        }
      });
    }

    for (const scale of ['phq-9', 'gad-7'] as const) {
      it(`${scale} screener: score.compute agrees with screenerResult`, () => {
        const compute = scaleQuestionnaire(scale, 'en', { screenerOnly: true }).score!.compute;
        for (const answers of answerSamples(scaleItemIds(scale), 3)) {
          expect(compute(answers), JSON.stringify(answers)).to.equal(screenerResult(scale, answers)?.total);
        }
        expect(compute(answersOf(screenerItemIds(scale), [2, 1]))).to.equal(3);
      });
    }

    it('PHQ-9: LOINC panel, items, difficulty, answers and total', () => {
      const phq9 = scaleQuestionnaire('phq-9', 'en');
      expect(phq9).to.include({ id: 'phq-9', title: 'PHQ-9', loinc: '44249-1' });
      expect(phq9.questions.map((q) => [q.id, q.loinc])).to.deep.equal([
        ['phq9-1', '44250-9'],
        ['phq9-2', '44255-8'],
        ['phq9-3', '44259-0'],
        ['phq9-4', '44254-1'],
        ['phq9-5', '44251-7'],
        ['phq9-6', '44258-2'],
        ['phq9-7', '44252-5'],
        ['phq9-8', '44253-3'],
        ['phq9-9', '44260-8'],
        ['phq9-difficulty', '69722-7'],
      ]);
      expect(phq9.questions[0].options).to.deep.equal([
        {
          value: 0,
          label: 'Not at all',
          code: { system: 'http://loinc.org', code: 'LA6568-5', display: 'Not at all' },
        },
        {
          value: 1,
          label: 'Several days',
          code: { system: 'http://loinc.org', code: 'LA6569-3', display: 'Several days' },
        },
        {
          value: 2,
          label: 'More than half the days',
          code: { system: 'http://loinc.org', code: 'LA6570-1', display: 'More than half the days' },
        },
        {
          value: 3,
          label: 'Nearly every day',
          code: { system: 'http://loinc.org', code: 'LA6571-9', display: 'Nearly every day' },
        },
      ]);
      expect(phq9.questions[9].options?.map((o) => o.code?.code)).to.deep.equal([
        'LA6572-7',
        'LA6573-5',
        'LA6575-0',
        'LA6574-3',
      ]);
      expect(phq9.questions[0].label).to.equal('PHQ-9 item 1');
      expect(phq9.score).to.include({ id: 'phq9-total', loinc: '44261-6', min: 0, max: 27 });
      // The difficulty answer does not move the total.
      const answers = { ...all(PHQ9, 2), 'phq9-difficulty': 3 };
      expect(phq9.score!.compute(answers)).to.equal(18);
      expect(phq9.score!.compute({ ...answers, 'phq9-difficulty': 0 })).to.equal(18);
    });

    it('PHQ-9 in Spanish: the published Spanish for the USA wording and answers', () => {
      const phq9 = scaleQuestionnaire('phq-9', 'es');
      expect(phq9.intro).to.equal(
        'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?',
      );
      expect(phq9.questions[0].text).to.equal('Poco interés o placer en hacer cosas');
      expect(phq9.questions[1].text).to.equal('Se ha sentido decaído(a), deprimido(a) o sin esperanzas');
      expect(phq9.questions[0].label).to.equal('PHQ-9, pregunta 1');
      expect(phq9.questions[0].options?.map((o) => o.label)).to.deep.equal([
        'Ningún día',
        'Varios días',
        'Más de la mitad de los días',
        'Casi todos los días',
      ]);
      expect(phq9.questions[9].options?.map((o) => o.label)).to.deep.equal([
        'No ha sido difícil',
        'Un poco difícil',
        'Muy difícil',
        'Extremadamente difícil',
      ]);
    });

    it('PHQ-2: items 1 and 2 under their PHQ-9 ids, PHQ-2 LOINC codes, 0–6', () => {
      for (const lang of languages) {
        const phq2 = scaleQuestionnaire('phq-9', lang, { screenerOnly: true });
        expect(phq2).to.include({ id: 'phq-2', title: 'PHQ-2', loinc: '55757-9' });
        expect(phq2.questions.map((q) => q.id)).to.deep.equal(['phq9-1', 'phq9-2']);
        expect(phq2.questions.map((q) => q.text)).to.deep.equal(
          scaleQuestionnaire('phq-9', lang)
            .questions.slice(0, 2)
            .map((q) => q.text),
        );
        expect(phq2.score).to.include({ id: 'phq2-total', loinc: '55758-7', min: 0, max: 6 });
      }
    });

    it('GAD-7: LOINC panel, items, the item 2 answer list, and total', () => {
      const gad7 = scaleQuestionnaire('gad-7', 'en');
      expect(gad7).to.include({ id: 'gad-7', title: 'GAD-7', loinc: '69737-5' });
      expect(gad7.questions.map((q) => [q.id, q.loinc])).to.deep.equal([
        ['gad7-1', '69725-0'],
        ['gad7-2', '68509-9'],
        ['gad7-3', '69733-4'],
        ['gad7-4', '69734-2'],
        ['gad7-5', '69735-9'],
        ['gad7-6', '69689-8'],
        ['gad7-7', '69736-7'],
        ['gad7-difficulty', undefined],
      ]);
      // LOINC's answer list for 68509-9 codes "More than half the days" as LA18938-3; the words stay the scale's.
      const item2 = gad7.questions[1].options!;
      expect(item2[2]).to.deep.equal({
        value: 2,
        label: 'More than half the days',
        code: { system: 'http://loinc.org', code: 'LA18938-3', display: 'More days than not' },
      });
      expect(gad7.questions[0].options![2].code?.code).to.equal('LA6570-1');
      expect(gad7.score).to.include({ id: 'gad7-total', loinc: '70274-6', min: 0, max: 21 });
    });

    it('GAD-2: items 1 and 2, score 0–6, no LOINC panel', () => {
      const gad2 = scaleQuestionnaire('gad-7', 'es', { screenerOnly: true });
      expect(gad2).to.include({ id: 'gad-2', title: 'GAD-2' });
      expect(gad2.loinc).to.be.undefined;
      expect(gad2.questions.map((q) => q.id)).to.deep.equal(['gad7-1', 'gad7-2']);
      expect(gad2.questions[0].text).to.equal('Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta');
      expect(gad2.score).to.include({ id: 'gad2-total', min: 0, max: 6 });
      expect(gad2.score?.loinc).to.be.undefined;
    });

    it('WHO-5: answers from 5 down to 0, the percentage as its score, no screener', () => {
      const who5 = scaleQuestionnaire('who-5', 'en');
      expect(who5).to.include({ id: 'who-5', title: 'WHO-5' });
      expect(who5.loinc).to.be.undefined;
      expect(who5.questions.map((q) => q.id)).to.deep.equal(WHO5);
      expect(who5.questions[0].options?.map((o) => [o.value, o.label])).to.deep.equal([
        [5, 'All of the time'],
        [4, 'Most of the time'],
        [3, 'More than half of the time'],
        [2, 'Less than half of the time'],
        [1, 'Some of the time'],
        [0, 'At no time'],
      ]);
      expect(who5.questions.every((q) => q.min === 0 && q.max === 5)).to.be.true;
      expect(who5.score).to.include({ id: 'who5-percent', min: 0, max: 100 });
      expect(who5.score!.compute(answersOf(WHO5, [5, 5, 5, 5, 5]))).to.equal(100);
      expect(who5.score!.compute(answersOf(WHO5, [3, 3, 3, 2, 2]))).to.equal(52);
      expect(scaleQuestionnaire('who-5', 'es').questions[0].text).to.equal('Me he sentido alegre y de buen humor');
      expect(scaleQuestionnaire('who-5', 'es').questions[0].options?.map((o) => o.label)).to.deep.equal([
        'Todo el tiempo',
        'La mayor parte del tiempo',
        'Más de la mitad del tiempo',
        'Menos de la mitad del tiempo',
        'De vez en cuando',
        'Nunca',
      ]);
      expect(scaleQuestionnaire('who-5', 'en', { screenerOnly: true }).questions).to.have.length(5);
    });

    it('refuses an unknown scale', () => {
      expect(() => scaleQuestionnaire('phq-8' as ScaleId, 'en')).to.throw(RangeError);
    });

    it('builds a fresh definition each time, so one caller cannot change another', () => {
      const first = scaleQuestionnaire('phq-9', 'en');
      first.questions[0].options![0].label = 'changed';
      first.questions.pop();
      const second = scaleQuestionnaire('phq-9', 'en');
      expect(second.questions).to.have.length(10);
      expect(second.questions[0].options![0].label).to.equal('Not at all');
    });
  });
});
