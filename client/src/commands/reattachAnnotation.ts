import * as vscode from 'vscode';
import { AnnotationInfo, AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { describeAnnotation } from '../annotations/prompts';
import { annotationOfNode } from '../annotations/treeView';
import { Command } from './commandManager';

/** `zanmark.reattachAnnotation`: puts an orphaned annotation on the passage selected in its document. */
export class ReattachAnnotationCommand implements Command {
  readonly id = 'zanmark.reattachAnnotation';

  constructor(private readonly annotations: AnnotationClient) {}

  async execute(...args: unknown[]): Promise<AnnotationInfo | undefined> {
    const editor = vscode.window.activeTextEditor;
    let orphan = annotationOfNode(args[0]) ?? (typeof args[0] === 'string' && typeof args[1] === 'string'
      ? (await this.annotations.refresh(args[0]))?.annotations.find((a) => a.id === args[1])
      : undefined);
    if (!orphan && editor) {
      const orphans = (await this.annotations.refresh(editor.document.uri))?.annotations.filter((a) => a.status === 'orphaned') ?? [];
      if (!orphans.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This file has no orphaned annotations.'));
        return undefined;
      }
      orphan = (await vscode.window.showQuickPick(orphans.map((a) => ({ label: describeAnnotation(a), annotation: a })), { title: vscode.l10n.t('Re-attach which annotation?') }))?.annotation;
    }
    if (!orphan) return undefined;
    if (!editor || editor.document.uri.toString() !== orphan.uri || editor.selection.isEmpty) {
      await vscode.window.showTextDocument(vscode.Uri.parse(orphan.uri));
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage for {0}, then run «Re-attach to Selection» again.', describeAnnotation(orphan)));
      return undefined;
    }
    try {
      return await this.annotations.request<AnnotationInfo>(AnnotationRequests.reattach, {
        uri: orphan.uri,
        id: orphan.id,
        range: { start: editor.selection.start, end: editor.selection.end },
      });
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return undefined;
    }
  }
}
