import * as vscode from 'vscode';
import { AnnotationClient } from '../annotations/annotationClient';
import { goToAnnotation } from '../annotations/navigation';
import { Command } from './commandManager';

/** `zanmark.nextAnnotation`: selects the next annotated passage of the file. */
export class NextAnnotationCommand implements Command {
  readonly id = 'zanmark.nextAnnotation';

  constructor(private readonly annotations: AnnotationClient) {}

  execute(): Promise<vscode.Range | undefined> {
    return goToAnnotation(this.annotations, 1);
  }
}
