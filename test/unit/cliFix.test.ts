import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { cli, workspace } from './cliHarness';

test('check --fix rewrites the files that have safe fixes, says so, and reports what is left', () => {
  const dir = workspace({
    'broken.legal': 'Халықтың - 19, 8% құрайды, 30% өсті, табыстың 5 % беру.  Бұл мəселе және және 2009 жылы – 121 Қылмыстылық.\n',
    'clean.legal': 'Таза мәтін 146 347 адам.\n',
  });
  const cleanBefore = fs.statSync(path.join(dir, 'clean.legal')).mtimeMs;
  const r = cli(['check', '--fix', '--format', 'json', '.'], dir);
  assert.equal(r.status, 0);
  assert.equal(fs.readFileSync(path.join(dir, 'broken.legal'), 'utf8'),
    'Халықтың - 19,8% құрайды, 30% өсті, табыстың 5% беру. Бұл мәселе және 2009 жылы – 121 Қылмыстылық.\n');
  assert.equal(r.stderr, 'broken.legal: 5 fixes applied\n');
  const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { code: string }[] }[];
  assert.deepEqual(reports.map((f) => [f.file, f.diagnostics.map((d) => d.code)]), [['broken.legal', ['figure.truncated']], ['clean.legal', []]]);
  assert.equal(fs.statSync(path.join(dir, 'clean.legal')).mtimeMs, cleanBefore);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['broken.legal', 'clean.legal']);
  // A second run finds nothing left to fix and writes nothing.
  const again = cli(['check', '--fix', '.'], dir);
  assert.equal(again.stderr, '');
});

test('--fix takes no value', () => {
  const dir = workspace({ 'a.legal': 'Мəселе.\n' });
  const r = cli(['check', '--fix=yes', 'a.legal'], dir);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, 'zanmark: unknown option --fix (see zanmark --help)\n');
  assert.equal(fs.readFileSync(path.join(dir, 'a.legal'), 'utf8'), 'Мəселе.\n');
});
