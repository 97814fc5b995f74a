import * as vscode from 'vscode';
import {
  CloseAction,
  CloseHandlerResult,
  DocumentSelector,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { SERVER_NAME, SETTINGS_SECTION } from '../../server/src/protocol';
import { affectsServedLanguages, explicitSettings, servedLanguages } from './config';

const CRASH_WINDOW_MS = 3 * 60 * 1000;
const MAX_RESTARTS = 4;

/**
 * Starts the language server when a served document is open, restarts it when it stops
 * unexpectedly (a few times), and tells the user in plain words when it cannot.
 */
export class ServerController implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private readonly crashes: number[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly started = new vscode.EventEmitter<LanguageClient>();
  /** Fires each time the server has started (again), for features that listen to its notifications. */
  readonly onDidStart = this.started.event;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(SERVER_NAME, { log: true });
    this.disposables.push(
      this.output,
      this.started,
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (this.serves(document)) void this.start();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsServedLanguages(event)) void this.onLanguagesChanged();
      }),
    );
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  /** The language client while the server runs, for commands that send it requests. */
  get languageClient(): LanguageClient | undefined {
    return this.running ? this.client : undefined;
  }

  /** Starts the server if a served document is already open. */
  startIfNeeded(): Promise<void> {
    return vscode.workspace.textDocuments.some((d) => this.serves(d)) ? this.start() : Promise.resolve();
  }

  start(): Promise<void> {
    if (this.client) return this.starting ?? Promise.resolve();
    const client = this.createClient();
    this.client = client;
    this.starting = client.start().then(
      () => this.started.fire(client),
      (error: unknown) => {
        this.client = undefined;
        void this.reportStartFailure(error);
      },
    ).finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await this.starting;
    if (client && client.state !== State.Stopped) await client.stop();
  }

  async restart(): Promise<void> {
    this.crashes.length = 0;
    await this.stop();
    await this.start();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  private serves(document: vscode.TextDocument): boolean {
    return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && servedLanguages().includes(document.languageId);
  }

  private async onLanguagesChanged(): Promise<void> {
    if (this.client) await this.restart();
    else await this.startIfNeeded();
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const documentSelector: DocumentSelector = servedLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]);
    const extension = this.context.extension;
    const clientOptions: LanguageClientOptions = {
      documentSelector,
      outputChannel: this.output,
      synchronize: { configurationSection: SETTINGS_SECTION },
      initializationFailedHandler: () => false,
      errorHandler: {
        error: () => ({ action: ErrorAction.Continue }),
        closed: () => this.onClosed(),
      },
      middleware: {
        workspace: {
          configuration: (params, token, next) => {
            if (!params.items.every((item) => item.section === SETTINGS_SECTION)) return next(params, token);
            return params.items.map((item) => explicitSettings(extension, item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined));
          },
        },
      },
    };
    return new LanguageClient(SETTINGS_SECTION, SERVER_NAME, serverOptions, clientOptions);
  }

  private onClosed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes.push(now);
    while (this.crashes.length && this.crashes[0] < now - CRASH_WINDOW_MS) this.crashes.shift();
    if (this.crashes.length <= MAX_RESTARTS) return { action: CloseAction.Restart, handled: true };
    void this.reportRepeatedCrashes();
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private async reportStartFailure(error: unknown): Promise<void> {
    this.output.error(String(error instanceof Error ? error.stack ?? error.message : error));
    const showOutput = vscode.l10n.t('Show Details');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('Zanmark could not start checking your texts. Reinstalling the extension usually helps.'),
      showOutput,
    );
    if (choice === showOutput) this.output.show();
  }

  private async reportRepeatedCrashes(): Promise<void> {
    this.client = undefined;
    const restart = vscode.l10n.t('Restart');
    const showOutput = vscode.l10n.t('Show Details');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t('Zanmark stopped unexpectedly several times and will not be restarted automatically. Your texts are not affected.'),
      restart,
      showOutput,
    );
    if (choice === restart) await this.restart();
    else if (choice === showOutput) this.output.show();
  }
}
