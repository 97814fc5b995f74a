import * as path from 'path';
import { Connection, ErrorCodes, ResponseError, SymbolInformation, SymbolKind, TextDocuments } from 'vscode-languageserver/node';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-types';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import * as l10n from '@vscode/l10n';
import { addAnnotationSymbols, annotationName, orphanDiagnostics } from '../features/annotationSymbols';
import { LineIndex } from '../model/text';
import { ANNOTATIONS_CHANGED_NOTIFICATION, AnnotationRange, AnnotationRequests } from '../protocol';
import { Settings } from '../settings';
import { EXPORT_FORMATS, ExportFormat } from './reports';
import { SIDECAR_SUFFIX } from './sidecar';
import { AnnotationError, AnnotationStore, filePath } from './store';
import { TextEdit } from './tracking';
import { toW3C } from './w3c';

/**
 * A TextDocuments configuration that tells the annotation store about every edit before the document
 * changes, so that annotations follow the text as the user types.
 */
export function trackingTextDocuments(store: AnnotationStore) {
  return {
    create: TextDocument.create,
    update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      const edits: TextEdit[] = [];
      for (const change of changes) {
        if ('range' in change) {
          edits.push({ start: document.offsetAt(change.range.start), end: document.offsetAt(change.range.end), newLength: change.text.length });
        } else {
          edits.push({ start: 0, end: document.getText().length, newLength: change.text.length });
        }
        TextDocument.update(document, [change], version);
      }
      store.didChange(document.uri, edits, document.getText());
      return document;
    },
  };
}

/** The annotation side of the language server: custom requests, workspace symbols, outline and diagnostics. */
export class AnnotationService {
  readonly store = new AnnotationStore();
  private folders: string[] = [];

  /** Folders searched for sidecars: the workspace folders, or the root the client opened. */
  setWorkspace(folders: readonly { uri: string }[] | null | undefined, rootUri: string | null | undefined): void {
    const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
    this.folders = uris.map(filePath).filter((f): f is string => f !== undefined);
  }

  diagnostics(uri: string, settings: Settings): Diagnostic[] {
    const placed = this.store.placed(uri);
    return placed ? orphanDiagnostics(placed.placed, placed.lines, settings) : [];
  }

  withSymbols(uri: string, symbols: DocumentSymbol[]): DocumentSymbol[] {
    const placed = this.store.placed(uri);
    return placed?.placed.length ? addAnnotationSymbols(symbols, placed.placed, placed.lines) : symbols;
  }

  listen(connection: Connection, documents: TextDocuments<TextDocument>, refreshDiagnostics: (uri: string) => void): void {
    const store = this.store;
    store.onDidChange((uri) => void connection.sendNotification(ANNOTATIONS_CHANGED_NOTIFICATION, { uri }));
    documents.onDidOpen((e) => store.didOpen(e.document.uri, e.document.getText()));
    documents.onDidSave((e) => store.didSave(e.document.uri));
    documents.onDidClose((e) => store.didClose(e.document.uri));

    const span = (uri: string, range: AnnotationRange | undefined) => {
      if (!isRange(range)) throw invalid('range is required');
      const document = documents.get(uri);
      const lines = new LineIndex(document ? document.getText() : '');
      return document ? { start: document.offsetAt(range.start), end: document.offsetAt(range.end) } : { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
    };
    /** Runs a request, turning what the user should read into an error the client can show. */
    const handle = <P>(method: string, run: (params: P) => unknown, changes?: (params: P) => string | undefined) =>
      connection.onRequest(method, (params: P): unknown => {
        try {
          const result = run(params ?? ({} as P));
          const uri = changes?.(params);
          if (uri) refreshDiagnostics(uri);
          return result;
        } catch (e) {
          if (e instanceof AnnotationError) throw new ResponseError(ErrorCodes.InvalidRequest, e.message);
          throw e;
        }
      });
    const uriOf = (params: { uri?: unknown } | undefined): string => {
      if (typeof params?.uri !== 'string') throw invalid('uri is required');
      return params.uri;
    };
    const idOf = (params: { id?: unknown }): string => {
      if (typeof params.id !== 'string') throw invalid('id is required');
      return params.id;
    };
    const tagsOf = (tags: unknown): string[] | undefined => {
      if (tags === undefined) return undefined;
      if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) throw invalid('tags must be a list of strings');
      return tags;
    };
    const noteOf = (note: unknown): string | undefined => {
      if (note !== undefined && typeof note !== 'string') throw invalid('note must be a string');
      return note;
    };
    type Params = { uri?: unknown; id?: unknown; range?: AnnotationRange; tags?: unknown; note?: unknown };

    handle(AnnotationRequests.list, (p: Params) => store.list(uriOf(p)));
    handle(AnnotationRequests.workspace, () => store.workspace(this.folders));
    handle(AnnotationRequests.add, (p: Params) => {
      const uri = uriOf(p);
      return store.add(uri, span(uri, p.range), tagsOf(p.tags) ?? [], noteOf(p.note) ?? '');
    }, (p) => uriOf(p));
    handle(AnnotationRequests.update, (p: Params) => store.update(uriOf(p), idOf(p), { tags: tagsOf(p.tags), note: noteOf(p.note) }), (p) => uriOf(p));
    handle(AnnotationRequests.remove, (p: Params) => {
      const uri = uriOf(p);
      // The annotation as removed, in W3C form, so that the client can offer to undo with an import.
      return { removed: true, annotation: JSON.stringify(toW3C(store.remove(uri, idOf(p)), uri)) };
    }, (p) => uriOf(p));
    handle(AnnotationRequests.reattach, (p: Params) => {
      const uri = uriOf(p);
      return store.reattach(uri, idOf(p), span(uri, p.range));
    }, (p) => uriOf(p));
    handle(AnnotationRequests.export, (p: { uris?: unknown; format?: unknown }) => {
      if (!(EXPORT_FORMATS as readonly unknown[]).includes(p.format)) throw invalid('format must be w3c, csv or markdown');
      if (p.uris !== undefined && !(Array.isArray(p.uris) && p.uris.every((u) => typeof u === 'string'))) throw invalid('uris must be a list of strings');
      const uris = (p.uris as string[] | undefined) ?? store.workspace(this.folders).filter((d) => d.annotations.length).map((d) => d.uri);
      return { content: store.export(uris, p.format as ExportFormat, (uri) => this.displayName(uri)) };
    });
    handle(AnnotationRequests.import, (p: { content?: unknown; baseUri?: unknown }) => {
      if (typeof p.content !== 'string') throw invalid('content is required');
      if (p.baseUri !== undefined && typeof p.baseUri !== 'string') throw invalid('baseUri must be a string');
      const result = store.importAnnotations(p.content, p.baseUri as string | undefined);
      result.documents.forEach(refreshDiagnostics);
      return result;
    });

    this.refreshDiagnostics = refreshDiagnostics;
  }

  private refreshDiagnostics: (uri: string) => void = () => {};

  /** Sidecars changed on disk (a pull, another editor, the CLI): open documents read theirs again. */
  watchedFilesChanged(uris: readonly string[]): void {
    for (const uri of uris) {
      if (!uri.endsWith(SIDECAR_SUFFIX)) continue;
      this.store.sidecarChanged(uri);
      this.refreshDiagnostics(uri.slice(0, -SIDECAR_SUFFIX.length));
    }
  }

  /** `#tag` finds the passages tagged with tags that begin so, across the workspace; `#` alone finds all. */
  workspaceSymbols(query: string): SymbolInformation[] {
    const trimmed = query.trim();
    if (!trimmed.startsWith('#')) return [];
    const wanted = trimmed.slice(1).toLocaleLowerCase();
    const out: SymbolInformation[] = [];
    for (const document of this.store.workspace(this.folders)) {
      for (const a of document.annotations) {
        if (!a.range || !a.tags.some((t) => t.toLocaleLowerCase().startsWith(wanted))) continue;
        out.push({ name: annotationName(a.tags, a.quote), kind: SymbolKind.Key, location: { uri: a.uri, range: a.range }, containerName: this.displayName(a.uri) });
      }
    }
    return out;
  }

  private displayName(uri: string): string {
    const file = filePath(uri);
    if (!file) return uri;
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    return folder ? path.relative(folder, file).split(path.sep).join('/') : file;
  }
}

function isRange(range: unknown): range is AnnotationRange {
  const isPosition = (p: unknown) => p !== null && typeof p === 'object' && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
  return range !== null && typeof range === 'object' && isPosition((range as AnnotationRange).start) && isPosition((range as AnnotationRange).end);
}

function invalid(what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, l10n.t('Zanmark cannot read this request: {0}.', what));
}
