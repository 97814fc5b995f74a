import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Citation, findCitations } from '../../server/src/model';
import { SEEDS, seed } from '../support';

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
