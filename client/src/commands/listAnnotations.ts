import * as path from 'path';
import * as vscode from 'vscode';
import { AnnotationInfo } from '../../../server/src/protocol';
import { AnnotationClient, messageOf, toRange } from '../annotations/annotationClient';
import { describeAnnotation } from '../annotations/prompts';
import { Command } from './commandManager';

type Scope = { readonly kind: 'file'; readonly uri: string } | { readonly kind: 'workspace' } | { readonly kind: 'tag'; readonly tag: string };

/** `zanmark.listAnnotations`: lists the annotations of this file, of the workspace, or with one tag, and goes to the one chosen. */
export class ListAnnotationsCommand implements Command {
  readonly id = 'zanmark.listAnnotations';

  constructor(private readonly annotations: AnnotationClient) {}

  async execute(): Promise<void> {
    let all: AnnotationInfo[];
    try {
      all = (await this.annotations.workspace()).flatMap((d) => d.annotations);
      const active = vscode.window.activeTextEditor?.document.uri;
      if (active && !all.some((a) => a.uri === active.toString())) all.push(...(await this.annotations.refresh(active))?.annotations ?? []);
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return;
    }
    if (!all.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no annotations yet: select a passage and run «Annotate Selection».'));
      return;
    }
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    const tags = [...new Set(all.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
    const scopes: (vscode.QuickPickItem & { scope: Scope })[] = [
      ...(active ? [{ label: `$(file) ${vscode.l10n.t('In this file')}`, description: String(all.filter((a) => a.uri === active).length), scope: { kind: 'file', uri: active } as Scope }] : []),
      { label: `$(files) ${vscode.l10n.t('In the workspace')}`, description: String(all.length), scope: { kind: 'workspace' } },
      ...tags.map((tag) => ({ label: `$(tag) #${tag}`, description: String(all.filter((a) => a.tags.includes(tag)).length), scope: { kind: 'tag', tag } as Scope })),
    ];
    const scope = await vscode.window.showQuickPick(scopes, { title: vscode.l10n.t('List annotations'), placeHolder: vscode.l10n.t('Which annotations?') });
    if (!scope) return;
    const s = scope.scope;
    const chosen = all.filter((a) => s.kind === 'workspace' || (s.kind === 'file' ? a.uri === s.uri : a.tags.includes(s.tag)));
    const picked = await vscode.window.showQuickPick(chosen.map((a) => ({
      label: describeAnnotation(a),
      description: `${path.basename(vscode.Uri.parse(a.uri).fsPath)}${a.range ? `:${a.range.start.line + 1}` : ` · ${vscode.l10n.t('orphaned')}`}`,
      detail: a.note || undefined,
      annotation: a,
    })), { title: scope.label.replace(/^\$\([a-z]+\) /, ''), matchOnDescription: true, matchOnDetail: true });
    if (!picked) return;
    const a = picked.annotation;
    await vscode.window.showTextDocument(vscode.Uri.parse(a.uri), a.range ? { selection: toRange(a.range) } : {});
  }
}
