import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { run } from '../../server/src/cli/run';
import { seed } from '../support';

function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(args, (s) => (stdout += s), (s) => (stderr += s));
  return { status, stdout, stderr };
}

const TEXT = `${seed('002_1dfbad7d03d8aaf7.txt')}\n`;

function workspace(): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-ann-'));
  const file = path.join(dir, 'article.legal');
  fs.writeFileSync(file, TEXT);
  return { dir, file };
}

/** Every file of the folder with its bytes, to prove that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'latin1')]));
}

test('add, then list re-anchors against the file as it is now, with LSP ranges', () => {
  const { file } = workspace();
  const added = cli(['annotations', 'add', file, '--quote', 'заңның үстемдігін', '--occurrence', '2', '--tag', 'норма', '--tag', '#пікір', '--note', 'Негізгі ұғым']);
  assert.equal(added.stderr, '');
  assert.equal(added.status, 0);
  assert.match(added.stdout, /^urn:uuid:[0-9a-f-]{36}\n$/);
  const id = added.stdout.trim();
  const first = TEXT.indexOf('заңның үстемдігін');
  const second = TEXT.indexOf('заңның үстемдігін', first + 1);
  const line = TEXT.slice(0, second).split('\n').length - 1;
  const character = second - TEXT.lastIndexOf('\n', second) - 1;
  const listed = JSON.parse(cli(['annotations', 'list', file, '--format', 'json']).stdout);
  assert.deepEqual(listed, [{
    id, tags: ['норма', 'пікір'], note: 'Негізгі ұғым', quote: 'заңның үстемдігін', status: 'anchored',
    range: { start: { line, character }, end: { line, character: character + 17 } },
  }]);

  // Someone edits the file in another editor: a new first line; the annotation follows its passage.
  fs.writeFileSync(file, `Жаңа кіріспе жолы.\n${TEXT}`);
  const moved = JSON.parse(cli(['annotations', 'list', file, '--format', 'json']).stdout);
  assert.deepEqual(moved[0].range, { start: { line: line + 1, character }, end: { line: line + 1, character: character + 17 } });
  assert.equal(moved[0].status, 'anchored');

  // The passage is deleted everywhere: the annotation is an orphan, still listed.
  fs.writeFileSync(file, TEXT.replaceAll('заңның үстемдігін', 'саясат'));
  const orphaned = JSON.parse(cli(['annotations', 'list', file, '--format', 'json']).stdout);
  assert.deepEqual(orphaned.map((a: { status: string; range: unknown; quote: string }) => [a.status, a.range, a.quote]), [['orphaned', null, 'заңның үстемдігін']]);
  const text = cli(['annotations', 'list', file]);
  assert.equal(text.stdout, `${file}: orphaned: #норма #пікір «заңның үстемдігін» — Негізгі ұғым\n1 annotations: 0 anchored, 1 orphaned\n`);
});

test('export as CSV, Markdown and W3C JSON-LD', () => {
  const { dir, file } = workspace();
  cli(['annotations', 'add', file, '--quote', 'азаматтық қоғам', '--tag', 'анықтама']);
  const csv = cli(['annotations', 'export', file, '--format', 'csv']);
  assert.equal(csv.status, 0);
  const rows = csv.stdout.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(rows[0], 'file,tag,note,quote,line,created');
  assert.match(rows[1], new RegExp(`^${file.split(path.sep).join('/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},анықтама,,азаматтық қоғам,1,\\d{4}-\\d\\d-\\d\\dT`));
  const md = cli(['annotations', 'export', file, '--format', 'markdown']).stdout;
  assert.ok(md.startsWith('# Annotations\n\n## анықтама (1)\n\n- **'), md);
  const w3c = JSON.parse(cli(['annotations', 'export', file, '--format', 'w3c']).stdout);
  assert.equal(w3c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(w3c.first.items[0].target.source, `file://${dir.split(path.sep).map(encodeURIComponent).join('/')}/article.legal`);
});

test('bad input: one line on stderr, exit 2, no file changed', () => {
  const { dir, file } = workspace();
  cli(['annotations', 'add', file, '--quote', 'азаматтық қоғам', '--tag', 'анықтама']);
  const before = snapshot(dir);
  const cases: [string[], RegExp][] = [
    [['annotations', 'add', path.join(dir, 'missing.legal'), '--quote', 'x', '--tag', 't'], /missing\.legal: no such file or directory/],
    [['annotations', 'add', file, '--quote', 'жоқ сөз тіркесі', '--tag', 't'], /the quote is not in /],
    [['annotations', 'add', file, '--quote', 'азаматтық қоғам', '--occurrence', '9', '--tag', 't'], /the quote occurs 1 times in .*; there is no occurrence 9/],
    [['annotations', 'add', file, '--quote', 'қоғам', '--occurrence', '0', '--tag', 't'], /--occurrence needs a whole number from 1, not 0/],
    [['annotations', 'add', file, '--quote', 'қоғам'], /--tag TAG is required/],
    [['annotations', 'add', file, '--quote', 'қоғам', '--tag', 't', '--colour', 'red'], /unknown option --colour/],
    [['annotations', 'list', file, '--format', 'xml'], /unknown format xml: use text or json/],
    [['annotations', 'export', file, '--format', 'pdf'], /unknown format pdf: use w3c, csv or markdown/],
    [['annotations', 'remove', file], /unknown annotations command remove/],
  ];
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
  }
  fs.writeFileSync(path.join(dir, 'binary.legal'), Buffer.from([0, 1, 2, 3]));
  fs.writeFileSync(`${file}.annotations.json`, '{"first": {"items": [');
  const broken = snapshot(dir);
  for (const args of [
    ['annotations', 'add', file, '--quote', 'қоғам', '--tag', 't'],
    ['annotations', 'list', file],
    ['annotations', 'export', file, '--format', 'csv'],
  ]) {
    const r = cli(args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^zanmark: The annotations in .*article\.legal\.annotations\.json cannot be read: it is not valid JSON \(.*\)\. Zanmark leaves the file as it is; correct it or move it away to annotate this document\.\n$/);
  }
  assert.match(cli(['annotations', 'list', path.join(dir, 'binary.legal')]).stderr, /binary\.legal is not a text file/);
  assert.deepEqual(snapshot(dir), broken);
  assert.notDeepEqual(before, broken);
});
