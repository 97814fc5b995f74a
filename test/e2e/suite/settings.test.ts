import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_002, describeDiagnostics, openFixture, waitForDiagnostics } from './helpers';

const SETTING = 'diagnostics.citation.unresolved';

function setSeverity(value: string | undefined): Thenable<void> {
  return vscode.workspace.getConfiguration('zanmark').update(SETTING, value, vscode.ConfigurationTarget.Workspace);
}

const allOf = (severity: vscode.DiagnosticSeverity) => (d: vscode.Diagnostic[]) =>
  d.length === 4 && d.every((x) => x.severity === severity);

describe(`setting zanmark.${SETTING}`, () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openFixture(SEED_002);
    await waitForDiagnostics(document.uri, '4 errors', allOf(vscode.DiagnosticSeverity.Error));
  });

  after(async () => {
    await setSeverity(undefined);
    await waitForDiagnostics(document.uri, '4 errors again', allOf(vscode.DiagnosticSeverity.Error));
  });

  it('"warning" turns the findings into warnings', async () => {
    await setSeverity('warning');
    const diagnostics = await waitForDiagnostics(document.uri, '4 warnings', allOf(vscode.DiagnosticSeverity.Warning));
    assert.deepStrictEqual(diagnostics.map((d) => d.message).sort(), [1, 2, 3, 4].map((n) => `Source ${n} is cited, but the reference list is empty`));
  });

  it('"off" removes them', async () => {
    await setSeverity('off');
    const diagnostics = await waitForDiagnostics(document.uri, 'no diagnostics', (d) => d.length === 0);
    assert.strictEqual(diagnostics.length, 0, describeDiagnostics(diagnostics));
  });

  it('removing the setting brings the errors back', async () => {
    await setSeverity(undefined);
    const diagnostics = await waitForDiagnostics(document.uri, '4 errors', allOf(vscode.DiagnosticSeverity.Error));
    assert.strictEqual(diagnostics.length, 4);
  });
});
