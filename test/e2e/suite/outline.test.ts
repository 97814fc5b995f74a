import * as assert from 'assert';
import * as vscode from 'vscode';
import { ARTICLE, documentSymbols, openFixture, waitFor } from './helpers';

const SECTIONS = [
  'Аннотация',
  'Кіріспе',
  '1. Қылмыстық саясаттың ұғымы мен мазмұны',
  '2. Қылмыстылықтың жай-күйі және алдын алу шаралары',
  'Қорытынды',
  'Әдебиеттер',
  'References',
];
const SUBSECTIONS_OF_1 = ['1.1 Ғылыми әдебиеттегі көзқарастар', '1.2 Құқықтық саясат тұжырымдамасындағы қылмыстық саясат'];
const REFERENCES_HEADING_LINE = 52;
const ENTRY_LINES = [53, 54, 56, 57, 58];

describe(`outline and folding of ${ARTICLE}`, () => {
  let document: vscode.TextDocument;
  let symbols: vscode.DocumentSymbol[];

  before(async () => {
    document = await openFixture(ARTICLE);
    symbols = await documentSymbols(document.uri);
  });

  it('lists the sections in document order', () => {
    assert.deepStrictEqual(symbols.map((s) => s.selectionRange.start.line), [2, 8, 16, 32, 46, 52, 60]);
    assert.deepStrictEqual(symbols.map((s) => s.name), SECTIONS);
  });

  it('nests 1.1 and 1.2 under section 1.', () => {
    const section1 = symbols.find((s) => s.selectionRange.start.line === 16);
    assert.ok(section1, 'a symbol for the heading on line 16');
    assert.deepStrictEqual(section1.children.map((s) => s.selectionRange.start.line), [18, 26]);
    section1.children.forEach((child, i) => {
      const heading = document.lineAt(child.selectionRange.start.line).text;
      assert.ok(heading.endsWith(child.name), `${JSON.stringify(child.name)} names the heading ${JSON.stringify(SUBSECTIONS_OF_1[i])}`);
      assert.strictEqual(heading, SUBSECTIONS_OF_1[i]);
    });
    for (const s of symbols.filter((x) => x !== section1 && x.kind === vscode.SymbolKind.String)) {
      assert.deepStrictEqual(s.children, [], `${s.name} has no children`);
    }
  });

  it('shows Әдебиеттер as a reference list with its 5 entries', () => {
    const list = symbols.find((s) => s.name === 'Әдебиеттер');
    assert.ok(list);
    assert.strictEqual(list.kind, vscode.SymbolKind.Array);
    assert.strictEqual(list.children.length, 5, list.children.map((c) => c.name).join('\n'));
    list.children.forEach((entry, i) => {
      const marker = `${i + 1}. `;
      assert.ok(entry.name.startsWith(marker), `entry ${i + 1} is named ${JSON.stringify(entry.name)}`);
      assert.strictEqual(entry.range.start.line, ENTRY_LINES[i]);
      const beginning = entry.name.slice(marker.length).replace(/…$/, '');
      const lineText = document.lineAt(ENTRY_LINES[i]).text;
      assert.ok(beginning.length > 0 && lineText.slice(marker.length).startsWith(beginning),
        `${JSON.stringify(entry.name)} is the beginning of ${JSON.stringify(lineText)}`);
    });
    assert.strictEqual(list.children[1].range.end.line, 55, 'entry 2 continues on line 55');
  });

  it('shows References as a reference list with its 5 entries', () => {
    const list = symbols.find((s) => s.name === 'References');
    assert.ok(list);
    assert.strictEqual(list.kind, vscode.SymbolKind.Array);
    assert.deepStrictEqual(list.children.map((c) => c.range.start.line), [61, 62, 63, 64, 65]);
    assert.deepStrictEqual(list.children.map((c) => c.name.slice(0, 3)), ['1. ', '2. ', '3. ', '4. ', '5. ']);
  });

  it('folds the Әдебиеттер section and its two-line entry', async () => {
    const ranges = await waitFor('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[] | undefined>('vscode.executeFoldingRangeProvider', document.uri);
      return r?.length ? r : undefined;
    });
    const describe = ranges.map((r) => `${r.start}-${r.end}`).join(', ');
    assert.ok(ranges.some((r) => r.start === REFERENCES_HEADING_LINE && r.end === 58), `a range starts at line 52: ${describe}`);
    assert.ok(ranges.some((r) => r.start === 54 && r.end === 55), `entry 2 (lines 54–55) folds: ${describe}`);
  });
});
