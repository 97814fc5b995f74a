import * as vscode from 'vscode';
import { AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { describeAnnotation } from '../annotations/prompts';
import { targetAnnotation } from '../annotations/target';
import { Command } from './commandManager';

/** `zanmark.removeAnnotation`: removes the annotation at the cursor (or the one named), with an Undo. */
export class RemoveAnnotationCommand implements Command {
  readonly id = 'zanmark.removeAnnotation';

  constructor(private readonly annotations: AnnotationClient) {}

  async execute(...args: unknown[]): Promise<boolean> {
    const target = await targetAnnotation(this.annotations, args, vscode.l10n.t('Remove which annotation?'));
    if (!target) return false;
    let removed: { annotation?: string };
    try {
      removed = await this.annotations.request<{ annotation?: string }>(AnnotationRequests.remove, { uri: target.uri, id: target.id });
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return false;
    }
    void this.offerUndo(target.uri, describeAnnotation(target), removed.annotation);
    return true;
  }

  private async offerUndo(uri: string, name: string, annotation: string | undefined): Promise<void> {
    if (!annotation) return;
    const undo = vscode.l10n.t('Undo');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Annotation {0} removed.', name), undo);
    if (choice !== undo) return;
    try {
      await this.annotations.request(AnnotationRequests.import, { content: annotation, baseUri: uri });
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
    }
  }
}
