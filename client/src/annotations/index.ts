import * as vscode from 'vscode';
import { ServerController } from '../client';
import { AnnotateCommand } from '../commands/annotate';
import { CommandManager } from '../commands/commandManager';
import { EditAnnotationCommand } from '../commands/editAnnotation';
import { ExportAnnotationsCommand } from '../commands/exportAnnotations';
import { ImportAnnotationsCommand } from '../commands/importAnnotations';
import { ListAnnotationsCommand } from '../commands/listAnnotations';
import { NextAnnotationCommand } from '../commands/nextAnnotation';
import { PreviousAnnotationCommand } from '../commands/previousAnnotation';
import { ReattachAnnotationCommand } from '../commands/reattachAnnotation';
import { RefreshAnnotationsCommand } from '../commands/refreshAnnotations';
import { RemoveAnnotationCommand } from '../commands/removeAnnotation';
import { servedLanguages } from '../config';
import { AnnotationClient } from './annotationClient';
import { AnnotationDecorations } from './decorations';
import { AnnotationHoverProvider } from './hover';
import { AnnotationStatusBar } from './statusBar';
import { RecentTags } from './taxonomy';
import { ANNOTATIONS_VIEW, AnnotationTree } from './treeView';

/** Sets up the annotation UI: commands, decorations, hover, the Annotations view and the status bar. */
export function activateAnnotations(context: vscode.ExtensionContext, server: ServerController, commands: CommandManager): void {
  const annotations = new AnnotationClient(server);
  const recent = new RecentTags(context.globalState);
  const tree = new AnnotationTree(annotations);
  commands.register(new AnnotateCommand(annotations, recent));
  commands.register(new EditAnnotationCommand(annotations, recent));
  commands.register(new RemoveAnnotationCommand(annotations));
  commands.register(new NextAnnotationCommand(annotations));
  commands.register(new PreviousAnnotationCommand(annotations));
  commands.register(new ListAnnotationsCommand(annotations));
  commands.register(new ExportAnnotationsCommand(annotations));
  commands.register(new ImportAnnotationsCommand(annotations));
  commands.register(new ReattachAnnotationCommand(annotations));
  commands.register(new RefreshAnnotationsCommand(tree));
  context.subscriptions.push(
    annotations,
    tree,
    new AnnotationDecorations(annotations),
    new AnnotationStatusBar(annotations),
    vscode.window.createTreeView(ANNOTATIONS_VIEW, { treeDataProvider: tree, showCollapseAll: true }),
    vscode.languages.registerHoverProvider(servedLanguages().flatMap((language) => [{ scheme: 'file', language }]), new AnnotationHoverProvider(annotations)),
  );
}
