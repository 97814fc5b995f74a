import * as vscode from 'vscode';
import { AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { Command } from './commandManager';

interface ImportResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

/** `zanmark.importAnnotations`: merges W3C annotations (an export, another tool's file) by id, without duplicates. */
export class ImportAnnotationsCommand implements Command {
  readonly id = 'zanmark.importAnnotations';

  constructor(private readonly annotations: AnnotationClient) {}

  async execute(source?: vscode.Uri): Promise<ImportResult | undefined> {
    const file = source ?? (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [vscode.l10n.t('W3C Web Annotations')]: ['jsonld', 'json'] },
      openLabel: vscode.l10n.t('Import'),
      title: vscode.l10n.t('Import annotations'),
    }))?.[0];
    if (!file) return undefined;
    try {
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const result = await this.annotations.request<ImportResult>(AnnotationRequests.import, { content, baseUri: file.toString() });
      void vscode.window.showInformationMessage(vscode.l10n.t('Annotations imported: {0} new, {1} updated, {2} already there.', result.added, result.updated, result.unchanged));
      return result;
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return undefined;
    }
  }
}
