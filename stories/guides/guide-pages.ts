/**
 * The repository's written guides, each shown as a page of Storybook under "Guides" (the .mdx files beside
 * this one import the Markdown as it is). Their links point at files in the repository; inside Storybook a
 * link to another guide must open that guide's page instead, and a link to a file Storybook does not show
 * (a theme's CSS, an example) becomes its path in the repository, so no link leads nowhere.
 */

/** Every guide's path in the repository, and the title of its Storybook page (the .mdx's <Meta title>). */
export const GUIDE_PAGES: Readonly<Record<string, string>> = {
  'README.md': 'Guides/Introduction',
  'docs/embed-in-five-minutes.md': 'Guides/Embed in five minutes',
  'docs/theming.md': 'Guides/Theming',
  'docs/localization.md': 'Guides/Languages',
  'docs/frameworks.md': 'Guides/React and Vue',
  'docs/custom-backend.md': 'Guides/Your own backend',
  'docs/api.md': 'Guides/Backend contract (REST API)',
  'docs/production.md': 'Guides/Running the server in production',
  'docs/privacy.md': 'Guides/Privacy notes',
  'server/README.md': 'Guides/Reference server',
  'docs/elements.md': 'Guides/Element reference',
  'docs/crisis-banner.md': 'Guides/Crisis banner',
  'docs/crisis-resources.md': 'Guides/Shipped crisis lines',
  'docs/group-finder.md': 'Guides/Group finder',
  'docs/comment-thread.md': 'Guides/Comments and moderation',
  'docs/check-in.md': 'Guides/Check-in',
  'docs/architecture.md': 'Guides/Architecture',
  'docs/benchmarks-and-tests.md': 'Guides/Benchmarks and tests',
};

/** Storybook's id for a title, as its indexer makes one ("Guides/React and Vue" → "guides-react-and-vue"). */
export function storybookId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The address, inside Storybook, of a guide's page. */
export const guideHref = (title: string) => `?path=/docs/${storybookId(title)}--docs`;

/** A path relative to the folder of `from`, made a path from the repository's root ("../x" and "./" resolved). */
function resolvePath(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Inline links whose target is not a web address, a mail address or an anchor in the page. */
const RELATIVE_LINK = /(?<!!)\[([^\]]*)\]\((?!https?:|mailto:|#)([^)\s]+)\)/g;

/** A fenced code block, indented or not: a snippet may hold something shaped like a link. */
const CODE_BLOCK = /(^[ \t]*```[\s\S]*?^[ \t]*```)/m;

const bare = (text: string) => text.replace(/`/g, '').replace(/\/$/, '');

/**
 * The Markdown of the guide at `path` with its links made to work inside Storybook: a link to another guide
 * opens that guide's page (an anchor in it is dropped, since the page opens at its top); a link to any other
 * file of the repository becomes its text followed by the file's path.
 */
export function guideForStorybook(markdown: string, path: string): string {
  return markdown
    .split(CODE_BLOCK)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(RELATIVE_LINK, (_, text: string, target: string) => {
            const file = resolvePath(path, target.split('#')[0]);
            const title = GUIDE_PAGES[file];
            if (title) return `[${text}](${guideHref(title)})`;
            return bare(text) === file ? `\`${file}\`` : `${text} (\`${file}\` in the repository)`;
          }),
    )
    .join('');
}
