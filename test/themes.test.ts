import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryBackend } from '../src/api/memory-backend.js';
import '../src/all.js';
import '../src/components/moderation-queue/define.js';
import { comment, THREAD } from './helpers/comments.js';
import { clearDevice } from './helpers/check-in.js';
import { sampleGroups, WEDNESDAY_EVENING } from './helpers/finder.js';

// The three example themes in docs/themes/, each applied as a clinic would (the file's rules on the page),
// with every widget on screen: the theme must reach the widgets, and axe (colour contrast included) must find
// nothing, so a theme we publish never makes crisis help or a form hard to read.

const THEMES = ['brand', 'high-contrast', 'dark'];
const STAFF = 'theme-staff';

const deepAll = (root: ParentNode, selector: string): Element[] => [
  ...root.querySelectorAll(selector),
  ...[...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? deepAll(element.shadowRoot, selector) : [],
  ),
];

/** The theme's own value for a token, read back from its rules on :root. */
const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** A colour as the browser computes it, for comparing a widget's colour with the theme's token. */
function computed(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

let themeStyle: HTMLStyleElement | undefined;

async function applyTheme(name: string): Promise<void> {
  const response = await fetch(`/docs/themes/${name}.css`);
  expect(response.ok, `docs/themes/${name}.css`).to.equal(true);
  themeStyle = document.createElement('style');
  themeStyle.textContent = await response.text();
  document.head.append(themeStyle);
  // The page around the widgets is the clinic's: it takes the theme's surface, as a themed site would.
  document.body.style.background = 'var(--peer-color-surface)';
  document.body.style.color = 'var(--peer-color-on-surface)';
}

function backend() {
  return createMemoryBackend({
    staffToken: STAFF,
    groups: sampleGroups(),
    comments: [
      comment('c1', { body: 'The Tuesday group helped me more than I can say.' }),
      comment('c2', { parentId: 'c1', body: 'Same here. See you there?' }, 30),
      comment('held', { status: 'held', heldReason: 'first-time', body: 'My first post here.' }, 10),
    ],
  });
}

afterEach(async () => {
  themeStyle?.remove();
  document.body.removeAttribute('style');
  sessionStorage.clear();
  await clearDevice();
});

describe('the example themes in docs/themes', function () {
  this.timeout(30_000);

  for (const name of THEMES) {
    it(`${name}: reaches every widget and keeps every text and control readable (axe, colour contrast included)`, async () => {
      await applyTheme(name);
      const container = await fixture<HTMLElement>(html`
        <peer-support-provider region="US" .backend=${backend()}>
          <peer-quick-exit></peer-quick-exit>
          <peer-crisis-banner variant="inline"></peer-crisis-banner>
          <peer-group-finder time-zone="America/Los_Angeles" .now=${WEDNESDAY_EVENING}></peer-group-finder>
          <peer-comment-count thread=${THREAD}></peer-comment-count>
          <peer-comment-thread thread=${THREAD}></peer-comment-thread>
          <peer-check-in></peer-check-in>
          <peer-moderation-queue .token=${STAFF}></peer-moderation-queue>
        </peer-support-provider>
      `);
      await waitUntil(
        () =>
          deepAll(container, 'a[href="tel:988"]').length &&
          deepAll(container, 'li.result').length &&
          deepAll(container, 'peer-comment-thread article').length + deepAll(container, 'article').length >= 3 &&
          deepAll(container, 'input[type="radio"]').length &&
          /\d/.test(container.querySelector('peer-comment-count')!.shadowRoot!.textContent ?? ''),
        `every widget drawn under the ${name} theme`,
        { timeout: 10_000 },
      );

      // The theme reached the widgets: the banner's call button is the theme's primary colour.
      const call = deepAll(container, 'peer-crisis-banner')[0].shadowRoot!.querySelector('a[href="tel:988"]')!;
      expect(getComputedStyle(call).backgroundColor, 'the call button').to.equal(
        computed(token('--peer-color-primary')),
      );
      await expect(container).to.be.accessible();
    });
  }
});
