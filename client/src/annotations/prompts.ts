import * as vscode from 'vscode';
import { AnnotationInfo } from '../../../server/src/protocol';
import { configuredTags } from './taxonomy';

interface TagItem extends vscode.QuickPickItem {
  readonly tag?: string;
  readonly newTag?: true;
}

/**
 * Asks which tags to put on a passage: the taxonomy, recent tags and «New tag…»; several may be
 * checked. Returns undefined when the user cancels.
 */
export async function pickTags(recent: readonly string[], selected: readonly string[] = []): Promise<string[] | undefined> {
  const taxonomy = configuredTags();
  const known = new Set(taxonomy.map((t) => t.id));
  const items: TagItem[] = [];
  const others = [...selected, ...recent].filter((t, i, all) => !known.has(t) && all.indexOf(t) === i);
  if (others.length) {
    items.push({ label: vscode.l10n.t('Recent'), kind: vscode.QuickPickItemKind.Separator });
    items.push(...others.map((t) => ({ label: t, tag: t, picked: selected.includes(t) })));
  }
  items.push({ label: vscode.l10n.t('Taxonomy'), kind: vscode.QuickPickItemKind.Separator });
  items.push(...taxonomy.map((t) => ({ label: t.id, description: t.label === t.id ? undefined : t.label.replace(t.id, '').trim(), tag: t.id, picked: selected.includes(t.id) })));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: `$(add) ${vscode.l10n.t('New tag…')}`, newTag: true, alwaysShow: true });
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Tag the passage'),
    placeHolder: vscode.l10n.t('Check one or more tags, then press Enter'),
    ignoreFocusOut: true,
  });
  if (!chosen) return undefined;
  const tags = chosen.filter((i) => i.tag).map((i) => i.tag!);
  if (chosen.some((i) => i.newTag)) {
    const typed = await vscode.window.showInputBox({
      title: vscode.l10n.t('New tag'),
      prompt: vscode.l10n.t('One tag, or several separated by commas'),
      ignoreFocusOut: true,
      validateInput: (v) => (v.split(',').some((t) => t.trim()) ? undefined : vscode.l10n.t('Type a tag name')),
    });
    if (typed === undefined) return undefined;
    tags.push(...typed.split(',').map((t) => t.trim().replace(/^#+/, '')).filter(Boolean));
  }
  if (!tags.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No tag was chosen: the passage is not annotated.'));
    return undefined;
  }
  return [...new Set(tags)];
}

/** Asks for the optional note; undefined when the user cancels. */
export function askNote(initial = ''): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Note (optional)'),
    prompt: vscode.l10n.t('A note on the passage, or nothing; press Enter'),
    value: initial,
    ignoreFocusOut: true,
  });
}

/** One line naming an annotation: its tags and the beginning of its passage. */
export function describeAnnotation(a: AnnotationInfo): string {
  const quote = a.quote.replace(/\s+/g, ' ').trim();
  return `${a.tags.map((t) => `#${t}`).join(' ')} «${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}»`;
}

/** When several annotations overlap, asks which one; with one, returns it. */
export async function chooseAnnotation(candidates: readonly AnnotationInfo[], title: string): Promise<AnnotationInfo | undefined> {
  if (candidates.length <= 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((a) => ({ label: describeAnnotation(a), description: a.note || undefined, annotation: a })),
    { title, placeHolder: vscode.l10n.t('Several annotations cover this place: choose one') },
  );
  return picked?.annotation;
}
