import * as vscode from 'vscode';
import { RenumberReferencesParams, RenumberReferencesRequest, RenumberReferencesResult } from '../../../server/src/protocol';
import { ServerController } from '../client';
import { servedLanguages } from '../config';
import { Command } from './commandManager';

/** What the command did, for tests and for anyone calling it programmatically. */
export type RenumberOutcome = 'renumbered' | 'unchanged' | 'refused' | 'failed';

/**
 * `zanmark.renumberReferences`: asks the server for the edits that renumber the reference list by
 * order of first citation and applies them as one edit, so one Undo restores the document.
 */
export class RenumberReferencesCommand implements Command {
  readonly id = 'zanmark.renumberReferences';

  constructor(private readonly server: ServerController) {}

  async execute(): Promise<RenumberOutcome> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a text with a reference list to renumber it.'));
      return 'refused';
    }
    if (!servedLanguages().includes(editor.document.languageId)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Zanmark does not check {0} documents: add the language to the setting zanmark.languages to renumber its references.', editor.document.languageId));
      return 'refused';
    }
    const client = this.server.languageClient;
    if (!client) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Zanmark cannot renumber the references: its language server is not running.'));
      return 'failed';
    }
    const document = editor.document;
    const version = document.version;
    const params: RenumberReferencesParams = { textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri), version } };
    let result: RenumberReferencesResult;
    try {
      result = await client.sendRequest<RenumberReferencesResult>(RenumberReferencesRequest.method, params);
    } catch (error) {
      this.server.output.error(`zanmark.renumberReferences: ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Zanmark could not renumber the references. Your text was not changed.'));
      return 'failed';
    }
    if (result.kind === 'refused') {
      void vscode.window.showWarningMessage(result.message);
      return 'refused';
    }
    if (result.kind === 'unchanged') {
      void vscode.window.showInformationMessage(result.message);
      return 'unchanged';
    }
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The text changed while the references were being renumbered. Try again.'));
      return 'refused';
    }
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits([...result.edits]));
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Zanmark could not renumber the references. Your text was not changed.'));
      return 'failed';
    }
    void vscode.window.setStatusBarMessage(vscode.l10n.t('References renumbered by order of first citation'), 3000);
    return 'renumbered';
  }
}
