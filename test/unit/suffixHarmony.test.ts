import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NumeralCase, caseEnding, lastNumberWord } from '../../server/src/model/kazakhNumerals';
import { createLanguageService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

/** Kazakh numerals spelled out in full, written independently of the implementation's table. */
const ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
function spell(n: number): string[] {
  if (n === 0) return ['нөл'];
  const words: string[] = [];
  const below1000 = (m: number) => {
    if (m >= 100) {
      if (Math.floor(m / 100) > 1) words.push(ONES[Math.floor(m / 100)]);
      words.push('жүз');
    }
    if (Math.floor((m % 100) / 10)) words.push(TENS[Math.floor((m % 100) / 10)]);
    if (m % 10) words.push(ONES[m % 10]);
  };
  const groups: [number, string][] = [[1e9, 'миллиард'], [1e6, 'миллион'], [1e3, 'мың']];
  let rest = n;
  for (const [size, name] of groups) {
    if (rest >= size) {
      below1000(Math.floor(rest / size));
      words.push(name);
      rest %= size;
    }
  }
  below1000(rest);
  return words;
}

/** The ending a word takes, from its own letters: the last vowel decides back or front, the last sound the consonant. */
function oracle(word: string, c: NumeralCase): string {
  const vowels = [...word].filter((ch) => 'аәеиоөұүыіэюя'.includes(ch));
  const back = 'аоұыя'.includes(vowels[vowels.length - 1]);
  const last = word[word.length - 1];
  const kind = 'аәеиоөұүыіэюя'.includes(last) ? 'vowel' : 'мнң'.includes(last) ? 'nasal' : 'лрйузж'.includes(last) ? 'voiced' : 'voiceless';
  const pick = (b: string, f: string) => (back ? b : f);
  switch (c) {
    case 'dative': return kind === 'voiceless' ? pick('қа', 'ке') : pick('ға', 'ге');
    case 'locative': return kind === 'voiceless' ? pick('та', 'те') : pick('да', 'де');
    case 'ablative': return kind === 'voiceless' ? pick('тан', 'тен') : kind === 'nasal' ? pick('нан', 'нен') : pick('дан', 'ден');
    case 'genitive': return kind === 'voiceless' ? pick('тың', 'тің') : kind === 'voiced' ? pick('дың', 'дің') : pick('ның', 'нің');
    case 'accusative': return kind === 'voiceless' ? pick('ты', 'ті') : kind === 'vowel' ? pick('ны', 'ні') : pick('ды', 'ді');
    case 'locativeAttributive': return (kind === 'voiceless' ? pick('та', 'те') : pick('да', 'де')) + pick('ғы', 'гі');
    case 'possessive': return kind === 'vowel' ? pick('сы', 'сі') : pick('ы', 'і');
  }
}

const CASES: NumeralCase[] = ['dative', 'locative', 'ablative', 'genitive', 'accusative', 'locativeAttributive', 'possessive'];

test('the ending of every number from 0 to 10 000, in every case, follows its last number word', () => {
  for (let n = 0; n <= 10_000; n++) {
    const words = spell(n);
    const last = words[words.length - 1];
    const pronunciation = lastNumberWord(String(n));
    assert.equal(pronunciation.word, last, `${n}`);
    for (const c of CASES) assert.equal(caseEnding(c, pronunciation), oracle(last, c), `${n} ${c}`);
  }
});

test('the table named in the issue, and thousands, millions and billions', () => {
  const dative = (digits: string) => caseEnding('dative', lastNumberWord(digits));
  for (const n of ['0', '1', '2', '7', '8', '50', '80', '100']) assert.equal(dative(n), 'ге', n);
  for (const n of ['6', '9', '10', '20', '30', '90', '1000']) assert.equal(dative(n), 'ға', n);
  for (const n of ['3', '4', '5', '70']) assert.equal(dative(n), 'ке', n);
  for (const n of ['40', '60']) assert.equal(dative(n), 'қа', n);
  for (const n of [2_000_000, 15_000_000, 1_000_000_000, 3_000_000_000]) {
    assert.equal(lastNumberWord(String(n)).word, spell(n)[spell(n).length - 1], `${n}`);
  }
  assert.equal(caseEnding('locative', lastNumberWord('3000000000')), 'та');
  assert.equal(caseEnding('ablative', lastNumberWord('2000000')), 'нан');
});

test('the rule checks written endings for numbers from 0 to 10 000: the right one passes, a wrong one is fixed', () => {
  const service = createLanguageService();
  const parts: string[] = [];
  const wrong: string[] = [];
  for (let n = 0; n <= 10_000; n++) {
    const right = caseEnding('dative', lastNumberWord(String(n)));
    const other = { 'ға': 'ге', 'ге': 'ға', 'қа': 'ке', 'ке': 'қа' }[right]!;
    parts.push(`${n}-${right}`);
    wrong.push(`${n}-${other}`);
  }
  let runs = 0;
  const diagnose = (text: string) => service.getDiagnostics({ uri: `file:///s/${runs++}.legal`, version: 1, getText: () => text }, DEFAULT_SETTINGS)
    .filter((d) => d.code === 'figure.suffix-harmony');
  assert.deepEqual(diagnose(parts.join(' және ')), []);
  assert.equal(diagnose(wrong.join(' және ')).length, 10_001);
});
