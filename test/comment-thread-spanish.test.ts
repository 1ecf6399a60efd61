import { expect, waitUntil } from '@open-wc/testing';
import { OfflineError } from '../src/api/errors.js';
import { THREAD, articleFor, comment, form, html, memoryBackend, renderThread, shadow } from './helpers/comments.js';

// lit-localize's runtime locale is page-wide, so Spanish has a test file (and page) of its own.
describe('<peer-comment-thread> in Spanish', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('speaks Spanish: labels, times, anonymous names, the form, and an error that keeps the text', async () => {
    const inner = memoryBackend({
      comments: [comment('a', { name: 'Anonymous', body: 'Gracias por escribir esto.' }, 120)],
    });
    const backend = { ...inner, postComment: () => Promise.reject(new OfflineError()) };
    const thread = await renderThread(
      backend,
      html`<peer-support-provider locale="es" .backend=${backend}
        ><peer-comment-thread thread=${THREAD}></peer-comment-thread
      ></peer-support-provider>`,
    );
    await waitUntil(() => shadow(thread).textContent!.includes('Comentarios'), 'Spanish text', { timeout: 3000 });
    const article = articleFor(thread, 'a');
    expect(article.querySelector('.name')!.textContent!.trim()).to.equal('Anónimo');
    expect(article.querySelector('time')!.textContent).to.contain('hace 2 horas');
    expect(article.textContent).to.contain('Responder');
    const writing = form(thread);
    await writing.updateComplete;
    expect(writing.shadowRoot.textContent).to.contain('Publicar comentario');
    const text = writing.shadowRoot.querySelector('textarea')!;
    text.value = 'Hoy fui a mi primer grupo.';
    text.dispatchEvent(new Event('input'));
    [...writing.shadowRoot.querySelectorAll('button')].find((b) => b.type === 'submit')!.click();
    await writing.updateComplete;
    await waitUntil(() => writing.shadowRoot.querySelector('[role="alert"]')!.textContent!.includes('conexión'));
    expect(writing.shadowRoot.querySelector('[role="alert"]')!.textContent).to.contain('Su texto sigue aquí');
    expect(text.value).to.equal('Hoy fui a mi primer grupo.');
    await expect(thread).to.be.accessible();
  });
});
