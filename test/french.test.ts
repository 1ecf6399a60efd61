import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { OfflineError } from '../src/api/errors.js';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import type { PeerCheckIn } from '../src/components/check-in/check-in.js';
import '../src/components/comment-count/define.js';
import '../src/components/crisis-banner/define.js';
import '../src/components/moderation-queue/define.js';
import '../src/components/quick-exit/define.js';
import { hrefs, shadow, text } from './helpers/banner.js';
import { button, choose, clearDevice, renderCheckIn, root, statusText } from './helpers/check-in.js';
import { THREAD, articleFor, comment, form, memoryBackend, renderThread } from './helpers/comments.js';
import { WEDNESDAY_EVENING, finderText, renderFinder, sampleGroups } from './helpers/finder.js';
import { signIn } from './helpers/moderation.js';

// lit-localize's runtime locale is page-wide, so French has a test file (and page) of its own: every widget in
// French, as a clinic in Québec would show them.
const words = (el: Element) => (el.shadowRoot ?? el).textContent!.replace(/\s+/g, ' ');

async function frenchBanner(region: string) {
  const provider = await fixture(
    html`<peer-support-provider locale="fr" region=${region}
      ><peer-crisis-banner variant="inline"></peer-crisis-banner
    ></peer-support-provider>`,
  );
  const banner = provider.querySelector('peer-crisis-banner')!;
  await waitUntil(() => text(banner).includes('Obtenir de l’aide maintenant'), 'French', { timeout: 4000 });
  return banner;
}

describe('every widget in French', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await clearDevice();
  });

  it('crisis banner: Canada’s lines under their French names, the same links', async () => {
    const banner = await frenchBanner('CA');
    expect(text(banner)).to.include('9-8-8 : Ligne d’aide en cas de crise de suicide');
    expect(text(banner)).to.include('en anglais ou en français');
    const names = [...shadow(banner).querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(names).to.include.members(['Appeler le 988', 'Envoyer un texto au 988', 'Appeler le 911']);
    expect(hrefs(banner)).to.include.members(['tel:988', 'sms:988', 'tel:911']);
    await expect(banner).to.be.accessible();
  });

  it('crisis banner: a label before its numbers takes French punctuation (a no-break space before the colon)', async () => {
    const banner = await frenchBanner('US');
    const label = shadow(banner).querySelector('.option-label')!;
    expect(label.textContent!.trim()).to.equal('En español\u00a0:');
    // The line keeps its English name, written as text: an XLIFF "&amp;" once reached the visitor as is.
    expect(text(banner)).to.include('988 Suicide and Crisis Lifeline');
    expect(text(banner), 'a character reference shown as text').not.to.match(/&(?:[a-z]+|#\d+);/i);
  });

  it('crisis banner at 320 px: the heading keeps its words whole, and quick exit goes below it', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const provider = await fixture(
        html`<peer-support-provider locale="fr" region="US"
          ><peer-crisis-banner variant="inline" quick-exit></peer-crisis-banner
        ></peer-support-provider>`,
      );
      const banner = provider.querySelector('peer-crisis-banner')!;
      const quickExit = () => shadow(banner).querySelector('peer-quick-exit')?.shadowRoot?.textContent ?? '';
      await waitUntil(() => quickExit().includes('Quitter cette page'), 'French, with quick exit', { timeout: 4000 });
      const heading = shadow(banner).querySelector('h2')!;
      const words = document.createRange();
      words.selectNodeContents(heading);
      // "Obtenir de l’aide maintenant" on one or two lines, never five ("mainten" / "ant").
      const lines = new Set([...words.getClientRects()].map((rect) => Math.round(rect.top)));
      expect(lines.size, 'lines of the heading').to.be.at.most(2);
      const exit = shadow(banner).querySelector('peer-quick-exit')!;
      expect(exit.getBoundingClientRect().top, 'quick exit below the heading').to.be.at.least(
        heading.getBoundingClientRect().bottom - 1,
      );
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('quick exit: the button and its shortcut in French', async () => {
    const provider = await fixture(
      html`<peer-support-provider locale="fr"><peer-quick-exit></peer-quick-exit></peer-support-provider>`,
    );
    const exit = provider.querySelector('peer-quick-exit')!;
    await waitUntil(() => words(exit).includes('Quitter cette page'), 'French', { timeout: 4000 });
    expect(words(exit)).to.include('appuyer 3 fois sur la touche Maj');
    await expect(exit).to.be.accessible();
  });

  it('group finder: counts, days, categories and meeting types in French', async () => {
    const finder = await renderFinder(
      html`<peer-support-provider locale="fr" .backend=${createMemoryBackend({ groups: sampleGroups() })}
        ><peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder
      ></peer-support-provider>`,
    );
    await waitUntil(() => finderText(finder).includes('groupes trouvés'), 'French counts', { timeout: 3000 });
    await waitUntil(() => finderText(finder).includes('Ouverte'), 'French meeting types', { timeout: 3000 });
    expect(finderText(finder)).to.include('Aujourd’hui');
    expect(finderText(finder), 'category label').to.include('Santé mentale');
    expect(finderText(finder), 'language label').to.include('Espagnol');
    expect(finderText(finder), 'no English type label left').not.to.include('Wheelchair Access');
    await expect(finder).to.be.accessible();
  });

  it('comment thread: names, times, the form, and an error that keeps the text', async () => {
    const inner = memoryBackend({
      comments: [comment('a', { name: 'Anonymous', body: 'Merci pour ce texte.' }, 120)],
    });
    const backend = { ...inner, postComment: () => Promise.reject(new OfflineError()) };
    const thread = await renderThread(
      backend,
      html`<peer-support-provider locale="fr" .backend=${backend}
        ><peer-comment-thread thread=${THREAD}></peer-comment-thread
      ></peer-support-provider>`,
    );
    await waitUntil(() => words(thread).includes('Commentaires'), 'French', { timeout: 3000 });
    const article = articleFor(thread, 'a');
    expect(article.querySelector('.name')!.textContent!.trim()).to.equal('Anonyme');
    expect(article.querySelector('time')!.textContent).to.contain('il y a 2 heures');
    expect(article.textContent).to.contain('Répondre');
    const writing = form(thread);
    await writing.updateComplete;
    expect(writing.shadowRoot.textContent).to.contain('Publier le commentaire');
    const box = writing.shadowRoot.querySelector('textarea')!;
    box.value = 'Je suis allée à mon premier groupe aujourd’hui.';
    box.dispatchEvent(new Event('input'));
    [...writing.shadowRoot.querySelectorAll('button')].find((b) => b.type === 'submit')!.click();
    await writing.updateComplete;
    const alert = () => writing.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '';
    await waitUntil(() => alert().includes('hors ligne'), alert());
    expect(alert()).to.contain('Votre texte est toujours là');
    expect(box.value).to.equal('Je suis allée à mon premier groupe aujourd’hui.');
    await expect(thread).to.be.accessible();
  });

  it('comment count: none, one and several comments in French', async () => {
    const backend = memoryBackend({
      comments: [
        comment('1', { thread: 'articles/une' }),
        comment('2', { thread: 'articles/deux' }),
        comment('3', { thread: 'articles/deux' }),
      ],
    });
    const page = await fixture(
      html`<peer-support-provider locale="fr" .backend=${backend}>
        <p><peer-comment-count thread="articles/aucune"></peer-comment-count></p>
        <p><peer-comment-count thread="articles/une"></peer-comment-count></p>
        <p><peer-comment-count thread="articles/deux"></peer-comment-count></p>
      </peer-support-provider>`,
    );
    const badges = [...page.querySelectorAll('peer-comment-count')];
    const texts = () => badges.map((badge) => words(badge).trim());
    await waitUntil(() => texts().every(Boolean) && texts()[2] !== '2 comments', 'French counts', { timeout: 4000 });
    expect(texts()).to.deep.equal(['Aucun commentaire pour le moment', '1 commentaire', '2 commentaires']);
    await expect(page).to.be.accessible();
  });

  it('a pasted snippet with its own provider speaks the French of the page-wide provider around it', async () => {
    const backend = memoryBackend({ comments: [comment('1', { thread: 'articles/une' })] });
    const page = await fixture(
      html`<peer-support-provider locale="fr" region="CA">
        <peer-support-provider .backend=${backend}>
          <peer-comment-count thread="articles/une"></peer-comment-count>
          <peer-crisis-banner variant="inline"></peer-crisis-banner>
        </peer-support-provider>
      </peer-support-provider>`,
    );
    const badge = page.querySelector('peer-comment-count')!;
    await waitUntil(() => words(badge).trim() === '1 commentaire', 'French, from the outer provider', {
      timeout: 4000,
    });
    const banner = page.querySelector('peer-crisis-banner')!;
    await waitUntil(
      () => text(banner).includes('Ligne d’aide en cas de crise de suicide'),
      'Canada’s lines, in French',
      {
        timeout: 4000,
      },
    );
  });

  it('moderation queue: staff sign-in in French', async () => {
    const provider = await fixture(
      html`<peer-support-provider locale="fr" .backend=${createMemoryBackend()}
        ><peer-moderation-queue></peer-moderation-queue
      ></peer-support-provider>`,
    );
    const queue = provider.querySelector('peer-moderation-queue')!;
    await waitUntil(() => words(queue).includes('Connexion de l’équipe'), 'French', { timeout: 3000 });
    expect(words(queue)).to.include('Code d’accès de l’équipe').and.include('Se connecter');
    await expect(queue).to.be.accessible();
  });

  it('moderation queue: a report’s reason and its note, with French punctuation', async () => {
    const held = comment('held', { status: 'held', heldReason: 'reported' });
    held.reports = [{ reason: 'harmful', note: 'Blessant envers un nouveau', createdAt: held.createdAt }];
    const provider = await fixture(
      html`<peer-support-provider locale="fr" .backend=${createMemoryBackend({ comments: [held] })}
        ><peer-moderation-queue></peer-moderation-queue
      ></peer-support-provider>`,
    );
    const queue = provider.querySelector('peer-moderation-queue')!;
    await waitUntil(() => words(queue).includes('Connexion de l’équipe'), 'French', { timeout: 3000 });
    await signIn(queue, 'staff');
    await waitUntil(() => queue.shadowRoot!.querySelector('.reports li'), 'the report');
    // Ordinary white space collapsed; the no-break space is the point.
    const report = queue
      .shadowRoot!.querySelector('.reports li')!
      .textContent!.replace(/[ \n\t]+/g, ' ')
      .trim();
    expect(report).to.equal('Nuisible ou blessant\u00a0: Blessant envers un nouveau');
    await expect(queue).to.be.accessible();
  });

  it('check-in: questions and waiting words in French; the validated scales in English, marked and explained', async () => {
    const backend = { ...createMemoryBackend(), submitCheckIn: () => Promise.reject(new OfflineError()) };
    const checkIn: PeerCheckIn = await renderCheckIn(
      backend,
      html`<peer-support-provider locale="fr" .backend=${backend}
        ><peer-check-in scales="phq-9"></peer-check-in
      ></peer-support-provider>`,
    );
    await waitUntil(() => words(checkIn).includes('Comment est votre humeur aujourd’hui'), 'French', { timeout: 3000 });
    const moodWords = [...root(checkIn).querySelectorAll('#q-mood label')].map((label) => label.textContent!.trim());
    expect(moodWords[0]).to.equal('Très basse');
    await waitUntil(() => root(checkIn).querySelector('.scales button'), 'the scales');
    expect(words(root(checkIn).querySelector('.scales')!)).to.include('Ils sont présentés en anglais');
    button(checkIn, 'Y répondre maintenant').click();
    await checkIn.updateComplete;
    const scale = root(checkIn).querySelector('.scale')!;
    expect(scale.getAttribute('lang'), 'English marked for screen readers').to.equal('en');
    expect(scale.textContent).to.contain('Little interest or pleasure in doing things');
    await expect(checkIn).to.be.accessible();

    await choose(checkIn, 'mood', 2);
    root(checkIn).querySelector<HTMLInputElement>('#consent-agree')!.click();
    button(checkIn, 'Enregistrer le bilan').click();
    await waitUntil(() => statusText(checkIn).includes('la connexion sera rétablie'), statusText(checkIn));
    expect(statusText(checkIn)).to.contain('1 bilan est enregistré sur cet appareil');
  });
});
