import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import * as l10n from '@vscode/l10n';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver/node';
import type { Connection, WorkspaceFolder } from 'vscode-languageserver/node';
import { glossaryDiagnostics } from '../features/terms/glossaryDiagnostics';
import { LegalDocument } from '../model';
import { PROJECT_CONFIG_FILE } from '../projectConfig';
import { SettingsStore } from '../settingsStore';
import { WorkspaceIndex } from './workspaceIndex';

/** The bundled seeds: the default corpus, beside `dist/` in the extension and in the repository. */
export const SEEDS_DIRECTORY = path.join(__dirname, '..', 'seeds');

/** The file watchers the server asks the client for, to keep the index current. */
export const INDEX_WATCHERS = [{ globPattern: '**/*.{legal,txt,md}' }, { globPattern: '**/*.glossary.json' }];

export function folderPaths(folders: readonly WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = folders?.length ? folders.map((f) => f.uri) : rootUri ? [rootUri] : [];
  return uris.flatMap((uri) => {
    try {
      return uri.startsWith('file:') ? [fileURLToPath(uri)] : [];
    } catch {
      return [];
    }
  });
}

/** The paths of `zanmark.glossary.files`, relative to the first workspace folder. */
export function glossaryPaths(files: readonly string[], folders: readonly string[]): string[] {
  return files.map((f) => (path.isAbsolute(f) || folders.length === 0 ? f : path.join(folders[0], f)));
}

/** The glossary files the settings name (`zanmark.glossary.files`, in the editor or `.zanmark.json`). */
export async function configuredGlossaries(settings: SettingsStore, folders: readonly string[]): Promise<string[]> {
  // Settings are per resource: ask for those of the first folder, where `.zanmark.json` sits.
  const scope = folders.length ? pathToFileURL(path.join(folders[0], PROJECT_CONFIG_FILE)).toString() : 'file:///';
  return glossaryPaths((await settings.forDocument(scope)).glossaryFiles, folders);
}

/**
 * Indexes the workspace folders and the seeds in the background, with a progress notification,
 * and publishes the problems of glossary files as they are read.
 */
export async function indexWorkspace(connection: Connection, index: WorkspaceIndex, folders: readonly string[], extraFiles: readonly string[]): Promise<void> {
  const progress = await connection.window.createWorkDoneProgress();
  progress.begin(l10n.t('Zanmark: indexing terms'), 0, undefined, true);
  try {
    await index.build([...folders, SEEDS_DIRECTORY], extraFiles, (done, total) => {
      progress.report(total ? Math.round((done / total) * 100) : 100, l10n.t('{0} of {1} files', done, total));
    }, () => progress.token.isCancellationRequested);
  } finally {
    progress.done();
  }
}

export function publishGlossaryProblems(connection: Connection, index: WorkspaceIndex): void {
  index.onGlossaryProblems((uri, problems) => void connection.sendDiagnostics({ uri, diagnostics: glossaryDiagnostics(problems) }));
  index.onUnreadableGlossary((file) => void connection.sendNotification(ShowMessageNotification.type, {
    type: MessageType.Warning,
    message: l10n.t('Zanmark cannot read the glossary {0} named in zanmark.glossary.files.', file),
  }));
}

/** How long the index waits after a keystroke before it reads the document's definitions again. */
const EDIT_DELAY_MS = 300;

/**
 * Keeps the index in step with the open documents. A newly opened document counts at once; while
 * the user types, its definitions are read again after a pause, not at every keystroke (reading
 * them parses the whole document).
 */
export class OpenDocumentIndexer {
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly known = new Set<string>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly current: (uri: string) => LegalDocument | undefined,
  ) {}

  changed(uri: string): void {
    clearTimeout(this.pending.get(uri));
    if (!this.known.has(uri)) {
      this.known.add(uri);
      this.update(uri);
      return;
    }
    this.pending.set(uri, setTimeout(() => this.update(uri), EDIT_DELAY_MS));
  }

  closed(uri: string): Promise<void> {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
    this.known.delete(uri);
    return this.index.documentClosed(uri);
  }

  private update(uri: string): void {
    this.pending.delete(uri);
    const document = this.current(uri);
    if (document) this.index.documentOpened(document);
  }
}
