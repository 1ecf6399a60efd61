// Every message in the source has a translation in every shipped language, and the generated locale
// modules match the XLIFF files. Fails with the list of what is missing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const before = Object.fromEntries(readdirSync('src/locales').map((f) => [f, readFileSync(`src/locales/${f}`, 'utf8')]));
const xliffBefore = Object.fromEntries(readdirSync('xliff').map((f) => [f, readFileSync(`xliff/${f}`, 'utf8')]));
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
let failed = false;
for (const file of readdirSync('xliff')) {
  const xliff = readFileSync(`xliff/${file}`, 'utf8');
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const missing = units
    .filter(([, , body]) => !body.includes('<target>'))
    .map(([, id, body]) => `${id}: ${body.match(/<source>([\s\S]*?)<\/source>/)[1]}`);
  if (missing.length) {
    failed = true;
    console.error(`${file}: ${missing.length} message(s) without a translation:\n  ${missing.join('\n  ')}`);
  }
  if (xliff !== xliffBefore[file]) {
    failed = true;
    console.error(
      `${file} was out of date with the source (now updated by lit-localize extract): add the translations and commit it.`,
    );
  }
}
execFileSync('npx', ['lit-localize', 'build'], { stdio: 'ignore' });
for (const [file, content] of Object.entries(before)) {
  if (readFileSync(`src/locales/${file}`, 'utf8') !== content) {
    failed = true;
    console.error(`src/locales/${file} did not match the XLIFF: run npm run localize:build and commit it.`);
  }
}
// lit-localize writes a translation's `&amp;` (and any other character reference) into a plain-text message as
// it is, so the widget would show "&amp;" to the visitor. Only html`` messages are parsed as HTML.
for (const file of readdirSync('src/locales')) {
  const plain = [...readFileSync(`src/locales/${file}`, 'utf8').matchAll(/^'([^']+)': (?!html)(.*)$/gm)];
  for (const [, id, message] of plain.filter(([, , text]) => /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text))) {
    failed = true;
    console.error(`src/locales/${file}: ${id} would show a character reference as text: ${message.slice(0, 80)}`);
    console.error('  XML needs "&amp;" for "&": write it in words instead ("and" for "&")');
  }
}
console.log(
  failed ? 'translations: incomplete' : `translations: complete (${readdirSync('xliff').length} language(s))`,
);
process.exitCode = failed ? 1 : 0;
