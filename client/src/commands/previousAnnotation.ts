import * as vscode from 'vscode';
import { AnnotationClient } from '../annotations/annotationClient';
import { goToAnnotation } from '../annotations/navigation';
import { Command } from './commandManager';

/** `zanmark.previousAnnotation`: selects the previous annotated passage of the file. */
export class PreviousAnnotationCommand implements Command {
  readonly id = 'zanmark.previousAnnotation';

  constructor(private readonly annotations: AnnotationClient) {}

  execute(): Promise<vscode.Range | undefined> {
    return goToAnnotation(this.annotations, -1);
  }
}
