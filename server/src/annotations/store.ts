import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';
import { fileURLToPath, pathToFileURL } from 'url';
import * as l10n from '@vscode/l10n';
import { LineIndex, Span } from '../model/text';
import { AnnotationInfo, DocumentAnnotations } from '../protocol';
import { Annotation, PlacedAnnotation, cleanTags, quoteOf, refresh } from './annotation';
import { placeAll } from './anchoring';
import { ExportFormat, ExportedAnnotation, formatExport } from './reports';
import { SIDECAR_SUFFIX, describeInvalidSidecar, documentOfSidecar, readSidecar, sidecarPath, writeSidecar } from './sidecar';
import { readTextFile } from '../textFiles';
import { TextEdit, trackEdits } from './tracking';
import { AnnotationFormatError, ReadAnnotation, mergeById, parseAnnotations, settle } from './w3c';

/** A request the user cannot have: the message says why, and nothing was changed. */
export class AnnotationError extends Error {}

/** The annotations of one document placed on its text, and where they are kept. */
interface DocumentState {
  readonly uri: string;
  /** The document's path; undefined for an untitled document, which cannot keep annotations. */
  readonly file: string | undefined;
  text: string;
  /** Line starts of `text`, computed when first needed: typing in a long document without annotations costs nothing. */
  readonly lines: LineIndex;
  placed: PlacedAnnotation[];
  /** Why the sidecar could not be read; while set, the sidecar is never written. */
  problem: string | undefined;
  /** The sidecar text as last read or written, to tell our own writes from other people's. */
  stored: string;
}

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Owns the annotations of the workspace: reads the sidecars, places annotations on the text as it is
 * (open in the editor or on disk), carries them through edits, and writes the sidecars.
 */
export class AnnotationStore {
  private readonly documents = new Map<string, DocumentState>();
  private readonly closed = new Map<string, { stamp: string; state: DocumentState }>();
  private listener: (uri: string) => void = () => {};

  constructor(
    private readonly now: () => string = () => new Date().toISOString(),
    private readonly newId: () => string = () => `urn:uuid:${randomUUID()}`,
  ) {}

  /** Called whenever the annotations of a document change. */
  onDidChange(listener: (uri: string) => void): void {
    this.listener = listener;
  }

  didOpen(uri: string, text: string): void {
    this.closed.delete(uri);
    const state = this.load(uri, text);
    this.documents.set(uri, state);
    this.listener(uri);
  }

  didChange(uri: string, edits: readonly TextEdit[], text: string): void {
    const state = this.documents.get(uri);
    if (!state) return;
    const before = state.placed;
    state.text = text;
    state.placed = trackEdits(before, edits, text, this.now());
    if (before.length) this.listener(uri);
  }

  /** The document was saved: the sidecar follows the text on disk. */
  didSave(uri: string): void {
    const state = this.documents.get(uri);
    if (state && state.placed.length) this.persist(state);
  }

  didClose(uri: string): void {
    this.documents.delete(uri);
  }

  /** A sidecar changed on disk (a pull, another editor, the CLI): open documents read it again. */
  sidecarChanged(sidecarUri: string): void {
    const file = documentOfSidecar(sidecarUri);
    if (!file) return;
    const state = this.documents.get(file);
    if (!state) return;
    const content = state.file ? safeRead(state.file) : undefined;
    if (content?.kind === 'ok' && content.text === state.stored) return;
    if (content?.kind === 'missing' && state.stored === '') return;
    this.documents.set(file, this.load(file, state.text));
    this.listener(file);
  }

  isOpen(uri: string): boolean {
    return this.documents.has(uri);
  }

  /** The annotations of an open document placed on its text; undefined when it has none. */
  placed(uri: string): { placed: readonly PlacedAnnotation[]; lines: LineIndex; text: string } | undefined {
    const state = this.documents.get(uri);
    return state?.placed.length ? { placed: state.placed, lines: state.lines, text: state.text } : undefined;
  }

  list(uri: string): DocumentAnnotations {
    const state = this.stateOf(uri);
    return describe(state);
  }

  /** Every annotated document of the given folders, open ones as they are in the editor. */
  workspace(folders: readonly string[]): DocumentAnnotations[] {
    const uris = new Set<string>();
    for (const folder of folders) {
      for (const sidecar of findSidecars(folder)) uris.add(pathToFileURL(documentOfSidecar(sidecar)!).href);
    }
    for (const [uri, state] of this.documents) if (state.placed.length || state.problem) uris.add(uri);
    const out: DocumentAnnotations[] = [];
    for (const uri of [...uris].sort()) {
      const state = this.documents.get(uri) ?? this.tryLoadFromDisk(uri);
      if (state) out.push(describe(state));
    }
    return out;
  }

  add(uri: string, span: Span, tags: readonly string[], note: string): AnnotationInfo {
    const state = this.writable(uri);
    const cleaned = cleanTags(tags);
    checkPassage(state, span);
    if (!cleaned.length) throw new AnnotationError(l10n.t('Give the annotation at least one tag.'));
    const now = this.now();
    const annotation: Annotation = {
      id: this.newId(),
      created: now,
      modified: now,
      tags: cleaned,
      note: note.trim(),
      quote: quoteOf(state.text, span),
      position: { start: 0, end: 0 },
    };
    this.commit(state, [...state.placed, { annotation, span, lastOffset: span.start }]);
    return info(state, state.placed.find((p) => p.annotation.id === annotation.id)!);
  }

  update(uri: string, id: string, change: { tags?: readonly string[]; note?: string }): AnnotationInfo {
    const state = this.writable(uri);
    const target = findAnnotation(state, id);
    const tags = change.tags === undefined ? target.annotation.tags : cleanTags(change.tags);
    if (!tags.length) throw new AnnotationError(l10n.t('Give the annotation at least one tag.'));
    const annotation: Annotation = { ...target.annotation, tags, note: change.note === undefined ? target.annotation.note : change.note.trim(), modified: this.now() };
    const updated = { ...target, annotation };
    this.commit(state, state.placed.map((p) => (p === target ? updated : p)));
    return info(state, updated);
  }

  /** Removes an annotation and returns it as it was, with its current position. */
  remove(uri: string, id: string): Annotation {
    const state = this.writable(uri);
    const target = findAnnotation(state, id);
    const [removed] = settle([target], state.text);
    this.commit(state, state.placed.filter((p) => p !== target));
    return removed;
  }

  /** Anchors an annotation (usually an orphan) on a passage the user selected. */
  reattach(uri: string, id: string, span: Span): AnnotationInfo {
    const state = this.writable(uri);
    const target = findAnnotation(state, id);
    checkPassage(state, span);
    const moved = refresh({ ...target, annotation: { ...target.annotation, modified: this.now() } }, span, span.start, state.text, this.now());
    this.commit(state, state.placed.map((p) => (p === target ? moved : p)));
    return info(state, moved);
  }

  /**
   * Merges W3C annotations by id into the documents their targets name (`source`: a file URI, or a
   * path relative to `baseUri`'s folder). Everything is checked before any sidecar is written.
   */
  importAnnotations(content: string, baseUri: string | undefined): { added: number; updated: number; unchanged: number; documents: string[] } {
    let read: ReadAnnotation[];
    try {
      read = parseAnnotations(content);
    } catch (e) {
      if (e instanceof AnnotationFormatError) throw new AnnotationError(l10n.t('These annotations cannot be imported: {0}.', e.message));
      throw e;
    }
    const byDocument = new Map<string, Annotation[]>();
    for (const r of read) {
      const uri = resolveSource(r.source, baseUri);
      if (!uri) throw new AnnotationError(l10n.t('These annotations cannot be imported: annotation {0} does not name the document it belongs to.', r.annotation.id));
      byDocument.set(uri, [...(byDocument.get(uri) ?? []), r.annotation]);
    }
    const states = [...byDocument.keys()].map((uri) => this.writable(uri));
    let added = 0;
    let updated = 0;
    for (const state of states) {
      const existing = settle(state.placed, state.text);
      const result = mergeById(existing, byDocument.get(state.uri)!);
      added += result.added;
      updated += result.updated;
      if (result.added + result.updated === 0) continue;
      const keep = new Map(state.placed.map((p) => [p.annotation.id, p]));
      const placed = result.merged.map((a) => {
        const old = keep.get(a.id);
        if (old && old.annotation === existing.find((e) => e.id === a.id)) return old;
        return placeAll(state.text, [a])[0];
      });
      this.commit(state, placed);
    }
    return { added, updated, unchanged: read.length - added - updated, documents: states.map((s) => s.uri) };
  }

  export(uris: readonly string[], format: ExportFormat, displayName: (uri: string) => string): string {
    const items: ExportedAnnotation[] = [];
    for (const uri of uris) {
      const state = this.stateOf(uri);
      if (state.problem) throw new AnnotationError(state.problem);
      for (const annotation of settle(state.placed, state.text)) {
        const p = state.placed.find((x) => x.annotation.id === annotation.id)!;
        items.push({ file: displayName(uri), source: uri, annotation, line: p.span ? state.lines.positionAt(p.span.start).line + 1 : undefined });
      }
    }
    return formatExport(items, format);
  }

  private commit(state: DocumentState, placed: PlacedAnnotation[]): void {
    const before = state.placed;
    state.placed = placed;
    try {
      this.persist(state);
    } catch (e) {
      state.placed = before;
      throw new AnnotationError(l10n.t('The annotations could not be saved to {0}: {1}', sidecarName(state), (e as Error).message));
    }
    if (this.documents.get(state.uri) === state) this.listener(state.uri);
    else this.closed.delete(state.uri);
  }

  private persist(state: DocumentState): void {
    if (!state.file || state.problem) return;
    state.stored = writeSidecar(state.file, settle(state.placed, state.text));
  }

  private writable(uri: string): DocumentState {
    const state = this.stateOf(uri);
    if (!state.file) throw new AnnotationError(l10n.t('Save the document first: annotations are kept in a file beside it.'));
    if (state.problem) throw new AnnotationError(state.problem);
    return state;
  }

  private stateOf(uri: string): DocumentState {
    const state = this.documents.get(uri) ?? this.tryLoadFromDisk(uri);
    if (!state) throw new AnnotationError(l10n.t('{0} cannot be read as text.', displayPath(uri)));
    return state;
  }

  /**
   * A document that is not open, read from disk. The Annotations view asks for the whole workspace
   * often, so a closed document is read again only when it or its sidecar changed on disk.
   */
  private tryLoadFromDisk(uri: string): DocumentState | undefined {
    const file = filePath(uri);
    if (file === undefined) return undefined;
    const stamp = `${modifiedTime(file)}:${modifiedTime(sidecarPath(file))}`;
    const cached = this.closed.get(uri);
    if (cached?.stamp === stamp) return cached.state;
    const text = readTextFile(file);
    if (text === undefined) {
      this.closed.delete(uri);
      return undefined;
    }
    const state = this.load(uri, text);
    this.closed.set(uri, { stamp, state });
    return state;
  }

  private load(uri: string, text: string): DocumentState {
    const file = filePath(uri);
    const content = file ? safeRead(file) : { kind: 'missing' as const };
    let lines: LineIndex | undefined;
    let linesOf = '';
    const state: DocumentState = {
      uri, file, text, placed: [], problem: undefined, stored: '',
      get lines() {
        if (!lines || linesOf !== this.text) {
          lines = new LineIndex(this.text);
          linesOf = this.text;
        }
        return lines;
      },
    };
    if (content.kind === 'invalid') state.problem = describeInvalidSidecar(content);
    else if (content.kind === 'ok') {
      state.placed = placeAll(text, content.annotations);
      state.stored = content.text;
    }
    return state;
  }
}

/** When and how big the file was last written, to tell whether it changed. */
function modifiedTime(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.mtimeMs}/${stat.size}`;
  } catch {
    return 'missing';
  }
}

function safeRead(file: string): ReturnType<typeof readSidecar> {
  return readSidecar(file);
}

function checkPassage(state: DocumentState, span: Span): void {
  if (span.start < 0 || span.end > state.text.length || span.end <= span.start || !state.text.slice(span.start, span.end).trim()) {
    throw new AnnotationError(l10n.t('Select the passage to annotate first.'));
  }
}

function findAnnotation(state: DocumentState, id: string): PlacedAnnotation {
  const found = state.placed.find((p) => p.annotation.id === id);
  if (!found) throw new AnnotationError(l10n.t('This annotation no longer exists in {0}.', sidecarName(state)));
  return found;
}

function sidecarName(state: DocumentState): string {
  return state.file ? path.basename(state.file) + SIDECAR_SUFFIX : state.uri;
}

export function info(state: { uri: string; lines: LineIndex }, p: PlacedAnnotation): AnnotationInfo {
  const a = p.annotation;
  return {
    id: a.id,
    uri: state.uri,
    tags: a.tags,
    note: a.note,
    quote: a.quote.exact,
    created: a.created,
    modified: a.modified,
    status: p.span ? 'anchored' : 'orphaned',
    range: p.span ? state.lines.rangeOf(p.span) : null,
  };
}

function describe(state: DocumentState): DocumentAnnotations {
  const sorted = [...state.placed].sort((a, b) => (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity));
  return { uri: state.uri, annotations: sorted.map((p) => info(state, p)), ...(state.problem ? { problem: state.problem } : {}) };
}

export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function displayPath(uri: string): string {
  return filePath(uri) ?? uri;
}

function resolveSource(source: string | undefined, baseUri: string | undefined): string | undefined {
  if (!source) return undefined;
  if (/^file:/i.test(source)) return filePath(source) ? pathToFileURL(filePath(source)!).href : undefined;
  if (/^[a-z][a-z0-9+.-]+:/i.test(source)) return undefined;
  const base = baseUri ? filePath(baseUri) : undefined;
  if (!base) return path.isAbsolute(source) ? pathToFileURL(source).href : undefined;
  return pathToFileURL(path.resolve(path.dirname(base), source)).href;
}

/** Sidecars under a folder, skipping hidden folders and dependencies. */
export function findSidecars(folder: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number) => {
    if (depth > 12) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(SIDECAR_SUFFIX)) out.push(full);
    }
  };
  visit(folder, 0);
  return out.sort();
}
