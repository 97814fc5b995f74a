import * as vscode from 'vscode';
import { AnnotationInfo, AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { askNote, pickTags } from '../annotations/prompts';
import { RecentTags } from '../annotations/taxonomy';
import { Command } from './commandManager';

/** Options a caller (a test, a keybinding with `args`) may give instead of answering the prompts. */
interface AnnotateOptions {
  readonly tags?: readonly string[];
  readonly note?: string;
}

/** `zanmark.annotate`: tags the selected passage, with an optional note. */
export class AnnotateCommand implements Command {
  readonly id = 'zanmark.annotate';

  constructor(private readonly annotations: AnnotationClient, private readonly recent: RecentTags) {}

  async execute(options?: AnnotateOptions): Promise<AnnotationInfo | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty || !editor.document.getText(editor.selection).trim()) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to annotate first.'));
      return undefined;
    }
    if (editor.document.isUntitled) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Save the document first: annotations are kept in a file beside it.'));
      return undefined;
    }
    const { document, selection } = editor;
    const version = document.version;
    const tags = options?.tags ? [...options.tags] : await pickTags(this.recent.get());
    if (!tags) return undefined;
    const note = options?.note ?? (options?.tags ? '' : await askNote());
    if (note === undefined) return undefined;
    if (document.version !== version) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The text changed while you were choosing tags; select the passage again.'));
      return undefined;
    }
    try {
      const added = await this.annotations.request<AnnotationInfo>(AnnotationRequests.add, {
        uri: document.uri.toString(),
        range: { start: selection.start, end: selection.end },
        tags,
        note,
      });
      await this.recent.use(tags);
      return added;
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return undefined;
    }
  }
}
