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
