#!/usr/bin/env node
// `npm start`: Zanmark running on the bundled seeds (a copy in playground/, made once).
//   - `code` on PATH: desktop VS Code with --extensionDevelopmentPath=<this repo>;
//   - otherwise (or with --web): VS Code in the browser, a private code-server on 127.0.0.1 with
//     dist/zanmark.vsix installed; prints the URL and runs until Ctrl+C.
//   node scripts/start.js [--web] [--port N]
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.resolve(__dirname, '..');
const playground = path.join(repo, 'playground');
const vsix = path.join(repo, 'dist', 'zanmark.vsix');
const args = process.argv.slice(2);
const wantWeb = args.includes('--web');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : undefined;

function ensurePlayground() {
  if (fs.existsSync(playground)) return;
  fs.cpSync(path.join(repo, 'seeds'), playground, { recursive: true });
  console.log(`[start] copied seeds/ to ${path.relative(process.cwd(), playground) || '.'}/`);
}

function onPath(command) {
  return (process.env.PATH || '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function startDesktop() {
  console.log(`[start] code --extensionDevelopmentPath=${repo} ${playground}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${repo}`, playground], { stdio: 'inherit' });
  child.on('error', (error) => {
    console.error(`[start] could not run code: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** Same toolchain and cache directory as scripts/e2e.sh. */
function provisionTools() {
  process.env.VSCODE_E2E_DIR = process.env.VSCODE_E2E_DIR || path.join(os.homedir(), '.cache', 'zanmark', 'vscode-e2e');
  const install = spawnSync('bash', [path.join(repo, 'scripts', 'vscode-e2e', 'install-tools.sh')], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: process.env,
  });
  if (install.status !== 0) {
    console.error('[start] could not install the code-server toolchain (scripts/vscode-e2e/install-tools.sh)');
    process.exit(2);
  }
}

async function startWeb() {
  if (!fs.existsSync(vsix)) {
    console.error(`[start] ${path.relative(process.cwd(), vsix)} is missing: run \`npm run package\` first (npm start does)`);
    process.exit(2);
  }
  provisionTools();
  const { startCodeServer, installVsix } = require('./vscode-e2e/lib/code-server');

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-start-'));
  const extensionsDir = path.join(workDir, 'extensions');
  installVsix(vsix, extensionsDir);

  // The library's own Ctrl+C handler kills code-server at once; replace it with a clean stop.
  const before = new Set([...process.listeners('SIGINT'), ...process.listeners('SIGTERM')]);
  const cs = await startCodeServer({ workDir, extensionsDir, port });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    for (const listener of process.listeners(signal)) if (!before.has(listener)) process.removeListener(signal, listener);
  }

  let stopping = false;
  const stop = async (reason, code) => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    console.log(`\n[start] ${reason}: stopping code-server`);
    await cs.stop();
    fs.rmSync(workDir, { recursive: true, force: true, maxRetries: 3 });
    console.log('[start] stopped');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('Ctrl+C', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  const watch = setInterval(() => {
    try {
      process.kill(-cs.pid, 0);
    } catch {
      void stop(`code-server exited (log: ${cs.logFile})`, 1);
    }
  }, 1000);

  console.log(`[start] Zanmark ${require(path.join(repo, 'package.json')).version} in VS Code for the browser, on ${path.relative(process.cwd(), playground) || '.'}/`);
  console.log(`[start] open ${cs.url(playground)}`);
  console.log('[start] press Ctrl+C to stop');
}

ensurePlayground();
if (!wantWeb && onPath('code')) {
  startDesktop();
} else {
  startWeb().catch((error) => {
    console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
