import { expect } from '@open-wc/testing';
import type { PeerGroup } from '../src/api/meeting-guide.js';
import {
  defaultCategories,
  isInCategory,
  parseCategories,
  type PeerCategory,
} from '../src/components/group-finder/categories.js';
import {
  ACCESS_CODES,
  ENGLISH_TYPE_LABELS,
  isMeetingTypeCode,
  LANGUAGE_CODES,
  typeLabel,
  typeLabelsFor,
} from '../src/components/group-finder/type-labels.js';
import { syncLocale } from '../src/core/localization.js';

const group = (fields: Partial<PeerGroup>): PeerGroup => ({
  slug: 'g',
  name: 'Sample group',
  day: 1,
  time: '19:00',
  endTime: '20:00',
  timeZone: 'America/Los_Angeles',
  attendance: 'in-person',
  types: [],
  regions: [],
  ...fields,
});

const category = (id: string) => defaultCategories().find((each) => each.id === id)!;

describe('peer categories', () => {
  after(() => syncLocale('en'));

  it('has the same categories, labelled in the page’s language: English, Spanish and French', async () => {
    const english = defaultCategories();
    await syncLocale('es');
    const spanish = defaultCategories();
    await syncLocale('fr');
    const french = defaultCategories();
    await syncLocale('en');
    expect(english.map((each) => each.id)).to.deep.equal([
      'mental-health',
      'substance-use',
      'family-friends',
      'youth',
      'lgbtq',
      'women',
      'men',
      'spanish',
    ]);
    expect(spanish.map((each) => each.id)).to.deep.equal(english.map((each) => each.id));
    expect(english.find((each) => each.id === 'mental-health')!.label).to.equal('Mental health');
    expect(spanish.find((each) => each.id === 'mental-health')!.label).to.equal('Salud mental');
    expect(spanish.find((each) => each.id === 'spanish')!.label).to.equal('En español');
    expect(french.map((each) => each.id)).to.deep.equal(english.map((each) => each.id));
    expect(french.find((each) => each.id === 'mental-health')!.label).to.equal('Santé mentale');
    expect(french.find((each) => each.id === 'family-friends')!.label).to.equal('Famille et proches');
    expect(defaultCategories()[0].label, 'back in English').to.equal('Mental health');
    expect(english.find((each) => each.id === 'lgbtq')!.types).to.include.members(['LGBTQ', 'G', 'L', 'BI', 'T', 'NB']);
  });

  it('hands out copies, so changing one list does not change the next', () => {
    defaultCategories()[0].types.push('changed');
    expect(defaultCategories()[0].types).not.to.include('changed');
  });

  it('places a group by type, or by a keyword at a word start in its name or notes, ignoring accents', () => {
    expect(isInCategory(group({ types: ['DD'] }), category('mental-health'))).to.be.true;
    expect(isInCategory(group({ name: 'Anxiety Circle' }), category('mental-health'))).to.be.true;
    expect(isInCategory(group({ notes: 'Grupo de DEPRESION y ansiedad' }), category('mental-health'))).to.be.true;
    expect(isInCategory(group({ name: 'Salud  Mental' }), category('mental-health'))).to.be.true;
    expect(isInCategory(group({ name: 'Young People Meeting' }), category('youth'))).to.be.true;
    // Not inside a word, and not a seniors' "Young at Heart".
    expect(isInCategory(group({ name: 'Youngstown Step Study' }), category('youth'))).to.be.false;
    expect(isInCategory(group({ name: 'Young at Heart' }), category('youth'))).to.be.false;
    expect(isInCategory(group({ name: 'Familias Unidas' }), category('family-friends'))).to.be.true;
    expect(isInCategory(group({ name: 'Women', types: ['W'] }), category('men'))).to.be.false;
  });
});

describe('parseCategories', () => {
  const grief: PeerCategory = { id: 'grief', label: 'Grief and loss', types: [], keywords: ['grief'] };

  it('reads JSON from an attribute and arrays from a property', () => {
    expect(parseCategories(JSON.stringify([grief]))).to.deep.equal([grief]);
    expect(parseCategories([{ ...grief, types: ['GR'] }])).to.deep.equal([{ ...grief, types: ['GR'] }]);
  });

  it('trims, drops repeated values and malformed entries, and keeps the first of a repeated id', () => {
    const parsed = parseCategories([
      { id: ' grief ', label: ' Grief ', types: ['GR', 'GR', 7, ''], keywords: ['grief', null] },
      { id: 'grief', label: 'Second grief', types: ['X'] },
      { id: 'has,comma', label: 'Bad id', types: ['X'] },
      { id: 'no-label', types: ['X'] },
      { id: 'matches-nothing', label: 'Nothing', types: [], keywords: [] },
      { label: 'No id', types: ['X'] },
      'not an object',
      null,
      ['an', 'array'],
      { id: 'veterans', label: 'Veterans', types: ['VET'] },
    ]);
    expect(parsed).to.deep.equal([
      { id: 'grief', label: 'Grief', types: ['GR'], keywords: ['grief'] },
      { id: 'veterans', label: 'Veterans', types: ['VET'] },
    ]);
  });

  it('answers undefined (use ours) when there is no usable list, and an empty list when asked for one', () => {
    expect(parseCategories(undefined)).to.be.undefined;
    expect(parseCategories('')).to.be.undefined;
    expect(parseCategories('not json')).to.be.undefined;
    expect(parseCategories('{"id":"grief"}')).to.be.undefined;
    expect(parseCategories([{ id: 'bad id' }])).to.be.undefined;
    expect(parseCategories('[]')).to.deep.equal([]);
  });

  it('keeps a huge attribute small', () => {
    const many = Array.from({ length: 500 }, (_, n) => ({ id: `c${n}`, label: `C${n}`, types: ['X'] }));
    expect(parseCategories(many)).to.have.length(50);
    expect(parseCategories([{ id: 'long', label: 'x'.repeat(5000), types: ['X'] }])).to.be.undefined;
  });
});

describe('type labels', () => {
  it('labels Meeting Guide codes and ours, and falls back to the code itself', () => {
    expect(typeLabel('X', ENGLISH_TYPE_LABELS)).to.equal('Wheelchair Access');
    expect(typeLabel('12x12', ENGLISH_TYPE_LABELS)).to.equal('12 Steps & 12 Traditions');
    expect(typeLabel('MH', ENGLISH_TYPE_LABELS)).to.equal('Mental health');
    expect(typeLabel('ONL', ENGLISH_TYPE_LABELS)).to.equal('Online');
    expect(typeLabel('LOCAL-CODE', ENGLISH_TYPE_LABELS)).to.equal('LOCAL-CODE');
    expect(typeLabel('constructor', ENGLISH_TYPE_LABELS)).to.equal('constructor');
  });

  it('has every Meeting Guide code of the spec and ours, 91 in all', () => {
    expect(Object.keys(ENGLISH_TYPE_LABELS)).to.have.length(91);
    for (const code of [...ACCESS_CODES, ...LANGUAGE_CODES]) expect(ENGLISH_TYPE_LABELS, code).to.have.property(code);
  });

  it('has Spanish labels for exactly the same codes, loaded on their own', async () => {
    const { default: SPANISH_TYPE_LABELS } = await import('../src/components/group-finder/type-labels-es.js');
    expect(Object.keys(SPANISH_TYPE_LABELS).sort()).to.deep.equal(Object.keys(ENGLISH_TYPE_LABELS).sort());
    expect(typeLabel('S', SPANISH_TYPE_LABELS)).to.equal('Español');
    expect(typeLabel('BA', SPANISH_TYPE_LABELS)).to.equal('Guardería disponible');
    expect(typeLabel('FAM', SPANISH_TYPE_LABELS)).to.equal('Familiares y amigos');
    expect(typeLabel('LOCAL-CODE', SPANISH_TYPE_LABELS)).to.equal('LOCAL-CODE');
  });

  it('has French labels for exactly the same codes, loaded on their own', async () => {
    const { default: FRENCH_TYPE_LABELS } = await import('../src/components/group-finder/type-labels-fr.js');
    expect(Object.keys(FRENCH_TYPE_LABELS).sort()).to.deep.equal(Object.keys(ENGLISH_TYPE_LABELS).sort());
    expect(typeLabel('S', FRENCH_TYPE_LABELS)).to.equal('Espagnol');
    expect(typeLabel('W', FRENCH_TYPE_LABELS)).to.equal('Femmes');
    expect(typeLabel('X', FRENCH_TYPE_LABELS)).to.equal('Accès en fauteuil roulant');
  });

  it('gives each language its labels over the English ones, and English to a language without its own', async () => {
    const french = await typeLabelsFor('fr');
    expect(typeLabel('W', french)).to.equal('Femmes');
    expect(typeLabel('LOCAL-CODE', french)).to.equal('LOCAL-CODE');
    expect(typeLabel('W', await typeLabelsFor('es'))).to.equal('Mujeres');
    expect(await typeLabelsFor('en')).to.equal(ENGLISH_TYPE_LABELS);
    expect(await typeLabelsFor('de' as never)).to.equal(ENGLISH_TYPE_LABELS);
  });

  it('sorts codes into access needs, languages and meeting types', () => {
    expect(ACCESS_CODES).to.deep.equal(['X', 'XB', 'ASL', 'BA', 'CF', 'FF']);
    expect(LANGUAGE_CODES).to.include.members(['S', 'FR', 'EN', 'ITA', 'KOR', 'UK']);
    expect(LANGUAGE_CODES).not.to.include('ASL');
    expect(['O', 'D', 'W', 'MH', 'LOCAL-CODE'].every(isMeetingTypeCode)).to.be.true;
    expect(['X', 'S', 'FR', 'TC', 'ONL'].some(isMeetingTypeCode)).to.be.false;
  });
});
