import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { MessageConnection, StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from '../support';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; severity: number; code: string; message: string; source: string }[];
}

/** A plain JSON-RPC client driving the bundled `zanmark-ls --stdio`, as another editor would. */
export class LspClient {
  readonly connection: MessageConnection;
  readonly published: PublishedDiagnostics[] = [];
  readonly shown: { type: number; message: string }[] = [];
  private readonly server: ChildProcess;
  private waiters: (() => void)[] = [];
  /** What the client answers to `workspace/configuration`, per requested scope. */
  configuration: (scopeUri: string | undefined) => unknown = () => ({});

  constructor() {
    this.server = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
      this.published.push(params);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
      this.shown.push(params);
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { scopeUri?: string; section?: string }[] }) =>
      params.items.map((item) => this.configuration(item.scopeUri)));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    this.connection.listen();
  }

  refreshes = 0;

  async initialize(capabilities: object, locale?: string): Promise<{ capabilities: Record<string, unknown>; serverInfo?: { name: string } }> {
    const result = await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, locale });
    this.connection.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, languageId = 'legal-text', version = 1): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    this.connection.sendNotification(method, params);
  }

  /** Resolves when `condition` holds, re-checking after each message from the server. */
  async until<T>(what: string, condition: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value !== undefined) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  lastPublished(uri: string, predicate: (p: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    return this.until(`diagnostics for ${uri}`, () => [...this.published].reverse().find((p) => p.uri === uri && predicate(p)));
  }

  async exit(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.server.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest('shutdown');
    this.connection.sendNotification('exit');
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }
}

export const PULL_CAPABILITIES = {
  textDocument: { diagnostic: { dynamicRegistration: false }, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
  workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeConfiguration: { dynamicRegistration: true } },
};
