import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { parseDocument } from '../../server/src/model';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { SEEDS, seed } from '../support';

const fragments = SEEDS.flatMap((name) => seed(name).split(/(?<=[.\n\]])/)).filter((f) => f.length < 400);
const pieces = fc.oneof(
  fc.constantFrom(...fragments),
  fc.constantFrom('[', ']', '[1', '3]', '[1–3]', '[1, 27 б.]', '[ ; ]', '[]', ';', ',', '–', '..', '.', ':.', '\n', '\r\n', '\r', '\u00a0', '\u202f', '𝔸', '😀', 'ə', 'Ә', '1.', '1)', '# ', 'Әдебиеттер', 'References\n', '\n1. ', '99999999999999999999'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: fc.constantFrom('1', ' ', '.', '[', ']', ',', ';', '-', '\n', 'a', 'ә'), maxLength: 12 }),
);
const documents = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

function inside(range: Range, lineCount: number, lineLength: (line: number) => number): boolean {
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lineCount && p.character >= 0 && p.character <= lineLength(p.line);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ok(range.start) && ok(range.end) && ordered;
}

function flatten(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

test('random documents: parsing, diagnostics, symbols and folding never throw and stay inside the document', () => {
  const service = createLanguageService();
  let version = 0;
  fc.assert(
    fc.property(documents, (text) => {
      const source = { uri: 'file:///random.legal', version: ++version, getText: () => text };
      const model = service.getModel(source);
      const lineLength = (line: number) => model.lines.lineEnd(line) - model.lines.lineStarts[line];
      const spans = [
        ...model.headings.flatMap((h) => [h.span, h.titleSpan]),
        ...model.paragraphs.flatMap((p) => [p.span, ...p.sentences]),
        ...model.referenceLists.flatMap((l) => [l.span, ...l.entries.flatMap((e) => [e.span, e.markerSpan])]),
        ...model.citations.flatMap((c) => [c.span, ...c.items.map((i) => i.span)]),
      ];
      for (const span of spans) assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, JSON.stringify(span));
      for (const d of service.getDiagnostics(source, DEFAULT_SETTINGS)) assert.ok(inside(d.range, model.lines.lineCount, lineLength));
      for (const s of flatten(service.getDocumentSymbols(source))) {
        assert.ok(inside(s.range, model.lines.lineCount, lineLength));
        assert.ok(inside(s.selectionRange, model.lines.lineCount, lineLength));
      }
      for (const f of service.getFoldingRanges(source)) assert.ok(f.startLine < f.endLine && f.endLine < model.lines.lineCount);
    }),
    { numRuns: 400 },
  );
});

test('a citation is found wherever it is inserted outside a reference list, with its number\'s exact range', () => {
  fc.assert(
    fc.property(documents, fc.nat(), fc.integer({ min: 1, max: 999 }), (text, at, n) => {
      const cut = Math.min(at, text.length);
      const before = `${text.slice(0, cut)}\n`;
      const full = `${before}[${n}, 5 б.]\n${text.slice(cut)}`;
      const model = parseDocument({ uri: 'x', version: 1, getText: () => full });
      // Inside a reference list bracketed numbers belong to the entries.
      if (model.referenceLists.some((l) => l.span.start <= before.length && before.length < l.span.end)) return;
      const citation = model.citations.find((c) => c.span.start === before.length);
      assert.ok(citation);
      assert.equal(full.slice(citation.items[0].first.span.start, citation.items[0].first.span.end), String(n));
    }),
    { numRuns: 300 },
  );
});

const MB = 1 << 20;
const adversarial: [string, string][] = [
  ['[[[[', '['.repeat(MB)],
  ['[1 [1 [1', '[1 '.repeat(MB / 3)],
  ['1 1 1 1', '1 '.repeat(MB / 2)],
  ['ә × 10⁶', 'ә'.repeat(MB)],
  ['digits × 10⁶', '7'.repeat(MB)],
  [',,,,', ','.repeat(MB)],
  ['periods', '.'.repeat(MB)],
  ['joints', 'А..'.repeat(MB / 3)],
  ['initials', 'В.Н. '.repeat(MB / 5)],
  ['entries', '1. А\n'.repeat(MB / 5)],
  ['headings', 'Әдебиеттер\n'.repeat(MB / 11)],
  ['one huge citation-like line', `[${'1; '.repeat(MB / 3)}]`],
  ['binary', '\u0000\u0001\u0002'.repeat(MB / 3)],
];

for (const [name, text] of adversarial) {
  test(`1 MB of ${name} is analysed in linear time`, { timeout: 15_000 }, () => {
    const service = createLanguageService();
    const source = { uri: 'file:///adversarial.legal', version: 1, getText: () => text };
    service.getDiagnostics(source, DEFAULT_SETTINGS);
    service.getDocumentSymbols(source);
    service.getFoldingRanges(source);
    assert.equal(service.getModel(source).text.length, text.length);
  });
}
