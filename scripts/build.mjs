// Builds everything `npm test` and the demo need: npm modules, CDN bundles, type declarations and the
// custom-elements manifest. Usage: node scripts/build.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';

const cdnNames = [
  'peer-support',
  'crisis-banner',
  'quick-exit',
  'group-finder',
  'comment-thread',
  'moderation-queue',
  'check-in',
];
/** The licences of what the self-contained bundles include, since their per-file comments are stripped. */
function writeThirdPartyLicenses() {
  const packages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit/localize'];
  const sections = packages.map((name) => {
    const { version } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    return `${name}@${version}\n\n${readFileSync(`node_modules/${name}/LICENSE`, 'utf8').trim()}\n`;
  });
  writeFileSync('dist/cdn/THIRD_PARTY_LICENSES.txt', sections.join('\n' + '-'.repeat(72) + '\n\n'));
}

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
await build({ mode: 'library', logLevel: 'warn' });
for (const name of cdnNames) {
  await build({ mode: `cdn:${name}`, logLevel: 'warn' });
}
writeThirdPartyLicenses();
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
// What it reads and leaves out: custom-elements-manifest.config.mjs.
run('npx', ['cem', 'analyze', '--quiet']);
console.log('Built dist/ (npm modules, dist/cdn bundles, types) and custom-elements.json');
