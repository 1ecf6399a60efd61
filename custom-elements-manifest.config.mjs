// custom-elements.json feeds the Storybook docs pages, editors and framework users: it lists what a page may
// use, so private and protected members are left out, and so are the attributes the analyzer makes of Lit's
// internal state (`static properties = { x: { state: true } }`), which no page can set.
const isPublic = (member) => !member.privacy || member.privacy === 'public';

function publicApiOnly() {
  /** Class name → names of its `state: true` properties. */
  const states = new Map();
  return {
    name: 'peer-public-api-only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStaticProperties =
          ts.isPropertyDeclaration(member) &&
          member.name.getText() === 'properties' &&
          member.initializer &&
          ts.isObjectLiteralExpression(member.initializer);
        if (!isStaticProperties) continue;
        const names = new Set();
        for (const property of member.initializer.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const isState = property.initializer.properties.some(
            (option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword,
          );
          if (isState) names.add(property.name.getText());
        }
        states.set(node.name.getText(), names);
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
          declaration.members = declaration.members.filter(isPublic);
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**', 'src/cdn/**'],
  plugins: [publicApiOnly()],
};
