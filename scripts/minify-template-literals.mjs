// A Vite plugin that squeezes whitespace out of Lit `html` and `css` tagged templates in our own sources.
// Bundlers minify JavaScript but leave template text alone, and markup and styles are a large share of a
// widget's bytes. TypeScript's parser finds the templates, so expressions inside them are never touched.
import ts from 'typescript';

function squeezeHtml(text) {
  // A run of whitespace that contains a line break renders like one space; text on one line is kept.
  return text.replace(/\s*\n\s*/g, ' ');
}

function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/;}/g, '}');
}

/** Template pieces as [start, end, replacement] with positions in the source text. */
function collectEdits(source) {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && ['html', 'css'].includes(node.tag.text)) {
      const squeeze = node.tag.text === 'css' ? squeezeCss : squeezeHtml;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const piece of pieces) {
        const start = piece.getStart(file);
        const end = piece.getEnd();
        const raw = source.slice(start, end);
        // Keep the delimiters (` ... ${  or  } ... ${  or  } ... `) and squeeze what is between them.
        const open = 1;
        const close = raw.endsWith('${') ? 2 : 1;
        const inner = raw.slice(open, raw.length - close);
        const squeezed = squeeze(inner);
        if (squeezed !== inner) edits.push([start + open, end - close, squeezed]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits;
}

export function minifyTemplateLiterals() {
  return {
    name: 'peer-minify-template-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(html|css)`/.test(code)) return null;
      const edits = collectEdits(code);
      if (!edits.length) return null;
      let out = code;
      // Apply from the end so earlier positions stay valid (nested templates interleave).
      edits.sort((a, b) => b[0] - a[0]);
      for (const [start, end, replacement] of edits) out = out.slice(0, start) + replacement + out.slice(end);
      return { code: out, map: null };
    },
  };
}
