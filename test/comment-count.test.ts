import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/comment-count/define.js';
import '../src/core/provider/define.js';
import { comment, memoryBackend } from './helpers/comments.js';

describe('<peer-comment-count>', () => {
  it('counts every badge on the page in one request', async () => {
    const inner = memoryBackend({
      comments: [
        comment('1', { thread: 'articles/one' }),
        comment('2', { thread: 'articles/one' }),
        comment('3', { thread: '/articles/two' }),
        comment('4', { thread: 'articles/one', status: 'held' }),
      ],
    });
    const calls: string[][] = [];
    const backend = {
      ...inner,
      countComments: (threads: string[]) => {
        calls.push(threads);
        return inner.countComments(threads);
      },
    };
    const page = await fixture(
      html`<peer-support-provider .backend=${backend}>
        <p><peer-comment-count thread="articles/one"></peer-comment-count></p>
        <p><peer-comment-count href="/articles/two/"></peer-comment-count></p>
        <p><peer-comment-count thread="articles/none"></peer-comment-count></p>
      </peer-support-provider>`,
    );
    const texts = () =>
      [...page.querySelectorAll('peer-comment-count')].map((el) => el.shadowRoot!.textContent!.trim());
    await waitUntil(() => texts().every(Boolean), 'the counts never arrived');
    expect(texts()).to.deep.equal(['2 comments', '1 comment', 'No comments yet']);
    expect(calls).to.deep.equal([['articles/one', '/articles/two', 'articles/none']]);
  });

  it('shows nothing rather than a wrong number when the count cannot be had', async () => {
    const backend = { ...memoryBackend(), countComments: () => Promise.reject(new Error('down')) };
    const page = await fixture(
      html`<peer-support-provider .backend=${backend}
        ><peer-comment-count thread="articles/one"></peer-comment-count
      ></peer-support-provider>`,
    );
    const badge = page.querySelector('peer-comment-count')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(badge.shadowRoot!.textContent!.trim()).to.equal('');
  });
});
