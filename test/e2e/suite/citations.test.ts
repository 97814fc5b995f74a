import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  ARTICLE,
  SEED_002,
  SEED_003,
  applyEdit,
  byPosition,
  codeOf,
  describeDiagnostics,
  openFixture,
  rangeText,
  sourceNumberRange,
  waitForDiagnostics,
} from './helpers';

const UNRESOLVED = 'citation.unresolved';
const emptyList = (n: number) => `Source ${n} is cited, but the reference list is empty`;

/** Citations of the seeds (test/fixtures/articles/README.md): line and character of each `[`. */
const SEED_002_CITATIONS = [
  { source: 1, line: 1, bracket: 213, text: '[1]' },
  { source: 2, line: 3, bracket: 601, text: '[2]' },
  { source: 3, line: 23, bracket: 324, text: '[3, 497 б.]' },
  { source: 4, line: 27, bracket: 134, text: '[4, 26 б.]' },
];
const SEED_003_CITATIONS = [
  { source: 1, line: 6, bracket: 73, text: '[1,27б.]' },
  { source: 2, line: 6, bracket: 493, text: '[2, 2б.]' },
  { source: 3, line: 10, bracket: 253, text: '[3]' },
  { source: 4, line: 17, bracket: 172, text: '[4, 12-13б.]' },
  { source: 5, line: 22, bracket: 662, text: '[5, 10-11б.]' },
  { source: 6, line: 41, bracket: 210, text: '[6, 3б.]' },
];

type Citation = (typeof SEED_002_CITATIONS)[number];

function assertUnresolved(document: vscode.TextDocument, diagnostics: vscode.Diagnostic[], citations: Citation[]): void {
  const sorted = byPosition(diagnostics.filter((d) => codeOf(d) === UNRESOLVED));
  assert.strictEqual(sorted.length, citations.length, describeDiagnostics(diagnostics));
  citations.forEach((citation, i) => {
    const expected = sourceNumberRange(citation.line, citation.bracket);
    const found = document.getText(new vscode.Range(citation.line, citation.bracket, citation.line, citation.bracket + citation.text.length));
    assert.strictEqual(found, citation.text, `the fixture has ${citation.text} at ${citation.line}:${citation.bracket}`);
    const d = sorted[i];
    assert.strictEqual(rangeText(d.range), rangeText(expected), `range of the diagnostic for source ${citation.source}`);
    assert.strictEqual(document.getText(d.range), String(citation.source));
    assert.strictEqual(codeOf(d), UNRESOLVED);
    assert.strictEqual(d.source, 'zanmark');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.message, emptyList(citation.source));
  });
}

describe('citation.unresolved diagnostics', () => {
  it(`${SEED_002}: exactly 4 errors, on the source numbers 1–4`, async () => {
    const document = await openFixture(SEED_002);
    const diagnostics = await waitForDiagnostics(document.uri, '4 diagnostics', (d) => d.length === 4);
    assertUnresolved(document, diagnostics, SEED_002_CITATIONS);
  });

  it(`${SEED_003}: exactly 6 errors, on the source numbers 1–6, and 5 malformed locators`, async () => {
    const document = await openFixture(SEED_003);
    const diagnostics = await waitForDiagnostics(document.uri, '11 diagnostics', (d) => d.length === 11);
    assertUnresolved(document, diagnostics, SEED_003_CITATIONS);
    const locators = byPosition(diagnostics.filter((d) => codeOf(d) === 'citation.locator-format'));
    assert.deepStrictEqual(locators.map((d) => [document.getText(d.range), d.severity, d.message]), [
      [',27б.', vscode.DiagnosticSeverity.Warning, 'Write the citation as [1, 27 б.], not [1,27б.]'],
      [', 2б.', vscode.DiagnosticSeverity.Warning, 'Write the citation as [2, 2 б.], not [2, 2б.]'],
      [', 12-13б.', vscode.DiagnosticSeverity.Warning, 'Write the citation as [4, 12-13 б.], not [4, 12-13б.]'],
      [', 10-11б.', vscode.DiagnosticSeverity.Warning, 'Write the citation as [5, 10-11 б.], not [5, 10-11б.]'],
      [', 3б.', vscode.DiagnosticSeverity.Warning, 'Write the citation as [6, 3 б.], not [6, 3б.]'],
    ]);
  });

  it(`${ARTICLE}: every citation resolves, so there are no diagnostics`, async () => {
    const document = await openFixture(ARTICLE);
    // An empty list is also what an unanalysed document shows: add an unresolved citation, see it
    // reported, remove it again, and only then expect nothing.
    const line = 50;
    const period = document.lineAt(line).text.lastIndexOf('.');
    assert.ok(period > 0, `line ${line} is a paragraph ending in a period`);
    const at = new vscode.Position(line, period);
    const insert = new vscode.WorkspaceEdit();
    insert.insert(document.uri, at, ' [9]');
    await applyEdit(insert);

    const added = await waitForDiagnostics(document.uri, 'the diagnostic for [9]', (d) => d.some((x) => codeOf(x) === UNRESOLVED));
    const unresolved = added.filter((x) => codeOf(x) === UNRESOLVED);
    assert.strictEqual(unresolved.length, 1, describeDiagnostics(added));
    assert.strictEqual(unresolved[0].message, 'No entry 9 in the reference list');
    assert.strictEqual(rangeText(unresolved[0].range), rangeText(sourceNumberRange(line, period + 1)));

    const remove = new vscode.WorkspaceEdit();
    remove.delete(document.uri, new vscode.Range(at, at.translate(0, 4)));
    await applyEdit(remove);
    await waitForDiagnostics(document.uri, 'no diagnostics', (d) => d.length === 0);
    await document.save();
  });
});
