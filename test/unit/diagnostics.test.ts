import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { LARGE_DOCUMENT_LENGTH, createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS, Settings, resolveSettings } from '../../server/src/settings';
import { SEEDS, article, lines, seed } from '../support';

const service = createLanguageService();

/** The citation diagnostics of a text (the figure and spelling rules have their own tests). */
function diagnose(text: string, settings: Settings = DEFAULT_SETTINGS) {
  return service.getDiagnostics({ uri: `file:///t/${Math.random()}.legal`, version: 1, getText: () => text }, settings)
    .filter((d) => String(d.code).startsWith('citation.'));
}

function rows(text: string, settings?: Settings) {
  return diagnose(text, settings).map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.code, d.severity, d.message]);
}

const E = DiagnosticSeverity.Error;
const W = DiagnosticSeverity.Warning;
const format = (n: number, locator: string, comma = ', ') => `Write the citation as [${n}, ${locator.replace('б.', ' б.')}], not [${n}${comma}${locator}]`;

test('every citation of the seeds is unresolved (their reference lists were cut off), and seed 003 writes its locators without spaces', () => {
  const empty = (n: number) => `Source ${n} is cited, but the reference list is empty`;
  assert.deepEqual(SEEDS.map((name) => rows(seed(name))), [
    [],
    [[19, 379, 380, 'citation.unresolved', E, empty(1)]],
    [
      [1, 214, 215, 'citation.unresolved', E, empty(1)],
      [3, 602, 603, 'citation.unresolved', E, empty(2)],
      [23, 325, 326, 'citation.unresolved', E, empty(3)],
      [27, 135, 136, 'citation.unresolved', E, empty(4)],
    ],
    [
      [6, 74, 75, 'citation.unresolved', E, empty(1)],
      [6, 75, 80, 'citation.locator-format', W, format(1, '27б.', ',')],
      [6, 494, 495, 'citation.unresolved', E, empty(2)],
      [6, 495, 500, 'citation.locator-format', W, format(2, '2б.')],
      [10, 254, 255, 'citation.unresolved', E, empty(3)],
      [17, 173, 174, 'citation.unresolved', E, empty(4)],
      [17, 174, 183, 'citation.locator-format', W, format(4, '12-13б.')],
      [22, 663, 664, 'citation.unresolved', E, empty(5)],
      [22, 664, 673, 'citation.locator-format', W, format(5, '10-11б.')],
      [41, 211, 212, 'citation.unresolved', E, empty(6)],
      [41, 212, 217, 'citation.locator-format', W, format(6, '3б.')],
    ],
  ]);
});

test('with their lists restored, the seed articles and the clean fixtures have no citation findings but seed 003\'s locators', () => {
  for (const name of ['seed-002-with-references.legal', 'outline.legal', 'russian.legal']) {
    assert.deepEqual(rows(article(name)), [], name);
  }
  assert.deepEqual(rows(article('seed-003-with-references.legal')).map((r) => `${r[0]}:${r[1]} ${r[3]}`), [
    '6:75 citation.locator-format', '6:495 citation.locator-format', '17:174 citation.locator-format', '22:664 citation.locator-format', '41:212 citation.locator-format',
  ]);
});

test('a document without a reference list, and numbers missing from a list', () => {
  assert.deepEqual(rows('Мәтін [2, 5 б.].'), [[0, 7, 8, 'citation.unresolved', E, 'Source 2 is cited, but the document has no reference list']]);
  const text = lines('Мәтін [1; 3] және [2–9] және [4–1].', '', 'Әдебиеттер', '1. Бірінші.', '2. Екінші.');
  assert.deepEqual(rows(text).filter((r) => r[3] === 'citation.unresolved'), [
    [0, 10, 11, 'citation.unresolved', E, 'No entry 3 in the reference list'],
    [0, 19, 22, 'citation.unresolved', E, 'No entries 3, 4, 5, 6, 7, … in the reference list'],
    [0, 30, 33, 'citation.unresolved', E, 'No entries 3, 4 in the reference list'],
  ]);
});

test('a range of a hundred million sources is checked without expanding it', () => {
  const text = lines('[1–100000000] [99999999999999999999]', 'Әдебиеттер', '1. Бір.');
  assert.deepEqual(rows(text).map((r) => r[5]), ['No entries 2, 3, 4, 5, 6, … in the reference list', 'No entry 99999999999999999999 in the reference list']);
});

test('the severity follows zanmark.diagnostics.citation.unresolved; off turns the rule off', () => {
  const text = seed('002_1dfbad7d03d8aaf7.txt');
  const warning = resolveSettings([new Map([['zanmark.diagnostics.citation.unresolved', 'warning']])]);
  assert.deepEqual(diagnose(text, warning).map((d) => d.severity), [2, 2, 2, 2]);
  const hint = resolveSettings([new Map([['zanmark.diagnostics.citation.unresolved', 'hint']])]);
  assert.deepEqual(diagnose(text, hint).map((d) => d.severity), [4, 4, 4, 4]);
  const off = resolveSettings([new Map([['zanmark.diagnostics.citation.unresolved', 'off']])]);
  assert.deepEqual(diagnose(text, off), []);
});

test('diagnostics carry the source and the stable code', () => {
  const [d] = diagnose('[7]');
  assert.equal(d.source, 'zanmark');
  assert.equal(d.code, 'citation.unresolved');
});

test('a document over the size limit gets the citation checks only', { timeout: 60_000 }, () => {
  const paragraph = 'Халықтың 19, 8% бөлігі [7] және және мəселе.\n';
  const text = paragraph.repeat(Math.ceil((LARGE_DOCUMENT_LENGTH + 1) / paragraph.length));
  const large = { uri: 'file:///t/large.legal', version: 1, getText: () => text };
  assert.equal(service.isLarge(large), true);
  const codes = new Set(service.getDiagnostics(large, DEFAULT_SETTINGS).map((d) => d.code));
  assert.deepEqual([...codes], ['citation.unresolved']);
  const small = { uri: 'file:///t/small.legal', version: 1, getText: () => paragraph };
  assert.equal(service.isLarge(small), false);
  assert.deepEqual(new Set(service.getDiagnostics(small, DEFAULT_SETTINGS).map((d) => d.code)), new Set(['figure.decimal-space', 'citation.unresolved', 'text.repeated-word', 'script.mixed']));
});
