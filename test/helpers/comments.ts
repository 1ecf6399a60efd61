import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PeerComment } from '../../src/api/comment-types.js';
import { createMemoryBackend, type MemoryBackendSeed } from '../../src/api/memory-backend.js';
import type { StoredComment } from '../../src/api/memory-comments.js';
import type { PeerCommentThread } from '../../src/components/comment-thread/comment-thread.js';
import '../../src/components/comment-thread/define.js';
import '../../src/core/provider/define.js';

export { html };

export const THREAD = 'articles/first-group';

/** A comment as the server would have it, `minutesAgo` old. */
export function comment(id: string, fields: Partial<StoredComment> = {}, minutesAgo = 60): StoredComment {
  return {
    id,
    thread: THREAD,
    parentId: null,
    name: `Person ${id}`,
    body: `Words from ${id}.`,
    createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    updatedAt: null,
    reactions: { support: 0, helped: 0 },
    ...fields,
  };
}

export function memoryBackend(seed: MemoryBackendSeed = {}) {
  return createMemoryBackend({
    comments: [
      comment('a', { name: 'Sam', body: 'My first group was scary, and then it was not.' }, 300),
      comment('b', { name: 'Lee', parentId: 'a', body: 'Same for me. Keep going back.' }, 200),
      comment('c', { name: 'Ana', body: 'I found an online group at https://example.org/groups (free).' }, 100),
    ],
    ...seed,
  });
}

export function shadow(thread: PeerCommentThread): ShadowRoot {
  return thread.shadowRoot!;
}

/** Renders a thread inside a provider and waits for its comments and its writing form. */
export async function renderThread(
  backend: object = memoryBackend(),
  template?: TemplateResult,
): Promise<PeerCommentThread> {
  const host = await fixture(
    template ??
      html`<peer-support-provider .backend=${backend}
        ><peer-comment-thread thread=${THREAD}></peer-comment-thread
      ></peer-support-provider>`,
  );
  const thread = host.querySelector('peer-comment-thread')!;
  await waitUntil(() => shadow(thread).querySelector('peer-comment-form'), 'the comment form never appeared', {
    timeout: 5000,
  });
  await waitUntil(() => !shadow(thread).querySelector('.loading'), 'comments never loaded');
  return thread;
}

export function form(thread: PeerCommentThread, reply?: string) {
  const root = shadow(thread);
  const element = reply
    ? root.querySelector(`#tool-${reply} peer-comment-form`)!
    : root.querySelector('.write > peer-comment-form')!;
  return element as HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };
}

export function names(thread: PeerCommentThread): string[] {
  return [...shadow(thread).querySelectorAll('article .name')].map((name) => name.textContent!.trim());
}

export function articleFor(thread: PeerCommentThread, id: string): HTMLElement {
  return shadow(thread).querySelector(`#comment-${id}`)!;
}

/** The button whose words start with `text` (labels may carry a count after them). */
export function button(root: ParentNode, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((candidate) =>
    candidate.textContent!.trim().startsWith(text),
  );
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

export type { PeerComment };
