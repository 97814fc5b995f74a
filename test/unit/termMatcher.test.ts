import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TermMatcher, TermName } from '../../server/src/model/terms/matcher';
import { matchingKey } from '../../server/src/model/normalize';
import { parse } from '../support';

const name = (phrase: string, termId = phrase, language: 'kk' | 'ru' = /[әғқңөұүһі]/.test(phrase) ? 'kk' : 'ru'): TermName =>
  ({ key: matchingKey(phrase), language, termId });

function found(matcher: TermMatcher, text: string): [string, string][] {
  const document = parse(text);
  return matcher.findOccurrences(document.folded, document.words).map((o) => [text.slice(o.span.start, o.span.end), o.termId]);
}

test('a Kazakh term is found in the six forms the seeds use, the modifier as written', () => {
  const matcher = new TermMatcher([name('қылмыстық саясат')]);
  const text = 'Қылмыстық саясат, қылмыстық саясаттың, қылмыстық саясатты, қылмыстық саясатқа, қылмыстық саясаттағы, қылмыстық саясаты; қылмыстықтың саясаты; саясаттың.';
  assert.deepEqual(found(matcher, text).map(([w]) => w), ['Қылмыстық саясат', 'қылмыстық саясаттың', 'қылмыстық саясатты', 'қылмыстық саясатқа', 'қылмыстық саясаттағы', 'қылмыстық саясаты']);
});

test('possessive compounds and alternations in multi-word terms', () => {
  const matcher = new TermMatcher([name('қылмыстық кодекс'), name('құқықтық қамтамасыз ету'), name('сыбайлас жемқорлық қылмыстар')]);
  assert.deepEqual(found(matcher, 'Қылмыстық кодексінің 3-бабы, құқықтық қамтамасыз етуді, сыбайлас жемқорлық қылмыстарының, сыбайлас жемқорлық қылмысы.').map(([w]) => w),
    ['Қылмыстық кодексінің', 'құқықтық қамтамасыз етуді', 'сыбайлас жемқорлық қылмыстарының', 'сыбайлас жемқорлық қылмысы']);
});

test('every word of a Russian term inflects', () => {
  const matcher = new TermMatcher([name('уголовное дело'), name('следственный судья'), name('лицо, занимающее ответственную государственную должность'.replace(/,/g, ' '))]);
  assert.deepEqual(found(matcher, 'по уголовному делу, уголовных дел, следственным судьей, лица, занимающего ответственную государственную должность.').map(([w]) => w),
    ['уголовному делу', 'уголовных дел', 'следственным судьей', 'лица, занимающего ответственную государственную должность']);
});

test('the longest name wins where names overlap', () => {
  const matcher = new TermMatcher([name('қылмыстық қудалау', 'a'), name('қылмыстық қудалау органдары', 'b'), name('суд', 'c', 'ru'), name('судья', 'd', 'ru')]);
  assert.deepEqual(found(matcher, 'қылмыстық қудалау органдарының және қылмыстық қудалаудың; суда и судьи'), [
    ['қылмыстық қудалау органдарының', 'b'], ['қылмыстық қудалаудың', 'a'], ['суда', 'c'], ['судьи', 'd'],
  ]);
});

test('matching ignores case, Latin look-alikes and no-break spaces', () => {
  const matcher = new TermMatcher([name('қылмыстық саясат')]);
  // Latin `a` (U+0061) and `i`, upper case, a no-break space between the words.
  assert.deepEqual(found(matcher, 'ҚЫЛМЫСТЫҚ\u00a0САЯСAТТЫҢ мiндеттерi').map(([w]) => w), ['ҚЫЛМЫСТЫҚ\u00a0САЯСAТТЫҢ']);
});

test('short words match only as written or in their own forms', () => {
  const matcher = new TermMatcher([name('сот', 'сот', 'kk'), name('жаза', 'жаза', 'kk'), name('заң'), name('іс'), name('а', 'letter', 'kk')]);
  const text = 'Сотталушы соттың шешімімен жазаланды, жазаны заңсыз заңнама бойынша, ісік, іске, а, ада, аның.';
  assert.deepEqual(found(matcher, text), [['соттың', 'сот'], ['жазаны', 'жаза'], ['іске', 'іс'], ['а', 'letter']]);
});

test('a glossary of 10 000 terms matches a 1 MB text in one pass', { timeout: 60_000 }, () => {
  const names: TermName[] = [];
  for (let i = 0; i < 10_000; i++) names.push(name(`термин${i.toString(36)} саясат${i % 7 ? 'ы' : ''}`, `t${i}`, 'kk'));
  const matcher = new TermMatcher(names);
  const text = 'терминa саясатының және қылмыстық саясаттың '.repeat(25_000);
  const occurrences = found(matcher, text);
  assert.equal(occurrences.length, 25_000);
  assert.deepEqual(occurrences[0], ['терминa саясатының', 't10']);
});

test('adversarial texts stay linear', { timeout: 60_000 }, () => {
  const matcher = new TermMatcher([name('сот', 'сот', 'kk'), name('қылмыстық саясат'), name('а', 'а', 'kk')]);
  for (const text of ['ә'.repeat(1_000_000), 'сот '.repeat(250_000), 'қылмыстық '.repeat(100_000), `${'с'.repeat(500_000)}от`, '[[[['.repeat(250_000)]) {
    assert.ok(Array.isArray(found(matcher, text)));
  }
});
