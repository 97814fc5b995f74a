import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { ROOT, article, seed } from '../support';
import { LspClient, PULL_CAPABILITIES } from './lspClient';

const clients: LspClient[] = [];
function client(): LspClient {
  const c = new LspClient();
  clients.push(c);
  return c;
}
after(async () => {
  await Promise.all(clients.map((c) => c.exit().catch(() => undefined)));
});

const SEED_002 = seed('002_1dfbad7d03d8aaf7.txt');
type Report = { kind: string; items: { range: { start: { line: number; character: number } }; severity: number; code: string; message: string }[] };

test('a client that pulls diagnostics gets the seed\'s unresolved citations, nothing pushed', async () => {
  const c = client();
  const init = await c.initialize(PULL_CAPABILITIES);
  assert.deepEqual(init.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
  assert.equal(init.serverInfo?.name, 'Zanmark Language Server');
  c.open('file:///w/002.txt', SEED_002, 'plaintext');
  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: 'file:///w/002.txt' } });
  assert.equal(report.kind, 'full');
  assert.deepEqual(report.items.filter((d) => d.code === 'citation.unresolved').map((d) => [d.range.start.line, d.range.start.character, d.severity, d.code, d.message]), [
    [1, 214, 1, 'citation.unresolved', 'Source 1 is cited, but the reference list is empty'],
    [3, 602, 1, 'citation.unresolved', 'Source 2 is cited, but the reference list is empty'],
    [23, 325, 1, 'citation.unresolved', 'Source 3 is cited, but the reference list is empty'],
    [27, 135, 1, 'citation.unresolved', 'Source 4 is cited, but the reference list is empty'],
  ]);
  assert.deepEqual(c.published, []);
});

test('a client that cannot pull gets diagnostics pushed, updated after edits and cleared on close', async () => {
  const c = client();
  const init = await c.initialize({});
  assert.equal(init.capabilities.diagnosticProvider, undefined);
  const uri = 'file:///w/003.txt';
  c.open(uri, seed('003_67cdf9ecf2044f40.txt'), 'plaintext');
  const first = await c.lastPublished(uri);
  const unresolved = (p: typeof first) => p.diagnostics.filter((d) => d.code === 'citation.unresolved');
  assert.equal(unresolved(first).length, 6);
  assert.deepEqual(unresolved(first).map((d) => d.range.start.line), [6, 6, 10, 17, 22, 41]);
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Жаңа жол [9].\n' }],
  });
  const edited = await c.lastPublished(uri, (p) => p.version === 2);
  assert.deepEqual(unresolved(edited).map((d) => [d.range.start.line, d.range.start.character]), [[0, 10], [7, 74], [7, 494], [11, 254], [18, 173], [23, 663], [42, 211]]);
  c.notify('textDocument/didClose', { textDocument: { uri } });
  const closed = await c.lastPublished(uri, (p) => p.diagnostics.length === 0);
  assert.deepEqual(closed.diagnostics, []);
});

test('document symbols and folding ranges of an article', async () => {
  const c = client();
  await c.initialize(PULL_CAPABILITIES);
  const uri = 'file:///w/article.legal';
  c.open(uri, article('outline.legal'));
  type Symbol = { name: string; kind: number; range: { start: { line: number } }; children?: Symbol[] };
  const symbols = await c.request<Symbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.deepEqual(symbols.map((s) => s.name), ['Аннотация', 'Кіріспе', '1. Қылмыстық саясаттың ұғымы мен мазмұны', '2. Қылмыстылықтың жай-күйі және алдын алу шаралары', 'Қорытынды', 'Әдебиеттер', 'References']);
  assert.deepEqual(symbols[2].children!.map((s) => s.name), ['1.1 Ғылыми әдебиеттегі көзқарастар', '1.2 Құқықтық саясат тұжырымдамасындағы қылмыстық саясат']);
  assert.deepEqual(symbols[5].children!.map((s) => [s.name.slice(0, 3), s.range.start.line]), [['1. ', 53], ['2. ', 54], ['3. ', 56], ['4. ', 57], ['5. ', 58]]);
  const folds = await c.request<{ startLine: number; endLine: number }[]>('textDocument/foldingRange', { textDocument: { uri } });
  assert.ok(folds.some((f) => f.startLine === 52 && f.endLine === 58));
  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(report.items, []);
});

test('settings: workspace/configuration and .zanmark.json decide the severity', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-lsp-'));
  fs.writeFileSync(path.join(dir, '.zanmark.json'), JSON.stringify({ zanmark: { diagnostics: { 'citation.unresolved': 'hint' } } }));
  fs.mkdirSync(path.join(dir, 'broken'));
  fs.writeFileSync(path.join(dir, 'broken', '.zanmark.json'), '{ not json');
  const c = client();
  await c.initialize(PULL_CAPABILITIES);
  const uri = pathToFileURL(path.join(dir, 'a.legal')).href;
  c.open(uri, 'Мәтін [1].');
  const severities = async () => (await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } })).items.map((d) => d.severity);
  assert.deepEqual(await severities(), [4], '.zanmark.json applies');
  c.configuration = () => ({ diagnostics: { citation: { unresolved: 'warning' } } });
  c.notify('workspace/didChangeConfiguration', { settings: null });
  await c.until('a diagnostic refresh', () => (c.refreshes > 0 ? true : undefined));
  assert.deepEqual(await severities(), [2], 'what the user set in the editor wins');
  c.configuration = () => ({ diagnostics: { citation: { unresolved: 'off' } } });
  c.notify('workspace/didChangeConfiguration', { settings: null });
  assert.deepEqual(await severities(), []);

  const brokenUri = pathToFileURL(path.join(dir, 'broken', 'b.legal')).href;
  c.configuration = () => ({});
  c.notify('workspace/didChangeConfiguration', { settings: null });
  c.open(brokenUri, 'Мәтін [1].');
  assert.deepEqual((await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: brokenUri } })).items.length, 1);
  const warning = await c.until('a warning about the broken file', () => c.shown.find((m) => m.message.includes('broken')));
  assert.equal(warning.type, 2);
  assert.match(warning.message, /^Zanmark ignores the settings in .*broken\/\.zanmark\.json: it is not valid JSON \(/);
});

test('a client without workspace/configuration pushes its settings', async () => {
  const c = client();
  await c.initialize({});
  c.notify('workspace/didChangeConfiguration', { settings: { zanmark: { diagnostics: { 'citation.unresolved': 'information' } } } });
  const uri = 'untitled:Untitled-1';
  c.open(uri, '[5]');
  const pushed = await c.lastPublished(uri);
  assert.deepEqual(pushed.diagnostics.map((d) => [d.severity, d.message]), [[3, 'Source 5 is cited, but the document has no reference list']]);
});

test('messages follow the client\'s locale', async () => {
  const c = client();
  await c.initialize(PULL_CAPABILITIES, 'ru');
  c.open('file:///w/ru.legal', '[2]');
  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: 'file:///w/ru.legal' } });
  assert.equal(report.items[0].message, 'Есть ссылка на источник 2, но в документе нет списка литературы');
});

test('malformed requests get error responses and the server keeps answering', async () => {
  const c = client();
  await c.initialize(PULL_CAPABILITIES);
  await assert.rejects(c.request('textDocument/documentSymbol', {}), (e: { code: number; message: string }) => e.code === -32602 && /textDocument\.uri/.test(e.message));
  await assert.rejects(c.request('textDocument/diagnostic', { textDocument: { uri: 42 } }), (e: { code: number }) => e.code === -32602);
  await assert.rejects(c.request('zanmark/noSuchThing', {}), (e: { code: number }) => e.code === -32601);
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///never/opened.legal' } }), []);
  c.open('file:///w/binary.txt', '\u0000\u0001PK\u0003\u0004'.repeat(1000), 'plaintext');
  assert.deepEqual(await c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///w/binary.txt' } }), []);
  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri: 'file:///w/binary.txt' } });
  assert.deepEqual(report.items, []);
});

test('zanmark-ls without a transport says how to start it; --version prints the version', () => {
  const bin = path.join(ROOT, 'dist', 'server.js');
  const bare = spawnSync(bin, [], { encoding: 'utf8' });
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /^zanmark-ls: choose a transport, for example --stdio\n/);
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  assert.equal(version.status, 0);
  assert.equal(version.stdout, `Zanmark Language Server ${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
});

test('shutdown and exit end the process cleanly', async () => {
  const c = new LspClient();
  await c.initialize({});
  assert.equal(await c.exit(), 0);
});

test('a document over the size limit is checked for citations only, and the user is told once', { timeout: 60_000 }, async () => {
  const c = client();
  await c.initialize(PULL_CAPABILITIES);
  const uri = 'file:///w/archive.legal';
  const line = 'Text [7] and and 19, 8%.\n';
  c.open(uri, line.repeat(Math.ceil((16 * 1024 * 1024 + 1) / line.length)));
  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual([...new Set(report.items.map((d) => d.code))], ['citation.unresolved']);
  const notice = await c.until('the notice', () => c.shown.find((m) => m.message.startsWith('archive.legal is very large')));
  assert.deepEqual(notice, { type: 3, message: 'archive.legal is very large (16 MB): Zanmark checks only its citations there.' });
  await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
  assert.equal(c.shown.filter((m) => m.message.startsWith('archive.legal')).length, 1);
});
