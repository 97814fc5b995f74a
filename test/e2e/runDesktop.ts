// Runs the end-to-end suite (out/test/e2e/suite/index.js) in desktop VS Code through @vscode/test-electron,
// against the oldest version the manifest accepts and the newest stable one.
//   npm run test:e2e:desktop                      (downloads VS Code into .vscode-test/)
//   ZANMARK_VSCODE_VERSIONS=stable npm run test:e2e:desktop
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(__dirname, '../../..');

function versionsToTest(): string[] {
  const fromEnv = process.env.ZANMARK_VSCODE_VERSIONS?.split(',').map((v) => v.trim()).filter(Boolean);
  if (fromEnv?.length) return fromEnv;
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { engines: { vscode: string } };
  const oldest = /(\d+\.\d+\.\d+)/.exec(manifest.engines.vscode)?.[1];
  return oldest ? [oldest, 'stable'] : ['stable'];
}

async function runOn(version: string): Promise<boolean> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-desktop-e2e-'));
  const workspace = path.join(workDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
  console.log(`[e2e:desktop] VS Code ${version}, workspace ${workspace}`);
  try {
    await runTests({
      version,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out/test/e2e/suite/index.js'),
      extensionTestsEnv: { E2E_GREP: process.env.E2E_GREP },
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(workDir, 'user-data')}`,
      ],
    });
    return true;
  } catch (error) {
    console.error(`[e2e:desktop] VS Code ${version} failed: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true, maxRetries: 3 });
  }
}

async function main(): Promise<number> {
  let failed = 0;
  const versions = versionsToTest();
  for (const version of versions) {
    if (!(await runOn(version))) failed++;
  }
  console.log(`${versions.length - failed} passed, ${failed} failed (VS Code versions: ${versions.join(', ')})`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
