/**
 * What the client and the server share: the settings section, its defaults and the options the
 * client sends at start. The client imports nothing else from the server.
 */

/** The settings section: every setting is `zanmark.<key>`. */
export const SETTINGS_SECTION = 'zanmark';

/** Languages served when `zanmark.languages` is not set. */
export const DEFAULT_LANGUAGES: readonly string[] = ['legal-text', 'plaintext'];

/** Values of a `zanmark.diagnostics.<code>` setting. */
export const SEVERITY_NAMES = ['off', 'hint', 'information', 'warning', 'error'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];

/** Name of the server, in the output channel and in `zanmark-ls --version`. */
export const SERVER_NAME = 'Zanmark Language Server';

/**
 * Values of `zanmark.citations.locatorStyle`: `[n, p б.]` writes `[1, 27 б.]` and `[1, с. 81]`;
 * `[n, pб.]` writes `[1, 27б.]`; `consistent` follows what most locators of the document do.
 */
export const LOCATOR_STYLES = ['[n, p б.]', '[n, pб.]', 'consistent'] as const;
export type LocatorStyle = (typeof LOCATOR_STYLES)[number];
export const DEFAULT_LOCATOR_STYLE: LocatorStyle = '[n, p б.]';

/** A document and the version a request was made for, as LSP's `VersionedTextDocumentIdentifier`. */
export interface VersionedDocument {
  readonly uri: string;
  readonly version: number;
}

/** An LSP text edit (`range` in UTF-16 positions). */
export interface TextEditLike {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly newText: string;
}

/**
 * Sent by the client (`zanmark.renumberReferences`): renumber the reference list by order of first
 * citation. The server answers with the edits, computed for exactly `textDocument.version`, or with
 * a message saying why it cannot (the document changed, duplicate numbers, …); it never edits itself.
 */
export const RenumberReferencesRequest = { method: 'zanmark/renumberReferences', sender: 'client' } as const;
export interface RenumberReferencesParams {
  readonly textDocument: VersionedDocument;
}
export type RenumberReferencesResult =
  | { readonly kind: 'edits'; readonly edits: readonly TextEditLike[] }
  | { readonly kind: 'unchanged'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string };
/** A position as LSP counts it: zero-based line, UTF-16 column. */
export interface AnnotationPosition {
  readonly line: number;
  readonly character: number;
}

export interface AnnotationRange {
  readonly start: AnnotationPosition;
  readonly end: AnnotationPosition;
}

/** One annotation as the server reports it to any client (SPEC §8). */
export interface AnnotationInfo {
  /** `urn:uuid:…` */
  readonly id: string;
  readonly uri: string;
  readonly tags: readonly string[];
  /** The note; empty when there is none. */
  readonly note: string;
  /** The quoted passage. */
  readonly quote: string;
  readonly created: string;
  readonly modified: string;
  readonly status: 'anchored' | 'orphaned';
  /** Where the passage is now; null for an orphan. */
  readonly range: AnnotationRange | null;
}

/** The annotations of one document, and why its sidecar could not be read, if it could not. */
export interface DocumentAnnotations {
  readonly uri: string;
  readonly annotations: readonly AnnotationInfo[];
  readonly problem?: string;
}

/**
 * Custom messages for annotations. The server owns them (storage in `<file>.annotations.json`,
 * re-anchoring); any LSP client can annotate with these requests. Failures come back as JSON-RPC
 * errors whose message is a sentence for the user.
 */
export const AnnotationRequests = {
  /** client → server: `{ uri }` → DocumentAnnotations (the document open in the editor, or on disk). */
  list: 'zanmark/annotations/list',
  /** client → server: `{}` → DocumentAnnotations[] for every annotated document of the workspace. */
  workspace: 'zanmark/annotations/workspace',
  /** client → server: `{ uri, range, tags, note? }` → AnnotationInfo of the new annotation. */
  add: 'zanmark/annotations/add',
  /** client → server: `{ uri, id, tags?, note? }` → AnnotationInfo as changed. */
  update: 'zanmark/annotations/update',
  /** client → server: `{ uri, id }` → `{ removed: true, annotation }`, the annotation as W3C JSON (to undo with `import`). */
  remove: 'zanmark/annotations/remove',
  /** client → server: `{ uri, id, range }` → AnnotationInfo anchored on the new passage (for orphans). */
  reattach: 'zanmark/annotations/reattach',
  /** client → server: `{ uris?, format: 'w3c' | 'csv' | 'markdown' }` → `{ content }`; all annotated documents without `uris`. */
  export: 'zanmark/annotations/export',
  /** client → server: `{ content, baseUri? }` (W3C JSON) → `{ added, updated, unchanged, documents }`; merged by id. */
  import: 'zanmark/annotations/import',
} as const;

/** server → client: `{ uri }`: the annotations of this document changed (added, moved, orphaned, reloaded). */
export const ANNOTATIONS_CHANGED_NOTIFICATION = 'zanmark/annotations/didChange';

/** A tag of the taxonomy (`zanmark.annotations.tags`). */
export interface AnnotationTag {
  readonly id: string;
  readonly label: string;
  /** A CSS colour, such as `#4f8cc9`. */
  readonly color: string;
}

/** The default legal taxonomy (SPEC §8). */
export const DEFAULT_ANNOTATION_TAGS: readonly AnnotationTag[] = [
  { id: 'анықтама', label: 'анықтама (definition)', color: '#4f8cc9' },
  { id: 'норма', label: 'норма (legal norm)', color: '#8e5cc4' },
  { id: 'статистика', label: 'статистика (statistics)', color: '#2e9e6a' },
  { id: 'дереккөз', label: 'дереккөз (source, quotation)', color: '#c98a1f' },
  { id: 'пікір', label: 'пікір (argument)', color: '#d0527a' },
  { id: 'ұсыныс', label: 'ұсыныс (recommendation)', color: '#1ea3a3' },
  { id: 'мәселе', label: 'мәселе (problem)', color: '#d0542c' },
  { id: 'тексеру', label: 'тексеру (to verify)', color: '#9a9a2a' },
];
