import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/run';
import { ROOT } from '../support';

/** Runs the CLI in-process in `cwd`, capturing what it prints. */
export function cli(args: string[], cwd = ROOT) {
  const previous = process.cwd();
  process.chdir(cwd);
  let stdout = '';
  let stderr = '';
  try {
    const status = run(args, (s) => (stdout += s), (s) => (stderr += s));
    return { status, stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

/** A fresh folder holding `files` (nested paths allowed). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
