import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_002, applyEdit, byPosition, openFixture, waitForDiagnostics } from './helpers';

const CITATION_LINES = [1, 3, 23, 27];
const lines = (d: vscode.Diagnostic[]) => byPosition(d).map((x) => x.range.start.line);
const sameLines = (expected: number[]) => (d: vscode.Diagnostic[]) => lines(d).join() === expected.join();

describe(`editing ${SEED_002}`, () => {
  it('a line inserted at the top moves the diagnostics down by one line', async () => {
    const document = await openFixture(SEED_002);
    const before = byPosition(await waitForDiagnostics(document.uri, 'diagnostics on lines 1, 3, 23, 27', sameLines(CITATION_LINES)));

    const insert = new vscode.WorkspaceEdit();
    insert.insert(document.uri, new vscode.Position(0, 0), 'Кіріспе сөз\n');
    await applyEdit(insert);
    const after = byPosition(await waitForDiagnostics(document.uri, 'diagnostics on lines 2, 4, 24, 28', sameLines(CITATION_LINES.map((l) => l + 1))));
    assert.deepStrictEqual(after.map((d) => d.range.start.character), before.map((d) => d.range.start.character));
    assert.deepStrictEqual(after.map((d) => d.message), before.map((d) => d.message));
    assert.deepStrictEqual(after.map((d) => document.getText(d.range)), ['1', '2', '3', '4']);

    const remove = new vscode.WorkspaceEdit();
    remove.delete(document.uri, new vscode.Range(0, 0, 1, 0));
    await applyEdit(remove);
    await waitForDiagnostics(document.uri, 'diagnostics back on lines 1, 3, 23, 27', sameLines(CITATION_LINES));
    await document.save();
  });
});
