import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Citation, findCitations } from '../../server/src/model';
import { SEEDS, parse, seed } from '../support';

function describe(text: string, citation: Citation) {
  return {
    text: text.slice(citation.span.start, citation.span.end),
    items: citation.items.map((i) => [
      text.slice(i.first.span.start, i.first.span.end),
      i.last ? text.slice(i.last.span.start, i.last.span.end) : null,
      i.locator ? text.slice(i.locator.span.start, i.locator.span.end) : null,
    ]),
  };
}

function parsed(text: string) {
  return findCitations(text).map((c) => describe(text, c));
}

test('every citation form of SPEC §3, with ranges for the citation, each number and the locator', () => {
  const text = 'A [1] B [1; 3] C [1–3] D [1, 3] E [1, 27 б.] F [1,27б.] G [4, 12-13 б.] H [2, т. 2, 45 б.] I [1, с. 81] J [5, p. 5] K [1; 3–5, 12 б.] L [7 — 9]';
  assert.deepEqual(parsed(text), [
    { text: '[1]', items: [['1', null, null]] },
    { text: '[1; 3]', items: [['1', null, null], ['3', null, null]] },
    { text: '[1–3]', items: [['1', '3', null]] },
    { text: '[1, 3]', items: [['1', null, null], ['3', null, null]] },
    { text: '[1, 27 б.]', items: [['1', null, '27 б.']] },
    { text: '[1,27б.]', items: [['1', null, '27б.']] },
    { text: '[4, 12-13 б.]', items: [['4', null, '12-13 б.']] },
    { text: '[2, т. 2, 45 б.]', items: [['2', null, 'т. 2, 45 б.']] },
    { text: '[1, с. 81]', items: [['1', null, 'с. 81']] },
    { text: '[5, p. 5]', items: [['5', null, 'p. 5']] },
    { text: '[1; 3–5, 12 б.]', items: [['1', null, null], ['3', '5', '12 б.']] },
    { text: '[7 — 9]', items: [['7', '9', null]] },
  ]);
});

test('brackets that are not citations are left alone', () => {
  assert.deepEqual(parsed('[sic] [...] [Ред.] [2009 ж.] [1, қараңыз] [a1] [ 1 2 ]'), []);
});

test('empty citations are citations with no items', () => {
  assert.deepEqual(parsed('мәтін [] және [ ; ] бар'), [{ text: '[]', items: [] }, { text: '[ ; ]', items: [] }]);
});

test('unbalanced and nested brackets, and brackets across lines', () => {
  assert.deepEqual(parsed('[1 [2] [3\n] [[4]] ]5]'), [{ text: '[2]', items: [['2', null, null]] }, { text: '[4]', items: [['4', null, null]] }]);
});

test('huge numbers and huge ranges are kept as written, without expansion', () => {
  const [huge, range] = findCitations('[99999999999999999999] [1–100000000]');
  assert.equal(huge.items[0].first.value, 1e20);
  assert.equal(range.items[0].first.value, 1);
  assert.equal(range.items[0].last!.value, 100000000);
});

test('the seeds cite 11 times', () => {
  const all = SEEDS.map((name) => parsed(seed(name)).map((c) => c.text));
  assert.deepEqual(all, [
    [],
    ['[1, 2 б.]'],
    ['[1]', '[2]', '[3, 497 б.]', '[4, 26 б.]'],
    ['[1,27б.]', '[2, 2б.]', '[3]', '[4, 12-13б.]', '[5, 10-11б.]', '[6, 3б.]'],
  ]);
});

test('locators are split into volume, pages before or after their mark, and parts left as written', () => {
  const parts = (text: string) => findCitations(text)[0].items[0].locator!.parts.map((p) => {
    const written = text.slice(p.span.start, p.span.end);
    if (p.kind === 'volume') return ['volume', written, p.mark, p.number];
    if (p.kind === 'pages') return ['pages', written, p.mark, p.markPosition, text.slice(p.pagesSpan.start, p.pagesSpan.end), p.first, p.last ?? null];
    return ['other', written];
  });
  assert.deepEqual(parts('[1, 27 б.]'), [['pages', '27 б.', 'б.', 'after', '27', 27, null]]);
  assert.deepEqual(parts('[1,27б]'), [['pages', '27б', 'б.', 'after', '27', 27, null]]);
  assert.deepEqual(parts('[4, 12 - 13 б.]'), [['pages', '12 - 13 б.', 'б.', 'after', '12 - 13', 12, 13]]);
  assert.deepEqual(parts('[2, т.2, 45 бет]'), [['volume', 'т.2', 'т.', '2'], ['pages', '45 бет', 'бет', 'after', '45', 45, null]]);
  assert.deepEqual(parts('[3, Т. 2, с. 81–79]'), [['volume', 'Т. 2', 'Т.', '2'], ['pages', 'с. 81–79', 'с.', 'before', '81–79', 81, 79]]);
  assert.deepEqual(parts('[5, p.5]'), [['pages', 'p.5', 'p.', 'before', '5', 5, null]]);
  assert.deepEqual(parts('[1, 3-бап]'), [['other', '3-бап']]);
  assert.deepEqual(parts('[1, ст. 7, 12 б.]'), [['other', 'ст. 7'], ['pages', '12 б.', 'б.', 'after', '12', 12, null]]);
});

test('a reference list\'s [1] markers are entries, not citations', () => {
  const text = 'Мәтін [2].\n\nЛитература\n[1] Первый.\n[2] Второй.\n';
  assert.deepEqual(parse(text).citations.map((c) => text.slice(c.span.start, c.span.end)), ['[2]']);
});

test('a document of many citations and no semicolon is read in linear time', { timeout: 15_000 }, () => {
  const text = '[1] '.repeat(1 << 18);
  assert.equal(findCitations(text).length, 1 << 18);
});
