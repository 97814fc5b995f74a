import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLanguageService } from '../../server/src/service';
import { article, parse, seed, textOf } from '../support';

function figures(text: string) {
  const document = parse(text);
  return document.figures.map((f) => [f.kind, textOf(document, f.span), textOf(document, f.valueSpan)]);
}

const service = createLanguageService();
function hover(text: string, line: number, character: number): string | undefined {
  const h = service.getHover({ uri: `file:///h/${Math.random()}.legal`, version: 1, getText: () => text }, { line, character });
  return h ? (h.contents as { value: string }).value : undefined;
}

test('figures of outline.legal at the positions of the fixture README', () => {
  const text = article('outline.legal');
  const document = parse(text);
  const at = (line: number, start: number, end: number) => {
    const offset = document.lines.offsetAt({ line, character: start });
    const figure = document.figures.find((f) => f.span.start === offset);
    assert.ok(figure, `a figure at ${line}:${start}`);
    assert.equal(figure.span.end - figure.span.start, end - start, textOf(document, figure.span));
    return figure;
  };
  assert.equal(at(34, 52, 59).kind, 'number');
  assert.equal(at(38, 66, 75).kind, 'amount');
  assert.equal(at(38, 102, 107).kind, 'percent');
  assert.deepEqual(at(28, 37, 60).date, { year: 2009, month: 8, day: 24 });
  assert.equal(at(28, 83, 96).kind, 'year-range');
  assert.equal(at(30, 35, 48).kind, 'year-range');
});

test('figures of russian.legal: dates, year ranges and a percentage', () => {
  const text = article('russian.legal');
  const document = parse(text);
  const of = (line: number, start: number) => document.figures.find((f) => f.span.start === document.lines.offsetAt({ line, character: start }));
  assert.deepEqual(of(4, 133)?.date, { year: 2014, month: 7, day: 4 });
  assert.equal(textOf(document, of(4, 133)!.span), '4 июля 2014 г.');
  assert.equal(textOf(document, of(10, 3)!.span), '1 января 2015 г.');
  assert.equal(textOf(document, of(8, 65)!.span), '2010-2020 гг.');
  assert.equal(textOf(document, of(26, 126)!.span), '12,5%');
  assert.deepEqual(of(30, 196)?.date, { year: 2009, month: 8, day: 24 });
});

test('the seeds: kinds, spans and value spans of every figure of seed 002 that matters', () => {
  const rows = figures(seed('002_1dfbad7d03d8aaf7.txt'));
  for (const row of [
    ['amount', '3, 16 млн.', '3, 16'],
    ['percent', '19, 8%', '19, 8'],
    ['percent', '30%', '30'],
    ['date', '2010 жылдың 22 шілдесінен', '2010 жылдың 22 шілдесінен'],
    ['number', '146 347', '146 347'],
    ['number', '121', '121'],
    ['date', '2001 жылдың 18 мамырында', '2001 жылдың 18 мамырында'],
    ['time', '08-25', '08-25'],
    ['amount', '17 665 000 теңге', '17 665 000'],
    ['amount', '2 млн доллар', '2'],
    ['percent', '5 %', '5'],
  ]) {
    assert.ok(rows.some((r) => JSON.stringify(r) === JSON.stringify(row)), JSON.stringify(row));
  }
  assert.deepEqual(figures(seed('003_67cdf9ecf2044f40.txt')).filter((r) => r[1].includes('-')), [
    ['number', '1-бабында', '1'],
    ['year-range', '2010-2020 жылдарға', '2010-2020'],
    ['number', '18-і', '18'],
    ['percent', '89,3%-ды', '89,3'],
    ['percent', '93,5%-ды', '93,5'],
    ['percent', '20-30%', '20-30'],
  ]);
  assert.deepEqual(figures(seed('000_295fc278403f80be.txt'))[0], ['date', '1995 жылғы тамыздың 30 жұлдызында', '1995 жылғы тамыздың 30 жұлдызында']);
});

test('numbers inside citations, glued to letters or after № are not figures; lists are not decimals', () => {
  assert.deepEqual(figures('[3, 497 б.] E2E № 226-V'), []);
  assert.deepEqual(figures('2, 3 және 4 бап'), [['number', '2', '2'], ['number', '3', '3'], ['number', '4', '4']]);
  assert.deepEqual(figures('07.11.2014 08:25 1311'), [['date', '07.11.2014', '07.11.2014'], ['time', '08:25', '08:25'], ['number', '1311', '1311']]);
  assert.deepEqual(figures('2001 жылғы 30 ақпан'), [['date', '2001 жылғы 30 ақпан', '2001 жылғы 30 ақпан']]);
});

test('hover on a figure shows its normalized value', () => {
  const text = 'Саны 3, 16 млн. құрады, 19,8% және 17 665 000 теңге; 2009 жылғы 24 тамыздағы Жарлық; 2010-2020 жж.; сағат 08:25; 146 347.';
  assert.equal(hover(text, 0, 6), 'Amount: 3,16 млн = 3 160 000');
  assert.equal(hover(text, 0, 26), 'Percentage: 19,8 %');
  assert.equal(hover(text, 0, 40), 'Amount: 17 665 000 теңге');
  assert.equal(hover(text, 0, 60), 'Date: 2009-08-24');
  assert.equal(hover(text, 0, 90), 'Years: 2010–2020');
  assert.equal(hover(text, 0, 109), 'Time: 08:25');
  assert.equal(hover(text, 0, 116), 'Number: 146 347');
  assert.equal(hover(text, 0, 1), undefined);
  assert.equal(hover('55 миллиардтан астам', 0, 1), 'Amount: 55 млрд = 55 000 000 000');
  assert.equal(hover('196 000 доллар', 0, 1), 'Amount: 196 000 доллар');
  assert.equal(hover('4.6 пайыз', 0, 1), 'Percentage: 4,6 %');
});

test('currencies and magnitudes in Russian and Kazakh', () => {
  assert.equal(hover('Ущерб 3,5 млн руб. и 12 тыс. рублей, 40 евро, 7 ₸', 0, 7), 'Amount: 3,5 млн = 3 500 000 рубль');
  assert.equal(hover('Ущерб 3,5 млн руб. и 12 тыс. рублей, 40 евро, 7 ₸', 0, 22), 'Amount: 12 мың = 12 000 рубль');
  assert.equal(hover('Ущерб 3,5 млн руб. и 12 тыс. рублей, 40 евро, 7 ₸', 0, 38), 'Amount: 40 евро');
  assert.equal(hover('Ущерб 3,5 млн руб. и 12 тыс. рублей, 40 евро, 7 ₸', 0, 46), 'Amount: 7 теңге');
});
