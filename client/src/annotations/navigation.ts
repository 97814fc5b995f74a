import * as vscode from 'vscode';
import { AnnotationClient, toRange } from './annotationClient';

/** Moves the cursor to the next (or previous) annotated passage of the file, wrapping around. */
export async function goToAnnotation(annotations: AnnotationClient, direction: 1 | -1): Promise<vscode.Range | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const known = annotations.cached(editor.document.uri) ?? await annotations.refresh(editor.document.uri);
  const ranges = (known?.annotations ?? []).filter((a) => a.range).map((a) => toRange(a.range!)).sort((a, b) => a.start.compareTo(b.start));
  if (!ranges.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file has no annotated passages.'));
    return undefined;
  }
  const here = editor.selection.start;
  const next = direction === 1
    ? ranges.find((r) => r.start.isAfter(here)) ?? ranges[0]
    : [...ranges].reverse().find((r) => r.start.isBefore(here)) ?? ranges[ranges.length - 1];
  editor.selection = new vscode.Selection(next.start, next.end);
  editor.revealRange(next, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return next;
}
