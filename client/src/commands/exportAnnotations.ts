import * as vscode from 'vscode';
import { AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { Command } from './commandManager';

const FORMATS = [
  { format: 'w3c', extension: 'jsonld', label: 'W3C Web Annotation (JSON-LD)' },
  { format: 'csv', extension: 'csv', label: 'CSV' },
  { format: 'markdown', extension: 'md', label: 'Markdown' },
] as const;

/** What a caller (a test) may give instead of answering the prompts. */
interface ExportOptions {
  readonly format?: (typeof FORMATS)[number]['format'];
  readonly uris?: readonly string[];
  readonly target?: vscode.Uri;
}

/** `zanmark.exportAnnotations`: writes the annotations of this file or of the workspace as W3C JSON-LD, CSV or a Markdown report. */
export class ExportAnnotationsCommand implements Command {
  readonly id = 'zanmark.exportAnnotations';

  constructor(private readonly annotations: AnnotationClient) {}

  async execute(options?: ExportOptions): Promise<vscode.Uri | undefined> {
    const format = options?.format ? FORMATS.find((f) => f.format === options.format) : await vscode.window.showQuickPick(
      FORMATS.map((f) => ({ ...f, description: f.format === 'csv' ? vscode.l10n.t('for a spreadsheet') : f.format === 'markdown' ? vscode.l10n.t('a report grouped by tag') : vscode.l10n.t('for other annotation tools') })),
      { title: vscode.l10n.t('Export annotations'), placeHolder: vscode.l10n.t('Choose a format') },
    );
    if (!format) return undefined;
    let uris = options?.uris;
    const active = vscode.window.activeTextEditor?.document.uri;
    if (!uris && active && !options?.target) {
      const scope = await vscode.window.showQuickPick([
        { label: vscode.l10n.t('This file'), uris: [active.toString()] },
        { label: vscode.l10n.t('All annotated files of the workspace'), uris: undefined },
      ], { title: vscode.l10n.t('Export annotations') });
      if (!scope) return undefined;
      uris = scope.uris;
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = options?.target ?? await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `annotations.${format.extension}`),
      filters: { [format.label]: [format.extension] },
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return undefined;
    try {
      const { content } = await this.annotations.request<{ content: string }>(AnnotationRequests.export, { format: format.format, ...(uris ? { uris } : {}) });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return undefined;
    }
    if (!options) {
      const open = vscode.l10n.t('Open');
      void vscode.window.showInformationMessage(vscode.l10n.t('Annotations exported to {0}.', target.fsPath), open).then((c) => {
        if (c === open) void vscode.commands.executeCommand('vscode.open', target);
      });
    }
    return target;
  }
}
