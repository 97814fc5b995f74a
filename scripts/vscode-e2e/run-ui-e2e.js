#!/usr/bin/env node
// Approach A: drive code-server's workbench in Debian chromium like a user would (playwright-core).
//
//   node run-ui-e2e.js --vsix <ext.vsix> --workspace <fixture folder> --scenario <scenario.js>
//        [--out <dir, default e2e-results/ui>]
//
// Installs the .vsix into a fresh extensions dir (code-server --install-extension), starts a private
// code-server on a free 127.0.0.1 port, opens a copy of the workspace and runs the scenario: a module
// exporting `async function scenario({ page, step, snap, workspace, ui })` (or exporting that function
// itself). `step(name, fn, { critical })` runs and reports one check and takes a screenshot on failure
// (a critical failure ends the scenario); `snap(name)` saves a numbered screenshot; `ui` is lib/ui.js.
// Every check waits on a selector/condition (no fixed sleeps). Exit 0 only if every step passed.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const cs_ = require('./lib/code-server');
const ui = require('./lib/ui');

function parseArgs(argv) {
  const a = {};
  for (let i = 0; i < argv.length; i++) a[argv[i].replace(/^--/, '')] = argv[++i];
  return a;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.vsix || !args.workspace || !args.scenario) {
    console.error('usage: run-ui-e2e.js --vsix FILE.vsix --workspace DIR --scenario FILE.js [--out DIR]');
    return 2;
  }
  const loaded = require(path.resolve(args.scenario));
  const scenario = typeof loaded === 'function' ? loaded : loaded.scenario;
  if (typeof scenario !== 'function') {
    console.error(`[ui-e2e] ${args.scenario} exports no scenario function`);
    return 2;
  }
  const t0 = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-ui-e2e-'));
  const outDir = path.resolve(args.out || 'e2e-results/ui');
  fs.mkdirSync(outDir, { recursive: true });
  for (const f of fs.readdirSync(outDir)) {
    if (f.endsWith('.png') || f === 'logs') fs.rmSync(path.join(outDir, f), { recursive: true, force: true });
  }
  const workspace = cs_.copyWorkspace(args.workspace, workDir);

  cs_.installVsix(args.vsix, path.join(workDir, 'extensions'));
  const cs = await cs_.startCodeServer({ workDir });
  console.log(`[ui-e2e] code-server ${cs.base} ready after ${Date.now() - t0} ms`);

  const results = [];
  let browser;
  try {
    browser = await cs_.launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(Number(process.env.E2E_STEP_TIMEOUT_MS || 20_000));
    page.on('pageerror', (e) => console.error('[browser pageerror]', e.message));
    await page.goto(cs.url(workspace));

    let shot = 0;
    const snap = (name) =>
      page.screenshot({ path: path.join(outDir, `${String(++shot).padStart(2, '0')}-${name}.png`) });
    const step = async (name, fn, { critical = false } = {}) => {
      const s = Date.now();
      try {
        const detail = await fn();
        results.push({ name, ok: true });
        console.log(`  ✔ ${name} (${Date.now() - s} ms)${detail ? ` — ${detail}` : ''}`);
      } catch (e) {
        results.push({ name, ok: false });
        console.log(`  ✖ ${name}: ${String(e.message).split('\n')[0]}`);
        await snap(`FAILED-${name.replace(/\W+/g, '-')}`).catch(() => {});
        if (critical) throw e;
      }
    };
    await scenario({ page, step, snap, workspace, ui });
  } catch (e) {
    console.error(`[ui-e2e] aborted: ${e.message.split('\n')[0]}`);
  } finally {
    if (browser) await browser.close().catch(() => {});
    await cs.stop();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  console.log(`[ui-e2e] screenshots: ${outDir}`);
  console.log(`[ui-e2e] finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  if (failed || results.length === 0) {
    cs_.collectLogs(workDir, outDir);
    console.error(`[ui-e2e] logs: ${outDir}/logs`);
  }
  cs_.cleanup(workDir);
  return failed || results.length === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
