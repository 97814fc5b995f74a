import * as vscode from 'vscode';
import { activateAnnotations } from './annotations';
import { ServerController } from './client';
import { CommandManager } from './commands/commandManager';
import { RenumberReferencesCommand } from './commands/renumberReferences';
import { FixAllCommand } from './commands/fixAll';
import { RestartServerCommand } from './commands/restartServer';
import { ShowOutputCommand } from './commands/showOutput';

let server: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  server = new ServerController(context);
  const commands = new CommandManager();
  commands.register(new RestartServerCommand(server));
  commands.register(new ShowOutputCommand(server));
  commands.register(new RenumberReferencesCommand(server));
  commands.register(new FixAllCommand(server));
  context.subscriptions.push(server, commands);
  activateAnnotations(context, server, commands);
  void server.startIfNeeded();
}

export function deactivate(): Promise<void> | undefined {
  return server?.stop();
}
