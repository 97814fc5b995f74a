import * as vscode from 'vscode';
import { ServerController } from '../client';
import { Command } from './commandManager';

/** The code action kind the server gives to its fix-all action (`editor.codeActionsOnSave` uses it too). */
const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('zanmark');

/** `zanmark.fixAll`: applies every safe fix of the active document as one undoable edit. */
export class FixAllCommand implements Command {
  readonly id = 'zanmark.fixAll';

  constructor(private readonly server: ServerController) {}

  async execute(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to fix its problems.'));
      return;
    }
    if (!this.server.running) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Zanmark cannot fix the document: the language server is not running.'));
      return;
    }
    const document = editor.document;
    const version = document.version;
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
      'vscode.executeCodeActionProvider', document.uri, whole, FIX_ALL_KIND.value,
    );
    const fixAll = actions?.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
    if (!fixAll?.edit) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Zanmark: nothing to fix safely in this document'), 3000);
      return;
    }
    if (document.version !== version) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The document changed while the fixes were computed; run the command again.'));
      return;
    }
    const applied = await vscode.workspace.applyEdit(fixAll.edit);
    if (!applied) void vscode.window.showErrorMessage(vscode.l10n.t('Zanmark could not apply the fixes: the document may be read-only.'));
  }
}
