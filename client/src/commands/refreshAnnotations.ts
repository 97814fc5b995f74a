import { AnnotationTree } from '../annotations/treeView';
import { Command } from './commandManager';

/** `zanmark.refreshAnnotations`: reads every sidecar of the workspace again for the Annotations view. */
export class RefreshAnnotationsCommand implements Command {
  readonly id = 'zanmark.refreshAnnotations';

  constructor(private readonly tree: AnnotationTree) {}

  execute(): void {
    this.tree.refresh();
  }
}
