// Writes docs/elements.md from custom-elements.json (made by `npm run build` or `npm run analyze`): every
// element's attributes, properties, events, slots, parts and CSS custom properties, as the code declares them.
// `--check` fails when the committed page is stale, so the reference cannot drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

const TARGET = 'docs/elements.md';
const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headings, rows) {
  if (!rows.length) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function elementSection(element) {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.static);
  const attributeOf = new Map((element.attributes ?? []).map((attribute) => [attribute.fieldName, attribute.name]));
  const parts = [
    `## \`<${element.tagName}>\``,
    '',
    [element.summary, element.description].filter(Boolean).map(cell).join(' '),
  ];
  const sections = [
    [
      'Attributes and properties',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        fields.map((field) => [
          code(attributeOf.get(field.name)),
          code(field.name),
          code(field.type?.text),
          code(field.default),
          cell(field.description),
        ]),
      ),
    ],
    [
      'Events',
      table(
        ['event', 'description'],
        (element.events ?? []).map((event) => [code(event.name), cell(event.description)]),
      ),
    ],
    [
      'Slots',
      table(
        ['slot', 'description'],
        (element.slots ?? []).map((s) => [code(s.name || '(default)'), cell(s.description)]),
      ),
    ],
    [
      'Parts',
      table(
        ['part', 'description'],
        (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
    [
      'CSS custom properties',
      table(
        ['property', 'description'],
        (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
      ),
    ],
  ];
  for (const [heading, body] of sections) if (body) parts.push('', `### ${heading}`, '', body);
  return parts.join('\n');
}

export function renderElementsDocs(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter(
      (declaration) =>
        declaration.tagName &&
        !declaration.tagName.includes('-progress') &&
        declaration.tagName !== 'peer-comment-form',
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  return [
    '<!-- Generated from custom-elements.json by scripts/elements-docs.mjs. Do not edit; run `node scripts/elements-docs.mjs`. -->',
    '',
    '# Elements',
    '',
    'Every element, as its code declares it (the same data drives the Storybook docs pages and editors).',
    'Theming tokens shared by all elements are in [theming.md](theming.md).',
    '',
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})`),
    '',
    elements.map(elementSection).join('\n\n'),
  ].join('\n');
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const page = await format(renderElementsDocs(manifest), { parser: 'markdown', proseWrap: 'preserve' });
if (process.argv.includes('--check')) {
  if (readFileSync(TARGET, 'utf8') !== page) {
    console.error(
      `${TARGET} no longer matches the elements' code: run \`node scripts/elements-docs.mjs\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${TARGET} matches custom-elements.json.`);
} else {
  writeFileSync(TARGET, page);
  console.log(`wrote ${TARGET}`);
}
