import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { article, seed } from '../support';
import { LspClient, PULL_CAPABILITIES } from './lspClient';

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };
type TextEdit = { range: Range; newText: string };

const clients: LspClient[] = [];
async function started(locale?: string): Promise<{ c: LspClient; capabilities: Record<string, unknown> }> {
  const c = new LspClient();
  clients.push(c);
  const init = await c.initialize(PULL_CAPABILITIES, locale);
  return { c, capabilities: init.capabilities };
}
after(async () => {
  await Promise.all(clients.map((c) => c.exit().catch(() => undefined)));
});

const r = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
const at = (uri: string, line: number, character: number) => ({ textDocument: { uri }, position: { line, character } });

/** Applies LSP text edits to a text, as an editor would (edits do not overlap). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (p: Position) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

test('the server advertises definition, references, highlights and completion after [', async () => {
  const { capabilities } = await started();
  assert.equal(capabilities.definitionProvider, true);
  assert.equal(capabilities.referencesProvider, true);
  assert.equal(capabilities.documentHighlightProvider, true);
  assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['['], resolveProvider: false });
  assert.equal(capabilities.hoverProvider, true);
});

test('textDocument/definition: each citation of the Kazakh and Russian fixtures lands on its entry', async () => {
  const { c } = await started();
  c.open('file:///w/outline.legal', article('outline.legal'));
  c.open('file:///w/russian.legal', article('russian.legal'));
  type Link = { originSelectionRange: Range; targetUri: string; targetRange: Range; targetSelectionRange: Range };
  const target = async (uri: string, line: number, character: number) =>
    (await c.request<Link[]>('textDocument/definition', at(uri, line, character))).map((l) => `${l.targetUri} ${r(l.targetSelectionRange)}`);
  assert.deepEqual(await target('file:///w/outline.legal', 10, 236), ['file:///w/outline.legal 53:0-53:2']);
  assert.deepEqual(await target('file:///w/outline.legal', 44, 150), ['file:///w/outline.legal 54:0-54:2']);
  assert.deepEqual(await target('file:///w/outline.legal', 28, 340), ['file:///w/outline.legal 56:0-56:2', 'file:///w/outline.legal 57:0-57:2']);
  assert.deepEqual(await target('file:///w/russian.legal', 28, 182), ['file:///w/russian.legal 41:0-41:2']);
  assert.deepEqual(await target('file:///w/outline.legal', 4, 10), []);
});

test('textDocument/hover on [3, 497 б.] in seed 002 with its list restored', async () => {
  const { c } = await started();
  const uri = 'file:///w/seed-002.legal';
  c.open(uri, article('seed-002-with-references.legal'));
  const hover = await c.request<{ contents: { kind: string; value: string }; range: Range }>('textDocument/hover', at(uri, 23, 325));
  assert.equal(hover.contents.kind, 'markdown');
  assert.equal(hover.contents.value, '**3.** Криминология: учебник / под ред. В.Н. Бурлакова, Б.В. Волженкина. – СПб.: Питер, 2005. – 576 с.\n\nLocator: 497 б.\n\nCited once');
  assert.equal(r(hover.range), '23:325-23:326');
});

test('textDocument/references and documentHighlight from a citation and from an entry', async () => {
  const { c } = await started();
  const uri = 'file:///w/outline.legal';
  c.open(uri, article('outline.legal'));
  type Location = { uri: string; range: Range };
  const refs = async (line: number, character: number, includeDeclaration: boolean) =>
    (await c.request<Location[]>('textDocument/references', { ...at(uri, line, character), context: { includeDeclaration } })).map((l) => r(l.range));
  assert.deepEqual(await refs(20, 324, false), ['10:236-10:237', '20:324-20:325']);
  assert.deepEqual(await refs(53, 30, true), ['53:0-53:2', '61:0-61:2', '10:236-10:237', '20:324-20:325']);
  const highlights = await c.request<{ range: Range; kind: number }[]>('textDocument/documentHighlight', at(uri, 28, 341));
  assert.deepEqual(highlights.map((h) => `${r(h.range)} ${h.kind}`), ['57:0-57:2 3', '64:0-64:2 3', '28:339-28:342 2']);
});

test('textDocument/completion after [ lists the entries with their first words', async () => {
  const { c } = await started();
  const uri = 'file:///w/typing.legal';
  c.open(uri, 'Мәтін [\n\nСписок литературы\n1) Тлеубаев Е.К. Досудебное производство.\n2) Уголовно-процессуальный кодекс.\n');
  const items = await c.request<{ label: string; detail: string; textEdit: TextEdit }[]>('textDocument/completion', {
    ...at(uri, 0, 7), context: { triggerKind: 2, triggerCharacter: '[' },
  });
  assert.deepEqual(items.map((i) => [i.label, i.detail, r(i.textEdit.range), i.textEdit.newText]), [
    ['1', 'Тлеубаев Е.К. Досудебное производство.', '0:7-0:7', '1'],
    ['2', 'Уголовно-процессуальный кодекс.', '0:7-0:7', '2'],
  ]);
});

test('zanmark/renumberReferences answers with the edits for the version asked, or says why not', async () => {
  const { c } = await started();
  const uri = 'file:///w/unordered.legal';
  const text = article('unordered.legal');
  c.open(uri, text, 'legal-text', 3);
  type Result = { kind: string; edits?: TextEdit[]; message?: string };
  const result = await c.request<Result>('zanmark/renumberReferences', { textDocument: { uri, version: 3 } });
  assert.equal(result.kind, 'edits');
  assert.equal(applyEdits(text, result.edits!), article('unordered.renumbered.legal'));
  assert.deepEqual(await c.request<Result>('zanmark/renumberReferences', { textDocument: { uri, version: 2 } }), {
    kind: 'refused', message: 'The document changed while its references were being renumbered. Try again.',
  });
  assert.deepEqual(await c.request<Result>('zanmark/renumberReferences', { textDocument: { uri: 'file:///w/closed.legal', version: 1 } }), {
    kind: 'refused', message: 'Open the document in the editor, then renumber its references.',
  });
  c.open('file:///w/renumbered.legal', article('unordered.renumbered.legal'));
  assert.deepEqual(await c.request<Result>('zanmark/renumberReferences', { textDocument: { uri: 'file:///w/renumbered.legal', version: 1 } }), {
    kind: 'unchanged', message: 'The reference list is already numbered by order of first citation.',
  });
  await assert.rejects(c.request('zanmark/renumberReferences', {}), (e: { code: number }) => e.code === -32602);
  await assert.rejects(c.request('textDocument/definition', { textDocument: { uri } }), (e: { code: number }) => e.code === -32602);
  assert.equal((await c.request<unknown[]>('textDocument/definition', at(uri, 4, 124))).length, 1, 'the server still answers');
});

test('code actions: citation.order offers renumbering; fix-all fixes the locators with the other safe fixes, never renumbering', async () => {
  const { c } = await started();
  const uri = 'file:///w/unordered.legal';
  const text = article('unordered.legal');
  c.open(uri, text);
  type Action = { title: string; kind: string; edit: { changes: Record<string, TextEdit[]> }; diagnostics: { code: string }[] };
  const range = { start: { line: 4, character: 123 }, end: { line: 4, character: 124 } };
  const actions = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
  assert.deepEqual(actions.map((a) => [a.title, a.kind, a.diagnostics.map((d) => d.code)]), [
    ['Renumber the reference list by order of first citation', 'quickfix', ['citation.order']],
  ]);
  assert.equal(applyEdits(text, actions[0].edit.changes[uri]), article('unordered.renumbered.legal'));
  const seedUri = 'file:///w/003.txt';
  const seedText = seed('003_67cdf9ecf2044f40.txt');
  c.open(seedUri, seedText, 'plaintext');
  const whole = { start: { line: 0, character: 0 }, end: { line: 42, character: 0 } };
  const [fixAll] = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: seedUri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.zanmark'] } });
  const fixed = applyEdits(seedText, fixAll.edit.changes[seedUri]);
  assert.deepEqual(fixed.match(/\[\d[^\]]*\]/g), ['[1, 27 б.]', '[2, 2 б.]', '[3]', '[4, 12-13 б.]', '[5, 10-11 б.]', '[6, 3 б.]']);
  const fixedUri = 'file:///w/003-fixed.txt';
  c.open(fixedUri, fixed, 'plaintext');
  const again = await c.request<Action[]>('textDocument/codeAction', { textDocument: { uri: fixedUri }, range: whole, context: { diagnostics: [], only: ['source.fixAll.zanmark'] } });
  assert.deepEqual(again, [], 'nothing is left for fix-all');
});

test('messages follow the client\'s locale', async () => {
  const { c } = await started('ru');
  const uri = 'file:///w/ru.legal';
  c.open(uri, 'Текст [1,27б.] и [].\n\nСписок литературы\n1) Источник.\n');
  const report = await c.request<{ items: { code: string; message: string }[] }>('textDocument/diagnostic', { textDocument: { uri } });
  assert.deepEqual(report.items.map((d) => [d.code, d.message]), [
    ['citation.locator-format', 'Запишите ссылку как [1, 27 б.], а не [1,27б.]'],
    ['citation.empty', 'В ссылке не указан источник: напишите номер записи списка литературы, например [1]'],
  ]);
});
