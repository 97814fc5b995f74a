import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Range } from 'vscode-languageserver-types';
import { applyReplacements } from '../../server/src/features/edits';
import { LegalDocument } from '../../server/src/model';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

const n = fc.integer({ min: 0, max: 12 }).map(String);
const citation = fc.oneof(
  n.map((a) => `[${a}]`),
  fc.tuple(n, n).map(([a, b]) => `[${a}; ${b}]`),
  fc.tuple(n, n).map(([a, b]) => `[${a}, ${b}]`),
  fc.tuple(n, n).map(([a, b]) => `[${a}–${b}]`),
  fc.tuple(n, n, n).map(([a, b, c]) => `[${a}–${b}, ${c} б.]`),
  fc.tuple(n, n).map(([a, p]) => `[${a},${p}б.]`),
  fc.tuple(n, n, n).map(([a, p, q]) => `[${a}, ${p}-${q} б.]`),
  fc.tuple(n, n).map(([a, p]) => `[${a}, т.${p}, с.${p}]`),
  fc.constantFrom('[]', '[ ; ]', '[sic]', '[...]', '[99999999999999999999]', '[1–100000000]', '[', ']', '[[2]]', '[1 [3]'),
);
const soup = fc.array(fc.oneof(
  { weight: 4, arbitrary: citation },
  { weight: 3, arbitrary: fc.constantFrom('Мәтін ', 'қылмыстық саясат. ', 'Текст, ', '. ', ' ', '\u00a0', '😀', 'ə') },
  { weight: 2, arbitrary: n.map((a) => `\n${a}. Автор А.Ә. Еңбек. – 2020.`) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\nӘдебиеттер\n', '\n\nReferences\n', '\n\nСписок литературы\n', '\nжалғасы.', `\n[3] Автор.`, `\n2) Автор.`) },
), { maxLength: 50 }).map((parts) => parts.join(''));

const service = createLanguageService();
let version = 0;
const source = (text: string) => ({ uri: 'file:///soup.legal', version: ++version, getText: () => text });

function inside(model: LegalDocument, range: Range): boolean {
  const lineLength = (line: number) => model.lines.lineEnd(line) - model.lines.lineStarts[line];
  const ok = (p: Range['start']) => p.line >= 0 && p.line < model.lines.lineCount && p.character >= 0 && p.character <= lineLength(p.line);
  return ok(range.start) && ok(range.end) && model.lines.offsetAt(range.start) <= model.lines.offsetAt(range.end);
}

test('random citation soup: every request at every offset answers inside the document', async () => {
  await fc.assert(fc.asyncProperty(soup, async (text) => {
    const doc = source(text);
    const model = service.getModel(doc);
    for (const d of service.getDiagnostics(doc, DEFAULT_SETTINGS)) assert.ok(inside(model, d.range), JSON.stringify(d));
    for (let offset = 0; offset <= text.length; offset++) {
      const position = model.lines.positionAt(offset);
      const hover = service.getHover(doc, position);
      if (hover?.range) assert.ok(inside(model, hover.range));
      for (const link of service.getDefinition(doc, position)) {
        assert.ok(inside(model, link.targetRange) && inside(model, link.targetSelectionRange) && inside(model, link.originSelectionRange!));
      }
      for (const location of await service.getReferences(doc, position, true)) assert.ok(inside(model, location.range));
      for (const highlight of service.getDocumentHighlights(doc, position)) assert.ok(inside(model, highlight.range));
      for (const item of service.getCompletions(doc, position)) assert.ok(item.textEdit && 'range' in item.textEdit && inside(model, item.textEdit.range));
    }
  }), { numRuns: 150 });
});

test('random citation soup: renumbering changes only citations and lists, and a second run changes nothing', () => {
  fc.assert(fc.property(soup, (text) => {
    const model = service.getModel(source(text));
    const plan = service.renumberReferences(source(text));
    if (plan.kind !== 'edits') return;
    const editable = [...model.citations.map((c) => c.span), ...model.referenceLists.map((l) => l.span)];
    for (const r of plan.replacements) {
      assert.ok(editable.some((s) => r.span.start >= s.start && r.span.end <= s.end), `${JSON.stringify(r)} in ${JSON.stringify(text)}`);
    }
    const after = applyReplacements(text, plan.replacements);
    const again = service.renumberReferences(source(after));
    assert.equal(again.kind, 'unchanged', JSON.stringify({ text, after, again }));
    // The document's own list ends numbered 1…N in order of first citation. (A transliterated list
    // with entries the first list lacks keeps them, numbered after N, and is still reported.)
    const renumberedModel = service.getModel(source(after));
    const list = renumberedModel.references!;
    const codes = service.getDiagnostics(source(after), DEFAULT_SETTINGS)
      .filter((d) => d.code === 'citation.order' || (d.code === 'citation.numbering' && renumberedModel.lines.offsetAt(d.range.start) <= list.span.end));
    assert.deepEqual(codes, [], JSON.stringify({ text, after }));
    assert.equal(service.getModel(source(after)).citations.length, model.citations.length);
  }), { numRuns: 400 });
});

test('random citation soup: applying the safe fixes twice equals applying them once', () => {
  fc.assert(fc.property(soup, (text) => {
    const once = applyReplacements(text, service.getSafeFixes(source(text), DEFAULT_SETTINGS));
    const twice = applyReplacements(once, service.getSafeFixes(source(once), DEFAULT_SETTINGS));
    assert.equal(twice, once);
  }), { numRuns: 300 });
});

const MB = 1 << 20;
const LIST = `\n\nӘдебиеттер\n${Array.from({ length: 2000 }, (_, i) => `${i + 1}. Автор ${i + 1}. Еңбек.`).join('\n')}\n`;
const adversarial: [string, string][] = [
  ['[1] × 250 000 with a 2 000-entry list, no semicolons', '[1] '.repeat(MB / 4) + LIST],
  ['[2000–1] ranges with a 2 000-entry list', '[2000–1] '.repeat(MB / 9) + LIST],
  ['[1–100000000] × 70 000 with a 2 000-entry list', '[1–100000000] '.repeat(MB / 14) + LIST],
  ['unclosed [1; on one huge line', '[1; '.repeat(MB / 4)],
  ['[[[[1]]]] nested', '[[[[1]]]] '.repeat(MB / 10)],
  ['locators [1, т. 2, 45-44 б.] on one line', '[1, т. 2, 45-44 б.] '.repeat(MB / 20)],
  ['citations in descending order', Array.from({ length: 2000 }, (_, i) => `[${2000 - i}]`).join(' ').repeat(20) + LIST],
];
for (const [name, text] of adversarial) {
  test(`1 MB of ${name}: diagnostics, navigation and renumbering stay linear`, { timeout: 20_000 }, async () => {
    const doc = source(text);
    service.getDiagnostics(doc, DEFAULT_SETTINGS);
    service.renumberReferences(doc);
    const model = service.getModel(doc);
    const middle = model.lines.positionAt(text.length >> 1);
    service.getHover(doc, middle);
    service.getDefinition(doc, { line: 0, character: 1 });
    await service.getReferences(doc, { line: 0, character: 1 }, true);
    service.getDocumentHighlights(doc, { line: 0, character: 1 });
    assert.equal(model.text.length, text.length);
  });
}
