/**
 * How a numeral is read aloud in Kazakh, as far as its case ending cares: the last number word
 * (`2009` is «екі мың тоғыз», so its ending follows «тоғыз») and how that word ends.
 */

/** How a word ends, for the choice of a case ending: a vowel, a voiced consonant (л р у й ж з), м н ң, or a voiceless one. */
export type WordEnding = 'vowel' | 'voiced' | 'nasal' | 'voiceless';

export interface Pronunciation {
  readonly word: string;
  /** Back-vowel word (`тоғыз`, `он`), taking -ға/-да; front-vowel words (`жүз`, `екі`) take -ге/-де. */
  readonly back: boolean;
  readonly ending: WordEnding;
}

const word = (w: string, back: boolean, ending: WordEnding): Pronunciation => ({ word: w, back, ending });

const UNITS: readonly Pronunciation[] = [
  word('нөл', false, 'voiced'), word('бір', false, 'voiced'), word('екі', false, 'vowel'), word('үш', false, 'voiceless'),
  word('төрт', false, 'voiceless'), word('бес', false, 'voiceless'), word('алты', true, 'vowel'), word('жеті', false, 'vowel'),
  word('сегіз', false, 'voiced'), word('тоғыз', true, 'voiced'),
];
const TENS: readonly Pronunciation[] = [
  UNITS[0], word('он', true, 'nasal'), word('жиырма', true, 'vowel'), word('отыз', true, 'voiced'), word('қырық', true, 'voiceless'),
  word('елу', false, 'voiced'), word('алпыс', true, 'voiceless'), word('жетпіс', false, 'voiceless'), word('сексен', false, 'nasal'),
  word('тоқсан', true, 'nasal'),
];
const HUNDRED = word('жүз', false, 'voiced');
/** мың, миллион, миллиард, триллион: the names of the thousands groups, from the lowest. */
const GROUP_NAMES: readonly Pronunciation[] = [
  word('мың', true, 'nasal'), word('миллион', true, 'nasal'), word('миллиард', true, 'voiceless'), word('триллион', true, 'nasal'),
];

/** «пайыз», how `%` is read: `15%-ға`. */
export const PERCENT_WORD: Pronunciation = word('пайыз', true, 'voiced');

/**
 * The last word of a whole number read aloud, from its digits (any length): `2009` → тоғыз,
 * `2010` → он, `2000` → мың, `3000000` → миллион, `0` → нөл.
 */
export function lastNumberWord(digits: string): Pronunciation {
  const d = digits.replace(/^0+/, '');
  if (d === '') return UNITS[0];
  const at = (fromEnd: number) => (fromEnd < d.length ? d.charCodeAt(d.length - 1 - fromEnd) - 48 : 0);
  if (at(0) !== 0) return UNITS[at(0)];
  if (at(1) !== 0) return TENS[at(1)];
  if (at(2) !== 0) return HUNDRED;
  for (let group = 1; group * 3 < d.length; group++) {
    const value = d.slice(Math.max(0, d.length - 3 * group - 3), d.length - 3 * group);
    if (/[1-9]/.test(value)) return GROUP_NAMES[Math.min(group - 1, GROUP_NAMES.length - 1)];
  }
  return UNITS[0];
}

/** The grammatical cases whose endings Zanmark checks after a numeral. */
export type NumeralCase = 'dative' | 'locative' | 'ablative' | 'genitive' | 'accusative' | 'locativeAttributive' | 'possessive';

/** Back-vowel and front-vowel forms of each case, by how the word ends. */
const ENDINGS: Readonly<Record<NumeralCase, Readonly<Record<WordEnding, readonly [string, string]>>>> = {
  dative: { vowel: ['ға', 'ге'], voiced: ['ға', 'ге'], nasal: ['ға', 'ге'], voiceless: ['қа', 'ке'] },
  locative: { vowel: ['да', 'де'], voiced: ['да', 'де'], nasal: ['да', 'де'], voiceless: ['та', 'те'] },
  ablative: { vowel: ['дан', 'ден'], voiced: ['дан', 'ден'], nasal: ['нан', 'нен'], voiceless: ['тан', 'тен'] },
  genitive: { vowel: ['ның', 'нің'], voiced: ['дың', 'дің'], nasal: ['ның', 'нің'], voiceless: ['тың', 'тің'] },
  accusative: { vowel: ['ны', 'ні'], voiced: ['ды', 'ді'], nasal: ['ды', 'ді'], voiceless: ['ты', 'ті'] },
  locativeAttributive: { vowel: ['дағы', 'дегі'], voiced: ['дағы', 'дегі'], nasal: ['дағы', 'дегі'], voiceless: ['тағы', 'тегі'] },
  possessive: { vowel: ['сы', 'сі'], voiced: ['ы', 'і'], nasal: ['ы', 'і'], voiceless: ['ы', 'і'] },
};

/** Every written form of every checked case, lower case: `ға` → dative. */
const CASE_OF_FORM: ReadonlyMap<string, NumeralCase> = new Map(
  (Object.keys(ENDINGS) as NumeralCase[]).flatMap((c) => Object.values(ENDINGS[c]).flat().map((form) => [form, c] as const)),
);

/** The case of a written ending, when it is one of the checked case endings. */
export function caseOfEnding(ending: string): NumeralCase | undefined {
  return CASE_OF_FORM.get(ending.toLowerCase());
}

/** The ending of `numeralCase` that a word pronounced as `pronunciation` takes: тоғыз + dative → `ға`. */
export function caseEnding(numeralCase: NumeralCase, pronunciation: Pronunciation): string {
  return ENDINGS[numeralCase][pronunciation.ending][pronunciation.back ? 0 : 1];
}
