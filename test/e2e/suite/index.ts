// Test entry point loaded by VS Code's extension host (`extensionTestsPath`), both in desktop VS Code
// (@vscode/test-electron) and in code-server (scripts/vscode-e2e/run-ext-tests.js).
// Contract: export run(): Promise<void>; a rejection makes the host exit with code 1.
import * as fs from 'fs';
import * as path from 'path';

type MochaConstructor = typeof import('mocha');

/** mocha 12 is ESM-only: hosts on Node ≥ 20.19 can require() it, older hosts import() it. */
async function loadMocha(): Promise<MochaConstructor> {
  let mod: { default?: MochaConstructor };
  try {
    mod = require('mocha');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_REQUIRE_ESM') throw error;
    mod = await import('mocha');
  }
  return mod.default ?? (mod as MochaConstructor);
}

export async function run(): Promise<void> {
  const Mocha = await loadMocha();
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);

  for (const f of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(__dirname, f));
  }
  await mocha.loadFilesAsync();

  const results: { title: string; state: string; error?: string }[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (t: Mocha.Test) => results.push({ title: t.fullTitle(), state: 'passed' }));
    runner.on('fail', (t: Mocha.Test, err: unknown) =>
      results.push({ title: t.fullTitle(), state: 'failed', error: String((err as Error)?.stack ?? err) }),
    );
  });

  // The code-server runner reads this file if the browser-side exit hook is missed.
  const out = process.env.E2E_RESULTS_FILE;
  if (out) {
    fs.writeFileSync(out, JSON.stringify({ failures, results }, null, 2));
  }
  if (failures > 0) {
    throw new Error(`${failures} test(s) failed.`);
  }
}
