import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { ROOT, seed } from '../support';
import { LspClient, PULL_CAPABILITIES } from './lspClient';

const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.exit().catch(() => undefined)));
});

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Location = { uri: string; range: Range };
type LocationLink = { originSelectionRange: Range; targetUri: string; targetRange: Range; targetSelectionRange: Range };

/**
 * Starts the server on a workspace folder (or none) and resolves once the background indexing
 * has reported its end through `$/progress`.
 */
async function indexedServer(folder?: string): Promise<{ c: LspClient; capabilities: Record<string, unknown>; progress: { kind: string; title?: string; message?: string }[] }> {
  const c = new LspClient();
  clients.push(c);
  const progress: { kind: string; title?: string; message?: string }[] = [];
  let ended: () => void = () => {};
  const done = new Promise<void>((resolve) => (ended = resolve));
  c.connection.onRequest('window/workDoneProgress/create', () => null);
  c.connection.onNotification('$/progress', (params: { value: { kind: string; title?: string; message?: string } }) => {
    progress.push(params.value);
    if (params.value.kind === 'end') ended();
  });
  const init = await c.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: folder ? pathToFileURL(folder).toString() : null,
    workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'w' }] : null,
    capabilities: { ...PULL_CAPABILITIES, window: { workDoneProgress: true }, workspace: { ...PULL_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } },
  });
  c.notify('initialized', {});
  await done;
  return { c, capabilities: init.capabilities, progress };
}

const seedUri = (name: string) => pathToFileURL(path.join(ROOT, 'seeds', name)).toString();

test('the server indexes the seeds in the background with progress, and advertises term navigation', async () => {
  const { capabilities, progress } = await indexedServer();
  assert.equal(capabilities.definitionProvider, true);
  assert.equal(capabilities.referencesProvider, true);
  assert.equal(capabilities.documentHighlightProvider, true);
  assert.equal(capabilities.workspaceSymbolProvider, true);
  assert.equal(progress[0].kind, 'begin');
  assert.equal(progress[0].title, 'Zanmark: indexing terms');
  assert.equal(progress[progress.length - 1].kind, 'end');
  assert.ok(progress.some((p) => p.message === '4 of 4 files'));
});

test('hover, definition, references and highlights of «қылмыстық саясат» on the seeds', async () => {
  const { c } = await indexedServer();
  const uri = seedUri('001_b7e40a22d0be414a.txt');
  const text = seed('001_b7e40a22d0be414a.txt');
  c.open(uri, text, 'plaintext');
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('қылмыстық саясатты'));
  const character = lines[line].indexOf('қылмыстық саясатты') + 12;
  const position = { line, character };
  const hover = await c.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', { textDocument: { uri }, position });
  assert.equal(hover.contents.kind, 'markdown');
  assert.ok(hover.contents.value.startsWith('**қылмыстық саясат**'), hover.contents.value);
  assert.ok(hover.contents.value.includes('қылмысқа қарсы күресте оны жою мен жолын кесуге бағытталған'));
  assert.deepEqual(hover.range, { start: { line, character: character - 12 }, end: { line, character: character - 12 + 'қылмыстық саясатты'.length } });

  const definition = await c.request<LocationLink[]>('textDocument/definition', { textDocument: { uri }, position });
  const sentence = { start: { line: 2, character: 739 }, end: { line: 2, character: 1089 } };
  assert.deepEqual(definition, [{
    originSelectionRange: { start: { line: 2, character: 286 }, end: { line: 2, character: 304 } },
    targetUri: seedUri('000_295fc278403f80be.txt'),
    targetRange: sentence,
    targetSelectionRange: sentence,
  }]);

  const references = await c.request<Location[]>('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } });
  assert.equal(references.length, 43);
  const highlights = await c.request<{ range: Range }[]>('textDocument/documentHighlight', { textDocument: { uri }, position });
  assert.deepEqual(highlights.map((h) => h.range), references.filter((r) => r.uri === uri).map((r) => r.range));

  const symbols = await c.request<{ name: string; location: Location }[]>('workspace/symbol', { query: 'қамтамасыз' });
  assert.deepEqual(symbols.map((s) => s.name).sort(), ['құқықтық қамтамасыз ету', 'қамтамасыз ету'].sort());
});

test('a broken glossary in the workspace gets a diagnostic in that file; the others keep working', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-terms-'));
  try {
    fs.writeFileSync(path.join(folder, 'broken.glossary.json'), '{ "terms": [');
    fs.writeFileSync(path.join(folder, 'good.glossary.json'), JSON.stringify({ terms: [{ term: 'жария құқық', definition: 'Мемлекет мүддесін қорғайтын нормалар.' }] }));
    const { c } = await indexedServer(folder);
    const broken = pathToFileURL(path.join(folder, 'broken.glossary.json')).toString();
    const published = await c.lastPublished(broken);
    assert.equal(published.diagnostics.length, 1);
    assert.equal(published.diagnostics[0].code, 'glossary.invalid');
    assert.equal(published.diagnostics[0].severity, 1);
    assert.match(published.diagnostics[0].message, /^This glossary is not valid JSON: /);
    const uri = pathToFileURL(path.join(folder, 'a.legal')).toString();
    c.open(uri, 'Жария құқықтың нормалары.');
    const hover = await c.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    assert.ok(hover.contents.value.startsWith('**жария құқық**'), hover.contents.value);
    // The user fixes the glossary: the file watcher tells the server, and the diagnostic goes.
    fs.writeFileSync(path.join(folder, 'broken.glossary.json'), '{ "terms": [] }');
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: broken, type: 2 }] });
    const cleared = await c.lastPublished(broken, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('term requests on unknown documents and malformed positions answer empty', async () => {
  const { c } = await indexedServer();
  assert.deepEqual(await c.request('textDocument/definition', { textDocument: { uri: 'file:///never/opened.legal' }, position: { line: 0, character: 0 } }), []);
  assert.deepEqual(await c.request('textDocument/references', { textDocument: { uri: 'file:///never/opened.legal' }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } }), []);
  c.open('file:///w/x.legal', 'Сот.');
  assert.deepEqual(await c.request('textDocument/documentHighlight', { textDocument: { uri: 'file:///w/x.legal' }, position: { line: 99, character: -5 } }), []);
  await assert.rejects(c.request('textDocument/definition', {}), (e: { code: number }) => e.code === -32602);
  assert.ok(Array.isArray(await c.request('workspace/symbol', {})));
});

test('zanmark.glossary.files adds glossaries by path; a missing one is reported; a settings change drops them', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-terms-'));
  try {
    fs.mkdirSync(path.join(folder, 'terms'));
    fs.writeFileSync(path.join(folder, 'terms', 'journal.json'), JSON.stringify({ terms: [{ term: 'құқықтық мәдениет', definition: 'Құқықтық құндылықтар жиынтығы.' }] }));
    fs.writeFileSync(path.join(folder, '.zanmark.json'), JSON.stringify({ zanmark: { glossary: { files: ['terms/journal.json', 'missing.json'] } } }));
    const { c } = await indexedServer(folder);
    const warning = await c.until('a warning about the missing glossary', () => c.shown.find((m) => m.message.includes('missing.json')));
    assert.equal(warning.type, 2);
    assert.equal(warning.message, `Zanmark cannot read the glossary ${path.join(folder, 'missing.json')} named in zanmark.glossary.files.`);
    const uri = pathToFileURL(path.join(folder, 'a.legal')).toString();
    c.open(uri, 'Құқықтық мәдениеттің деңгейі.');
    const hover = async () => (await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }))?.contents.value;
    assert.ok((await hover())?.startsWith('**құқықтық мәдениет**'));
    // The editor's setting wins over .zanmark.json: no glossary files.
    c.configuration = () => ({ glossary: { files: [] } });
    c.notify('workspace/didChangeConfiguration', { settings: null });
    // A glossary the index forgets has its (empty) problems published once more.
    const journal = pathToFileURL(path.join(folder, 'terms', 'journal.json')).toString();
    await c.until('the glossary forgotten', () => (c.published.filter((p) => p.uri === journal).length >= 2 ? true : undefined));
    assert.equal(await hover(), undefined);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
