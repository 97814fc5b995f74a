import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { DocumentSource } from '../../server/src/model';
import { createLanguageService } from '../../server/src/service';
import { BUILTIN_GLOSSARY } from '../../server/src/terms/builtinGlossary';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { ROOT, SEEDS } from '../support';

const SEEDS_DIR = path.join(ROOT, 'seeds');
const seedUri = (name: string) => pathToFileURL(path.join(SEEDS_DIR, name)).toString();
const source = (uri: string, text: string, version = 1): DocumentSource => ({ uri, version, getText: () => text });

async function seedsWorkspace() {
  const workspace = new WorkspaceIndex(BUILTIN_GLOSSARY);
  const indexed = await workspace.build([SEEDS_DIR]);
  const service = createLanguageService({ workspace });
  const documents = SEEDS.map((name) => source(seedUri(name), fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8')));
  return { workspace, service, documents, indexed };
}

const hoverText = (hover: { contents: unknown } | undefined) => (hover?.contents as MarkupContent | undefined)?.value ?? '';

test('each of the 43 occurrences of «қылмыстық саясат» in the seeds, in six forms, shows its definition', async () => {
  const { workspace, service, documents, indexed } = await seedsWorkspace();
  assert.equal(indexed, 4);
  const forms = new Map<string, number>();
  let count = 0;
  for (const document of documents) {
    const model = service.getModel(document);
    for (const o of workspace.occurrences(model).filter((x) => x.termId === 'қылмыстық саясат')) {
      count++;
      const written = model.text.slice(o.span.start, o.span.end).replace(/ə/g, 'ә');
      forms.set(written.toLowerCase(), (forms.get(written.toLowerCase()) ?? 0) + 1);
      for (const offset of [o.span.start, o.span.end - 1]) {
        const hover = service.getHover(document, model.lines.positionAt(offset));
        const text = hoverText(hover);
        assert.ok(text.startsWith('**қылмыстық саясат**'), text.slice(0, 80));
        assert.ok(text.includes('онда қылмыстық саясат дегеніміз қылмысқа қарсы күресте оны жою мен жолын кесуге бағытталған'), text);
        assert.ok(text.includes(`(${seedUri('000_295fc278403f80be.txt')}#L3)`), text);
        assert.deepEqual(hover?.range, model.lines.rangeOf(o.span));
      }
    }
  }
  assert.equal(count, 43);
  const byForm = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  assert.deepEqual([...forms].sort(byForm), ([
    ['қылмыстық саясат', 6], ['қылмыстық саясатқа', 1], ['қылмыстық саясатты', 15], ['қылмыстық саясаттағы', 1], ['қылмыстық саясаттың', 19], ['қылмыстық саясаты', 1],
  ] as [string, number][]).sort(byForm));
});

test('go to definition jumps to the defining sentence; references list every form in every seed; highlights stay in the document', async () => {
  const { service, documents } = await seedsWorkspace();
  const seed001 = documents[1];
  const model = service.getModel(seed001);
  const at = model.text.indexOf('қылмыстық саясатты');
  const position = model.lines.positionAt(at + 3);
  assert.deepEqual(service.getDefinition(seed001, position).map((l) => ({ uri: l.targetUri, range: l.targetRange })), [
    { uri: seedUri('000_295fc278403f80be.txt'), range: { start: { line: 2, character: 739 }, end: { line: 2, character: 1089 } } },
  ]);
  const references = await service.getReferences(seed001, position, true);
  assert.equal(references.length, 43);
  // Seed 003 does not use the term.
  assert.deepEqual([...new Set(references.map((r) => path.basename(r.uri)))].sort(), SEEDS.slice(0, 3));
  const highlights = service.getDocumentHighlights(seed001, position);
  assert.ok(highlights.length > 1 && highlights.length < 43);
  assert.ok(highlights.every((h) => model.text.slice(model.lines.offsetAt(h.range.start), model.lines.offsetAt(h.range.end)).toLowerCase().replace(/ə/g, 'ә').startsWith('қылмыстық саясат')));
  // Nothing to go to outside a term.
  assert.deepEqual(service.getDefinition(seed001, model.lines.positionAt(model.text.indexOf('Яғни') + 1)), []);
});

test('the definitions of the codes show in hover everywhere, with the Russian text and the equivalents', async () => {
  const { service } = await seedsWorkspace();
  const document = source('untitled:new', 'Істі соттың қарауы. Дело рассматривается следственным судьей.');
  const kazakh = hoverText(service.getHover(document, { line: 0, character: 7 }));
  assert.ok(kazakh.startsWith('**сот**'), kazakh);
  assert.ok(kazakh.includes('*Criminal Procedure Code of the Republic of Kazakhstan, Article 7, item 40*'), kazakh);
  assert.ok(kazakh.includes('> сот – сот билiгi органы'), kazakh);
  assert.ok(kazakh.includes('> суд – орган судебной власти'), kazakh);
  assert.ok(kazakh.endsWith('Equivalents: ru: суд'), kazakh);
  const russian = hoverText(service.getHover(document, { line: 0, character: 50 }));
  assert.ok(russian.startsWith('**следственный судья**'), russian);
  assert.ok(russian.includes('Article 7, item 47'), russian);
  assert.ok(russian.includes('kk: тергеу судьясы'), russian);
});

test('workspace symbols find the terms defined in texts by any part of their name', async () => {
  const { service } = await seedsWorkspace();
  const symbols = service.getWorkspaceSymbols('саясат');
  assert.deepEqual(symbols.map((s) => [s.name, path.basename(s.location.uri), s.location.range.start.line, s.location.range.start.character]).sort(), [
    ['Жалпы саясат', '000_295fc278403f80be.txt', 2, 739],
    ['қылмыстық саясат', '000_295fc278403f80be.txt', 2, 955],
  ]);
  assert.ok(service.getWorkspaceSymbols('').length >= 7);
});

test('a definition typed in an open document is known at once, and forgotten when it goes', async () => {
  const { workspace, service } = await seedsWorkspace();
  const uri = 'file:///tmp/new-article.legal';
  const first = source(uri, 'Құқықтық мәдениет дегеніміз құндылықтар жиынтығы. Құқықтық мәдениеттің деңгейі.');
  workspace.documentOpened(service.getModel(first));
  assert.ok(hoverText(service.getHover(first, { line: 0, character: 55 })).startsWith('**құқықтық мәдениет**'));
  const second = source(uri, 'Құқықтық мәдениеттің деңгейі.', 2);
  workspace.documentOpened(service.getModel(second));
  assert.equal(service.getHover(second, { line: 0, character: 3 }), undefined);
  // Closing an untitled document forgets its definitions.
  const untitled = source('untitled:Untitled-1', 'Жария құқық дегеніміз нормалар жиынтығы.');
  workspace.documentOpened(service.getModel(untitled));
  assert.ok(workspace.registry.byName('жария құқық'));
  await workspace.documentClosed('untitled:Untitled-1');
  assert.equal(workspace.registry.byName('жария құқық'), undefined);
  // A seed closed in the editor counts as it is on disk.
  const seed000 = source(seedUri('000_295fc278403f80be.txt'), 'Бос мәтін.');
  workspace.documentOpened(service.getModel(seed000));
  assert.equal(workspace.registry.byName('жалпы саясат'), undefined);
  await workspace.documentClosed(seed000.uri);
  assert.ok(workspace.registry.byName('жалпы саясат'));
});

test('user glossaries: their terms are matched and shown; a broken glossary gets a problem and the rest keep working', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'zanmark-glossary-'));
  try {
    fs.writeFileSync(path.join(folder, 'terms.glossary.json'), JSON.stringify({
      terms: [
        { term: 'құқықтық мәдениет', definition: 'Қоғамның құқықтық құндылықтарының жиынтығы.', language: 'kk', equivalents: { ru: 'правовая культура', en: 'legal culture' }, source: 'Оқулық, 12 б.' },
        { term: 'без определения' },
      ],
    }, null, 2));
    fs.writeFileSync(path.join(folder, 'broken.glossary.json'), '{ "terms": [ { "term": "x", }');
    fs.writeFileSync(path.join(folder, 'article.legal'), 'Құқықтық мәдениеттің деңгейі.');
    const workspace = new WorkspaceIndex(BUILTIN_GLOSSARY);
    const problems = new Map<string, string[]>();
    workspace.onGlossaryProblems((uri, list) => problems.set(path.basename(uri), list.map((p) => `${p.range.start.line}:${p.range.start.character} ${p.message}`)));
    await workspace.build([folder]);
    assert.deepEqual(problems.get('terms.glossary.json'), ['12:4 Term 2 of this glossary needs a "term" and a "definition".']);
    assert.equal(problems.get('broken.glossary.json')?.length, 1);
    assert.ok(problems.get('broken.glossary.json')![0].startsWith('0:28 This glossary is not valid JSON'), problems.get('broken.glossary.json')![0]);
    const service = createLanguageService({ workspace });
    const article = source(pathToFileURL(path.join(folder, 'article.legal')).toString(), 'Құқықтық мәдениеттің деңгейі.');
    const text = hoverText(service.getHover(article, { line: 0, character: 12 }));
    assert.ok(text.startsWith('**құқықтық мәдениет**'), text);
    assert.ok(text.includes('Қоғамның құқықтық құндылықтарының жиынтығы.') && text.includes('Оқулық, 12 б.'), text);
    assert.ok(text.includes('ru: правовая культура') && text.includes('en: legal culture'), text);
    const definition = service.getDefinition(article, { line: 0, character: 12 });
    assert.deepEqual(definition.map((l) => [path.basename(l.targetUri), l.targetRange.start.line]), [['terms.glossary.json', 2]]);
    // The glossary is fixed on disk: the problem goes away.
    fs.writeFileSync(path.join(folder, 'broken.glossary.json'), '{ "terms": [] }');
    await workspace.fileChanged(pathToFileURL(path.join(folder, 'broken.glossary.json')).toString());
    assert.deepEqual(problems.get('broken.glossary.json'), []);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
