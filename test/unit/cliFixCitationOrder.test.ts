import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { cli, workspace } from './cliHarness';
import { article } from '../support';

test('zanmark check never renumbers unless --fix-citation-order is given', () => {
  const dir = workspace({ 'article.legal': article('unordered.legal') });
  const plain = cli(['check', 'article.legal'], dir);
  assert.equal(plain.status, 0);
  assert.match(plain.stdout, /citation\.order: Source 1 is first cited after source 3/);
  assert.equal(fs.readFileSync(path.join(dir, 'article.legal'), 'utf8'), article('unordered.legal'));
});

test('--fix-citation-order rewrites the file and reports on the renumbered text', () => {
  const dir = workspace({ 'article.legal': article('unordered.legal'), 'no-list.legal': 'Мәтін [1].\n', 'plain.legal': 'Мәтін.\n' });
  const fixed = cli(['check', '--fix-citation-order', '.'], dir);
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
  const again = cli(['check', '--fix-citation-order', 'article.legal'], dir);
  assert.equal(again.stderr, '');
  assert.equal(fs.readFileSync(path.join(dir, 'article.legal'), 'utf8'), article('unordered.renumbered.legal'));
});

test('the help explains --fix-citation-order', () => {
  const help = cli(['--help'], os.tmpdir());
  assert.match(help.stdout, /--fix-citation-order {2}renumbers each reference list by order of first citation/);
});
