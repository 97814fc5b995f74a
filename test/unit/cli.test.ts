import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { cli, workspace } from './cliHarness';
import { ROOT, SEEDS } from '../support';

const RULE_IDS = [
  'citation.unresolved',
  'citation.unused-entry',
  'citation.duplicate-entry',
  'citation.numbering',
  'citation.order',
  'citation.locator-format',
  'citation.page-range-reversed',
  'citation.empty',
  'annotation.orphaned',
  'figure.decimal-space',
  'figure.percent-spacing',
  'figure.grouping',
  'figure.decimal-separator',
  'figure.truncated',
  'figure.time-format',
  'figure.date-invalid',
  'figure.range-reversed',
  'figure.suffix-harmony',
  'script.mixed',
  'text.glued-words',
  'text.repeated-word',
  'text.whitespace',
  'text.punctuation',
];

test('check prints each finding as file:line:column and exits 1 on errors', () => {
  const r = cli(['check', 'seeds']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  const out = lines.filter((l) => l.includes(' citation.'));
  assert.equal(out.length, 16);
  assert.equal(out[0], 'seeds/001_b7e40a22d0be414a.txt:20:380: error citation.unresolved: Source 1 is cited, but the reference list is empty');
  assert.equal(out[4], 'seeds/002_1dfbad7d03d8aaf7.txt:28:136: error citation.unresolved: Source 4 is cited, but the reference list is empty');
  assert.equal(out[6], 'seeds/003_67cdf9ecf2044f40.txt:7:76: warning citation.locator-format: Write the citation as [1, 27 б.], not [1,27б.]');
  assert.equal(lines[lines.length - 1], '4 files checked: 11 errors, 142 warnings, 133 other findings');
});

test('--format json gives LSP ranges per file, every file included', () => {
  const r = cli(['check', 'seeds', '--format', 'json']);
  assert.equal(r.status, 1);
  const reports = JSON.parse(r.stdout) as { file: string; diagnostics: { range: unknown; severity: string; code: string; message: string }[] }[];
  const cited = reports.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.code.startsWith('citation.')) }));
  assert.deepEqual(cited.map((f) => [f.file, f.diagnostics.length]), SEEDS.map((s, i) => [`seeds/${s}`, [0, 1, 4, 11][i]]));
  assert.deepEqual(cited[2].diagnostics[2], {
    range: { start: { line: 23, character: 325 }, end: { line: 23, character: 326 } },
    severity: 'error',
    code: 'citation.unresolved',
    message: 'Source 3 is cited, but the reference list is empty',
  });
});

test('--format sarif gives SARIF 2.1.0 with rules, levels and 1-based regions', () => {
  const r = cli(['check', `seeds/${SEEDS[3]}`, '--format=sarif']);
  const sarif = JSON.parse(r.stdout);
  assert.equal(sarif.version, '2.1.0');
  const run0 = sarif.runs[0];
  assert.equal(run0.tool.driver.name, 'zanmark');
  assert.deepEqual(run0.tool.driver.rules.map((rule: { id: string }) => rule.id), RULE_IDS);
  const cited = run0.results.filter((result: { ruleId: string }) => result.ruleId === 'citation.unresolved');
  assert.equal(cited.length, 6);
  assert.equal(run0.results.filter((result: { ruleId: string }) => result.ruleId === 'citation.locator-format').length, 5);
  assert.deepEqual(cited[0].locations[0].physicalLocation, {
    artifactLocation: { uri: `seeds/${SEEDS[3]}` },
    region: { startLine: 7, startColumn: 75, endLine: 7, endColumn: 76 },
  });
  assert.equal(cited[0].level, 'error');
});

test('a clean file exits 0; .zanmark.json changes severities; --max-warnings limits warnings', () => {
  const dir = workspace({
    'clean.legal': '[1]\n\nӘдебиеттер\n1. Бір.\n',
    'sub/cited.legal': 'Мәтін [2].\n',
    'sub/.zanmark.json': JSON.stringify({ 'zanmark.diagnostics.citation.unresolved': 'warning' }),
  });
  assert.equal(cli(['check', 'clean.legal'], dir).status, 0);
  const warned = cli(['check', 'sub', '--format', 'json'], dir);
  assert.equal(warned.status, 0);
  assert.equal(JSON.parse(warned.stdout)[0].diagnostics[0].severity, 'warning');
  const limited = cli(['check', 'sub', '--max-warnings', '0'], dir);
  assert.equal(limited.status, 1);
  assert.equal(limited.stderr, 'zanmark: 1 warnings found; at most 0 are allowed\n');
});

test('globs and directories select served files; markdown only when configured', () => {
  const dir = workspace({ 'a.legal': '[1]', 'b.txt': '[2]', 'c.md': '[3]', 'd.json': '[4]' });
  assert.deepEqual(JSON.parse(cli(['check', '.', '-f', 'json'], dir).stdout).map((f: { file: string }) => f.file), ['a.legal', 'b.txt']);
  assert.deepEqual(JSON.parse(cli(['check', '*.legal', '-f', 'json'], dir).stdout).map((f: { file: string }) => f.file), ['a.legal']);
  fs.writeFileSync(path.join(dir, '.zanmark.json'), '{"zanmark": {"languages": ["markdown"]}}');
  assert.deepEqual(JSON.parse(cli(['check', '.', '-f', 'json'], dir).stdout).map((f: { file: string }) => f.file), ['c.md']);
});

test('bad input: one clear line on stderr, exit 2, no output', () => {
  const dir = workspace({ 'bin/a.txt': Buffer.from([0, 1, 2, 255, 0]), 'bin/b.legal': Buffer.from([0xff, 0xfe, 0xfd]), 'broken/.zanmark.json': '{ oops', 'broken/x.legal': '[1]' });
  const cases: [string[], string][] = [
    [['check', 'missing.legal'], 'zanmark: missing.legal: no such file or directory\n'],
    [['check', 'bin'], 'zanmark: no text files to check in bin (2 binary files passed over)\n'],
    [['check', 'bin/a.txt'], 'zanmark: bin/a.txt is not a text file\n'],
    [['check', '--fix-everything'], 'zanmark: unknown option --fix-everything (see zanmark --help)\n'],
    [['check', '--format', 'xml'], 'zanmark: unknown format xml: use text, json or sarif\n'],
    [['check', '--max-warnings', 'many'], 'zanmark: --max-warnings needs a whole number, not many\n'],
    [['check', '--format'], 'zanmark: option --format needs a value\n'],
    [['lint'], 'zanmark: unknown command lint (see zanmark --help)\n'],
    [['check', 'nothing/**/*.legal'], 'zanmark: no files match nothing/**/*.legal\n'],
  ];
  for (const [args, stderr] of cases) {
    const r = cli(args, dir);
    assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', stderr], args.join(' '));
  }
  const broken = cli(['check', 'broken/x.legal'], dir);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^zanmark: .*broken\/\.zanmark\.json is not valid JSON \(.+\)\n$/);
});

test('the bundled zanmark binary exits 1 on the seeds and speaks the user\'s language', () => {
  const bin = path.join(ROOT, 'dist', 'cli.js');
  const english = spawnSync(bin, ['check', path.join('seeds', SEEDS[1])], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  assert.equal(english.status, 1);
  assert.match(english.stdout, /Source 1 is cited, but the reference list is empty/);
  const russian = spawnSync(bin, ['check', path.join('seeds', SEEDS[1])], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'ru_RU.UTF-8', LC_ALL: '' } });
  assert.equal(russian.status, 1);
  assert.doesNotMatch(russian.stdout, /Source 1 is cited/);
});
