import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { article } from '../support';
import { LspClient, PULL_CAPABILITIES } from './lspClient';

const clients: LspClient[] = [];
async function client(folder: string): Promise<LspClient> {
  const c = new LspClient();
  clients.push(c);
  await c.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'w' }], capabilities: PULL_CAPABILITIES });
  c.notify('initialized', {});
  return c;
}
after(async () => {
  await Promise.all(clients.map((c) => c.exit().catch(() => undefined)));
});

type Info = { id: string; uri: string; tags: string[]; note: string; quote: string; status: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } | null };
type DocumentAnnotations = { uri: string; annotations: Info[]; problem?: string };
type Symbol = { name: string; kind: number; range: { start: { line: number } }; children?: Symbol[] };

const TEXT = article('outline.legal');
const LINES = TEXT.split('\n');

function setup(): { dir: string; file: string; uri: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-lsp-ann-'));
  const file = path.join(dir, 'article.legal');
  fs.writeFileSync(file, TEXT);
  return { dir, file, uri: pathToFileURL(file).href };
}

/** The line and column of the first `needle` in the article. */
function find(needle: string): { line: number; character: number } {
  const line = LINES.findIndex((l) => l.includes(needle));
  return { line, character: LINES[line].indexOf(needle) };
}

test('add, list, follow edits, orphan, outline and workspace symbols over LSP', async () => {
  const { file, uri } = setup();
  const c = await client(path.dirname(file));
  c.open(uri, TEXT);
  const start = find('қылмыстық саясат, қылмыстылық');
  const range = { start, end: { line: start.line, character: start.character + 16 } };
  const added = await c.request<Info>('zanmark/annotations/add', { uri, range, tags: ['анықтама', '#норма'], note: ' Негізгі ұғым ' });
  assert.deepEqual({ ...added, id: undefined }, {
    id: undefined, uri, tags: ['анықтама', 'норма'], note: 'Негізгі ұғым', quote: 'қылмыстық саясат', status: 'anchored', range,
    created: (added as unknown as { created: string }).created, modified: (added as unknown as { modified: string }).modified,
  });
  assert.match(added.id, /^urn:uuid:[0-9a-f-]{36}$/);
  const sidecar = JSON.parse(fs.readFileSync(`${file}.annotations.json`, 'utf8'));
  assert.equal(sidecar.first.items[0].id, added.id);
  assert.equal(sidecar.first.items[0].target.source, 'article.legal');

  // Typing a line above moves the passage; the server follows as the user types.
  c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Жаңа жол.\n' }] });
  const moved = await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri });
  assert.deepEqual(moved.annotations[0].range, { start: { line: start.line + 1, character: start.character }, end: { line: start.line + 1, character: start.character + 16 } });

  const symbols = await c.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const holder = symbols.find((s) => s.children?.some((ch) => ch.name === '#анықтама #норма «қылмыстық саясат»'));
  assert.equal(holder?.name, 'Аннотация', 'the annotation is listed under its section');

  const found = await c.request<{ name: string; location: { uri: string; range: unknown } }[]>('workspace/symbol', { query: '#нор' });
  assert.deepEqual(found.map((s) => [s.name, s.location.uri]), [['#анықтама #норма «қылмыстық саясат»', uri]]);
  assert.deepEqual(await c.request('workspace/symbol', { query: '#статистика' }), []);

  // Deleting the passage leaves an orphan, reported as annotation.orphaned, never dropped.
  const at = { line: start.line + 1, character: start.character };
  c.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: at, end: { line: at.line, character: at.character + 16 } }, text: '' }] });
  const orphaned = await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri });
  assert.deepEqual(orphaned.annotations.map((a) => [a.status, a.range, a.quote]), [['orphaned', null, 'қылмыстық саясат']]);
  const report = await c.request<{ items: { code: string; message: string; range: { start: unknown } }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  const orphan = report.items.filter((d) => d.code === 'annotation.orphaned');
  assert.deepEqual(orphan.map((d) => [d.range.start, d.message]), [[at, 'The passage tagged #анықтама #норма («қылмыстық саясат») is no longer in the text; the annotation is kept under Orphaned in the Annotations view.']]);

  // The user selects a passage and re-attaches the orphan to it.
  const other = find('Құқықтық саясат тұжырымдамасындағы');
  const reattached = await c.request<Info>('zanmark/annotations/reattach', { uri, id: added.id, range: { start: { line: other.line + 1, character: other.character }, end: { line: other.line + 1, character: other.character + 15 } } });
  assert.deepEqual([reattached.status, reattached.quote], ['anchored', 'Құқықтық саясат']);
  c.notify('textDocument/didSave', { textDocument: { uri } });

  const updated = await c.request<Info>('zanmark/annotations/update', { uri, id: added.id, tags: ['пікір'], note: '' });
  assert.deepEqual([updated.tags, updated.note], [['пікір'], '']);
  const removed = await c.request<{ removed: boolean; annotation: string }>('zanmark/annotations/remove', { uri, id: added.id });
  assert.equal(removed.removed, true);
  assert.equal(fs.existsSync(`${file}.annotations.json`), false);
  // Undo: importing the removed annotation brings it back once, however often it is imported.
  const back = await c.request<{ added: number }>('zanmark/annotations/import', { content: removed.annotation, baseUri: uri });
  assert.equal(back.added, 1);
  const again = await c.request<{ added: number; unchanged: number }>('zanmark/annotations/import', { content: removed.annotation, baseUri: uri });
  assert.deepEqual([again.added, again.unchanged], [0, 1]);
  assert.equal((await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri })).annotations.length, 1);
});

test('a broken sidecar is reported and never overwritten; malformed requests get errors', async () => {
  const { file, uri } = setup();
  fs.writeFileSync(`${file}.annotations.json`, '{ "first": { "items": [ ');
  const c = await client(path.dirname(file));
  c.open(uri, TEXT);
  const listed = await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri });
  assert.match(listed.problem!, /^The annotations in .*article\.legal\.annotations\.json cannot be read: it is not valid JSON/);
  const start = find('қылмыстық саясат');
  await assert.rejects(
    c.request('zanmark/annotations/add', { uri, range: { start, end: { line: start.line, character: start.character + 5 } }, tags: ['норма'] }),
    (e: Error) => /cannot be read: it is not valid JSON/.test(e.message),
  );
  assert.equal(fs.readFileSync(`${file}.annotations.json`, 'utf8'), '{ "first": { "items": [ ');
  await assert.rejects(c.request('zanmark/annotations/add', { uri }), /range is required/);
  await assert.rejects(c.request('zanmark/annotations/list', {}), /uri is required/);
  await assert.rejects(c.request('zanmark/annotations/export', { format: 'pdf' }), /format must be w3c, csv or markdown/);
  // The server still answers.
  const symbols = await c.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.ok(symbols.length > 0);
});

test('a sidecar edited outside while the document is open is read again; export lists every document', async () => {
  const { dir, file, uri } = setup();
  const c = await client(dir);
  c.open(uri, TEXT);
  const start = find('Қорытынды');
  await c.request<Info>('zanmark/annotations/add', { uri, range: { start, end: { line: start.line, character: start.character + 9 } }, tags: ['тексеру'] });
  const second = path.join(dir, 'second.legal');
  fs.writeFileSync(second, 'Екінші мақала: статистика 146 347.\n');
  const w3c = {
    type: 'AnnotationCollection',
    first: { items: [{ id: 'urn:uuid:22222222-2222-4222-8222-222222222222', type: 'Annotation', created: '2026-01-01T00:00:00Z', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'статистика' }], target: { source: 'second.legal', selector: [{ type: 'TextQuoteSelector', exact: '146 347' }] } }] },
  };
  const imported = await c.request<{ added: number; documents: string[] }>('zanmark/annotations/import', { content: JSON.stringify(w3c), baseUri: pathToFileURL(path.join(dir, 'import.jsonld')).href });
  assert.deepEqual(imported, { added: 1, updated: 0, unchanged: 0, documents: [pathToFileURL(second).href] });
  const workspace = await c.request<DocumentAnnotations[]>('zanmark/annotations/workspace', {});
  assert.deepEqual(workspace.map((d) => [path.basename(d.uri), d.annotations.map((a) => [a.tags[0], a.quote, a.status])]), [
    ['article.legal', [['тексеру', 'Қорытынды', 'anchored']]],
    ['second.legal', [['статистика', '146 347', 'anchored']]],
  ]);
  const csv = await c.request<{ content: string }>('zanmark/annotations/export', { format: 'csv' });
  assert.deepEqual(csv.content.replace(/^\uFEFF/, '').split('\r\n').map((r) => r.split(',').slice(0, 5).join(',')), [
    'file,tag,note,quote,line',
    `article.legal,тексеру,,Қорытынды,${start.line + 1}`,
    'second.legal,статистика,,146 347,1',
    '',
  ]);

  // Another tool rewrites the sidecar: the open document shows its annotations at once.
  const sidecar = `${file}.annotations.json`;
  const doc = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
  doc.first.items[0].body = [{ type: 'TextualBody', purpose: 'tagging', value: 'мәселе' }];
  fs.writeFileSync(sidecar, JSON.stringify(doc));
  c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(sidecar).href, type: 2 }] });
  const reread = await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri });
  assert.deepEqual(reread.annotations.map((a) => a.tags), [['мәселе']]);

  // Closed, edited by another editor, reopened: the annotation is found again where its passage now is.
  c.notify('textDocument/didClose', { textDocument: { uri } });
  const edited = `Алғысөз.\n\n${TEXT}`;
  fs.writeFileSync(file, edited);
  c.open(uri, edited, 'legal-text', 7);
  const reopened = await c.request<DocumentAnnotations>('zanmark/annotations/list', { uri });
  assert.deepEqual(reopened.annotations.map((a) => [a.status, a.quote, a.range]), [
    ['anchored', 'Қорытынды', { start: { line: start.line + 2, character: start.character }, end: { line: start.line + 2, character: start.character + 9 } }],
  ]);
});
