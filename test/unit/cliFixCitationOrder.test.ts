import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { run } from '../../server/src/cli/run';
import { article } from '../support';

function check(args: string[], cwd: string) {
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

function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-renumber-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

test('zanmark check never renumbers unless --fix-citation-order is given', () => {
  const dir = folder({ 'article.legal': article('unordered.legal') });
  const plain = check(['check', 'article.legal'], dir);
  assert.equal(plain.status, 0);
  assert.match(plain.stdout, /citation\.order: Source 1 is first cited after source 3/);
  assert.equal(fs.readFileSync(path.join(dir, 'article.legal'), 'utf8'), article('unordered.legal'));
});

test('--fix-citation-order rewrites the file and reports on the renumbered text', () => {
  const dir = folder({ 'article.legal': article('unordered.legal'), 'no-list.legal': 'Мәтін [1].\n', 'plain.legal': 'Мәтін.\n' });
  const fixed = check(['check', '--fix-citation-order', '.'], dir);
  assert.equal(fs.readFileSync(path.join(dir, 'article.legal'), 'utf8'), article('unordered.renumbered.legal'));
  assert.equal(fs.readFileSync(path.join(dir, 'no-list.legal'), 'utf8'), 'Мәтін [1].\n');
  assert.equal(fixed.stderr, [
    'zanmark: article.legal: references renumbered by order of first citation',
    'zanmark: no-list.legal: references not renumbered: The document has no numbered reference list to renumber.',
    '',
  ].join('\n'));
  assert.equal(fixed.stdout, [
    'article.legal:22:1: hint citation.unused-entry: Entry 6 is never cited',
    'no-list.legal:1:8: error citation.unresolved: Source 1 is cited, but the document has no reference list',
    '3 files checked: 1 errors, 0 warnings, 1 other findings',
    '',
  ].join('\n'));
  assert.equal(fixed.status, 1);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['article.legal', 'no-list.legal', 'plain.legal'], 'no temporary file is left');
  const again = check(['check', '--fix-citation-order', 'article.legal'], dir);
  assert.equal(again.stderr, '');
  assert.equal(fs.readFileSync(path.join(dir, 'article.legal'), 'utf8'), article('unordered.renumbered.legal'));
});

test('the help explains --fix-citation-order', () => {
  const help = check(['--help'], os.tmpdir());
  assert.match(help.stdout, /--fix-citation-order {2}renumbers each reference list by order of first citation/);
});
