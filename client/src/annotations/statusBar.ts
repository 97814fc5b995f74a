import * as vscode from 'vscode';
import { AnnotationClient } from './annotationClient';

/** The number of annotations in the current file, in the status bar; a click lists them. */
export class AnnotationStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zanmark.annotations.count', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly annotations: AnnotationClient) {
    this.item.name = vscode.l10n.t('Zanmark Annotations');
    this.item.command = 'zanmark.listAnnotations';
    this.disposables.push(
      this.item,
      annotations.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const cached = editor && this.annotations.cached(editor.document.uri);
    if (!cached || cached.annotations.length === 0) {
      this.item.hide();
      return;
    }
    const orphans = cached.annotations.filter((a) => a.status === 'orphaned').length;
    const anchored = cached.annotations.length - orphans;
    this.item.text = orphans ? `$(tag) ${anchored} $(warning) ${orphans}` : `$(tag) ${anchored}`;
    this.item.tooltip = orphans
      ? vscode.l10n.t('{0} annotations in this file, {1} orphaned', cached.annotations.length, orphans)
      : vscode.l10n.t('{0} annotations in this file', anchored);
    this.item.accessibilityInformation = { label: this.item.tooltip };
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
