import * as vscode from 'vscode';
import { AnnotationInfo, AnnotationRequests } from '../../../server/src/protocol';
import { AnnotationClient, messageOf } from '../annotations/annotationClient';
import { askNote, pickTags } from '../annotations/prompts';
import { RecentTags } from '../annotations/taxonomy';
import { targetAnnotation } from '../annotations/target';
import { Command } from './commandManager';

/** `zanmark.editAnnotation`: changes the tags and the note of the annotation at the cursor (or the one named). */
export class EditAnnotationCommand implements Command {
  readonly id = 'zanmark.editAnnotation';

  constructor(private readonly annotations: AnnotationClient, private readonly recent: RecentTags) {}

  async execute(...args: unknown[]): Promise<AnnotationInfo | undefined> {
    const target = await targetAnnotation(this.annotations, args, vscode.l10n.t('Edit which annotation?'));
    if (!target) return undefined;
    const given = args[2] as { tags?: string[]; note?: string } | undefined;
    const tags = given?.tags ?? await pickTags(this.recent.get(), target.tags);
    if (!tags) return undefined;
    const note = given ? given.note ?? target.note : await askNote(target.note);
    if (note === undefined) return undefined;
    try {
      const updated = await this.annotations.request<AnnotationInfo>(AnnotationRequests.update, { uri: target.uri, id: target.id, tags, note });
      await this.recent.use(tags);
      return updated;
    } catch (error) {
      void vscode.window.showErrorMessage(messageOf(error));
      return undefined;
    }
  }
}
