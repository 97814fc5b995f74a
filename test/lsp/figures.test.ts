import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { seed } from '../support';
import { LspClient, PULL_CAPABILITIES } from './lspClient';

const clients: LspClient[] = [];
after(async () => {
  await Promise.all(clients.map((c) => c.exit().catch(() => undefined)));
});

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type Action = { title: string; kind: string; edit?: { changes: Record<string, Edit[]> } };
type Report = { items: { range: Edit['range']; code: string; message: string }[] };

test('over stdio: a figure finding, its hover, its quick fix and the fix-all action', async () => {
  const c = new LspClient();
  clients.push(c);
  const init = await c.initialize(PULL_CAPABILITIES);
  assert.equal(init.capabilities.hoverProvider, true);
  assert.deepEqual(init.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.zanmark'], resolveProvider: false });
  const uri = 'file:///w/figures/002.txt';
  c.open(uri, seed('002_1dfbad7d03d8aaf7.txt'), 'plaintext');

  const report = await c.request<Report>('textDocument/diagnostic', { textDocument: { uri } });
  const decimal = report.items.find((d) => d.code === 'figure.decimal-space' && d.range.start.line === 6);
  assert.deepEqual(decimal, {
    range: { start: { line: 6, character: 28 }, end: { line: 6, character: 34 } },
    severity: 2, code: 'figure.decimal-space', source: 'zanmark', message: 'A space after the decimal comma in «19, 8»: write «19,8»',
  });

  const hover = await c.request<{ contents: { value: string }; range: Edit['range'] }>('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 30 } });
  assert.equal(hover.contents.value, 'Percentage: 19,8 %');
  assert.deepEqual(hover.range, decimal.range);

  const fixes = await c.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri }, range: decimal.range, context: { diagnostics: [decimal], only: ['quickfix'] },
  });
  assert.deepEqual(fixes.map((a) => [a.title, a.kind, a.edit?.changes[uri]]), [
    ['Write «19,8»', 'quickfix', [{ range: { start: { line: 6, character: 30 }, end: { line: 6, character: 32 } }, newText: ',' }]],
  ]);

  const fixAll = await c.request<Action[]>('textDocument/codeAction', {
    textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.equal(fixAll.length, 1);
  assert.equal(fixAll[0].kind, 'source.fixAll.zanmark');
  const edits = fixAll[0].edit!.changes[uri];
  assert.ok(edits.some((e) => e.range.start.line === 6 && e.range.start.character === 30 && e.newText === ','));
  assert.ok(edits.some((e) => e.range.start.line === 23 && e.newText === ':'));
});
