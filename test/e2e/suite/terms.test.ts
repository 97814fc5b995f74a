import * as assert from 'assert';
import * as vscode from 'vscode';
import { SEED_002, openFixture, waitFor } from './helpers';

/** «қылмыстық саясаттың» on line 2 of the seed; its definition is in the bundled seed 000. */
const TERM_LINE = 2;
const TERM_START = 7;
const TERM = 'қылмыстық саясаттың';
const DEFINING_SEED = '000_295fc278403f80be.txt';
/** The defining sentence «Жалпы саясат – … онда қылмыстық саясат дегеніміз … ұсынамыз.» */
const DEFINITION = new vscode.Range(2, 739, 2, 1089);
/** article.legal defines the term too: «Қылмыстық саясат дегеніміз – … жиынтығы.» (line 22). */
const ARTICLE_DEFINITION = new vscode.Range(22, 0, 22, 266);

function hoverMarkdown(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

describe('legal terms', () => {
  let document: vscode.TextDocument;
  const position = new vscode.Position(TERM_LINE, TERM_START + 12);

  before(async () => {
    document = await openFixture(SEED_002);
    assert.strictEqual(document.getText(new vscode.Range(TERM_LINE, TERM_START, TERM_LINE, TERM_START + TERM.length)), TERM);
  });

  it('hover on «қылмыстық саясаттың» shows the definition from the seeds, with its source', async () => {
    // The seeds are indexed in the background after the server starts.
    const markdown = await waitFor('the hover of the term', async () => {
      const text = hoverMarkdown(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
      return text.includes('дегеніміз') ? text : undefined;
    });
    assert.ok(markdown.startsWith('**қылмыстық саясат**'), markdown);
    assert.ok(markdown.includes('қылмысқа қарсы күресте оны жою мен жолын кесуге бағытталған'), markdown);
    // The file name is Markdown-escaped in the link text: `000\_295fc278403f80be.txt:3`.
    assert.ok(markdown.includes('295fc278403f80be.txt:3'), markdown);
    // The workspace's own article defines the term too: both definitions are shown, the workspace's first.
    assert.ok(markdown.indexOf('article.legal:23') < markdown.indexOf('295fc278403f80be.txt:3'), markdown);
  });

  it('Go to Definition lists both defining sentences; F12 opens one of them', async () => {
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
    const places = definitions.map((d) => ('targetUri' in d ? [d.targetUri, d.targetRange] as const : [d.uri, d.range] as const));
    // VS Code orders the places by file, so the order depends on where the extension is installed.
    assert.deepStrictEqual(places.map(([uri, range]) => [uri.path.split('/').pop(), range.start.line, range.start.character, range.end.line, range.end.character]).sort(), [
      [DEFINING_SEED, DEFINITION.start.line, DEFINITION.start.character, DEFINITION.end.line, DEFINITION.end.character],
      ['article.legal', 22, 0, 22, 266],
    ]);
    // With several definitions VS Code peeks by default; a reader who prefers to jump sets this.
    const editorSettings = vscode.workspace.getConfiguration('editor');
    await editorSettings.update('gotoLocation.multipleDefinitions', 'goto', vscode.ConfigurationTarget.Global);
    try {
      const editor = await vscode.window.showTextDocument(document);
      editor.selection = new vscode.Selection(position, position);
      const opened = new Promise<vscode.TextEditor>((resolve) => {
        const subscription = vscode.window.onDidChangeActiveTextEditor((e) => {
          if (e && e.document.uri.toString() !== document.uri.toString()) {
            subscription.dispose();
            resolve(e);
          }
        });
      });
      await vscode.commands.executeCommand('editor.action.revealDefinition');
      const target = await opened;
      const expected = target.document.uri.path.endsWith('/article.legal') ? ARTICLE_DEFINITION : DEFINITION;
      assert.ok(target.document.uri.path.endsWith('/article.legal') || target.document.uri.path.endsWith(`/${DEFINING_SEED}`), target.document.uri.path);
      assert.strictEqual(target.selection.start.line, expected.start.line);
      assert.strictEqual(target.selection.start.character, expected.start.character);
      assert.match(target.document.getText(expected), /[Ққ]ылмыстық саясат дегеніміз/);
    } finally {
      await editorSettings.update('gotoLocation.multipleDefinitions', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('Find All References lists the term in all its forms, across the workspace and the seeds', async () => {
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
    assert.ok(references.length >= 43, String(references.length));
    await vscode.window.showTextDocument(document);
    const inSeed = references.filter((r) => r.uri.toString() === document.uri.toString());
    assert.deepStrictEqual(inSeed.map((r) => document.getText(r.range)), [TERM]);
    assert.ok(references.some((r) => r.uri.path.endsWith(`/${DEFINING_SEED}`)));
  });

  it('document highlights mark the term in the open document', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, position);
    assert.deepStrictEqual(highlights.map((h) => document.getText(h.range)), [TERM]);
  });

  it('workspace symbols find a term by part of its name', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'саясат');
    assert.ok(symbols.some((s) => s.name === 'қылмыстық саясат' && s.location.uri.path.endsWith(`/${DEFINING_SEED}`)), symbols.map((s) => s.name).join(', '));
  });
});
