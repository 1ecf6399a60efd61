// Generates src/api/openapi.d.ts from the server's OpenAPI document, so the browser library's types are
// checked against the contract (src/api/contract-check.ts), and docs/api.md, the same contract for people.
// `--check` fails when either committed file is stale.
// Usage: node --import tsx scripts/api-types.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { openApiDocument } from '../server/src/openapi-document.ts';
import { renderApiDocs } from './api-docs.mjs';

const header =
  "// Generated from the server's /v1/openapi.json by scripts/api-types.mjs. Do not edit; run `npm run api:types`.\n";
const document = await openApiDocument();
const ast = await openapiTS(document);
const outputs = {
  'src/api/openapi.d.ts': await format(header + astToString(ast), {
    parser: 'typescript',
    singleQuote: true,
    printWidth: 120,
  }),
  'docs/api.md': await format(renderApiDocs(document), { parser: 'markdown', proseWrap: 'preserve' }),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, text]) => readFileSync(file, 'utf8') !== text);
  for (const [file] of stale) {
    console.error(`${file} no longer matches the server's OpenAPI document: run \`npm run api:types\` and commit it.`);
  }
  if (stale.length) process.exit(1);
  console.log(`${Object.keys(outputs).join(' and ')} match the server's OpenAPI document.`);
} else {
  for (const [file, text] of Object.entries(outputs)) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
