import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LegalDocument } from '../../server/src/model';
import { article, lines, parse, seed, textOf } from '../support';

function sentences(document: LegalDocument): string[][] {
  return document.paragraphs.map((p) => p.sentences.map((s) => textOf(document, s)));
}

test('PDF joints split blocks: an extra period, a colon and a period, a period after a bracket', () => {
  const document = parse('Бірінші сөйлем тоқталармыз..Сол сияқты екінші болады:.«Ақпараттық қауіпсіздік» [1,27б.]..- Қазақстан деді.');
  assert.deepEqual(sentences(document), [
    ['Бірінші сөйлем тоқталармыз.'],
    ['Сол сияқты екінші болады:'],
    ['«Ақпараттық қауіпсіздік» [1,27б.].'],
    ['- Қазақстан деді.'],
  ]);
});

test('abbreviations and initials do not end sentences', () => {
  const document = parse('Профессорлар В.Н. Бурлаков пен Б.В. Волженкин т.б. ғалымдар 2010-2020 жж. кезеңін зерттеді. Сома 3,16 млн. теңге болды. Под ред. Иванова, т.е. автора, см. гл. 2. Келесі сөйлем!');
  assert.deepEqual(sentences(document), [[
    'Профессорлар В.Н. Бурлаков пен Б.В. Волженкин т.б. ғалымдар 2010-2020 жж. кезеңін зерттеді.',
    'Сома 3,16 млн. теңге болды.',
    'Под ред. Иванова, т.е. автора, см. гл. 2.',
    'Келесі сөйлем!',
  ]]);
});

test('a line that ends with initials continues the paragraph on the next line (seed 002)', () => {
  const document = parse(seed('002_1dfbad7d03d8aaf7.txt'));
  const paragraph = document.paragraphs.find((p) => textOf(document, p.span).startsWith('Профессорлар В.Н.'))!;
  assert.ok(paragraph);
  const range = document.lines.rangeOf(paragraph.span);
  assert.deepEqual([range.start.line, range.end.line], [21, 23]);
  assert.match(textOf(document, paragraph.sentences[0]), /^Профессорлар В\.Н\.\nБурлаков пен Б\.В\.\nВолженкиндердің пайымдауынша,/);
});

test('hard-wrapped lines join into one paragraph; blank lines and final punctuation end it', () => {
  const document = parse(lines('Бірінші абзац екі', 'жолға бөлінген.', 'Екінші абзац.', '', 'Үшінші', 'абзац'));
  assert.deepEqual(document.paragraphs.map((p) => textOf(document, p.span)), [
    'Бірінші абзац екі\nжолға бөлінген.',
    'Екінші абзац.',
    'Үшінші\nабзац',
  ]);
});

test('outline.legal: paragraphs are separated by blank lines and sentences keep abbreviations', () => {
  const document = parse(article('outline.legal'));
  const definition = document.paragraphs.find((p) => document.lines.positionAt(p.span.start).line === 22)!;
  assert.ok(textOf(document, definition.sentences[0]).startsWith('Қылмыстық саясат дегеніміз'));
  for (const paragraph of document.paragraphs) {
    for (const sentence of paragraph.sentences) {
      assert.doesNotMatch(textOf(document, sentence), /(?:т\.б|жж|млн|В\.Н)\.$/u, 'no sentence ends at an abbreviation');
    }
  }
});
