import * as path from 'path';
import * as vscode from 'vscode';
import { AnnotationInfo, DocumentAnnotations } from '../../../server/src/protocol';
import { AnnotationClient, toRange } from './annotationClient';
import { describeAnnotation } from './prompts';
import { tagColor } from './taxonomy';

export const ANNOTATIONS_VIEW = 'zanmark.annotations';

type Node =
  | { readonly kind: 'tag'; readonly tag: string; readonly files: ReadonlyMap<string, AnnotationInfo[]> }
  | { readonly kind: 'file'; readonly uri: string; readonly annotations: readonly AnnotationInfo[] }
  | { readonly kind: 'orphans'; readonly annotations: readonly AnnotationInfo[] }
  | { readonly kind: 'problem'; readonly uri: string; readonly message: string }
  | { readonly kind: 'passage'; readonly annotation: AnnotationInfo; readonly orphan: boolean };

/** The Annotations view: tag → file → passage, and the orphans whose passage is gone. */
export class AnnotationTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly annotations: AnnotationClient) {
    this.subscription = annotations.onDidChange(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(undefined), 150);
    });
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return childrenOf(node);
    return roots(await this.annotations.workspace().catch(() => []));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'tag': {
        const count = [...node.files.values()].reduce((n, l) => n + l.length, 0);
        const item = new vscode.TreeItem(`#${node.tag}`, vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon('tag');
        item.id = `tag:${node.tag}`;
        item.tooltip = tagColor(node.tag);
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.annotations.length);
        return item;
      }
      case 'orphans': {
        const item = new vscode.TreeItem(vscode.l10n.t('Orphaned'), vscode.TreeItemCollapsibleState.Expanded);
        item.description = String(node.annotations.length);
        item.iconPath = new vscode.ThemeIcon('warning');
        item.tooltip = vscode.l10n.t('Annotations whose passage is no longer in the text. Select the passage again and choose «Re-attach to Selection».');
        item.id = 'orphans';
        return item;
      }
      case 'problem': {
        const item = new vscode.TreeItem(path.basename(vscode.Uri.parse(node.uri).fsPath), vscode.TreeItemCollapsibleState.None);
        item.description = vscode.l10n.t('annotations cannot be read');
        item.tooltip = node.message;
        item.iconPath = new vscode.ThemeIcon('error');
        return item;
      }
      case 'passage': {
        const a = node.annotation;
        const label = node.orphan ? `${path.basename(vscode.Uri.parse(a.uri).fsPath)}: ${describeAnnotation(a)}` : `«${shorten(a.quote)}»`;
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        item.description = node.orphan ? undefined : vscode.l10n.t('line {0}', a.range!.start.line + 1) + (a.note ? ` · ${a.note}` : '');
        item.tooltip = new vscode.MarkdownString(`${a.tags.map((t) => `#${t}`).join(' ')}\n\n«${a.quote}»${a.note ? `\n\n${a.note}` : ''}`);
        item.contextValue = node.orphan ? 'zanmark.orphan' : 'zanmark.annotation';
        item.iconPath = new vscode.ThemeIcon(node.orphan ? 'debug-disconnect' : 'quote');
        item.command = {
          command: 'vscode.open',
          title: vscode.l10n.t('Show the passage'),
          arguments: [vscode.Uri.parse(a.uri), a.range ? { selection: toRange(a.range) } : {}],
        };
        return item;
      }
    }
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Tags in alphabetical order, then Orphaned; unreadable sidecars are listed so that they are not missed. */
export function roots(documents: readonly DocumentAnnotations[]): Node[] {
  const byTag = new Map<string, Map<string, AnnotationInfo[]>>();
  const orphans: AnnotationInfo[] = [];
  const problems: Node[] = [];
  for (const d of documents) {
    if (d.problem) problems.push({ kind: 'problem', uri: d.uri, message: d.problem });
    for (const a of d.annotations) {
      if (a.status === 'orphaned') {
        orphans.push(a);
        continue;
      }
      for (const tag of a.tags) {
        const files = byTag.get(tag) ?? new Map<string, AnnotationInfo[]>();
        files.set(d.uri, [...(files.get(d.uri) ?? []), a]);
        byTag.set(tag, files);
      }
    }
  }
  const tags: Node[] = [...byTag.keys()].sort((a, b) => a.localeCompare(b)).map((tag) => ({ kind: 'tag', tag, files: byTag.get(tag)! }));
  return [...tags, ...(orphans.length ? [{ kind: 'orphans', annotations: orphans } as Node] : []), ...problems];
}

function childrenOf(node: Node): Node[] {
  switch (node.kind) {
    case 'tag': return [...node.files.entries()].map(([uri, annotations]) => ({ kind: 'file', uri, annotations }));
    case 'file': return node.annotations.map((annotation) => ({ kind: 'passage', annotation, orphan: false }));
    case 'orphans': return node.annotations.map((annotation) => ({ kind: 'passage', annotation, orphan: true }));
    default: return [];
  }
}

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
}

/** The annotation a tree item stands for, when a command is run from the view's context menu. */
export function annotationOfNode(node: unknown): AnnotationInfo | undefined {
  const n = node as Node | undefined;
  return n?.kind === 'passage' ? n.annotation : undefined;
}
