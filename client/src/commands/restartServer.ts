import * as vscode from 'vscode';
import { ServerController } from '../client';
import { Command } from './commandManager';

/** `zanmark.restartServer`: stops and starts the language server. */
export class RestartServerCommand implements Command {
  readonly id = 'zanmark.restartServer';

  constructor(private readonly server: ServerController) {}

  async execute(): Promise<void> {
    await this.server.restart();
    if (this.server.running) void vscode.window.setStatusBarMessage(vscode.l10n.t('Zanmark restarted'), 3000);
  }
}
