import { fileURLToPath, pathToFileURL } from 'url';
import { Definition, LegalDocument, LineIndex, TermOccurrence, WordTable, definitionsOfText, foldForMatching } from '../model';
import { Range } from '../model/text';
import { OfficialGlossary } from '../terms/officialGlossary';
import { DefinitionInput, TermRegistry } from '../terms/termRegistry';
import { GLOSSARY_SUFFIX, GlossaryProblem, parseUserGlossary } from '../terms/userGlossary';
import { WorkspaceFiles, diskFiles, isIndexedFile } from './files';

/** A place in a file of the workspace. */
export interface TermLocation {
  readonly uri: string;
  readonly range: Range;
}

interface IndexedFile {
  readonly definitions: readonly DefinitionInput[];
  readonly problems: readonly GlossaryProblem[];
}

/** Progress of a build: files done out of all. */
export type IndexProgress = (done: number, total: number) => void;

/** Words on each side of a hover that are matched when the document's occurrences are not known yet: more than the longest name. */
const WINDOW_WORDS = 16;

/** Files read between two yields to the event loop, so that requests are answered while indexing. */
const BATCH = 25;

/**
 * What the workspace knows about terms: the definitions in every text of the workspace folders
 * and of the default corpus (the bundled seeds), the user glossaries, and the official glossary.
 * Open documents count as they are in the editor; the others as they are on disk. The term
 * registry is rebuilt only when a definition changes.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly openDocuments = new Map<string, LegalDocument>();
  private readonly occurrenceCache = new WeakMap<LegalDocument, { generation: number; occurrences: TermOccurrence[] }>();
  private readonly diskOccurrences = new Map<string, { generation: number; locations: Map<string, Range[]> }>();
  private registryCache: TermRegistry | undefined;
  private generationCount = 0;
  private glossaryListeners: ((uri: string, problems: readonly GlossaryProblem[]) => void)[] = [];
  /** Files found in the workspace folders, and files that settings add. */
  private readonly workspaceFiles = new Set<string>();
  private extraFiles = new Set<string>();
  private unreadableListeners: ((file: string) => void)[] = [];
  /** The folders indexed, in the order given: the workspace folders, then the default corpus. */
  private roots: string[] = [];

  constructor(
    private readonly official: OfficialGlossary,
    private readonly io: WorkspaceFiles = diskFiles,
  ) {}

  /** The place of a file in reading order: by the folder it is in (workspace folders before the default corpus). */
  folderRank(uri: string): number {
    const rank = this.roots.findIndex((root) => uri.startsWith(root));
    return rank < 0 ? this.roots.length : rank;
  }

  /** Changes whenever the set of definitions changes; caches of occurrences key on it. */
  get generation(): number {
    return this.generationCount;
  }

  get registry(): TermRegistry {
    return (this.registryCache ??= new TermRegistry(this.official, this.allDefinitions()));
  }

  /** Called with a glossary file that the settings name but that cannot be read. */
  onUnreadableGlossary(listener: (file: string) => void): void {
    this.unreadableListeners.push(listener);
  }

  /** Called with the problems of a glossary file each time it is read (an empty list when it is fine). */
  onGlossaryProblems(listener: (uri: string, problems: readonly GlossaryProblem[]) => void): void {
    this.glossaryListeners.push(listener);
  }

  /** Reads every text and glossary under `folders` (file system paths) and the extra files. */
  async build(folders: readonly string[], extraFiles: readonly string[] = [], progress?: IndexProgress, isCancelled?: () => boolean): Promise<number> {
    const found = new Set<string>(extraFiles);
    this.roots = folders.map((folder) => pathToFileURL(folder).toString().replace(/\/?$/, '/'));
    for (const folder of folders) {
      for (const file of await this.io.list(folder)) {
        found.add(file);
        this.workspaceFiles.add(pathToFileURL(file).toString());
      }
    }
    this.extraFiles = new Set(extraFiles.map((f) => pathToFileURL(f).toString()));
    const all = [...found];
    for (let i = 0; i < all.length; i++) {
      if (isCancelled?.()) break;
      await this.readFile(all[i]);
      if ((i + 1) % BATCH === 0) {
        progress?.(i + 1, all.length);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    progress?.(all.length, all.length);
    return all.length;
  }

  /**
   * The files that settings add to the workspace (`zanmark.glossary.files`): new ones are read,
   * the ones no longer named are forgotten unless the workspace has them anyway.
   */
  async useExtraFiles(files: readonly string[]): Promise<void> {
    const wanted = new Set(files.map((f) => pathToFileURL(f).toString()));
    for (const uri of this.extraFiles) {
      if (!wanted.has(uri) && !this.workspaceFiles.has(uri)) this.fileDeleted(uri);
    }
    this.extraFiles = wanted;
    for (const file of files) await this.readFile(file);
  }

  /** A file was created or changed on disk. */
  async fileChanged(uri: string): Promise<void> {
    const file = toPath(uri);
    if (file && isIndexedFile(file)) await this.readFile(file);
  }

  fileDeleted(uri: string): void {
    if (this.files.delete(uri)) this.changed();
    this.diskOccurrences.delete(uri);
    if (uri.endsWith(GLOSSARY_SUFFIX) || this.extraFiles.has(uri)) this.glossaryListeners.forEach((l) => l(uri, []));
  }

  /** The editor's version of a document replaces the disk's while it is open. */
  documentOpened(document: LegalDocument): void {
    this.openDocuments.set(document.uri, document);
    const definitions = definitionsOf(document);
    const before = this.files.get(document.uri);
    this.files.set(document.uri, { definitions, problems: [] });
    if (!sameDefinitions(before?.definitions ?? [], definitions)) this.changed();
  }

  /** A closed document counts as it is on disk again, or not at all (an untitled one, a file outside the index). */
  async documentClosed(uri: string): Promise<void> {
    this.openDocuments.delete(uri);
    if (this.files.delete(uri)) this.changed();
    if (this.workspaceFiles.has(uri) || this.extraFiles.has(uri)) await this.fileChanged(uri);
  }

  /** The occurrences of every known term in a document, computed once per version and registry. */
  occurrences(document: LegalDocument): TermOccurrence[] {
    const cached = this.occurrenceCache.get(document);
    if (cached && cached.generation === this.generationCount) return cached.occurrences;
    const occurrences = document.skipped ? [] : this.registry.matcher.findOccurrences(document.folded, document.words);
    this.occurrenceCache.set(document, { generation: this.generationCount, occurrences });
    return occurrences;
  }

  /**
   * The occurrence under `offset`. Once the document's occurrences are known they answer; before
   * that (a fresh version of a long document) only the words around the offset are matched, so
   * the first hover after an edit does not wait for the whole text.
   */
  occurrenceAt(document: LegalDocument, offset: number): TermOccurrence | undefined {
    const cached = this.occurrenceCache.get(document);
    const around = cached && cached.generation === this.generationCount
      ? cached.occurrences
      : this.occurrencesAround(document, offset);
    let lo = 0;
    let hi = around.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const { span } = around[mid];
      if (span.end < offset) lo = mid + 1;
      else if (span.start > offset) hi = mid - 1;
      else return around[mid];
    }
    return undefined;
  }

  private occurrencesAround(document: LegalDocument, offset: number): TermOccurrence[] {
    if (document.skipped || document.words.count === 0) return [];
    const { words } = document;
    // Between two words of a name the cursor is on no word: take the word before it.
    let at = -1;
    for (let o = offset; o >= Math.max(0, offset - 16) && at < 0; o--) at = words.indexAt(o);
    if (at < 0) return [];
    const first = words.span(Math.max(0, at - WINDOW_WORDS)).start;
    const last = words.span(Math.min(words.count - 1, at + WINDOW_WORDS)).end;
    return this.registry.matcher.findOccurrences(document.folded, words, { start: first, end: last });
  }

  /** Every occurrence of a term in the workspace: open documents as edited, the others from disk. */
  async references(termId: string, isCancelled?: () => boolean): Promise<TermLocation[]> {
    const locations: TermLocation[] = [];
    for (const uri of [...this.files.keys()].sort()) {
      if (isCancelled?.()) break;
      if (uri.endsWith(GLOSSARY_SUFFIX) || this.extraFiles.has(uri)) continue;
      const open = this.openDocuments.get(uri);
      if (open) {
        for (const o of this.occurrences(open)) if (o.termId === termId) locations.push({ uri, range: open.lines.rangeOf(o.span) });
        continue;
      }
      const ranges = (await this.diskLocations(uri)).get(termId) ?? [];
      for (const range of ranges) locations.push({ uri, range });
    }
    return locations;
  }

  private async diskLocations(uri: string): Promise<Map<string, Range[]>> {
    const cached = this.diskOccurrences.get(uri);
    if (cached && cached.generation === this.generationCount) return cached.locations;
    const file = toPath(uri);
    const text = file ? await this.io.read(file) : undefined;
    const locations = new Map<string, Range[]>();
    if (text !== undefined && !text.includes('\u0000')) {
      const lines = new LineIndex(text);
      for (const o of this.registry.matcher.findOccurrences(foldForMatching(text), WordTable.of(text))) {
        let list = locations.get(o.termId);
        if (!list) locations.set(o.termId, (list = []));
        list.push(lines.rangeOf(o.span));
      }
    }
    this.diskOccurrences.set(uri, { generation: this.generationCount, locations });
    return locations;
  }

  private async readFile(file: string): Promise<void> {
    const uri = pathToFileURL(file).toString();
    if (this.openDocuments.has(uri)) return;
    const text = await this.io.read(file);
    if (text === undefined) {
      this.fileDeleted(uri);
      if (this.extraFiles.has(uri)) this.unreadableListeners.forEach((l) => l(file));
      return;
    }
    const before = this.files.get(uri);
    let entry: IndexedFile;
    // Files named by `zanmark.glossary.files` are glossaries whatever their names.
    if (file.endsWith(GLOSSARY_SUFFIX) || this.extraFiles.has(uri)) {
      const glossary = parseUserGlossary(uri, text);
      entry = { definitions: glossary.definitions, problems: glossary.problems };
      this.glossaryListeners.forEach((l) => l(uri, glossary.problems));
    } else {
      const { definitions, lines } = definitionsOfText(text);
      entry = { definitions: definitionInputs(uri, text, lines, definitions), problems: [] };
    }
    this.files.set(uri, entry);
    this.diskOccurrences.delete(uri);
    if (!sameDefinitions(before?.definitions ?? [], entry.definitions)) this.changed();
  }

  private changed(): void {
    this.generationCount++;
    this.registryCache = undefined;
  }

  private *allDefinitions(): Iterable<DefinitionInput> {
    for (const file of this.files.values()) yield* file.definitions;
  }
}

/** The definitions a document gives, as inputs to the registry. */
export function definitionsOf(document: LegalDocument): DefinitionInput[] {
  return definitionInputs(document.uri, document.text, document.lines, document.definitions);
}

function definitionInputs(uri: string, text: string, lines: LineIndex, definitions: readonly Definition[]): DefinitionInput[] {
  return definitions.map((d) => ({
    term: d.term,
    lemma: d.lemma,
    language: d.language,
    text: text.slice(d.sentence.start, d.sentence.end),
    origin: { kind: 'text', uri, range: lines.rangeOf(d.sentence), termRange: lines.rangeOf(d.termSpan) },
  }));
}

function sameDefinitions(a: readonly DefinitionInput[], b: readonly DefinitionInput[]): boolean {
  return a.length === b.length && a.every((d, i) => d.lemma === b[i].lemma && d.text === b[i].text && JSON.stringify(d.origin) === JSON.stringify(b[i].origin));
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
