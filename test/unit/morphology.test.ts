import assert from 'node:assert/strict';
import { test } from 'node:test';
import { harmonyOf, isKazakhForm, kazakhForms, kazakhSingular, suffixChains } from '../../server/src/model/morphology/kazakh';
import { isRussianForm, russianNominativeFromInstrumental, russianStem } from '../../server/src/model/morphology/russian';

/** Paradigm tables: each row is a stem class, with forms a reader meets in legal texts. */
const KAZAKH_PARADIGMS: readonly { readonly stemClass: string; readonly lemma: string; readonly forms: readonly string[] }[] = [
  { stemClass: 'back vowel', lemma: 'жаза', forms: ['жазалар', 'жазаның', 'жазаны', 'жазаға', 'жазада', 'жазадан', 'жазамен', 'жазасы', 'жазасының', 'жазасына', 'жазасын', 'жазадағы', 'жазаларының', 'жазам', 'жазама'] },
  { stemClass: 'back voiceless consonant', lemma: 'саясат', forms: ['саясаттар', 'саясаттың', 'саясатты', 'саясатқа', 'саясатта', 'саясаттан', 'саясатпен', 'саясаты', 'саясатының', 'саясатына', 'саясатында', 'саясатынан', 'саясатымен', 'саясаттағы', 'саясаттарының', 'саясаттағының'] },
  { stemClass: 'front voiceless consonant', lemma: 'мемлекет', forms: ['мемлекеттер', 'мемлекеттің', 'мемлекетті', 'мемлекетке', 'мемлекетте', 'мемлекеттен', 'мемлекетпен', 'мемлекеті', 'мемлекетінің', 'мемлекеттегі'] },
  { stemClass: 'nasal', lemma: 'заң', forms: ['заңдар', 'заңның', 'заңды', 'заңға', 'заңда', 'заңнан', 'заңмен', 'заңы', 'заңының', 'заңдағы'] },
  { stemClass: 'glide у (verbal noun)', lemma: 'ету', forms: ['етулер', 'етудің', 'етуді', 'етуге', 'етуде', 'етуден', 'етумен', 'етуі', 'етуінің', 'етудегі'] },
  { stemClass: 'қ → ғ before a vowel', lemma: 'құқық', forms: ['құқығы', 'құқықтың', 'құқыққа', 'құқықтар', 'құқығының', 'құқықтағы'] },
  { stemClass: 'п → б before a vowel', lemma: 'талап', forms: ['талабы', 'талаптың', 'талапқа', 'талаптар', 'талабын'] },
  { stemClass: 'vowel drop (front)', lemma: 'мүлік', forms: ['мүлкі', 'мүліктің', 'мүлікке', 'мүлкінің', 'мүліктер'] },
  { stemClass: 'vowel drop (back)', lemma: 'халық', forms: ['халқы', 'халықтың', 'халыққа', 'халқының'] },
  { stemClass: '-кт loan', lemma: 'акт', forms: ['актісі', 'актінің', 'актіге', 'актілер', 'актісінің'] },
  { stemClass: '-сс loan', lemma: 'процесс', forms: ['процестің', 'процеске', 'процесі', 'процесте', 'процестегі'] },
  { stemClass: 'loan with a front vowel', lemma: 'кодекс', forms: ['кодексі', 'кодексінің', 'кодекске', 'кодекстің'] },
  { stemClass: 'short front stem', lemma: 'іс', forms: ['істер', 'істің', 'істі', 'іске', 'істе', 'істен', 'ісі', 'ісінің'] },
  { stemClass: 'short back stem', lemma: 'сот', forms: ['соттар', 'соттың', 'сотты', 'сотқа', 'сотта', 'соттан', 'сотпен', 'соты', 'сотының', 'соттағы'] },
];

for (const { stemClass, lemma, forms } of KAZAKH_PARADIGMS) {
  test(`Kazakh ${stemClass}: every form of «${lemma}» is recognized`, () => {
    assert.deepEqual(forms.filter((f) => !isKazakhForm(lemma, f)), []);
    assert.ok(isKazakhForm(lemma, lemma));
  });
}

test('Kazakh: words built with derivational suffixes are not forms of the short words', () => {
  const derived: [string, string[]][] = [
    ['сот', ['сотталушы', 'сотталған', 'соттау']],
    ['жаза', ['жазалау', 'жазаланушылық', 'жазалы']],
    ['заң', ['заңсыз', 'заңнама', 'заңдылық', 'заңгер']],
    ['іс', ['ісік', 'іскер']],
    ['саясат', ['саясаткер', 'саясатсыз']],
    ['қорғау', ['қорғаушы']],
    ['үкім', ['үкімет', 'үкіметі']],
  ];
  for (const [lemma, words] of derived) assert.deepEqual(words.filter((w) => isKazakhForm(lemma, w)), [], lemma);
});

test('Kazakh: suffixes follow vowel harmony', () => {
  assert.equal(harmonyOf('саясат'), 'back');
  assert.equal(harmonyOf('мемлекет'), 'front');
  assert.equal(harmonyOf('санкция'), 'back');
  assert.ok(!isKazakhForm('саясат', 'саясаттің'));
  assert.ok(!isKazakhForm('мемлекет', 'мемлекеттың'));
  assert.ok(!isKazakhForm('саясат', 'саясатте'));
});

test('Kazakh: the chains are finite and small, and the empty chain is the lemma itself', () => {
  const chains = suffixChains('т', 'back');
  assert.ok(chains.has(''));
  assert.ok(chains.size > 100 && chains.size < 1000, String(chains.size));
  assert.ok(kazakhForms('саясат').length < 1000);
});

test('Kazakh: plural lemmas stand for their singular too', () => {
  assert.equal(kazakhSingular('органдары'), 'орган');
  assert.equal(kazakhSingular('қылмыстар'), 'қылмыс');
  assert.equal(kazakhSingular('тараптар'), 'тарап');
  assert.equal(kazakhSingular('саясат'), 'саясат');
  // A word that only ends like a plural keeps its ending: «қатер» (threat) is not «қа» + «тер».
  assert.equal(kazakhSingular('қатер'), 'қатер');
  // The plural must fit the stem: «жолдар» is «жол» + «дар», but the plural of «аға» is «ағалар».
  assert.equal(kazakhSingular('жолдар'), 'жол');
  assert.equal(kazakhSingular('ағадар'), 'ағадар');
});

const RUSSIAN_PARADIGMS: readonly { readonly lemma: string; readonly forms: readonly string[] }[] = [
  { lemma: 'уголовное', forms: ['уголовного', 'уголовному', 'уголовным', 'уголовном', 'уголовные', 'уголовных', 'уголовными'] },
  { lemma: 'дело', forms: ['дела', 'делу', 'делом', 'деле', 'дел', 'делам', 'делами', 'делах'] },
  { lemma: 'суд', forms: ['суда', 'суду', 'судом', 'суде', 'суды', 'судов', 'судам', 'судами', 'судах'] },
  { lemma: 'судья', forms: ['судьи', 'судье', 'судью', 'судьей', 'судьям', 'судьями', 'судьях'] },
  { lemma: 'преследование', forms: ['преследования', 'преследованию', 'преследованием', 'преследовании', 'преследований'] },
  { lemma: 'следственный', forms: ['следственного', 'следственному', 'следственным', 'следственном', 'следственная', 'следственной'] },
  { lemma: 'подследственность', forms: ['подследственности', 'подследственностью'] },
  { lemma: 'жалоба', forms: ['жалобы', 'жалобе', 'жалобу', 'жалобой', 'жалоб', 'жалобам', 'жалобами', 'жалобах'] },
];

for (const { lemma, forms } of RUSSIAN_PARADIGMS) {
  test(`Russian: every form of «${lemma}» is recognized`, () => {
    assert.deepEqual(forms.filter((f) => !isRussianForm(lemma, f)), []);
  });
}

test('Russian: related words are not forms', () => {
  assert.ok(!isRussianForm('суд', 'судебный'));
  assert.ok(!isRussianForm('суд', 'судья'));
  assert.ok(!isRussianForm('суд', 'судне'));
  assert.ok(!isRussianForm('судья', 'суд'));
  assert.equal(russianStem('судья'), 'судь');
  assert.equal(russianStem('уголовное'), 'уголовн');
});

test('Russian: a phrase after «под» is brought back to the nominative', () => {
  assert.deepEqual(russianNominativeFromInstrumental(['судебным', 'контролем']), ['судебный', 'контроль']);
  assert.deepEqual(russianNominativeFromInstrumental(['уголовным', 'преследованием']), ['уголовное', 'преследование']);
  assert.deepEqual(russianNominativeFromInstrumental(['подследственностью']), ['подследственность']);
  assert.deepEqual(russianNominativeFromInstrumental(['правовой', 'помощью']), ['правовая', 'помощь']);
});
