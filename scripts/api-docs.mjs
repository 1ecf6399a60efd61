// Renders the server's OpenAPI document as docs/api.md: the backend contract, readable on GitHub and in the
// package, for anyone writing their own backend. scripts/api-types.mjs writes it (and `--check` fails when it
// is stale), so the page can never drift from what the server answers.

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');
const refName = (ref) => ref.split('/').pop();

/** A schema as a short type: `string`, `Comment[]`, `"newest" \| "oldest"`, `map of number`. */
export function typeText(schema) {
  if (!schema) return 'any';
  if (schema.$ref) return `[${refName(schema.$ref)}](#${refName(schema.$ref).toLowerCase()})`;
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return alternatives.map(typeText).join(' or ');
  if (schema.enum) return schema.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' or ');
  if (schema.const !== undefined) return `\`${JSON.stringify(schema.const)}\``;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  return types
    .map((type) => {
      if (type === 'array') return `${typeText(schema.items)}[]`;
      if (type === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        return `map of ${typeText(schema.additionalProperties)}`;
      }
      if (type === 'object' && schema.properties) {
        const required = new Set(schema.required ?? []);
        const fields = Object.entries(schema.properties).map(
          ([name, property]) => `${name}${required.has(name) ? '' : '?'}: ${typeText(property)}`,
        );
        return `{ ${fields.join(', ')} }`;
      }
      return type;
    })
    .join(' or ');
}

/** What limits a value: length, range, pattern, format, default. */
export function limitsText(schema = {}) {
  const parts = [];
  if (schema.description) parts.push(schema.description);
  if (schema.format) parts.push(schema.format);
  if (schema.minLength !== undefined) parts.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  if (schema.pattern) parts.push(`pattern \`${schema.pattern}\``);
  if (schema.default !== undefined) parts.push(`default \`${JSON.stringify(schema.default)}\``);
  const inner = schema.additionalProperties;
  if (inner && typeof inner === 'object' && !inner.$ref) {
    const innerLimits = limitsText({ ...inner, description: undefined });
    if (innerLimits) parts.push(`each value ${innerLimits}`);
  }
  return parts.join('; ');
}

function propertiesTable(schema) {
  const required = new Set(schema.required ?? []);
  const rows = Object.entries(schema.properties ?? {}).map(
    ([name, property]) =>
      `| \`${name}\` | ${cell(typeText(property))} | ${required.has(name) ? 'yes' : ''} | ${cell(limitsText(property))} |`,
  );
  return ['| field | type | required | notes |', '|---|---|---|---|', ...rows].join('\n');
}

function bodySchema(content) {
  const json = content?.['application/json'] ?? Object.values(content ?? {})[0];
  return json?.schema;
}

function operationSection(method, path, operation) {
  const lines = [`### \`${method.toUpperCase()} ${path}\``, '', operation.summary ?? ''];
  if (operation.description) lines.push('', operation.description);
  const parameters = operation.parameters ?? [];
  if (parameters.length) {
    lines.push('', '| parameter | in | type | required | notes |', '|---|---|---|---|---|');
    for (const parameter of parameters) {
      const notes = [parameter.description, limitsText({ ...parameter.schema, description: undefined })]
        .filter(Boolean)
        .join('; ');
      lines.push(
        `| \`${parameter.name}\` | ${parameter.in} | ${cell(typeText(parameter.schema))} | ${parameter.required ? 'yes' : ''} | ${cell(notes)} |`,
      );
    }
  }
  const body = bodySchema(operation.requestBody?.content);
  if (body) lines.push('', `Body: ${typeText(body)}${operation.requestBody.required ? '' : ' (optional)'}`);
  lines.push('', '| answer | means | body |', '|---|---|---|');
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const schema = bodySchema(response.content);
    lines.push(`| ${status} | ${cell(response.description)} | ${schema ? cell(typeText(schema)) : ''} |`);
  }
  return lines.join('\n');
}

/** The whole page, from the OpenAPI document. */
export function renderApiDocs(document) {
  const out = [
    "<!-- Generated from the server's OpenAPI document by scripts/api-types.mjs. Do not edit; run `npm run api:types`. -->",
    '',
    `# ${document.info.title} ${document.info.version}`,
    '',
    document.info.description,
    '',
    'The reference server answers this contract; the widgets speak it through `createRestBackend`, and a backend',
    'of your own can answer it too (or adapt another API in the browser: see [custom-backend.md](custom-backend.md)).',
    'The machine-readable document is served at `/v1/openapi.json`.',
    '',
    '- **Errors** are always JSON, `{ "error": { "code", "message", "fields"? } }`; `fields` names the input that',
    '  was refused. Any route may also answer **503** `database_unavailable`, with `Retry-After`, while the',
    '  database is out of reach.',
    '- **Writes** carry an `Idempotency-Key` header: the same key again answers the first result, never a second',
    '  write.',
    "- **Check-ins** carry the participant's token as `Authorization: Bearer …`; a comment's author edits with the",
    '  edit token the same way; the moderation routes take a staff token.',
    '',
    '## Routes',
  ];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      if (operations[method]) out.push('', operationSection(method, path, operations[method]));
    }
  }
  out.push('', '## Schemas');
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    out.push('', `### ${name}`, '');
    if (schema.description) out.push(schema.description, '');
    out.push(schema.properties ? propertiesTable(schema) : `${typeText(schema)}. ${limitsText(schema)}`.trim());
  }
  return out.join('\n') + '\n';
}
