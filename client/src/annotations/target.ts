import * as vscode from 'vscode';
import { AnnotationInfo } from '../../../server/src/protocol';
import { AnnotationClient } from './annotationClient';
import { chooseAnnotation } from './prompts';
import { annotationOfNode } from './treeView';

/**
 * The annotation a command acts on: the one a hover link or a tree item names (`uri`, `id`), or the
 * one under the cursor, asking which one when several overlap. Tells the user when there is none.
 */
export async function targetAnnotation(annotations: AnnotationClient, args: unknown[], title: string): Promise<AnnotationInfo | undefined> {
  const fromNode = annotationOfNode(args[0]);
  if (fromNode) return fromNode;
  if (typeof args[0] === 'string' && typeof args[1] === 'string') {
    const [uri, id] = args as [string, string];
    const known = annotations.cached(vscode.Uri.parse(uri)) ?? await annotations.refresh(uri);
    const found = known?.annotations.find((a) => a.id === id);
    if (!found) void vscode.window.showWarningMessage(vscode.l10n.t('This annotation no longer exists.'));
    return found;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document and put the cursor on an annotated passage.'));
    return undefined;
  }
  if (!annotations.cached(editor.document.uri)) await annotations.refresh(editor.document.uri);
  const here = annotations.at(editor.document.uri, editor.selection.active);
  if (!here.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no annotation at the cursor.'));
    return undefined;
  }
  return chooseAnnotation(here, title);
}
