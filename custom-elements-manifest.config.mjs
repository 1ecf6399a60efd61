// custom-elements.json feeds the Storybook docs pages, editors and framework users: it lists what a page may
// use, so private and protected members are left out, and so are the attributes the analyzer makes of Lit's
// internal state (`static properties = { x: { state: true } }`), which no page can set. Members that must be public
// for the element's own parts (which live in other modules) say `@internal` in their doc comment and are left out
// too.
const isPublic = (member) => !member.privacy || member.privacy === 'public';

function publicApiOnly() {
  /** Class name → names of its `state: true` properties and of its members marked `@internal`. */
  const states = new Map();
  return {
    name: 'peer-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      states.set(node.name.getText(), names);
      for (const member of node.members) {
        if (member.name && ts.getJSDocTags(member).some((tag) => tag.tagName.getText() === 'internal')) {
          names.add(member.name.getText());
        }
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer);
        if (!isStaticProperties) continue;
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(property.name.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          const internal = new Set([
            ...declaration.members.filter((member) => !isPublic(member)).map((member) => member.name),
            ...(states.get(declaration.name) ?? []),
          ]);
          declaration.members = declaration.members.filter((member) => !internal.has(member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

/**
 * A default written as a named constant (`this.exitUrl = DEFAULT_EXIT_URL`) shows the constant's value, which
 * is what a page author needs to know, not a name from inside the package.
 */
function constantDefaults() {
  return {
    name: 'peer-constant-defaults',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map(
        customElementsManifest.modules
          .flatMap((module) => module.declarations ?? [])
          .filter((declaration) => declaration.kind === 'variable' && /^['"`]/.test(declaration.default ?? ''))
          .map((declaration) => [declaration.name, declaration.default]),
      );
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          if (constants.has(entry.default)) entry.default = constants.get(entry.default);
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**', 'src/cdn/**'],
  plugins: [publicApiOnly(), constantDefaults()],
};
