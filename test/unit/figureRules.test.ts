import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyReplacements } from '../../server/src/features/edits';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS, Settings, resolveSettings } from '../../server/src/settings';
import { seed } from '../support';

const service = createLanguageService();
let n = 0;
const source = (text: string) => ({ uri: `file:///f/${n++}.legal`, version: 1, getText: () => text });

/** [line, start, end, code, text under the range, message] of the findings whose code starts with `prefix`. */
function rows(text: string, prefix = 'figure.', settings: Settings = DEFAULT_SETTINGS) {
  const lines = text.split('\n');
  return service.getDiagnostics(source(text), settings)
    .filter((d) => String(d.code).startsWith(prefix))
    .map((d) => [d.range.start.line, d.range.start.character, d.range.end.character, d.code,
      lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), d.message]);
}

/** The text after the preferred quick fix of the first finding with `code`. */
function quickFixed(text: string, code: string, settings: Settings = DEFAULT_SETTINGS): string {
  const d = service.getDiagnostics(source(text), settings).find((x) => x.code === code);
  assert.ok(d, `a ${code} finding`);
  const actions = service.getCodeActions(source(text), d.range, ['quickfix'], settings).filter((a) => a.diagnostics?.[0]?.code === code);
  const edits = actions[0].edit!.changes![Object.keys(actions[0].edit!.changes!)[0]];
  const document = service.getModel(source(text));
  return applyReplacements(text, edits.map((e) => ({ span: { start: document.lines.offsetAt(e.range.start), end: document.lines.offsetAt(e.range.end) }, newText: e.newText })));
}

test('seed 002: the malformed figures, and nothing else', () => {
  assert.deepEqual(rows(seed('002_1dfbad7d03d8aaf7.txt')), [
    [5, 240, 250, 'figure.decimal-space', '3, 16 млн.', 'A space after the decimal comma in «3, 16»: write «3,16»'],
    [6, 28, 34, 'figure.decimal-space', '19, 8%', 'A space after the decimal comma in «19, 8»: write «19,8»'],
    [10, 128, 131, 'figure.truncated', '121', 'The number «121» looks cut off: a new sentence follows it without punctuation'],
    [23, 647, 652, 'figure.time-format', '08-25', 'A time is written with a colon: «08:25»'],
    [29, 38, 41, 'figure.percent-spacing', '5 %', 'Write «5%»: percentages in this document have no space before %'],
  ]);
});

test('seed 003 and the other seeds: no figure finding (146 347, 17 665 000, 1311, 4,6 пайызға, 89,3%-ды, 20-30%, dates)', () => {
  assert.deepEqual(rows(seed('003_67cdf9ecf2044f40.txt')), []);
  assert.deepEqual(rows(seed('000_295fc278403f80be.txt')), []);
  assert.deepEqual(rows(seed('001_b7e40a22d0be414a.txt')), []);
});

test('quick fixes give the corrected figure, character by character', () => {
  assert.equal(quickFixed('Саны - 3, 16 млн.\nқұрады.', 'figure.decimal-space'), 'Саны - 3,16 млн.\nқұрады.');
  assert.equal(quickFixed('халықтың - 19, 8% құрайды.', 'figure.decimal-space'), 'халықтың - 19,8% құрайды.');
  assert.equal(quickFixed('Сол күні таңғы  08-25  минутта.', 'figure.time-format'), 'Сол күні таңғы  08:25  минутта.');
  assert.equal(quickFixed('30% өсті, 40% азайды, табыстың 5 % беруге.', 'figure.percent-spacing'), '30% өсті, 40% азайды, табыстың 5% беруге.');
  assert.equal(quickFixed('4,6 пайызға және 6,1 пайызға, ал 4.6 пайыз.', 'figure.decimal-separator'), '4,6 пайызға және 6,1 пайызға, ал 4,6 пайыз.');
  assert.equal(quickFixed('Саны 14 6347 болды.', 'figure.grouping'), 'Саны 146 347 болды.');
  assert.equal(quickFixed('Саны 1 46 347 болды.', 'figure.grouping'), 'Саны 146 347 болды.');
  assert.equal(quickFixed('146 347 және 17665000 теңге.', 'figure.grouping'), '146 347 және 17 665 000 теңге.');
  assert.equal(quickFixed('2009-ге дейін', 'figure.suffix-harmony'), '2009-ға дейін');
  assert.equal(quickFixed('15%-ге жетті', 'figure.suffix-harmony'), '15%-ға жетті');
  assert.equal(quickFixed('2010-нен бастап', 'figure.suffix-harmony'), '2010-нан бастап');
});

test('look-alikes that are no problem', () => {
  for (const text of ['146 347', '17 665 000 теңге', '1311 адамға', '4,6 пайызға', '89,3%-ды', '20-30% арта', '2010-2020 жж.', '2, 3 және 4 баптар',
    '2009 жылғы 24 тамыздағы', '29 ақпан', '2012 жылғы 29 ақпандағы', '07.11.2014', '24 августа 2009 г.', '1-бабында', '18-і сотқа',
    '2009-ға дейін', '2000-ға', '100-ге', '40-қа', '5-ке', '1000-ға', '3 млн-ға', 'ст. 106 УПК', '12,5%', '5 %']) {
    assert.deepEqual(rows(text), [], text);
  }
});

test('invalid dates, reversed ranges and truncated numbers', () => {
  assert.deepEqual(rows('Мерзімі 30 ақпан, 31.04.2010, 2015 жылғы 29 ақпан, 24 апреля 2009 г.').map((r) => [r[3], r[4]]), [
    ['figure.date-invalid', '30 ақпан'], ['figure.date-invalid', '31.04.2010'], ['figure.date-invalid', '2015 жылғы 29 ақпан'],
  ]);
  assert.deepEqual(rows('2020-2010 жж. және 30-20%').map((r) => [r[3], r[4], r[5]]), [
    ['figure.range-reversed', '2020-2010', 'The range «2020-2010» runs backwards: it ends before it starts'],
    ['figure.range-reversed', '30-20', 'The range «30-20» runs backwards: it ends before it starts'],
  ]);
  assert.deepEqual(rows('2005 жылы – 146 347, 2006 жылы – 141 271, 2007 жылы – 128, ал').map((r) => [r[3], r[4]]), [['figure.truncated', '128']]);
});

test('zanmark.figures.* settings choose the style instead of the majority', () => {
  const space = resolveSettings([new Map([['zanmark.figures.percentSpacing', 'space']])]);
  assert.deepEqual(rows('30% және 40%', 'figure.', space).map((r) => r[4]), ['30%', '40%']);
  assert.equal(quickFixed('30% және 40%', 'figure.percent-spacing', space), '30 % және 40%');
  const point = resolveSettings([new Map([['zanmark.figures.decimalSeparator', 'point']])]);
  assert.equal(quickFixed('4,6 пайыз', 'figure.decimal-separator', point), '4.6 пайыз');
  const problems: { key: string }[] = [];
  const bad = resolveSettings([new Map([['zanmark.figures.decimalSeparator', 'dot']])], problems as never);
  assert.equal(bad.figures.decimalSeparator, 'consistent');
  assert.deepEqual(problems.map((p) => p.key), ['zanmark.figures.decimalSeparator']);
});

test('Russian figures: decimal space, percent spacing and dates', () => {
  assert.deepEqual(rows('Рост составил 12, 5% и 3, 2 млрд рублей, 31 июня 2015 г.').map((r) => [r[3], r[4]]), [
    ['figure.decimal-space', '12, 5%'], ['figure.decimal-space', '3, 2 млрд рублей'], ['figure.date-invalid', '31 июня 2015 г.'],
  ]);
});
