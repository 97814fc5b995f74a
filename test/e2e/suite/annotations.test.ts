import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_003, codeOf, documentSymbols, openFixture, rangeText, waitFor, waitForDiagnostics, workspaceFile } from './helpers';

const FILE = 'annotations-e2e.txt';
const PASSAGE = 'құқықтық реформалар';
const REMAINS = 'реформалар';

interface AnnotationInfo {
  id: string;
  tags: string[];
  note: string;
  quote: string;
  status: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } } | null;
}

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children)]);
}

/** The outline entries of the document's annotations, once `accept` holds for them. */
async function annotationSymbols(uri: vscode.Uri, what: string, accept: (s: vscode.DocumentSymbol[]) => boolean): Promise<vscode.DocumentSymbol[]> {
  let last: string[] = [];
  try {
    return await waitFor(what, async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri);
      last = flatten(symbols ?? []).map((s) => `${s.name}@${s.range.start.line}`);
      const found = flatten(symbols ?? []).filter((s) => s.name.startsWith('#'));
      return accept(found) ? found : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; the outline is ${JSON.stringify(last)}`);
  }
}

async function readSidecar(): Promise<{ first: { items: { id: string; body: { purpose: string; value: string }[]; target: { selector: Record<string, unknown>[] } }[] } } | undefined> {
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(`${FILE}.annotations.json`))));
  } catch {
    return undefined;
  }
}

describe('annotations', () => {
  let original: string;
  let document: vscode.TextDocument;
  let annotation: AnnotationInfo;
  let passageLine: number;

  before(async () => {
    const seed = await openFixture(SEED_003);
    original = seed.getText();
    await vscode.workspace.fs.writeFile(workspaceFile(FILE), new TextEncoder().encode(original));
    document = await openFixture(FILE);
    await documentSymbols(document.uri);
  });

  it('«Annotate Selection» tags the selected passage and writes the sidecar', async () => {
    const offset = document.getText().indexOf(PASSAGE);
    assert.ok(offset >= 0);
    const editor = await vscode.window.showTextDocument(document);
    const start = document.positionAt(offset);
    passageLine = start.line;
    editor.selection = new vscode.Selection(start, document.positionAt(offset + PASSAGE.length));
    const added = await vscode.commands.executeCommand<AnnotationInfo>('zanmark.annotate', { tags: ['пікір', 'норма'], note: 'Авторлық анықтама' });
    assert.ok(added, 'the command returns the new annotation');
    annotation = added;
    assert.deepStrictEqual([added.tags, added.note, added.quote, added.status], [['пікір', 'норма'], 'Авторлық анықтама', PASSAGE, 'anchored']);
    const sidecar = await waitFor('the sidecar on disk', readSidecar);
    const item = sidecar.first.items[0];
    assert.strictEqual(item.id, added.id);
    assert.deepStrictEqual(item.body.map((b) => [b.purpose, b.value]), [['tagging', 'пікір'], ['tagging', 'норма'], ['commenting', 'Авторлық анықтама']]);
    assert.strictEqual(item.target.selector[0].exact, PASSAGE);
  });

  it('the passage has a hover with tags, note and links, and a workspace symbol', async () => {
    const at = new vscode.Position(annotation.range!.start.line, annotation.range!.start.character + 3);
    const hover = await waitFor('the annotation hover', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      return text.includes('#пікір') ? text : undefined;
    });
    assert.ok(hover.includes('**#пікір #норма**'), hover);
    assert.ok(hover.includes('Авторлық анықтама'), hover);
    assert.ok(hover.includes('command:zanmark.editAnnotation?') && hover.includes('command:zanmark.removeAnnotation?'), hover);
    const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '#нор');
    assert.ok(found.some((s) => s.name === `#пікір #норма «${PASSAGE}»` && s.location.uri.toString() === document.uri.toString()), found.map((s) => s.name).join(', '));
  });

  it('next and previous go to the passage', async () => {
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const next = await vscode.commands.executeCommand<vscode.Range>('zanmark.nextAnnotation');
    assert.strictEqual(document.getText(next), PASSAGE);
    assert.strictEqual(document.getText(editor.selection), PASSAGE);
    const previous = await vscode.commands.executeCommand<vscode.Range>('zanmark.previousAnnotation');
    assert.strictEqual(rangeText(previous), rangeText(next));
  });

  it('an edit made outside VS Code moves the tag with its passage', async () => {
    const changed = new Promise<void>((resolve) => {
      const s = vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === document.uri.toString() && e.document.getText().startsWith('Алғысөз.')) {
          s.dispose();
          resolve();
        }
      });
    });
    await vscode.workspace.fs.writeFile(workspaceFile(FILE), new TextEncoder().encode(`Алғысөз.\nЕкінші жол.\n${original}`));
    await changed;
    const symbols = await annotationSymbols(document.uri, 'the annotation two lines lower in the outline', (s) => s.length === 1 && s[0].range.start.line === passageLine + 2);
    assert.strictEqual(symbols[0].name, `#пікір #норма «${PASSAGE}»`);
    assert.strictEqual(document.getText(symbols[0].range), PASSAGE);
  });

  it('a passage deleted outside VS Code becomes an orphan: reported, kept, and re-attachable', async () => {
    const withoutPassage = original.split(PASSAGE).join(REMAINS);
    await vscode.workspace.fs.writeFile(workspaceFile(FILE), new TextEncoder().encode(withoutPassage));
    const diagnostics = await waitForDiagnostics(document.uri, 'annotation.orphaned', (d) => d.some((x) => codeOf(x) === 'annotation.orphaned'));
    const orphan = diagnostics.find((x) => codeOf(x) === 'annotation.orphaned')!;
    assert.strictEqual(orphan.message, `The passage tagged #пікір #норма («${PASSAGE}») is no longer in the text; the annotation is kept under Orphaned in the Annotations view.`);
    await annotationSymbols(document.uri, 'no anchored annotation in the outline', (s) => s.length === 0);
    const sidecar = await readSidecar();
    assert.strictEqual(sidecar?.first.items.length, 1, 'the orphan is still in the sidecar');

    const editor = await vscode.window.showTextDocument(document);
    const offset = document.getText().indexOf(REMAINS);
    editor.selection = new vscode.Selection(document.positionAt(offset), document.positionAt(offset + REMAINS.length));
    const reattached = await vscode.commands.executeCommand<AnnotationInfo>('zanmark.reattachAnnotation', document.uri.toString(), annotation.id);
    assert.deepStrictEqual([reattached.status, reattached.quote, reattached.tags], ['anchored', REMAINS, ['пікір', 'норма']]);
    await waitForDiagnostics(document.uri, 'no annotation.orphaned', (d) => !d.some((x) => codeOf(x) === 'annotation.orphaned'));
  });

  it('exports CSV and removes the annotation', async () => {
    const target = workspaceFile('annotations-e2e.csv');
    await vscode.commands.executeCommand('zanmark.exportAnnotations', { format: 'csv', uris: [document.uri.toString()], target });
    const csv = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).replace(/^\uFEFF/, '').split('\r\n');
    assert.strictEqual(csv[0], 'file,tag,note,quote,line,created');
    assert.ok(csv[1].startsWith(`${FILE},пікір,Авторлық анықтама,${REMAINS},`), csv[1]);
    assert.ok(csv[2].startsWith(`${FILE},норма,Авторлық анықтама,${REMAINS},`), csv[2]);
    const removed = await vscode.commands.executeCommand<boolean>('zanmark.removeAnnotation', document.uri.toString(), annotation.id);
    assert.strictEqual(removed, true);
    await waitFor('the sidecar removed with the last annotation', async () => (await readSidecar()) === undefined);
  });
});
