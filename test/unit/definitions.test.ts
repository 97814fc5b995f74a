import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LegalDocument } from '../../server/src/model';
import { article, parse, seed } from '../support';

type Row = [term: string, lemma: string, language: string, termStart: [number, number], sentence: [number, number, number, number]];

function rows(document: LegalDocument): Row[] {
  return document.definitions.map((d) => {
    const t = document.lines.positionAt(d.termSpan.start);
    const s = document.lines.rangeOf(d.sentence);
    return [d.term, d.lemma, d.language, [t.line, t.character], [s.start.line, s.start.character, s.end.line, s.end.character]];
  });
}

test('the seeds\' own definitions, each with the sentence that gives it', () => {
  assert.deepEqual(rows(parse(seed('000_295fc278403f80be.txt'))), [
    ['қылмыстық саясат', 'қылмыстық саясат', 'kk', [2, 955], [2, 739, 2, 1089]],
    ['Жалпы саясат', 'жалпы саясат', 'kk', [2, 739], [2, 739, 2, 1089]],
  ]);
  assert.deepEqual(rows(parse(seed('001_b7e40a22d0be414a.txt'))), [
    ['қамтамасыз ету', 'қамтамасыз ету', 'kk', [2, 93], [2, 0, 2, 243]],
    ['құқықтық қамтамасыз ету', 'құқықтық қамтамасыз ету', 'kk', [2, 250], [2, 244, 2, 428]],
  ]);
  assert.deepEqual(rows(parse(seed('003_67cdf9ecf2044f40.txt'))), [
    ['Ашық', 'ашық', 'kk', [6, 0], [6, 0, 6, 82]],
  ]);
});

test('«X … ретінде анықталады» gives the object in the nominative', () => {
  const found = rows(parse(seed('002_1dfbad7d03d8aaf7.txt'))).find((r) => r[1].endsWith('стратегиясы'));
  assert.deepEqual(found, ['қылмыстылықтың алдын алу стратегиясын', 'қылмыстылықтың алдын алу стратегиясы', 'kk', [23, 31], [21, 87, 23, 336]]);
});

test('the Kazakh and Russian patterns of the article fixtures', () => {
  assert.deepEqual(rows(parse(article('outline.legal'))), [['Қылмыстық саясат', 'қылмыстық саясат', 'kk', [22, 0], [22, 0, 22, 266]]]);
  assert.deepEqual(rows(parse(article('russian.legal'))), [
    ['УПК', 'УПК', 'ru', [4, 157], [4, 0, 4, 226]],
    ['Следственный судья', 'следственный судья', 'ru', [16, 0], [16, 0, 16, 146]],
    ['судебным контролем', 'судебный контроль', 'ru', [20, 4], [20, 0, 20, 191]],
  ]);
});

test('every pattern of SPEC §6', () => {
  const cases: [string, string][] = [
    ['Құқықтық мемлекет дегеніміз заң үстемдігі орнаған мемлекет.', 'құқықтық мемлекет'],
    ['Біз құқықтық мәдениет дегенде біз құндылықтар жиынтығын түсінеміз.', 'құқықтық мәдениет'],
    ['Жария құқық деп мемлекет мүддесін қорғайтын нормалар түсініледі.', 'жария құқық'],
    ['Құқықтық жүйе – нормалар мен институттардың жиынтығы.', 'құқықтық жүйе'],
    ['Зерттеуде «сот билігі» – дауларды шешетін мемлекеттік билік тармағы.', 'сот билігі'],
    ['Осы заң (бұдан әрі – Заң) күшіне енеді.', 'Заң'],
    ['Под уголовным преследованием понимается процессуальная деятельность.', 'уголовное преследование'],
    ['Правовая помощь – это содействие органов одного государства другому.', 'правовая помощь'],
    ['Кодекс (далее – УПК) вступил в силу.', 'УПК'],
  ];
  for (const [text, lemma] of cases) assert.deepEqual(parse(text).definitions.map((d) => d.lemma), [lemma], text);
});

test('sentences that only look like definitions', () => {
  for (const text of [
    'Цель настоящей статьи – определить место судебного контроля.',
    'Көрсетілген бағыттың әрқайсысы – терең зерттеу мен талдауды қажет етеді.',
    '2009 жылы – 121 қылмыс тіркелді.',
    'Ол мұны айтты деп ойлаймын.',
  ]) assert.deepEqual(parse(text).definitions, [], text);
});

test('a definition pattern in a 10 MB line costs one pass', { timeout: 60_000 }, () => {
  const line = `${'қылмыстық саясат дегеніміз '.repeat(250_000)}${'а – '.repeat(700_000)}${'(бұдан әрі – '.repeat(150_000)}`;
  assert.ok(line.length > 10_000_000);
  const document = parse(line);
  assert.ok(Array.isArray(document.definitions));
});
