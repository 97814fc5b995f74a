import {
  CancellationToken,
  CodeActionKind,
  Connection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentIdentifier,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnnotationService, trackingTextDocuments } from './annotations/lsp';
import { SIDECAR_SUFFIX } from './annotations/sidecar';
import * as l10n from '@vscode/l10n';
import { FIX_ALL_KIND } from './features/codeActions';
import { toTextEdits } from './features/edits';
import { useLocale } from './localization';
import { PROJECT_CONFIG_FILE } from './projectConfig';
import { RenumberReferencesParams, RenumberReferencesRequest, RenumberReferencesResult, SERVER_NAME } from './protocol';
import { LanguageService, createLanguageService } from './service';
import { Settings } from './settings';
import { SettingsStore } from './settingsStore';
import { BUILTIN_GLOSSARY } from './terms/builtinGlossary';
import { INDEX_WATCHERS, OpenDocumentIndexer, configuredGlossaries, folderPaths, indexWorkspace, publishGlossaryProblems } from './workspace/indexing';
import { WorkspaceIndex } from './workspace/workspaceIndex';
import { ZANMARK_VERSION } from './version';

const PUSH_DELAY_MS = 150;
const USAGE = `Usage: zanmark-ls --stdio | --node-ipc | --socket=<port> | --pipe=<name>
${SERVER_NAME}: the Zanmark language server for any LSP client.`;

function main(argv: readonly string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${SERVER_NAME} ${ZANMARK_VERSION}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!argv.some((a) => /^--(stdio|node-ipc|socket(=|$)|pipe(=|$)|clientProcessId)/.test(a))) {
    process.stderr.write(`zanmark-ls: choose a transport, for example --stdio\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  serve(createConnection());
}

/** Wires the LSP connection to the language service: handlers only find the document and delegate. */
export function serve(connection: Connection): void {
  const annotations = new AnnotationService();
  const documents = new TextDocuments(trackingTextDocuments(annotations.store));
  const workspace = new WorkspaceIndex(BUILTIN_GLOSSARY);
  const service: LanguageService = createLanguageService({ workspace });
  let folders: string[] = [];
  const openDocuments = new OpenDocumentIndexer(workspace, (uri) => {
    const document = documents.get(uri);
    return document ? service.getModel(document) : undefined;
  });
  const settings = new SettingsStore(connection);
  let pullDiagnostics = false;
  let refreshSupport = false;
  const pending = new Map<string, NodeJS.Timeout>();

  const documentOf = (params: { textDocument?: TextDocumentIdentifier } | undefined): TextDocument | undefined => {
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'textDocument.uri is required');
    return documents.get(uri);
  };

  const positionOf = (params: { position?: { line?: unknown; character?: unknown } }) => {
    const p = params.position;
    if (!p || typeof p.line !== 'number' || typeof p.character !== 'number') throw new ResponseError(ErrorCodes.InvalidParams, 'position is required');
    return { line: p.line, character: p.character };
  };

  /** The findings of a document and of its annotations; a document over the size limit is told about once. */
  const toldLarge = new Set<string>();
  const diagnosticsOf = (document: TextDocument, documentSettings: Settings, token?: CancellationToken) => {
    if (service.isLarge(document) && !toldLarge.has(document.uri)) {
      toldLarge.add(document.uri);
      const name = decodeURIComponent(document.uri.slice(document.uri.lastIndexOf('/') + 1));
      const megabytes = Math.round(Buffer.byteLength(document.getText()) / (1024 * 1024));
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: l10n.t('{0} is very large ({1} MB): Zanmark checks only its citations there.', name, megabytes),
      });
    }
    return [...service.getDiagnostics(document, documentSettings, token), ...annotations.diagnostics(document.uri, documentSettings)];
  };

  /** Diagnostics of a newly opened document go out at once; while the user types they wait a moment. */
  const seen = new Set<string>();
  const push = (document: TextDocument) => {
    const delay = seen.has(document.uri) ? PUSH_DELAY_MS : 0;
    seen.add(document.uri);
    clearTimeout(pending.get(document.uri));
    pending.set(document.uri, setTimeout(async () => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current) return;
      const documentSettings = await settings.forDocument(current.uri);
      const diagnostics = diagnosticsOf(current, documentSettings);
      if (documents.get(document.uri)?.version !== current.version) return;
      void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics });
    }, delay));
  };

  const settingsChanged = () => {
    settings.clear();
    void configuredGlossaries(settings, folders).then((files) => workspace.useExtraFiles(files));
    if (pullDiagnostics) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      documents.all().forEach(push);
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    useLocale(params.locale);
    annotations.setWorkspace(params.workspaceFolders, params.rootUri);
    const capabilities = params.capabilities;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
    settings.configure(capabilities);
    folders = folderPaths(params.workspaceFolders, params.rootUri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        workspaceSymbolProvider: true,
        documentSymbolProvider: { label: 'Zanmark' },
        foldingRangeProvider: true,
        ...(service.capabilities.hover ? { hoverProvider: true } : {}),
        ...(service.capabilities.definition ? { definitionProvider: true } : {}),
        ...(service.capabilities.references ? { referencesProvider: true } : {}),
        ...(service.capabilities.highlights ? { documentHighlightProvider: true } : {}),
        ...(service.capabilities.completion
          ? { completionProvider: { triggerCharacters: [...service.capabilities.completion.triggerCharacters], resolveProvider: false } }
          : {}),
        ...(service.capabilities.codeActions
          ? { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } }
          : {}),
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: SERVER_NAME, version: ZANMARK_VERSION },
    };
  });

  connection.onInitialized(() => {
    settings.onProblem((message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    if (settings.canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'zanmark' });
    }
    if (settings.canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${PROJECT_CONFIG_FILE}` }, { globPattern: `**/*${SIDECAR_SUFFIX}` }, ...INDEX_WATCHERS],
      });
    }
    publishGlossaryProblems(connection, workspace);
    void (async () => {
      await indexWorkspace(connection, workspace, folders, await configuredGlossaries(settings, folders));
    })().catch((error: unknown) => connection.console.error(`Indexing failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`));
  });

  connection.onDidChangeConfiguration((change) => {
    settings.setPushedSettings(change.settings);
    settingsChanged();
  });
  connection.onDidChangeWatchedFiles((change) => {
    if (change.changes.some((c) => c.uri.endsWith(`/${PROJECT_CONFIG_FILE}`))) settingsChanged();
    annotations.watchedFilesChanged(change.changes.map((c) => c.uri));
    for (const c of change.changes) {
      if (documents.get(c.uri) || c.uri.endsWith(SIDECAR_SUFFIX)) continue;
      if (c.type === FileChangeType.Deleted) workspace.fileDeleted(c.uri);
      else void workspace.fileChanged(c.uri);
    }
  });

  documents.onDidChangeContent((event) => {
    openDocuments.changed(event.document.uri);
    if (!pullDiagnostics) push(event.document);
  });
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    seen.delete(event.document.uri);
    toldLarge.delete(event.document.uri);
    service.forget(event.document.uri);
    void openDocuments.closed(event.document.uri);
    settings.forget(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token: CancellationToken): Promise<DocumentDiagnosticReport> => {
    const document = documentOf(params);
    if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const documentSettings = await settings.forDocument(document.uri);
    if (token.isCancellationRequested) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(document, documentSettings, token) };
  });

  connection.onDocumentSymbol((params, token) => {
    const document = documentOf(params);
    return document ? annotations.withSymbols(document.uri, service.getDocumentSymbols(document, token)) : [];
  });

  connection.onFoldingRanges((params, token) => {
    const document = documentOf(params);
    return document ? service.getFoldingRanges(document, token) : [];
  });

  connection.onHover((params) => {
    const document = documentOf(params);
    return document ? service.getHover(document, params.position) ?? null : null;
  });

  connection.onDefinition((params) => {
    const document = documentOf(params);
    return document ? service.getDefinition(document, positionOf(params)) : [];
  });

  connection.onReferences(async (params, token) => {
    const document = documentOf(params);
    return document ? service.getReferences(document, positionOf(params), params.context?.includeDeclaration === true, token) : [];
  });

  connection.onDocumentHighlight((params) => {
    const document = documentOf(params);
    return document ? service.getDocumentHighlights(document, positionOf(params)) : [];
  });

  connection.onCompletion((params) => {
    const document = documentOf(params);
    return document ? service.getCompletions(document, positionOf(params)) : [];
  });

  /** Answers with edits for exactly the version the client saw, never for a newer or older one. */
  const renumber = (params: RenumberReferencesParams): RenumberReferencesResult => {
    const document = documentOf(params);
    if (!document) return { kind: 'refused', message: l10n.t('Open the document in the editor, then renumber its references.') };
    if (typeof params.textDocument.version === 'number' && params.textDocument.version !== document.version) {
      return { kind: 'refused', message: l10n.t('The document changed while its references were being renumbered. Try again.') };
    }
    const plan = service.renumberReferences(document);
    if (plan.kind === 'refused') return { kind: 'refused', message: plan.reason };
    if (plan.kind === 'unchanged') return { kind: 'unchanged', message: l10n.t('The reference list is already numbered by order of first citation.') };
    return { kind: 'edits', edits: toTextEdits(service.getModel(document), plan.replacements) };
  };

  connection.onRequest<RenumberReferencesResult, void>(RenumberReferencesRequest.method, (params: RenumberReferencesParams) => renumber(params));

  connection.onCodeAction(async (params, token) => {
    const document = documentOf(params);
    if (!document) return [];
    const documentSettings = await settings.forDocument(document.uri);
    if (token.isCancellationRequested) return [];
    return service.getCodeActions(document, params.range, params.context.only, documentSettings);
  });

  connection.onWorkspaceSymbol((params) => {
    const query = typeof params?.query === 'string' ? params.query : '';
    return [...annotations.workspaceSymbols(query), ...service.getWorkspaceSymbols(query)];
  });
  annotations.listen(connection, documents, (uri) => {
    if (pullDiagnostics) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      const document = documents.get(uri);
      if (document) push(document);
    }
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) main(process.argv.slice(2));
