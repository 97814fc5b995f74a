import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { seed } from '../support';

const service = createLanguageService();
let n = 0;
const source = (text: string) => ({ uri: `file:///h/${n++}.legal`, version: 1, getText: () => text });

function rows(text: string, prefix: string) {
  const lines = text.split('\n');
  return service.getDiagnostics(source(text), DEFAULT_SETTINGS).filter((d) => String(d.code).startsWith(prefix))
    .map((d) => [d.code, lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), d.message]);
}

/** The text after the safe fixes of every finding with `code`. */
function fixed(text: string, code: string): string {
  const src = source(text);
  const document = service.getModel(src);
  const actions = service.getCodeActions(src, { start: { line: 0, character: 0 }, end: document.lines.positionAt(text.length) }, ['quickfix'], DEFAULT_SETTINGS)
    .filter((a) => a.diagnostics?.[0]?.code === code && a.isPreferred);
  const replacements = actions.flatMap((a) => Object.values(a.edit!.changes!)[0].map((e) => ({
    span: { start: document.lines.offsetAt(e.range.start), end: document.lines.offsetAt(e.range.end) }, newText: e.newText })));
  return applyReplacements(text, replacements);
}

test('script.mixed: Latin ə, Cyrillic Е in a Latin word, Latin i in Kazakh, digits in place of letters', () => {
  assert.deepEqual(rows('Бұл мəселе E-Government емес, Е-Government; бiлiм, к0декс, 3аң.', 'script.'), [
    ['script.mixed', 'мəселе', '«мəселе» mixes Cyrillic and Latin letters: write «мәселе»'],
    ['script.mixed', 'Е-Government', '«Е-Government» mixes Cyrillic and Latin letters: write «E-Government»'],
    ['script.mixed', 'бiлiм', '«бiлiм» mixes Cyrillic and Latin letters: write «білім»'],
    ['script.mixed', 'к0декс', '«к0декс» has a digit in place of a letter: write «кодекс»'],
    ['script.mixed', '3аң', '«3аң» has a digit in place of a letter: write «Заң»'],
  ]);
  assert.equal(fixed('Бұл мəселе, Е-Government, к0декс.', 'script.mixed'), 'Бұл мәселе, E-Government, кодекс.');
  // Only letters both scripts share: the text around decides.
  assert.equal(fixed('Бұл iрi мәселе.', 'script.mixed'), 'Бұл ірі мәселе.');
  assert.equal(fixed('The word P\u043e\u0445 is Latin.', 'script.mixed'), 'The word Pox is Latin.');
});

test('script.mixed leaves URLs, e-mail, Roman numerals, act numbers and Latin words alone', () => {
  for (const text of ['https://адилет.kz/мəселе', 'мəселе@mail.kz', '№ 226-VІ Заңы', 'ХХІ ғасыр', 'ICT-Marketing', 'ICT-маркетинг', 'E-Government',
    '10б.', '[6, 3б.]', '2010жылы', '100 мың', '3ші', '3ке', '0ге']) {
    assert.deepEqual(rows(text, 'script.'), [], text);
  }
});

test('script.mixed offers a fix for every word of the document at once', () => {
  const text = 'мəселе және жəне';
  const src = source(text);
  const actions = service.getCodeActions(src, { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, ['quickfix'], DEFAULT_SETTINGS);
  assert.deepEqual(actions.map((a) => a.title), ['Write «мәселе»', 'Fix every word with mixed scripts in the document (2)']);
  const document = service.getModel(src);
  const all = Object.values(actions[1].edit!.changes!)[0].map((e) => ({ span: { start: document.lines.offsetAt(e.range.start), end: document.lines.offsetAt(e.range.end) }, newText: e.newText }));
  assert.equal(applyReplacements(text, all), 'мәселе және және');
});

test('every mixed-script word of seed 003 is reported, and fixing them leaves only Cyrillic', () => {
  const text = seed('003_67cdf9ecf2044f40.txt');
  const found = rows(text, 'script.');
  assert.equal(found.length, (text.match(/[\p{L}]*ə[\p{L}-]*/gu) ?? []).length);
  const after = fixed(text, 'script.mixed');
  assert.equal(/ə/.test(after), false);
  assert.equal(after.length, text.length);
});

test('text.repeated-word: a doubled word, and a fragment left before its word', () => {
  assert.deepEqual(rows('Заң және және мем мемлекеттік орган.', 'text.repeated'), [
    ['text.repeated-word', 'және және', 'The word «және» is repeated'],
    ['text.repeated-word', 'мем мемлекеттік', '«мем» repeats the beginning of «мемлекеттік»'],
  ]);
  assert.equal(fixed('Заң және және мем мемлекеттік орган.', 'text.repeated-word'), 'Заң және мемлекеттік орган.');
  assert.deepEqual(rows('он онда, бір біріне, бір рет, он жыл', 'text.repeated'), []);
});

test('text.whitespace: runs of spaces between words; indentation and line ends are left alone', () => {
  assert.deepEqual(rows('Сол  күні   таңғы\n   шегініс  \n', 'text.whitespace').map((r) => r[1]), ['  ', '   ']);
  assert.equal(fixed('Сол  күні \u00a0 таңғы', 'text.whitespace'), 'Сол күні таңғы');
});

test('text.punctuation: `доллар.,`, `..` and `:.`, but not abbreviations, ellipses or paths', () => {
  assert.deepEqual(rows('2 млн доллар., ал [1]..Яғни болады:.«Ақпарат', 'text.punctuation').map((r) => r[1]), ['.,', '..', ':.']);
  assert.equal(fixed('2 млн доллар., ал [1]..Яғни болады:.«Ақпарат', 'text.punctuation'), '2 млн доллар, ал [1]. Яғни болады: «Ақпарат');
  assert.deepEqual(rows('Алматы қ., т.б., жоқ емес...Әдебиеттер, [текст](../kaz.md)', 'text.punctuation'), []);
});

test('text.glued-words: seed 001 splits into the words the document uses', () => {
  const text = seed('001_b7e40a22d0be414a.txt');
  assert.deepEqual(rows(text, 'text.glued'), [
    ['text.glued-words', 'етуқылмыстықсаясаттыжүзегеасырутиімділігін', 'Words run together: «ету қылмыстық саясатты жүзеге асыру тиімділігін»'],
  ]);
  assert.ok(fixed(text, 'text.glued-words').includes('қамтамасыз ету қылмыстық саясатты жүзеге асыру тиімділігін арттыру'));
});
