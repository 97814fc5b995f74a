// Bundles the extension client, the language server, the CLI, the tests and the bench with esbuild.
//   node scripts/build.mjs [--production]   (minified bundles without source maps)
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { globSync } from 'tinyglobby';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  minify: production,
  sourcemap: !production,
  legalComments: 'none',
  // Kazakh and Russian text (the built-in glossary) as UTF-8, not six-byte \u escapes.
  charset: 'utf8',
  // Some dependencies ship only ES modules that read import.meta.url; give them the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("url").pathToFileURL(__filename).href;' },
};
const shebang = { js: `#!/usr/bin/env node\n${common.banner.js}` };
const tests = (dir) => globSync(`test/${dir}/**/*.ts`, { ignore: ['**/*.d.ts'] });

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', banner: shebang }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: shebang }),
  esbuild.build({
    ...common,
    minify: false,
    sourcemap: true,
    entryPoints: [...tests('unit'), ...tests('lsp'), ...tests('e2e'), 'bench/bench.ts', 'scripts/generate-glossary.ts', 'scripts/evaluate-terms.ts'],
    outbase: '.',
    outdir: 'out',
    external: ['vscode', 'mocha', 'vscode-textmate', 'vscode-oniguruma', '@vscode/test-electron', 'fast-check'],
  }),
]);
chmodSync('dist/server.js', 0o755);
chmodSync('dist/cli.js', 0o755);
