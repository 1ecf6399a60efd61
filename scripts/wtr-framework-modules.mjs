// A web-test-runner plugin for the framework tests (test/react-wrappers.test.ts, test/framework-examples.test.ts):
// - React and ReactDOM ship only CommonJS, which a browser cannot import. All of their entry points are bundled
//   into one ES module (one copy of React, as a page has), and each entry point re-exports from it.
// - `vue` resolves to Vue's own browser build, which includes the template compiler the examples use.
// - `peer-support-widgets/…`, as the docs' examples import it, resolves to this package's sources, the way
//   the package's exports map resolves to dist/ once built.
// - `./x.js` resolves to `./x.tsx` when that is the file, as TypeScript resolves it (the esbuild plugin
//   does this for `.ts` only).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
// esbuild comes with @web/dev-server-esbuild, which the test runner already uses to compile TypeScript.
const esbuild = createRequire(require.resolve('@web/dev-server-esbuild'))('esbuild');

const PREFIX = '/__framework-modules/';
const BUNDLE = `${PREFIX}react-bundle.js`;
/** Each CommonJS entry point, by the name its module has in the shared bundle. */
const reactEntryPoints = {
  react: 'react',
  'react/jsx-runtime': 'reactJsxRuntime',
  'react/jsx-dev-runtime': 'reactJsxDevRuntime',
  'react-dom': 'reactDom',
  'react-dom/client': 'reactDomClient',
};

const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

async function bundleReact() {
  const imports = Object.entries(reactEntryPoints).map(([source, name]) => `import ${name} from '${source}';`);
  const result = await esbuild.build({
    stdin: {
      contents: `${imports.join('\n')}\nexport { ${Object.values(reactEntryPoints).join(', ')} };`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2022',
    // Matches the test runner's "production" export condition, which Lit's packages are resolved with.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/**
 * The names each entry point exports. Read in a separate Node process: React's development build patches
 * `console` as it loads, which the test runner's own console does not survive.
 */
function exportNames() {
  const script = `const names = {};
for (const source of ${JSON.stringify(Object.keys(reactEntryPoints))}) names[source] = Object.keys(require(source));
process.stdout.write(JSON.stringify(names));`;
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

/** An entry point's module: the CommonJS exports object as default, and each of its names. */
function reExport(source, names) {
  const name = reactEntryPoints[source];
  const keys = names.filter(isIdentifier);
  return [
    `import { ${name} } from '${BUNDLE}';`,
    `export default ${name};`,
    keys.length ? `export const { ${keys.join(', ')} } = ${name};` : '',
  ].join('\n');
}

/** `peer-support-widgets/x` → the source file whose build the package's exports map names for it. */
function ownSourcePaths(rootDir) {
  const { name, exports } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const paths = new Map();
  for (const [subpath, target] of Object.entries(exports)) {
    const built = typeof target === 'object' ? target.default : target;
    if (!built.startsWith('./dist/') || !built.endsWith('.js') || built.includes('*')) continue;
    const source = built.replace(/^\.\/dist\//, '/src/').replace(/\.js$/, '.ts');
    paths.set(subpath === '.' ? name : `${name}/${subpath.slice(2)}`, source);
  }
  const vue = relative(rootDir, require.resolve('vue/dist/vue.esm-browser.prod.js'));
  paths.set('vue', `/${vue.split('\\').join('/')}`);
  return paths;
}

export function frameworkModules({ rootDir }) {
  const paths = ownSourcePaths(rootDir);
  let bundle;
  let names;
  return {
    name: 'peer-framework-modules',
    resolveImport({ source, context }) {
      if (Object.hasOwn(reactEntryPoints, source)) return `${PREFIX}${source.replace('/', '--')}.js`;
      if (source.startsWith('.') && source.endsWith('.js')) {
        const tsx = `${source.slice(0, -'.js'.length)}.tsx`;
        if (existsSync(join(rootDir, dirname(context.path), tsx))) return tsx;
        return undefined;
      }
      return paths.get(source);
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      if (context.path === BUNDLE) {
        bundle ??= bundleReact();
        return { body: await bundle, type: 'js' };
      }
      const source = context.path.slice(PREFIX.length, -'.js'.length).replace('--', '/');
      if (!Object.hasOwn(reactEntryPoints, source)) return undefined;
      names ??= exportNames();
      return { body: reExport(source, names[source]), type: 'js' };
    },
  };
}
