import { ServerController } from '../client';
import { Command } from './commandManager';

/** `zanmark.showOutput`: shows the language server's log. */
export class ShowOutputCommand implements Command {
  readonly id = 'zanmark.showOutput';

  constructor(private readonly server: ServerController) {}

  execute(): void {
    this.server.output.show(true);
  }
}
