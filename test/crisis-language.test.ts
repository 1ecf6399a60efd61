import { expect } from '@open-wc/testing';
import { detectCrisisLanguage, normaliseForMatching } from '../src/core/safety/crisis-language.js';

const risky = (text: string) => detectCrisisLanguage(text).risk;

describe('crisis language', () => {
  describe('clear positives in English', () => {
    const statements = [
      'I want to kill myself',
      "I'm going to end my life tonight",
      'honestly i just want to die',
      'I have been feeling suicidal since the relapse',
      'Everyone would be better off without me.',
      "There's no point in living anymore",
      "I don't want to wake up tomorrow",
      "I can't go on like this",
      'I keep thinking about suicide',
      'I started self-harming again',
      'I want to hurt myself',
      'planning to overdose on purpose',
      "I'm going to take all of my pills",
      'This is my last post. Goodbye forever.',
      'I wrote a suicide note',
      'I’m ready to end it all',
    ];
    for (const text of statements) {
      it(`flags: "${text}"`, () => expect(risky(text)).to.be.true);
    }
  });

  describe('clear positives in Spanish', () => {
    const statements = [
      'Quiero morirme',
      'Me quiero morir, ya no puedo más',
      'Estoy pensando en suicidarme',
      'Voy a quitarme la vida',
      'Tengo pensamientos suicidas',
      'Mi familia estaría mejor sin mí',
      'No quiero seguir viviendo',
      'Tengo ganas de hacerme daño',
      'Voy a tomarme todas las pastillas',
      'No tiene sentido vivir así',
      'QUIERO ACABAR CON TODO',
    ];
    for (const text of statements) {
      it(`flags: "${text}"`, () => expect(risky(text)).to.be.true);
    }
  });

  describe('clear negatives, information and figurative speech', () => {
    const statements = [
      'This traffic is killing me',
      'My feet are killing me after the walk',
      "I'm dying to try the new Tuesday group",
      'I killed it at my job interview!',
      'I nearly died laughing at the potluck',
      "I'd kill for a coffee right now",
      'We played cards to kill time',
      'The 988 Suicide & Crisis Lifeline helped my brother',
      'September is suicide prevention month',
      'My uncle died by suicide and this group helped our family',
      'I used to think about suicide, but today I am ninety days sober and hopeful',
      'The suspense is killing me',
      'I could kill myself laughing at that story',
      'I cut myself a slice of cake',
      'Me muero de risa con este grupo',
      'Este tráfico me está matando',
      'Me muero por verlos el jueves',
      'Matamos el tiempo jugando cartas',
      'Voy a cortarme el pelo mañana',
      'El grupo de prevención del suicidio se reúne los lunes',
      'Thank you all, I feel so much better today',
    ];
    for (const text of statements) {
      it(`does not flag: "${text}"`, () => expect(risky(text)).to.be.false);
    }
  });

  it('says which kind of risk and language, never the words', () => {
    const verdict = detectCrisisLanguage('I want to die. Quiero hacerme daño.');
    expect(verdict.matches).to.deep.include({ category: 'suicide', language: 'en' });
    expect(verdict.matches).to.deep.include({ category: 'self-harm', language: 'es' });
    expect(JSON.stringify(verdict)).not.to.include('die');
  });

  it('normalises accents, case, curly apostrophes and spacing', () => {
    expect(normaliseForMatching('  Estaría   MEJOR sin mí  I’m ')).to.equal(" estaria mejor sin mi i'm ");
  });

  it('reads a long comment quickly enough to run on every post', () => {
    const long = 'Today was a good day at group. '.repeat(2000) + 'I want to kill myself';
    expect(risky(long)).to.be.true;
  });
});
