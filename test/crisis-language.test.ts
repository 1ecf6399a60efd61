import { expect } from '@open-wc/testing';
import { detectCrisisLanguage, normaliseForMatching, type CrisisCategory } from '../src/core/safety/crisis-language.js';

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

  describe('clear positives in French, with their category', () => {
    const statements: [string, CrisisCategory][] = [
      ['Je veux mourir', 'suicide'],
      ['J’ai envie de mourir', 'suicide'],
      ['jai tellement envie de mourir', 'suicide'],
      ['Je vais me tuer', 'suicide'],
      ["j'veux m'tuer", 'suicide'],
      ['Je pense à me suicider', 'suicide'],
      ['Je veux en finir.', 'suicide'],
      ["J'ai décidé d'en finir avec la vie", 'suicide'],
      ['Je vais mettre fin à mes jours', 'suicide'],
      ['Je suis suicidaire', 'suicide'],
      ["J'ai des idées suicidaires depuis ma rechute", 'suicide'],
      ['Je pense sérieusement au suicide', 'suicide'],
      ["J'ai le goût de mourir", 'suicide'],
      ["J'ai le goût de me tirer une balle", 'suicide'],
      ['Chu suicidaire depuis des semaines', 'suicide'],
      ['Ça me donne envie de mourir', 'suicide'],
      ['JE VEUX JUSTE CREVER', 'suicide'],
      ['Je veux disparaître pour toujours', 'suicide'],
      ['Hier soir, je voulais mourir', 'suicide'],
      ["J'ai eu des idées suicidaires cette semaine", 'suicide'],
      ['Ceci est mon dernier message. Adieu pour toujours.', 'suicide'],
      ["J'ai envie de me faire du mal", 'self-harm'],
      ['Je veux me scarifier', 'self-harm'],
      ['Je me scarifie encore', 'self-harm'],
      ['Je vais me couper les veines', 'self-harm'],
      ["J'ai recommencé à me faire du mal", 'self-harm'],
      ["Je n'arrive pas à m'empêcher de me faire du mal", 'self-harm'],
      ['Je me coupe exprès quand ça va mal', 'self-harm'],
      ["J'ai rechuté dans l'automutilation", 'self-harm'],
      ['Je vais prendre toutes mes pilules', 'overdose'],
      ['Je veux avaler tous mes médicaments ce soir', 'overdose'],
      ['Je vais faire une overdose', 'overdose'],
      ["J'ai envie de faire une surdose exprès", 'overdose'],
      ["J'ai avalé toutes mes pilules", 'overdose'],
      ["Une overdose ce soir et c'est fini.", 'overdose'],
      ['Je ne veux plus vivre', 'hopelessness'],
      ['Je veux pu vivre', 'hopelessness'],
      ["Je n'ai plus aucune raison de vivre", 'hopelessness'],
      ["J'ai pu le goût de vivre", 'hopelessness'],
      ['Tout le monde serait mieux sans moi', 'hopelessness'],
      ['Ma famille se porterait mieux sans moi', 'hopelessness'],
      ["Je n'en peux plus de vivre", 'hopelessness'],
      ["Ma vie n'a plus de sens", 'hopelessness'],
      ["Je ne suis qu'un fardeau pour mes proches", 'hopelessness'],
      ["J'espère ne pas me réveiller demain", 'hopelessness'],
      ["J'en ai marre de vivre", 'hopelessness'],
      ["J'ai des idées noires tous les jours", 'hopelessness'],
    ];
    for (const [text, category] of statements) {
      it(`flags: "${text}" (${category})`, () =>
        expect(detectCrisisLanguage(text).matches).to.deep.include({ category, language: 'fr' }));
    }
  });

  describe('French negatives: figurative speech, third person, prevention lines, recovery talk', () => {
    const statements = [
      'Je meurs de rire avec ce groupe',
      'Ça me tue, cette attente',
      'Ce trafic me tue',
      'Je suis mort de fatigue après la réunion',
      'Mort de rire',
      'Je meurs d’envie de revoir tout le monde jeudi',
      'Je vais mourir de honte si je dois parler devant le groupe',
      'Je crève de faim',
      "Il faut crever l'abcès avec ma sœur",
      'Je vais me tuer à la tâche avec ce projet',
      'Je me tue au travail',
      'Ma mère va me tuer si je rentre tard',
      "Je vais me tirer une balle dans le pied si j'accepte ce travail",
      "J'ai envie de disparaître sous terre tellement j'ai honte",
      'Je vais me couper les cheveux demain',
      'Je veux mourir vieux, entouré de mes petits-enfants',
      'Je ne veux pas mourir',
      'Il veut mourir, comment l’aider ?',
      'Mon oncle est mort par suicide et ce groupe a aidé notre famille',
      'Elle voulait mettre fin à ses jours',
      'Mon ami a des idées suicidaires, comment l’aider ?',
      'Mon ami a fait une overdose cette nuit',
      'Elle a fait une overdose',
      "La ligne de prévention du suicide (3114) m'a aidée",
      'Journée mondiale de prévention du suicide le 10 septembre',
      "J'avais des idées suicidaires il y a des années, aujourd'hui je vais mieux",
      "Avant, je voulais mourir ; aujourd'hui j'ai quatre-vingt-dix jours d'abstinence",
      "Il y a des années, j'ai essayé de me suicider; aujourd'hui je témoigne",
      "Quand j'étais ado, je me scarifiais, et j'ai arrêté",
      'Je ne suis plus suicidaire depuis deux ans',
      "J'ai fait une overdose il y a deux ans, et je suis toujours là",
      "Je veux en finir avec l'alcool",
      "J'ai peur de faire une overdose, où trouver de la naloxone ?",
      'Je dois prendre tous mes médicaments le matin',
      'Je dois prendre tous mes médicaments',
      'Je ne veux pas vivre à Paris',
      "C'est mon dernier message avant les vacances",
      "Merci à tous, je me sens tellement mieux aujourd'hui",
    ];
    for (const text of statements) {
      it(`does not flag: "${text}"`, () => expect(risky(text)).to.be.false);
    }
  });

  describe('accepted false positives in French (errs on the side of care)', () => {
    // « mieux sans moi » counts whatever the verb (« serait », « est », « se porterait »…): a rare benign use
    // holds a comment for a human, which is cheaper than a list of verbs that misses one.
    const statements = ['Le projet avancera mieux sans moi'];
    for (const text of statements) {
      it(`flags: "${text}"`, () => expect(risky(text)).to.be.true);
    }
  });

  it('says which kind of risk and language, never the words', () => {
    const verdict = detectCrisisLanguage('I want to die. Quiero hacerme daño.');
    expect(verdict.matches).to.deep.include({ category: 'suicide', language: 'en' });
    expect(verdict.matches).to.deep.include({ category: 'self-harm', language: 'es' });
    expect(JSON.stringify(verdict)).not.to.include('die');
  });

  it('tells French apart from English and Spanish in one text, and keeps the words out', () => {
    const verdict = detectCrisisLanguage('Je veux mourir. I want to hurt myself. Tomarme todas las pastillas.');
    expect(verdict.matches).to.deep.include({ category: 'suicide', language: 'fr' });
    expect(verdict.matches).to.deep.include({ category: 'self-harm', language: 'en' });
    expect(verdict.matches).to.deep.include({ category: 'overdose', language: 'es' });
    expect(verdict.matches.filter((m) => m.language === 'fr')).to.deep.equal([{ category: 'suicide', language: 'fr' }]);
    expect(JSON.stringify(verdict)).not.to.include('mourir');
  });

  it('normalises accents, case, curly apostrophes and spacing', () => {
    expect(normaliseForMatching('  Estaría   MEJOR sin mí  I’m ')).to.equal(" estaria mejor sin mi i'm ");
    // French typography puts a no-break space before « ! » and « ? ».
    expect(normaliseForMatching('J’ai ENVIE de disparaître\u202f!')).to.equal("j'ai envie de disparaitre !");
  });

  it('reads a long comment quickly enough to run on every post', () => {
    const long = 'Today was a good day at group. '.repeat(2000) + 'I want to kill myself';
    expect(risky(long)).to.be.true;
    const longFrench = 'Aujourd’hui, le groupe était bien. '.repeat(2000) + 'Je veux mourir';
    expect(risky(longFrench)).to.be.true;
  });
});
