import * as vscode from 'vscode';

/** A command the extension contributes; `id` is its `zanmark.*` identifier. */
export interface Command {
  readonly id: string;
  execute(...args: unknown[]): unknown;
}

/** Owns the registrations of the extension's commands. */
export class CommandManager implements vscode.Disposable {
  private readonly registrations: vscode.Disposable[] = [];

  register(command: Command): void {
    this.registrations.push(vscode.commands.registerCommand(command.id, (...args: unknown[]) => command.execute(...args)));
  }

  dispose(): void {
    this.registrations.forEach((r) => r.dispose());
    this.registrations.length = 0;
  }
}
