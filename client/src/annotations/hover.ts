import * as vscode from 'vscode';
import { AnnotationClient } from './annotationClient';

/** Hover on an annotated passage: its tags, note and date, with links to edit or remove it. */
export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly annotations: AnnotationClient) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.annotations.at(document.uri, position);
    if (!found.length) return undefined;
    const parts = found.map((a) => {
      const md = new vscode.MarkdownString(undefined, true);
      md.isTrusted = { enabledCommands: ['zanmark.editAnnotation', 'zanmark.removeAnnotation'] };
      const args = encodeURIComponent(JSON.stringify([document.uri.toString(), a.id]));
      md.appendMarkdown(`**${a.tags.map((t) => `#${escape(t)}`).join(' ')}**`);
      if (a.note) md.appendMarkdown(`\n\n${escape(a.note)}`);
      md.appendMarkdown(`\n\n${vscode.l10n.t('Annotated on {0}', new Date(a.created).toLocaleDateString(vscode.env.language))}`);
      md.appendMarkdown(`\n\n[${vscode.l10n.t('Edit')}](command:zanmark.editAnnotation?${args}) · [${vscode.l10n.t('Remove')}](command:zanmark.removeAnnotation?${args})`);
      return md;
    });
    const range = found[0].range!;
    return new vscode.Hover(parts, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
  }
}

function escape(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!<>|])/g, '\\$1');
}
