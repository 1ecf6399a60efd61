import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { Decorator, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../src/all.js';
import { withLocaleAndDirection } from '../.storybook/locale-direction.js';
import { argTypesFromManifest, type Manifest } from '../.storybook/manifest-arg-types.js';
import * as crisisBannerStories from '../stories/crisis-banner.stories.js';
import * as quickExitStories from '../stories/quick-exit.stories.js';
import * as supportProviderStories from '../stories/support-provider.stories.js';
import * as groupFinderStories from '../stories/group-finder.stories.js';
import * as commentThreadStories from '../stories/comment-thread.stories.js';
import * as moderationQueueStories from '../stories/moderation-queue.stories.js';
import * as checkInStories from '../stories/check-in.stories.js';
import * as commentCountStories from '../stories/comment-count.stories.js';
import * as themeStories from '../stories/themes.stories.js';
import { withExampleTheme } from '../.storybook/example-theme.js';
import { PeerElement } from '../src/core/base-element.js';
import { getLocale } from '../src/core/localization.js';

// Every story in Storybook, rendered here the way Storybook would (args merged, the story's render called)
// and checked with axe, so a story that breaks or fails accessibility fails `npm test`.

type AnyMeta = Meta<Record<string, unknown>>;
type AnyStory = StoryObj<Record<string, unknown>>;
type StoryModule = { default: AnyMeta } & Record<string, unknown>;

const modules = [
  crisisBannerStories,
  quickExitStories,
  supportProviderStories,
  groupFinderStories,
  commentThreadStories,
  moderationQueueStories,
  checkInStories,
  commentCountStories,
] as unknown as StoryModule[];

/** Text a story shows only once something asynchronous (a translation, lazy module, backend) has arrived. */
const waitForText: Record<string, string> = {
  'Widgets/Comment count/Default': '3 comments',
  'Widgets/Comment count/FromArticleAddress': '3 comments',
  'Widgets/Crisis banner/Spanish': 'Obtener ayuda',
  'Widgets/Crisis banner/ClinicLineOpen': 'Open now',
  'Widgets/Crisis banner/ClinicLineClosed': 'Closed now',
  'Widgets/Crisis banner/BackendAddsLine': 'Riverside Clinic warm line',
  'Widgets/Group finder/Default': 'Riverside Peer Circle',
  'Widgets/Group finder/BackendDown': 'offline',
  'Widgets/Comment thread/Default': 'Post comment',
  'Widgets/Comment thread/OneLevelOfReplies': 'In reply to',
  'Widgets/Comment thread/MostSupported': 'Post comment',
  'Widgets/Comment thread/Empty': 'No comments yet',
  'Widgets/Comment thread/Spanish': 'Anónimo',
  'Widgets/Comment thread/BackendDown': 'offline',
  'Widgets/Comment thread/CountBadge': '5 comments',
  'Widgets/Moderation queue/Waiting': 'Comment from Sam (sample)',
  'Widgets/Moderation queue/Empty': 'Nothing is waiting',
  'Widgets/Moderation queue/BackendDown': 'offline',
  'Widgets/Check-in/Default': 'Your data: what is kept',
  'Widgets/Check-in/WithScales': 'Answer them now',
  'Widgets/Check-in/WithHistory': 'PHQ-9',
  'Widgets/Check-in/Spanish': '¿Cómo',
  'Widgets/Check-in/MentalHealthOnly': 'Your data: what is kept',
  'Widgets/Check-in/BackendDown': 'Your data: what is kept',
  'Widgets/Check-in/InsideAForm': 'Do you feel safe right now?',
};

const toolbarDefaults = { locale: 'en', direction: 'ltr' };

/** Every peer-* element under root, looking inside shadow roots too. */
function peerElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('peer-')) found.push(el);
    if (el.shadowRoot) found.push(...peerElements(el.shadowRoot));
  }
  return found;
}

/** Text across shadow roots, whitespace collapsed. */
function deepText(node: Node): string {
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
    else if (child instanceof Element) {
      if (child.shadowRoot) text += deepText(child.shadowRoot);
      text += deepText(child);
    }
  }
  return text.replace(/\s+/g, ' ');
}

/** Waits until every peer-* element has finished updating and the rendered text stops changing. */
async function settle(container: Element): Promise<Element[]> {
  let previous = '';
  for (let round = 0; round < 20; round++) {
    const elements = peerElements(container);
    await Promise.all(elements.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await nextFrame();
    const snapshot = `${elements.length}|${deepText(container)}`;
    if (snapshot === previous) return elements;
    previous = snapshot;
  }
  throw new Error('The story kept changing for 20 frames');
}

function contextFor(
  meta: AnyMeta,
  name: string,
  args: Record<string, unknown>,
  globals: Record<string, unknown> = toolbarDefaults,
) {
  return {
    id: `${meta.title}--${name}`,
    title: meta.title,
    name,
    story: name,
    kind: meta.title,
    component: meta.component,
    args,
    initialArgs: args,
    argTypes: meta.argTypes ?? {},
    globals,
    parameters: {},
    viewMode: 'story',
    loaded: {},
  } as unknown as StoryContext<Record<string, unknown>>;
}

function renderStory(meta: AnyMeta, story: AnyStory, name: string, globals?: Record<string, unknown>) {
  // A shallow merge, as Storybook does: functions and elements in args pass through untouched.
  const args = { ...meta.args, ...story.args };
  const render = story.render ?? meta.render;
  if (!render) throw new Error(`${meta.title}/${name} has no render function`);
  const context = contextFor(meta, name, args, globals);
  return { result: render(args, context), args, context };
}

/** A story's rendered result passed through one of the preview's decorators, as Storybook does. */
function decorate(decorator: Decorator, result: unknown, context: StoryContext<Record<string, unknown>>) {
  return decorator(
    () => result as ReturnType<Parameters<Decorator>[0]>,
    context as unknown as Parameters<Decorator>[1],
  );
}

async function renderAndSettle(template: unknown, expectedText?: string) {
  const container = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  await settle(container);
  if (expectedText) {
    await waitUntil(() => deepText(container).includes(expectedText), `shows "${expectedText}"`, { timeout: 5000 });
  }
  return { container, elements: await settle(container) };
}

/** Values a control could give each attribute: valid where free text would not be (a zone, a JSON list). */
const SAMPLE_VALUES: Record<string, string> = {
  timezone: 'America/Chicago',
  'time-zone': 'America/Chicago',
  feed: '/stories-check/meetings.json',
  api: '/stories-check',
  goals: '[]',
  categories: '[]',
  resources: '[]',
  locale: 'fr',
  region: 'CA',
  'exit-url': 'https://weather.example/',
  'participant-token': 'stories-check-participant-0123456789',
};

function sampleValue(name: string, typeText = ''): string | true {
  if (SAMPLE_VALUES[name]) return SAMPLE_VALUES[name];
  if (/\bboolean\b/.test(typeText)) return true;
  if (/\bnumber\b/.test(typeText)) return '7';
  return /'([^']+)'/.exec(typeText)?.[1] ?? 'stories-check';
}

let manifest: Manifest | undefined;
async function loadManifest(): Promise<Manifest> {
  manifest ??= (await (await fetch('/custom-elements.json')).json()) as Manifest;
  return manifest;
}

function attributesOf(loaded: Manifest, tag: string) {
  const declaration = loaded.modules.flatMap((module) => module.declarations ?? []).find((d) => d.tagName === tag);
  return declaration?.attributes ?? [];
}

describe('docs pages: a control for every attribute', () => {
  it('gives every attribute of every element a row with a control, named as the attribute', async () => {
    const loaded = await loadManifest();
    for (const { default: meta } of modules) {
      const tag = meta.component!;
      const argTypes = argTypesFromManifest(loaded, tag)!;
      const attributes = attributesOf(loaded, tag);
      expect(attributes, `${tag} attributes`).to.not.be.empty;
      for (const attribute of attributes) {
        const row = argTypes[attribute.name];
        expect(row?.name, `${tag} [${attribute.name}] row`).to.equal(attribute.name);
        expect(row.control, `${tag} [${attribute.name}] control`).to.not.equal(false);
        expect(row.table?.category, `${tag} [${attribute.name}] category`).to.equal('attributes');
      }
    }
  });

  it('keeps an attribute and a slot of the same name apart (the check-in’s consent)', async () => {
    const argTypes = argTypesFromManifest(await loadManifest(), 'peer-check-in')!;
    expect(argTypes.consent.table?.category).to.equal('attributes');
    expect(argTypes['slot:consent'].name).to.equal('consent');
    expect(argTypes['slot:consent'].table?.category).to.equal('slots');
    // A property with an attribute has one row, under its attribute's name.
    expect(Object.values(argTypes).filter((row) => row.name === 'scaleInterval')).to.be.empty;
  });
});

for (const module of modules) {
  const { default: meta, ...exports } = module;
  describe(`stories: ${meta.title}`, () => {
    const stories = Object.entries(exports).filter(([, value]) => typeof value === 'object' && value !== null);

    it('has stories', () => {
      expect(stories).to.not.be.empty;
    });

    it('passes every attribute control on to the element', async () => {
      const tag = meta.component!;
      const attributes = attributesOf(await loadManifest(), tag);
      const [name, story] = stories[0];
      const given = Object.fromEntries(
        attributes.map(({ name: attribute, type }) => [attribute, sampleValue(attribute, type?.text)]),
      );
      const args = { ...meta.args, ...(story as AnyStory).args, ...given };
      const render = (story as AnyStory).render ?? meta.render!;
      const container = await fixture<HTMLDivElement>(html`<div>${render(args, contextFor(meta, name, args))}</div>`);
      const element = container.querySelector(tag)!;
      for (const [attribute, value] of Object.entries(given)) {
        expect(element.getAttribute(attribute), `${tag} [${attribute}]`).to.equal(value === true ? '' : value);
      }
      container.remove();
    });

    for (const [name, story] of stories) {
      it(name, async () => {
        const { result } = renderStory(meta, story as AnyStory, name);
        const { container, elements } = await renderAndSettle(result, waitForText[`${meta.title}/${name}`]);
        expect(
          elements.filter((el) => el.shadowRoot),
          'elements with a shadow root',
        ).to.not.be.empty;
        const undefinedTags = elements.filter((el) => !customElements.get(el.localName)).map((el) => el.localName);
        expect(undefinedTags, 'peer-* tags that are not defined').to.be.empty;
        await expect(container).to.be.accessible();
      });
    }
  });
}

describe('stories: the toolbar’s language reaches every widget', () => {
  // A story's own provider (its backend) sits inside the toolbar's; only the stories written in one language keep it.
  for (const module of [...modules, themeStories as unknown as StoryModule]) {
    const { default: meta, ...exports } = module;
    const stories = Object.entries(exports).filter(
      ([name, value]) => typeof value === 'object' && value !== null && !/Spanish/.test(name),
    );
    it(`${meta.title}: every story in French`, async () => {
      for (const [name, story] of stories) {
        const { result, context } = renderStory(meta, story as AnyStory, name, { locale: 'fr', direction: 'ltr' });
        const decorated = decorate(withLocaleAndDirection, result, context);
        const { container, elements } = await renderAndSettle(decorated);
        const widgets = elements.filter((el) => el instanceof PeerElement);
        expect(widgets, `${name}: widgets`).to.not.be.empty;
        const locales = widgets.map((el) => `${el.localName}: ${(el as unknown as { locale: string }).locale}`);
        expect(
          locales.filter((locale) => !locale.endsWith(': fr')),
          `${name}: widgets not in French`,
        ).to.deep.equal([]);
        expect(getLocale(), `${name}: the page's language`).to.equal('fr');
        container.remove();
      }
    });
  }
});

describe('stories: preview decorator', () => {
  it('wraps a story in a provider with the toolbar locale and a box with the toolbar direction', async () => {
    const globals = { locale: 'es', direction: 'rtl' };
    const { result, context } = renderStory(
      crisisBannerStories.default as AnyMeta,
      crisisBannerStories.Inline as AnyStory,
      'Inline',
      globals,
    );
    const decorated = decorate(withLocaleAndDirection, result, context);
    const { container } = await renderAndSettle(decorated, 'Obtener ayuda');
    expect(container.querySelector('peer-support-provider')?.getAttribute('locale')).to.equal('es');
    expect(container.querySelector('peer-support-provider > div')?.getAttribute('dir')).to.equal('rtl');
    await expect(container).to.be.accessible();
  });
});

describe('stories: the example themes (Guides/Theming)', () => {
  /** The computed background of the banner's panel, where a theme's crisis colours show. */
  const bannerBackground = (container: Element) => {
    const banner = container.querySelector('peer-crisis-banner')!;
    const panel = banner.shadowRoot!.querySelector('[part~="base"]') ?? banner;
    return getComputedStyle(panel).backgroundColor;
  };

  const themes = Object.entries(themeStories).filter(([name]) => name !== 'default');
  it('has a story for each theme in docs/themes', () => {
    expect(themes.map(([name]) => name)).to.have.members(['Brand', 'HighContrast', 'Dark']);
  });

  const backgrounds = new Map<string, string>();
  for (const [name, story] of themes) {
    it(`${name}: the widgets take the theme's colours and pass axe, colour contrast included`, async () => {
      const { result } = renderStory(themeStories.default as AnyMeta, story as AnyStory, name);
      const { container } = await renderAndSettle(result, 'Glad you went back.');
      const box = container.querySelector('[data-peer-theme]')!;
      const surface = getComputedStyle(box).getPropertyValue('--peer-color-surface').trim();
      expect(surface, 'the theme sets its surface on its box').to.match(/^#[0-9a-f]{6}$/i);
      backgrounds.set(name, bannerBackground(container));
      await expect(container).to.be.accessible();
    });
  }

  it('gives each theme its own look (three different crisis panels)', () => {
    expect(new Set(backgrounds.values()).size, [...backgrounds].join(', ')).to.equal(3);
  });

  it('applies the toolbar’s theme to any story, and none for Default', async () => {
    const render = (theme: string) => {
      const { result, context } = renderStory(
        crisisBannerStories.default as AnyMeta,
        crisisBannerStories.Inline as AnyStory,
        'Inline',
        { ...toolbarDefaults, theme },
      );
      return decorate(withExampleTheme, result, context);
    };
    const dark = await renderAndSettle(render('dark'));
    expect(dark.container.querySelector('[data-peer-theme="dark"]')).to.exist;
    const darkBackground = bannerBackground(dark.container);
    await expect(dark.container).to.be.accessible();
    const plain = await renderAndSettle(render('default'));
    expect(plain.container.querySelector('[data-peer-theme]')).to.equal(null);
    expect(bannerBackground(plain.container)).to.not.equal(darkBackground);
  });
});
