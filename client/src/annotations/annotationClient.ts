import * as vscode from 'vscode';
import { ANNOTATIONS_CHANGED_NOTIFICATION, AnnotationInfo, AnnotationRequests, DocumentAnnotations } from '../../../server/src/protocol';
import { ServerController } from '../client';

const REFRESH_DELAY_MS = 100;

/**
 * The client's view of the annotations the server owns: asks the server through the custom requests
 * of protocol.ts and keeps the latest answer per document, so that decorations, hover, the tree and
 * the status bar read one copy.
 */
export class AnnotationClient implements vscode.Disposable {
  private readonly documents = new Map<string, DocumentAnnotations>();
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with a document URI when its annotations changed, or undefined when any may have. */
  readonly onDidChange = this.changed.event;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly reported = new Set<string>();

  constructor(private readonly server: ServerController) {
    this.disposables.push(
      server.onDidStart((client) => {
        this.disposables.push(client.onNotification(ANNOTATIONS_CHANGED_NOTIFICATION, (params: { uri?: unknown }) => {
          if (typeof params?.uri === 'string') this.scheduleRefresh(params.uri);
        }));
        this.documents.clear();
        this.changed.fire(undefined);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.documents.delete(document.uri.toString())) this.changed.fire(document.uri.toString());
      }),
    );
  }

  /** The annotations of a document as last reported; undefined until the server has been asked. */
  cached(uri: vscode.Uri): DocumentAnnotations | undefined {
    return this.documents.get(uri.toString());
  }

  /** Asks the server for a document's annotations and tells the user once if its sidecar is broken. */
  async refresh(uri: vscode.Uri | string): Promise<DocumentAnnotations | undefined> {
    const key = uri.toString();
    if (!this.server.languageClient) return undefined;
    let result: DocumentAnnotations;
    try {
      result = await this.request<DocumentAnnotations>(AnnotationRequests.list, { uri: key });
    } catch {
      return undefined;
    }
    this.documents.set(key, result);
    if (result.problem && !this.reported.has(result.problem)) {
      this.reported.add(result.problem);
      void vscode.window.showErrorMessage(result.problem);
    }
    this.changed.fire(key);
    return result;
  }

  /** Every annotated document of the workspace; empty while the server is not running. */
  async workspace(): Promise<readonly DocumentAnnotations[]> {
    if (!this.server.languageClient) return [];
    return this.request<DocumentAnnotations[]>(AnnotationRequests.workspace, {});
  }

  /** The anchored annotations whose passage holds `position`, innermost first. */
  at(uri: vscode.Uri, position: vscode.Position): AnnotationInfo[] {
    const annotations = this.cached(uri)?.annotations ?? [];
    return annotations
      .filter((a) => a.range && toRange(a.range).contains(position))
      .sort((a, b) => length(a) - length(b));
  }

  /**
   * Sends a request, starting the server if needed. Failures are thrown as errors whose message is
   * a sentence for the user (the server writes them so).
   */
  async request<T>(method: string, params: object): Promise<T> {
    if (!this.server.languageClient) await this.server.start();
    const client = this.server.languageClient;
    if (!client) throw new Error(vscode.l10n.t('Zanmark cannot reach its server: it is not running. Run «Zanmark: Restart Language Server» and try again.'));
    const result = await client.sendRequest<T>(method, params);
    // After a change, read the document's annotations again (the server only notifies for open documents).
    const uri = (params as { uri?: unknown }).uri;
    if (method !== AnnotationRequests.list && method !== AnnotationRequests.workspace) {
      if (typeof uri === 'string') this.scheduleRefresh(uri, 0);
      else this.changed.fire(undefined);
    }
    return result;
  }

  private scheduleRefresh(uri: string, delay = REFRESH_DELAY_MS): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      void this.refresh(uri);
    }, delay));
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

export function toRange(range: NonNullable<AnnotationInfo['range']>): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function length(a: AnnotationInfo): number {
  const r = a.range!;
  return (r.end.line - r.start.line) * 1e6 + (r.end.character - r.start.character);
}

/** A server error's message, which the server writes for the user; anything else as it is. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
