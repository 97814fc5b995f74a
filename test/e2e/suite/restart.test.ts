import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_002, openFixture, recordDiagnosticCounts, waitForDiagnostics } from './helpers';

describe('command zanmark.restartServer', () => {
  it('is registered, next to zanmark.showOutput', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('zanmark.restartServer'));
    assert.ok(commands.includes('zanmark.showOutput'));
  });

  it('restarts the server: the diagnostics are withdrawn and published again', async () => {
    const document = await openFixture(SEED_002);
    await waitForDiagnostics(document.uri, '4 diagnostics', (d) => d.length === 4);

    const recording = recordDiagnosticCounts(document.uri);
    try {
      await vscode.commands.executeCommand('zanmark.restartServer');
      await waitForDiagnostics(document.uri, 'diagnostics withdrawn and published again', () => {
        const cleared = recording.counts.indexOf(0);
        return cleared >= 0 && recording.counts.slice(cleared + 1).includes(4);
      });
    } finally {
      recording.stop();
    }
    assert.strictEqual(vscode.languages.getDiagnostics(document.uri).length, 4);
  });
});
