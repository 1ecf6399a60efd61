// Generates src/api/openapi.d.ts from the server's OpenAPI document, so the browser library's types are
// checked against the contract (src/api/contract-check.ts). `--check` fails when the committed file is stale.
// Usage: node --import tsx scripts/api-types.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';
import { format } from 'prettier';
import { openApiDocument } from '../server/src/openapi-document.ts';

const target = 'src/api/openapi.d.ts';
const header =
  "// Generated from the server's /v1/openapi.json by scripts/api-types.mjs. Do not edit; run `npm run api:types`.\n";
const ast = await openapiTS(await openApiDocument());
const generated = await format(header + astToString(ast), { parser: 'typescript', singleQuote: true, printWidth: 120 });

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== generated) {
    console.error(
      `${target} no longer matches the server's OpenAPI document: run \`npm run api:types\` and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${target} matches the server's OpenAPI document.`);
} else {
  writeFileSync(target, generated);
  console.log(`wrote ${target}`);
}
