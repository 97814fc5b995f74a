import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { article, seed } from '../support';

const service = createLanguageService();
const source = (text: string) => ({ uri: 'file:///t/outline.legal', version: Math.random(), getText: () => text });

function shape(symbols: DocumentSymbol[]): unknown[] {
  return symbols.map((s) => {
    const row = [s.name, s.kind, s.range.start.line, s.range.end.line, s.selectionRange.start.character, s.selectionRange.end.character];
    return s.children?.length ? [...row, shape(s.children)] : row;
  });
}

test('outline.legal: sections with headings, sub-sections, and both reference lists with their entries', () => {
  const symbols = service.getDocumentSymbols(source(article('outline.legal')));
  const S = SymbolKind.String;
  const A = SymbolKind.Array;
  const M = SymbolKind.EnumMember;
  const entries = shape(symbols[5].children!) as unknown[][];
  assert.deepEqual(shape(symbols).map((row) => (row as unknown[]).slice(0, 6)), [
    ['Аннотация', S, 2, 6, 0, 9],
    ['Кіріспе', S, 8, 14, 0, 7],
    ['1. Қылмыстық саясаттың ұғымы мен мазмұны', S, 16, 30, 3, 40],
    ['2. Қылмыстылықтың жай-күйі және алдын алу шаралары', S, 32, 44, 3, 50],
    ['Қорытынды', S, 46, 50, 0, 9],
    ['Әдебиеттер', A, 52, 58, 0, 10],
    ['References', A, 60, 65, 0, 10],
  ]);
  assert.deepEqual(shape(symbols[2].children!), [
    ['1.1 Ғылыми әдебиеттегі көзқарастар', S, 18, 24, 4, 34, [['қылмыстық саясат', SymbolKind.Constant, 22, 22, 0, 16]]],
    ['1.2 Құқықтық саясат тұжырымдамасындағы қылмыстық саясат', S, 26, 30, 4, 55],
  ]);
  assert.deepEqual(entries.map((e) => [e[1], e[2], e[3], e[4], e[5]]), [[M, 53, 53, 0, 2], [M, 54, 55, 0, 2], [M, 56, 56, 0, 2], [M, 57, 57, 0, 2], [M, 58, 58, 0, 2]]);
  assert.match(entries[0][0] as string, /^1\. Назарбаев Н\.Ә\. Қазақстан/);
  assert.ok((entries[1][0] as string).length <= 64 && (entries[1][0] as string).endsWith('…'));
  assert.equal(symbols[6].children!.length, 5);
});

test('a seed outline: the definitions its text gives, and its one (empty) reference list', () => {
  const symbols = service.getDocumentSymbols(source(seed('002_1dfbad7d03d8aaf7.txt')));
  assert.deepEqual(shape(symbols), [
    ['өрмекші торы', SymbolKind.Constant, 19, 19, 392, 404],
    ['қылмыстылықтың алдын алу стратегиясы', SymbolKind.Constant, 21, 23, 31, 68],
    ['Әдебиеттер', SymbolKind.Array, 30, 30, 651, 661],
  ]);
  assert.equal(symbols[0].detail, 'definition');
});

test('russian.legal: definitions sit under the section that gives them', () => {
  const symbols = service.getDocumentSymbols(source(article('russian.legal')));
  const definitions = (s: DocumentSymbol): string[] => (s.children ?? []).filter((c) => c.kind === SymbolKind.Constant).map((c) => c.name);
  assert.deepEqual(symbols.map((s) => [s.name, definitions(s)]), [
    ['Аннотация', ['УПК']],
    ['Введение', []],
    ['1. Процессуальный статус следственного судьи', ['следственный судья', 'судебный контроль']],
    ['2. Судебный контроль на досудебных стадиях', []],
    ['Заключение', []],
    ['Список литературы', []],
  ]);
});

test('folding ranges: each section, and each entry that runs over several lines', () => {
  const ranges = service.getFoldingRanges(source(article('outline.legal')));
  assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [
    [2, 6], [8, 14], [16, 30], [18, 24], [26, 30], [32, 44], [46, 50], [52, 58], [54, 55], [60, 65],
  ]);
});
