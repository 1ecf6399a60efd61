import { expect } from '@open-wc/testing';
import { GUIDE_PAGES, guideForStorybook, guideHref, storybookId } from '../stories/guides/guide-pages.js';

// The repository's guides are Storybook pages too (stories/guides/*.mdx). Inside Storybook a link to
// "privacy.md" would lead nowhere: each must open the guide's page, or name the file it points at.
// (scripts/check-storybook-docs.mjs checks the built Storybook: a page for every guide, each one showing it.)

const guides = Object.entries(GUIDE_PAGES);
const pageIds = new Set(guides.map(([, title]) => `${storybookId(title)}--docs`));

async function read(path: string): Promise<string> {
  const response = await fetch(`/${path}`);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

/** Inline link targets in Markdown, outside fenced code. */
const linkTargets = (markdown: string) =>
  [...markdown.replace(/^[ \t]*```[\s\S]*?^[ \t]*```/gm, '').matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map(
    (match) => match[1],
  );

describe('Storybook guides: links between pages', () => {
  it('gives every guide a page of its own', () => {
    expect(pageIds.size).to.equal(guides.length);
    expect(storybookId('Guides/Backend contract (REST API)')).to.equal('guides-backend-contract-rest-api');
  });

  for (const [path] of guides) {
    it(`${path}: every link opens a guide's page, a web address or a heading, never a repository file`, async () => {
      const shown = guideForStorybook(await read(path), path);
      for (const target of linkTargets(shown)) {
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const id = /^\?path=\/docs\/(.+)$/.exec(target)?.[1];
        expect(id, `${path}: a link to ${target}`).to.be.a('string');
        expect(pageIds.has(id!), `${path}: ${target} is a page`).to.equal(true);
      }
    });
  }

  it('turns links to guides into their pages, from the README and from inside docs/', async () => {
    const readme = guideForStorybook(await read('README.md'), 'README.md');
    expect(readme).to.include(`[docs/theming.md](${guideHref('Guides/Theming')})`);
    expect(readme).to.include(`(${guideHref('Guides/Reference server')})`);
    const production = guideForStorybook(await read('docs/production.md'), 'docs/production.md');
    expect(production).to.include(`[server/README.md](${guideHref('Guides/Reference server')})`);
    expect(production).to.include(`[api.md](${guideHref('Guides/Backend contract (REST API)')})`);
  });

  it('names the file where a link points at one that Storybook does not show', async () => {
    const theming = guideForStorybook(await read('docs/theming.md'), 'docs/theming.md');
    expect(theming).to.include('`docs/themes/brand.css`');
    expect(theming).to.not.include('](themes/');
    const frameworks = guideForStorybook(await read('docs/frameworks.md'), 'docs/frameworks.md');
    expect(frameworks).to.include('`docs/examples/react-app.tsx`');
  });

  it('leaves code blocks exactly as written', () => {
    const markdown = 'See [the API](api.md).\n\n```md\n[the API](api.md)\n```\n\n  ```\n  [x](privacy.md)\n  ```\n';
    const shown = guideForStorybook(markdown, 'docs/guide.md');
    expect(shown).to.include(`See [the API](${guideHref('Guides/Backend contract (REST API)')}).`);
    expect(shown).to.include('```md\n[the API](api.md)\n```');
    expect(shown).to.include('  [x](privacy.md)\n');
  });

  it('keeps anchors within a page and web addresses', () => {
    const markdown = '[Error](#error) and [MDN](https://developer.mozilla.org/) and [mail](mailto:a@example.org)';
    expect(guideForStorybook(markdown, 'docs/api.md')).to.equal(markdown);
  });
});
