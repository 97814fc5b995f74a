import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { article, lines } from '../support';

const service = createLanguageService();
let version = 0;
const source = (text: string) => ({ uri: `file:///t/renumber-${++version}.legal`, version, getText: () => text });

/** The text after renumbering, or the plan's kind and reason when there is no edit. */
function renumbered(text: string): string {
  const plan = service.renumberReferences(source(text));
  if (plan.kind === 'edits') return applyReplacements(text, plan.replacements);
  return plan.kind === 'refused' ? `refused: ${plan.reason}` : 'unchanged';
}

test('the unordered fixture is renumbered by order of first citation, character by character', () => {
  const before = article('unordered.legal');
  const after = article('unordered.renumbered.legal');
  assert.equal(renumbered(before), after);
  assert.equal(renumbered(after), 'unchanged');
  const codes = service.getDiagnostics(source(after), DEFAULT_SETTINGS).map((d) => `${d.range.start.line} ${d.code}`);
  assert.deepEqual(codes, ['21 citation.unused-entry'], 'entry 6 stays last, still uncited');
});

test('the edit touches only what changes: entries in place keep their text', () => {
  const text = article('unordered.legal');
  const plan = service.renumberReferences(source(text));
  assert.equal(plan.kind, 'edits');
  if (plan.kind !== 'edits') return;
  // Eight citation numbers, entries 1–4 of both lists; entries 5 and 6 and the locators stay.
  assert.deepEqual(plan.replacements.map((r) => text.slice(r.span.start, r.span.end).slice(0, 12)), [
    '3', '1', '4', '2', '2–4', '1', '3',
    '1. Қазақстан', '2. Ахметов Б', '3. Сейітов Қ', '4. Омарова Д',
    '1. Qazaqstan', '2. Akhmetov ', '3. Seiitov Q', '4. Omarova D',
  ]);
});

test('ranges: contiguous ranges keep their form, broken ones become lists, reversed stay reversed', () => {
  const list = lines('', 'Әдебиеттер', '1. A.', '2. B.', '3. C.', '4. D.');
  assert.equal(renumbered(`[4] [3–1] [2–3, 12 б.].${list}`), `[1] [4–2] [3–4, 12 б.].${lines('', 'Әдебиеттер', '1. D.', '2. A.', '3. B.', '4. C.')}`);
  assert.equal(renumbered(`[3] [1–2] [1–4].${list}`), `[1] [2–3] [1–4].${lines('', 'Әдебиеттер', '1. C.', '2. A.', '3. B.', '4. D.')}`);
  assert.equal(renumbered(`[2] [4] [1, 3].${list}`), `[1] [2] [3, 4].${lines('', 'Әдебиеттер', '1. B.', '2. D.', '3. A.', '4. C.')}`);
  assert.equal(renumbered(`[2] [4] [1–2, 7 б.].${list}`), `[1] [2] [1; 3, 7 б.].${lines('', 'Әдебиеттер', '1. B.', '2. D.', '3. A.', '4. C.')}`);
  assert.equal(renumbered(`[2] [4] [1–2; 5].${list}`), `[1] [2] [1; 3; 5].${lines('', 'Әдебиеттер', '1. B.', '2. D.', '3. A.', '4. C.')}`);
});

test('a huge range is rewritten without being expanded; unresolved numbers above the list stay', () => {
  const list = lines('', 'Әдебиеттер', '1. A.', '2. B.', '3. C.');
  assert.equal(renumbered(`[2] [1–100000000] [99999999999999999999].${list}`), `[1] [1–100000000] [99999999999999999999].${lines('', 'Әдебиеттер', '1. B.', '2. A.', '3. C.')}`);
  assert.equal(renumbered(`[3] [2–100000000] [7].${list}`), `[1] [1–2, 4–100000000] [7].${lines('', 'Әдебиеттер', '1. C.', '2. B.', '3. A.')}`);
});

test('missing numbers are closed up; entries never cited go last, in their order', () => {
  const text = lines('[5] [1].', '', 'Әдебиеттер', '1. A.', '2. B.', '5. E.', '7. G.');
  assert.equal(renumbered(text), lines('[1] [2].', '', 'Әдебиеттер', '1. E.', '2. A.', '3. B.', '4. G.'));
});

test('the transliterated list follows, paired by number; unpaired entries go last', () => {
  const text = lines('[2] [1] [3].', '', 'Әдебиеттер', '1. Ә.', '2. Б.', '3. В.', '', 'References', '1. A.', '3. V.', '4. X.');
  assert.equal(renumbered(text), lines('[1] [2] [3].', '', 'Әдебиеттер', '1. Б.', '2. Ә.', '3. В.', '', 'References', '2. A.', '3. V.', '4. X.'));
});

test('lists marked [1] … and 1) …, multi-line entries and CRLF line ends', () => {
  const bracketed = lines('Мәтін [2] және [1].', '', 'Литература', '[1] Первый', 'источник, продолжение.', '[2] Второй.');
  assert.equal(renumbered(bracketed), lines('Мәтін [1] және [2].', '', 'Литература', '[1] Второй.', '[2] Первый', 'источник, продолжение.'));
  const crlf = 'Текст [2; 1].\r\n\r\nСписок литературы\r\n1) Первый.\r\n2) Второй,\r\nвторая строка.\r\n';
  assert.equal(renumbered(crlf), 'Текст [1; 2].\r\n\r\nСписок литературы\r\n1) Второй,\r\nвторая строка.\r\n2) Первый.\r\n');
});

test('renumbering is refused, with a reason, when it cannot keep every citation right', () => {
  assert.equal(renumbered('[1] [2].'), 'refused: The document has no numbered reference list to renumber.');
  assert.equal(renumbered(lines('[1].', '', 'Әдебиеттер')), 'refused: The document has no numbered reference list to renumber.');
  assert.equal(renumbered(lines('[2] [1].', '', 'Әдебиеттер', '1. A.', '1. A2.', '2. B.')), 'refused: Two entries are numbered 1: give each entry its own number, then renumber.');
  assert.equal(renumbered(lines('[3] [2].', '', 'Әдебиеттер', '1. A.', '3. C.')),
    'refused: [2] cites source 2, which has no entry: after renumbering it would point to another source. Correct it first.');
  assert.equal(renumbered(lines('[1] [2].', '', 'Әдебиеттер', '1. A.', '2. B.')), 'unchanged');
});
