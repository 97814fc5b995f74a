import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LegalDocument, Section } from '../../server/src/model';
import { SEEDS, article, lines, parse, seed, textOf } from '../support';

function headingRows(document: LegalDocument) {
  return document.headings.map((h) => {
    const r = document.lines.rangeOf(h.span);
    return [r.start.line, r.start.character, r.end.character, h.title, h.level, h.kind];
  });
}

function tree(sections: readonly Section[]): unknown[] {
  return sections.map((s) => (s.children.length ? [s.heading.title, tree(s.children)] : s.heading.title));
}

test('the seeds\' reference headings are found where PDF copying glued them to the last paragraph', () => {
  const rows = SEEDS.map((name) => headingRows(parse(seed(name))));
  assert.deepEqual(rows, [
    [],
    [[21, 316, 326, 'Əдебиеттер', 1, 'references']],
    [[30, 651, 661, 'Әдебиеттер', 1, 'references']],
    [[42, 121, 131, 'Әдебиеттер', 1, 'references']],
  ]);
  for (const name of SEEDS.slice(1)) {
    const document = parse(seed(name));
    assert.equal(document.references?.entries.length, 0, `${name} has an empty reference list`);
  }
  assert.equal(parse(seed(SEEDS[0])).references, undefined);
});

test('outline.legal: known and numbered headings, nested by level', () => {
  const document = parse(article('outline.legal'));
  assert.deepEqual(headingRows(document), [
    [2, 0, 9, 'Аннотация', 1, 'section'],
    [8, 0, 7, 'Кіріспе', 1, 'section'],
    [16, 0, 40, 'Қылмыстық саясаттың ұғымы мен мазмұны', 1, 'section'],
    [18, 0, 34, 'Ғылыми әдебиеттегі көзқарастар', 2, 'section'],
    [26, 0, 55, 'Құқықтық саясат тұжырымдамасындағы қылмыстық саясат', 2, 'section'],
    [32, 0, 50, 'Қылмыстылықтың жай-күйі және алдын алу шаралары', 1, 'section'],
    [46, 0, 9, 'Қорытынды', 1, 'section'],
    [52, 0, 10, 'Әдебиеттер', 1, 'references'],
    [60, 0, 10, 'References', 1, 'references'],
  ]);
  assert.deepEqual(tree(document.sections), [
    'Аннотация',
    'Кіріспе',
    ['Қылмыстық саясаттың ұғымы мен мазмұны', ['Ғылыми әдебиеттегі көзқарастар', 'Құқықтық саясат тұжырымдамасындағы қылмыстық саясат']],
    'Қылмыстылықтың жай-күйі және алдын алу шаралары',
    'Қорытынды',
    'Әдебиеттер',
    'References',
  ]);
  const spans = document.sections.map((s) => {
    const r = document.lines.rangeOf(s.span);
    return [r.start.line, r.end.line];
  });
  assert.deepEqual(spans, [[2, 6], [8, 14], [16, 30], [32, 44], [46, 50], [52, 58], [60, 65]]);
});

test('outline.legal: the reference list, its two-line entry and the paired transliteration', () => {
  const document = parse(article('outline.legal'));
  const list = document.references!;
  assert.equal(list.isTransliteration, false);
  const rows = list.entries.map((e) => {
    const r = document.lines.rangeOf(e.span);
    return [e.number, r.start.line, r.end.line, r.end.character];
  });
  assert.deepEqual(rows, [[1, 53, 53, 66], [2, 54, 55, 61], [3, 56, 56, 129], [4, 57, 57, 124], [5, 58, 58, 147]]);
  assert.equal(textOf(document, list.entries[0].markerSpan), '1.');
  assert.match(list.entries[1].text, /^Қазақстан Республикасының Қылмыстық .* И\.Ш\. Борчашвили\. – /);
  assert.ok(!list.entries[1].text.includes('\n'));
  const transliterated = document.referenceLists[1];
  assert.equal(transliterated.isTransliteration, true);
  assert.deepEqual(transliterated.entries.map((e) => document.lines.positionAt(e.span.start).line), [61, 62, 63, 64, 65]);
  assert.ok(list.entries.every((e) => e.transliteration === transliterated.entries[e.number - 1]));
  assert.match(list.entries[0].transliteration!.text, /^Nazarbayev N\.A\. Qazaqstan/);
});

test('seed 003 with its restored list: entries, a continuation line, Latin ə in the body', () => {
  const document = parse(article('seed-003-with-references.legal'));
  const rows = document.references!.entries.map((e) => {
    const r = document.lines.rangeOf(e.span);
    return [e.number, r.start.line, r.end.line, r.end.character];
  });
  assert.deepEqual(rows, [[1, 43, 43, 68], [2, 44, 44, 210], [3, 45, 45, 141], [4, 46, 47, 56], [5, 48, 48, 111], [6, 49, 49, 137]]);
});

test('russian.legal: Russian headings and entries in the 1) form', () => {
  const document = parse(article('russian.legal'));
  assert.deepEqual(headingRows(document).map((r) => [r[0], r[3], r[5]]), [
    [2, 'Аннотация', 'section'],
    [6, 'Введение', 'section'],
    [14, 'Процессуальный статус следственного судьи', 'section'],
    [24, 'Судебный контроль на досудебных стадиях', 'section'],
    [32, 'Заключение', 'section'],
    [36, 'Список литературы', 'references'],
  ]);
  assert.deepEqual(document.references!.entries.map((e) => [e.number, document.lines.positionAt(e.span.start).line, textOf(document, e.markerSpan)]),
    [[1, 37, '1)'], [2, 38, '2)'], [3, 39, '3)'], [4, 40, '4)'], [5, 41, '5)'], [6, 42, '6)']]);
});

test('Markdown headings, [n] entries and headings that are not headings', () => {
  const document = parse(lines(
    '# Қылмыстық саясат',
    'Мәтін.',
    '## 1.1 Тарих',
    'Түйін сөздер: саясат, құқық.',
    '3. Бұл сөйлем нүктемен аяқталады.',
    '2009 Жылы көп нәрсе өзгерді',
    'Список литературы:',
    '[1] Иванов И.И. Уголовное право. – М., 2010. – 300 с.',
    '[2] Петров П.П. Процесс. – М., 2012.',
  ));
  assert.deepEqual(document.headings.map((h) => [h.title, h.level, h.kind]), [
    ['Қылмыстық саясат', 1, 'section'],
    ['1.1 Тарих', 2, 'section'],
    ['Список литературы', 1, 'references'],
  ]);
  assert.deepEqual(document.references!.entries.map((e) => [e.number, e.text]), [
    [1, 'Иванов И.И. Уголовное право. – М., 2010. – 300 с.'],
    [2, 'Петров П.П. Процесс. – М., 2012.'],
  ]);
});

test('a list with duplicate and missing numbers keeps every entry as written', () => {
  const document = parse(lines('Әдебиеттер', '1. Бірінші.', '1. Қайталанған.', '4. Төртінші.'));
  assert.deepEqual(document.references!.entries.map((e) => e.number), [1, 1, 4]);
});
