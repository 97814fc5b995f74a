import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../../../server/src/protocol';
import { AnnotationClient, toRange } from './annotationClient';
import { configuredTags, tagColor } from './taxonomy';

/** Paints annotated passages in the colour of their first tag, in every visible editor. */
export class AnnotationDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly annotations: AnnotationClient) {
    this.disposables.push(
      annotations.onDidChange((uri) => this.paint(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paint(undefined)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.annotations.tags`)) {
          this.clearTypes();
          this.paint(undefined);
        }
      }),
    );
  }

  private paint(uri: string | undefined): void {
    const tags = configuredTags();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (uri !== undefined && uri !== key) continue;
      const cached = this.annotations.cached(editor.document.uri);
      if (!cached) {
        void this.annotations.refresh(editor.document.uri);
        continue;
      }
      const byTag = new Map<string, vscode.Range[]>();
      for (const a of cached.annotations) {
        if (!a.range) continue;
        const tag = a.tags[0] ?? '';
        byTag.set(tag, [...(byTag.get(tag) ?? []), toRange(a.range)]);
      }
      for (const tag of new Set([...this.types.keys(), ...byTag.keys()])) {
        editor.setDecorations(this.typeFor(tag, tagColor(tag, tags)), byTag.get(tag) ?? []);
      }
    }
  }

  private typeFor(tag: string, color: string): vscode.TextEditorDecorationType {
    let type = this.types.get(tag);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({
        backgroundColor: `${color}33`,
        borderColor: color,
        borderStyle: 'none none solid none',
        borderWidth: '2px',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Center,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      this.types.set(tag, type);
    }
    return type;
  }

  private clearTypes(): void {
    this.types.forEach((t) => t.dispose());
    this.types.clear();
  }

  dispose(): void {
    this.clearTypes();
    this.disposables.forEach((d) => d.dispose());
  }
}
