import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { ARTICLE, codeOf, openFixture, rangeText, waitFor, waitForDiagnostics } from './helpers';

const UNORDERED = 'unordered.legal';
/** The fixture as renumbering must leave it, kept beside the sources (the workspace is a copy). */
const RENUMBERED = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'articles', 'unordered.renumbered.legal'), 'utf8');

/** Results of a provider command, once the language server answers (it may still be starting). */
function provided<T>(what: string, run: () => Thenable<T[] | undefined>): Promise<T[]> {
  return waitFor(what, async () => {
    const result = await run();
    return result && result.length > 0 ? result : undefined;
  });
}

function markdownOf(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

describe('citations of article.legal', () => {
  it('go to definition on [3] (line 41) lands on entry 3 of Әдебиеттер', async () => {
    const document = await openFixture(ARTICLE);
    const position = new vscode.Position(40, 200);
    assert.strictEqual(document.getText(new vscode.Range(40, 199, 40, 202)), '[3]');
    const links = await provided('a definition', () =>
      vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position));
    assert.strictEqual(links.length, 1);
    const link = links[0] as vscode.LocationLink;
    assert.strictEqual(link.targetUri.toString(), document.uri.toString());
    assert.strictEqual(rangeText(link.targetSelectionRange!), '56:0-56:2');
    assert.strictEqual(rangeText(link.originSelectionRange!), '40:200-40:201');
    assert.ok(document.lineAt(56).text.startsWith('3. Бурлаков В.Н., Кропачев Н.М.'));
  });

  it('the hover on [2, т. 2, 45 б.] shows entry 2, its transliteration, the locator and the count', async () => {
    const document = await openFixture(ARTICLE);
    const hovers = await provided('a hover', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(44, 150)));
    const text = markdownOf(hovers[0]);
    assert.match(text, /^\*\*2\.\*\* Қазақстан Республикасының Қылмыстық кодексіне түсініктеме/);
    assert.match(text, /\*Transliteration:\* Qazaqstan Respublikasynyn Qylmystyq/);
    assert.match(text, /Locator: т\. 2, 45 б\./);
    assert.match(text, /Cited 2 times$/);
  });

  it('find references from entry 3 lists its three citations', async () => {
    const document = await openFixture(ARTICLE);
    const locations = await provided('references', () =>
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, new vscode.Position(56, 20)));
    assert.deepStrictEqual(locations.map((l) => rangeText(l.range)), ['20:327-20:328', '28:339-28:342', '40:200-40:201', '56:0-56:2', '63:0-63:2']);
  });

  it('completion after [ offers the five entries with their first words', async () => {
    const document = await openFixture(ARTICLE);
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(50).range.end;
    await editor.edit((b) => b.insert(end, ' ['));
    try {
      const list = await waitFor('completions', async () => {
        const l = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end.translate(0, 2), '[');
        return l.items.some((i) => i.kind === vscode.CompletionItemKind.Reference) ? l : undefined;
      });
      const entries = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Reference);
      assert.deepStrictEqual(entries.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)), ['1', '2', '3', '4', '5']);
      assert.strictEqual(entries[0].detail, 'Назарбаев Н.Ә. Қазақстан жолы. – Астана:…');
    } finally {
      await vscode.commands.executeCommand('undo');
      await document.save();
    }
  });
});

describe('command zanmark.renumberReferences', () => {
  it('renumbers unordered.legal by first citation in one edit, and one Undo restores it', async () => {
    const document = await openFixture(UNORDERED);
    const original = document.getText();
    const diagnostics = await waitForDiagnostics(document.uri, 'citation.order and citation.unused-entry', (d) => d.length === 2);
    assert.deepStrictEqual(diagnostics.map((d) => [codeOf(d), rangeText(d.range), d.severity]).sort(), [
      ['citation.order', '4:123-4:124', vscode.DiagnosticSeverity.Information],
      ['citation.unused-entry', '21:0-21:77', vscode.DiagnosticSeverity.Hint],
    ]);
    assert.deepStrictEqual(diagnostics.find((d) => codeOf(d) === 'citation.unused-entry')!.tags, [vscode.DiagnosticTag.Unnecessary]);

    const outcome = await vscode.commands.executeCommand<string>('zanmark.renumberReferences');
    assert.strictEqual(outcome, 'renumbered');
    assert.strictEqual(document.getText(), RENUMBERED);
    await waitForDiagnostics(document.uri, 'only the unused entry', (d) => d.length === 1 && codeOf(d[0]) === 'citation.unused-entry');

    assert.strictEqual(await vscode.commands.executeCommand<string>('zanmark.renumberReferences'), 'unchanged');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
    await document.save();
  });

  it('the quick fix of citation.order is the same renumbering', async () => {
    const document = await openFixture(UNORDERED);
    const actions = await provided('quick fixes', () =>
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(4, 123, 4, 124), vscode.CodeActionKind.QuickFix.value));
    const renumber = actions.find((a) => a.title === 'Renumber the reference list by order of first citation');
    assert.ok(renumber?.edit, 'the renumber quick fix is offered');
    assert.ok(await vscode.workspace.applyEdit(renumber.edit));
    assert.strictEqual(document.getText(), RENUMBERED);
    await vscode.commands.executeCommand('undo');
    await document.save();
  });
});
