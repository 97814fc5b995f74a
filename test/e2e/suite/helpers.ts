import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'zanmark.zanmark';
export const SEED_002 = '002_1dfbad7d03d8aaf7.txt';
export const SEED_003 = '003_67cdf9ecf2044f40.txt';
export const ARTICLE = 'article.legal';

const TIMEOUT_MS = 20_000;

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a fixture in an editor, as a user would (this is what activates the extension). */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Polls a condition that no event reports (extension activation, a provider that is not registered
 * yet). Resolves with the first truthy value.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = TIMEOUT_MS): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false) return value as T;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (!diagnostics.length) return '(none)';
  return diagnostics
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ` +
      `${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} ${JSON.stringify(d.message)}`)
    .join('\n');
}

/**
 * Resolves with the document's diagnostics once `accept` holds for them, checking now and on every
 * `languages.onDidChangeDiagnostics` event that concerns the document.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (accept(diagnostics)) {
        finish();
        resolve(diagnostics);
      }
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now:\n` +
        describeDiagnostics(vscode.languages.getDiagnostics(uri))));
    }, timeoutMs);
    const finish = (): void => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/**
 * Records the number of diagnostics of `uri` at every change event until `stop()`: lets a test prove
 * that diagnostics went away and came back.
 */
export function recordDiagnosticCounts(uri: vscode.Uri): { counts: number[]; stop(): void } {
  const key = uri.toString();
  const counts: number[] = [];
  const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((u) => u.toString() === key)) counts.push(vscode.languages.getDiagnostics(uri).length);
  });
  return { counts, stop: () => subscription.dispose() };
}

/** Diagnostics sorted by position, so comparisons do not depend on publication order. */
export function byPosition(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** The range of the source number inside a citation that starts at `line`:`bracket` (the `[`). */
export function sourceNumberRange(line: number, bracket: number, digits = 1): vscode.Range {
  return new vscode.Range(line, bracket + 1, line, bracket + 1 + digits);
}

export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Applies a workspace edit and fails the test if VS Code refused it. */
export async function applyEdit(edit: vscode.WorkspaceEdit): Promise<void> {
  assert.strictEqual(await vscode.workspace.applyEdit(edit), true, 'the workspace edit was applied');
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor('document symbols from the language server', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
    return symbols?.length ? symbols : undefined;
  });
}
