import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, openFixture, rangeText, waitForDiagnostics } from './helpers';

/** A copy of seed 002 in a folder whose `.zanmark.json` keeps every check at its default. */
const SEED = 'figures/figures-002.txt';
/** Findings that have no quick fix: what fix-all leaves behind. */
const UNFIXABLE = new Set(['citation.unresolved', 'figure.truncated']);

describe('figures and spelling hygiene', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a squiggle under «19, 8%» and the lightbulb fix that writes «19,8%»', async () => {
    const document = await openFixture(SEED);
    const diagnostics = await waitForDiagnostics(document.uri, 'figure.decimal-space', (d) => d.some((x) => codeOf(x) === 'figure.decimal-space'));
    const squiggle = diagnostics.find((d) => codeOf(d) === 'figure.decimal-space' && d.range.start.line === 6);
    assert.ok(squiggle, describeDiagnostics(diagnostics));
    assert.strictEqual(rangeText(squiggle.range), '6:28-6:34');
    assert.strictEqual(document.getText(squiggle.range), '19, 8%');
    assert.strictEqual(squiggle.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, squiggle.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Write «19,8»');
    assert.ok(fix?.edit, actions.map((a) => a.title).join('\n'));
    assert.strictEqual(await vscode.workspace.applyEdit(fix.edit), true);
    assert.ok(document.lineAt(6).text.startsWith('құрады, ол жалпы халықтың - 19,8% құрайды.'), document.lineAt(6).text);
  });

  it('zanmark.fixAll leaves no fixable finding', async () => {
    const document = await openFixture(SEED);
    await waitForDiagnostics(document.uri, 'script.mixed', (d) => d.some((x) => codeOf(x) === 'script.mixed'));
    await vscode.commands.executeCommand('zanmark.fixAll');
    const left = await waitForDiagnostics(document.uri, 'only findings without a fix', (d) => d.length > 0 && d.every((x) => UNFIXABLE.has(String(codeOf(x)))));
    assert.deepStrictEqual([...new Set(left.map((d) => String(codeOf(d))))].sort(), ['citation.unresolved', 'figure.truncated']);
    assert.ok(document.getText().includes('халықтың - 19,8% құрайды'));
    assert.ok(document.getText().includes('E-Government'));
    assert.ok(document.getText().includes('таңғы 08:25 минутта'));
  });
});
