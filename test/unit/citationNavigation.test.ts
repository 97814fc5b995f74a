import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Hover, Location, LocationLink, Range } from 'vscode-languageserver-types';
import { createLanguageService } from '../../server/src/service';
import { article, marked } from '../support';

const service = createLanguageService();
const OUTLINE = article('outline.legal');
const RUSSIAN = article('russian.legal');
const SEED_002 = article('seed-002-with-references.legal');
const SEED_003 = article('seed-003-with-references.legal');

let version = 0;
function source(text: string, uri = 'file:///t/article.legal') {
  return { uri, version: ++version, getText: () => text };
}

const r = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
const targets = (links: LocationLink[]) => links.map((l) => `${r(l.originSelectionRange!)} → ${r(l.targetRange)} (${r(l.targetSelectionRange)})`);
const places = (locations: Location[]) => locations.map((l) => r(l.range));
const hoverText = (hover: Hover | undefined) => (hover?.contents as { value: string } | undefined)?.value;

/** Entries of outline.legal (test/fixtures/articles/README.md): number → [first line, last line, end char]. */
const OUTLINE_ENTRIES: Record<number, [number, number, number]> = { 1: [53, 53, 66], 2: [54, 55, 61], 3: [56, 56, 129], 4: [57, 57, 124], 5: [58, 58, 147] };
const entryRange = (n: number) => `${OUTLINE_ENTRIES[n][0]}:0-${OUTLINE_ENTRIES[n][1]}:${OUTLINE_ENTRIES[n][2]}`;
const markerRange = (n: number) => `${OUTLINE_ENTRIES[n][0]}:0-${OUTLINE_ENTRIES[n][0]}:2`;

test('go to definition on every citation of outline.legal lands on its entry', () => {
  const doc = source(OUTLINE);
  const on = (line: number, character: number) => targets(service.getDefinition(doc, { line, character }));
  assert.deepEqual(on(10, 236), [`10:236-10:237 → ${entryRange(1)} (${markerRange(1)})`]);
  assert.deepEqual(on(12, 159), [`12:159-12:160 → ${entryRange(2)} (${markerRange(2)})`]);
  // On the locator: the item's source; on the bracket of `[1; 3]`: both sources.
  assert.deepEqual(on(12, 163), [`12:159-12:167 → ${entryRange(2)} (${markerRange(2)})`]);
  assert.deepEqual(on(20, 323), [`20:323-20:329 → ${entryRange(1)} (${markerRange(1)})`, `20:323-20:329 → ${entryRange(3)} (${markerRange(3)})`]);
  assert.deepEqual(on(20, 327), [`20:327-20:328 → ${entryRange(3)} (${markerRange(3)})`]);
  // A range: on its last number, that source; on the dash, every source of the range.
  assert.deepEqual(on(28, 341), [`28:341-28:342 → ${entryRange(4)} (${markerRange(4)})`]);
  assert.deepEqual(on(28, 340), [`28:339-28:342 → ${entryRange(3)} (${markerRange(3)})`, `28:339-28:342 → ${entryRange(4)} (${markerRange(4)})`]);
  assert.deepEqual(on(38, 205), [`38:205-38:206 → ${entryRange(5)} (${markerRange(5)})`]);
  assert.deepEqual(on(40, 200), [`40:200-40:201 → ${entryRange(3)} (${markerRange(3)})`]);
  assert.deepEqual(on(44, 150), [`44:150-44:151 → ${entryRange(2)} (${markerRange(2)})`]);
  // Just after the number (the cursor at the end of a word) still counts; outside a citation nothing.
  assert.deepEqual(on(10, 237), [`10:236-10:237 → ${entryRange(1)} (${markerRange(1)})`]);
  assert.deepEqual(on(10, 234), []);
  assert.deepEqual(on(10, 238), []);
});

test('go to definition on the seeds with their lists restored, and on the Russian article', () => {
  const seed2 = source(SEED_002);
  assert.deepEqual([[1, 214], [3, 602], [23, 325], [27, 135]].map(([line, character]) => service.getDefinition(seed2, { line, character }).map((l) => r(l.targetSelectionRange))), [
    ['31:0-31:2'], ['32:0-32:2'], ['33:0-33:2'], ['34:0-34:2'],
  ]);
  const seed3 = source(SEED_003);
  assert.deepEqual([[6, 74], [6, 494], [10, 254], [17, 173], [22, 663], [41, 211]].map(([line, character]) => service.getDefinition(seed3, { line, character }).map((l) => r(l.targetRange))), [
    ['43:0-43:68'], ['44:0-44:210'], ['45:0-45:141'], ['46:0-47:56'], ['48:0-48:111'], ['49:0-49:137'],
  ]);
  const russian = source(RUSSIAN);
  assert.deepEqual([[8, 320], [10, 182], [18, 157], [22, 148], [22, 151], [28, 182], [30, 222]].map(([line, character]) => service.getDefinition(russian, { line, character }).map((l) => r(l.targetSelectionRange))), [
    ['37:0-37:2'], ['38:0-38:2'], ['39:0-39:2'], ['38:0-38:2'], ['40:0-40:2'], ['41:0-41:2'], ['42:0-42:2'],
  ]);
});

test('an unresolved citation has no definition; a duplicate number offers both entries', () => {
  const { text, offsets } = marked('Мәтін [$$7] және [$$2].\n\nӘдебиеттер\n1. Бір.\n2. Екі.\n2. Екі тағы.\n');
  const doc = source(text);
  const at = (o: number) => ({ line: 0, character: o });
  assert.deepEqual(service.getDefinition(doc, at(offsets[0])), []);
  assert.deepEqual(service.getDefinition(doc, at(offsets[1])).map((l) => r(l.targetSelectionRange)), ['4:0-4:2', '5:0-5:2']);
});

test('hover on a citation shows the entry, its transliteration, the locator and how often it is cited', () => {
  const doc = source(OUTLINE);
  const hover = service.getHover(doc, { line: 44, character: 150 });
  assert.equal(r(hover!.range!), '44:150-44:151');
  const entry2 = service.getModel(doc).references!.entries[1];
  const escape = (s: string) => s.replace(/[\\`*_{}[\]<>#|~]/g, '\\$&');
  assert.equal(hoverText(hover), [
    `**2.** ${escape(entry2.text)}`,
    `*Transliteration:* ${escape(entry2.transliteration!.text)}`,
    'Locator: т. 2, 45 б.',
    'Cited 2 times',
  ].join('\n\n'));
  assert.ok(entry2.text.startsWith('Қазақстан Республикасының Қылмыстық'));
  assert.ok(entry2.text.includes('И.Ш. Борчашвили'), 'the entry\'s second line is part of its text');
  assert.ok(entry2.transliteration!.text.startsWith('Qazaqstan Respublikasynyn Qylmystyq'));

  assert.match(hoverText(service.getHover(doc, { line: 40, character: 200 }))!, /\n\nCited 3 times$/);
  assert.match(hoverText(service.getHover(doc, { line: 38, character: 205 }))!, /\n\nLocator: 12-13 б\.\n\nCited once$/);
  // On the brackets of `[1; 3]`: both sources, separated by a rule.
  const both = hoverText(service.getHover(doc, { line: 20, character: 323 }))!;
  assert.deepEqual(both.split('\n\n---\n\n').map((b) => b.slice(0, 6)), ['**1.**', '**3.**']);
  assert.equal(service.getHover(doc, { line: 20, character: 322 }), undefined);
});

test('hover on the seed 002 citation [3, 497 б.] reads entry 3; unresolved and empty citations say so', () => {
  const hover = service.getHover(source(SEED_002), { line: 23, character: 325 });
  assert.equal(hoverText(hover), '**3.** Криминология: учебник / под ред. В.Н. Бурлакова, Б.В. Волженкина. – СПб.: Питер, 2005. – 576 с.\n\nLocator: 497 б.\n\nCited once');
  const { text, offsets } = marked('Мәтін [$$9] және [$$ ; ].\n\nӘдебиеттер\n1. Бір.\n');
  const doc = source(text);
  assert.equal(hoverText(service.getHover(doc, { line: 0, character: offsets[0] })), 'No entry 9 in the reference list');
  assert.equal(hoverText(service.getHover(doc, { line: 0, character: offsets[1] })), 'The citation names no source: write the number of a reference entry, such as \\[1\\]');
});

test('hover on an entry marker tells how often the source is cited and where first', () => {
  const doc = source(OUTLINE);
  assert.equal(hoverText(service.getHover(doc, { line: 56, character: 0 })), 'Cited 3 times\n\nFirst cited on line 21');
  assert.equal(hoverText(service.getHover(doc, { line: 64, character: 1 })), 'Cited once\n\nFirst cited on line 29');
  assert.equal(service.getHover(doc, { line: 56, character: 10 }), undefined);
  const unused = source('[1]\n\nӘдебиеттер\n1. Бір.\n2. Екі.\n');
  assert.equal(hoverText(service.getHover(unused, { line: 4, character: 0 })), 'Never cited');
});

test('find references from a citation or from an entry: every citation of the source', async () => {
  const doc = source(OUTLINE);
  const three = ['20:327-20:328', '28:339-28:342', '40:200-40:201'];
  assert.deepEqual(places(await service.getReferences(doc, { line: 40, character: 200 }, false)), three);
  assert.deepEqual(places(await service.getReferences(doc, { line: 40, character: 200 }, true)), [markerRange(3), '63:0-63:2', ...three]);
  // From anywhere in entry 3's text, and from its transliteration.
  assert.deepEqual(places(await service.getReferences(doc, { line: 56, character: 40 }, false)), three);
  assert.deepEqual(places(await service.getReferences(doc, { line: 63, character: 40 }, false)), three);
  assert.deepEqual(places(await service.getReferences(doc, { line: 12, character: 159 }, false)), ['12:159-12:160', '44:150-44:151']);
  assert.deepEqual(places(await service.getReferences(doc, { line: 4, character: 5 }, true)), []);
});

test('document highlights: the source\'s citations (read) and its entry markers (write)', () => {
  const doc = source(OUTLINE);
  const highlights = (line: number, character: number) => service.getDocumentHighlights(doc, { line, character }).map((h) => `${r(h.range)} ${h.kind}`);
  assert.deepEqual(highlights(10, 236), [`${markerRange(1)} 3`, '61:0-61:2 3', '10:236-10:237 2', '20:324-20:325 2']);
  assert.deepEqual(highlights(53, 1), highlights(10, 236));
  assert.deepEqual(highlights(53, 20), []);
  assert.deepEqual(highlights(4, 5), []);
});

test('completion after [ offers the entries, numbered, with their first words', () => {
  const base = OUTLINE.split('\n');
  base[4] = `${base[4]} [`;
  const text = base.join('\n');
  const doc = source(text);
  const items = service.getCompletions(doc, { line: 4, character: base[4].length });
  assert.deepEqual(items.map((i) => [i.label, i.detail]), [
    ['1', 'Назарбаев Н.Ә. Қазақстан жолы. – Астана:…'],
    ['2', 'Қазақстан Республикасының Қылмыстық кодексіне түсініктеме.…'],
    ['3', 'Бурлаков В.Н., Кропачев Н.М. Уголовная политика…'],
    ['4', 'Сейітқалиев Ә.Т. Қылмыстылықтың алдын алудың құқықтық…'],
    ['5', 'Жұмабаева Г.Қ. Қазақстан Республикасындағы қылмыстық…'],
  ]);
  assert.deepEqual(items[2].textEdit, { range: { start: { line: 4, character: base[4].length }, end: { line: 4, character: base[4].length } }, newText: '3' });
  assert.equal(items[0].sortText, '000001');
});

test('completion replaces what was typed since [ or ; and stays quiet elsewhere', () => {
  const list = '\n\nӘдебиеттер\n1. Бір.\n2. Екі.\n';
  const complete = (line: string) => {
    const { text, offsets } = marked(line + list);
    return service.getCompletions(source(text), { line: 0, character: offsets[0] });
  };
  const afterSemicolon = complete('Мәтін [1; 2$$');
  assert.deepEqual(afterSemicolon.map((i) => i.label), ['1', '2']);
  assert.deepEqual(afterSemicolon[1].textEdit, { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } }, newText: '2' });
  assert.equal(complete('Мәтін [Бі$$').length, 2);
  assert.deepEqual(complete('Мәтін [1, 27 б$$'), []);
  assert.deepEqual(complete('Мәтін [1] $$'), []);
  assert.deepEqual(complete('Мәтін $$'), []);
  assert.deepEqual(service.getCompletions(source('Мәтін ['), { line: 0, character: 7 }), [], 'no list, nothing to offer');
});

test('entries are found under every reference-list heading of SPEC §2, in every marker form', () => {
  const headings = ['Әдебиеттер', 'Әдебиеттер тізімі', 'Пайдаланылған әдебиеттер', 'Пайдаланылған әдебиеттер тізімі', 'References', 'Литература', 'Список литературы', 'Список использованной литературы', '# Әдебиеттер'];
  for (const heading of headings) {
    for (const [first, second] of [['1.', '2.'], ['1)', '2)'], ['[1]', '[2]']]) {
      const text = `Мәтін [2] және [1].\n\n${heading}\n${first} Бірінші еңбек,\nжалғасы.\n${second} Екінші еңбек.\n`;
      const links = service.getDefinition(source(text), { line: 0, character: 7 });
      assert.deepEqual(links.map((l) => r(l.targetRange)), [`5:0-5:${second.length + 14}`], `${heading} ${first}`);
      assert.deepEqual(service.getDefinition(source(text), { line: 0, character: 16 }).map((l) => r(l.targetRange)), ['3:0-4:8'], `${heading} ${first}: a two-line entry`);
    }
  }
});
