/**
 * Kazakh nominal inflection, for recognizing a term's head word in any of its forms.
 *
 * A form is a stem followed by a chain of inflectional suffixes: plural, possessive, one of the
 * seven cases, the locative adjective `-дағы/-дегі`, and chains of them (`саясаттарының`,
 * `саясаттағы`, `кодексінің`). Each suffix has allomorphs chosen by vowel harmony and by the
 * sound it follows. Derivational suffixes (`сот` → `сотталушы`, `жаза` → `жазалау`,
 * `заң` → `заңсыз`) are not inflection, so a word built with one is not a form of the term.
 *
 * All strings here are in matching form (see `foldForMatching`): lower case, Cyrillic.
 */

const BACK_VOWELS = 'аоұыяё';
const FRONT_VOWELS = 'әөүіеэ';
const VOWELS = 'аоұыяёәөүіеэиую';

/** How a stem or a suffix ends, which decides the first sound of the next suffix. */
type Ending =
  | 'vowel'
  /** р, й, у (as a glide after a vowel) */
  | 'glide'
  | 'lateral'
  /** м, н, ң */
  | 'nasal'
  /** з, ж */
  | 'voiced'
  /** voiceless consonants, and б в г д which loans end with */
  | 'voiceless'
  /** the possessive `-ы/-і/-сы/-сі`, after which cases take an `н` */
  | 'possessive3';

type Harmony = 'back' | 'front';

export function isVowel(ch: string): boolean {
  return VOWELS.includes(ch);
}

/** The harmony of a word: that of its last vowel that has one (`и`, `у`, `ю` are neutral). */
export function harmonyOf(word: string): Harmony {
  for (let i = word.length - 1; i >= 0; i--) {
    if (BACK_VOWELS.includes(word[i])) return 'back';
    if (FRONT_VOWELS.includes(word[i])) return 'front';
  }
  return 'back';
}

function endingOf(word: string): Ending {
  const last = word[word.length - 1] ?? '';
  // `у` is a glide both in `ету` and in `бау`: `етуді`, `етудің`, `етуге`.
  if (last === 'у') return 'glide';
  if ('аоұыяёәөүіеэию'.includes(last)) return 'vowel';
  if ('рй'.includes(last)) return 'glide';
  if (last === 'л') return 'lateral';
  if ('мнң'.includes(last)) return 'nasal';
  if ('зж'.includes(last)) return 'voiced';
  return 'voiceless';
}

/** One suffix: its back and front forms by what it follows, and how it ends. */
interface Suffix {
  readonly forms: (after: Ending) => readonly [back: string, front: string][];
}

const pick = (...pairs: [string, string][]) => pairs;

const PLURAL: Suffix = {
  forms: (after) => after === 'vowel' || after === 'glide' ? pick(['лар', 'лер'])
    : after === 'voiceless' ? pick(['тар', 'тер'])
    : after === 'possessive3' ? []
    : pick(['дар', 'дер']),
};

const POSSESSIVES: Suffix = {
  forms: (after) => after === 'vowel'
    ? pick(['м', 'м'], ['ң', 'ң'], ['ңыз', 'ңіз'], ['сы', 'сі'], ['мыз', 'міз'], ['лары', 'лері'])
    : after === 'possessive3' ? []
    : pick(['ым', 'ім'], ['ың', 'ің'], ['ыңыз', 'іңіз'], ['ы', 'і'], ['ымыз', 'іміз']),
};

/** The seven cases but the nominative, each with its allomorphs. */
const CASES: Suffix = {
  forms: (after) => {
    switch (after) {
      case 'vowel':
        return pick(['ның', 'нің'], ['ны', 'ні'], ['ға', 'ге'], ['да', 'де'], ['дан', 'ден'], ['мен', 'мен'], ['менен', 'менен']);
      case 'possessive3':
        return pick(['ның', 'нің'], ['н', 'н'], ['на', 'не'], ['нда', 'нде'], ['нан', 'нен'], ['мен', 'мен'], ['менен', 'менен']);
      case 'glide':
        return pick(['дың', 'дің'], ['ның', 'нің'], ['ды', 'ді'], ['ға', 'ге'], ['да', 'де'], ['дан', 'ден'], ['мен', 'мен'], ['менен', 'менен']);
      case 'lateral':
        return pick(['дың', 'дің'], ['ды', 'ді'], ['ға', 'ге'], ['да', 'де'], ['дан', 'ден'], ['мен', 'мен'], ['менен', 'менен']);
      case 'nasal':
        // After the possessives `-м` and `-ң` the dative is `-а/-е`: `саясатыма`.
        return pick(['ның', 'нің'], ['ды', 'ді'], ['ға', 'ге'], ['а', 'е'], ['да', 'де'], ['нан', 'нен'], ['дан', 'ден'], ['мен', 'мен'], ['менен', 'менен']);
      case 'voiced':
        return pick(['дың', 'дің'], ['ды', 'ді'], ['ға', 'ге'], ['да', 'де'], ['дан', 'ден'], ['бен', 'бен'], ['бенен', 'бенен']);
      case 'voiceless':
        return pick(['тың', 'тің'], ['ты', 'ті'], ['қа', 'ке'], ['та', 'те'], ['тан', 'тен'], ['пен', 'пен'], ['пенен', 'пенен']);
    }
  },
};

/** `-дағы/-дегі`: «саясаттағы бағыты», «соттағы». */
const LOCATIVE_ADJECTIVE: Suffix = {
  forms: (after) => after === 'voiceless' ? pick(['тағы', 'тегі'])
    : after === 'possessive3' ? pick(['ндағы', 'ндегі'])
    : pick(['дағы', 'дегі']),
};

/** The chain grammar: which suffix may follow which, and how each leaves the word. */
type Slot = 'plural' | 'possessive' | 'case' | 'locative' | 'locativePlural' | 'locativeCase';

const NEXT: Readonly<Record<Slot | 'stem', readonly Slot[]>> = {
  stem: ['plural', 'possessive', 'case', 'locative'],
  plural: ['possessive', 'case', 'locative'],
  possessive: ['case', 'locative'],
  case: [],
  locative: ['locativePlural', 'locativeCase'],
  locativePlural: ['locativeCase'],
  locativeCase: [],
};

const SUFFIX_OF: Readonly<Record<Slot, Suffix>> = {
  plural: PLURAL,
  possessive: POSSESSIVES,
  case: CASES,
  locative: LOCATIVE_ADJECTIVE,
  locativePlural: PLURAL,
  locativeCase: CASES,
};

const THIRD_PERSON = new Set(['ы', 'і', 'сы', 'сі', 'лары', 'лері']);

function endingAfter(slot: Slot, suffix: string): Ending {
  if (slot === 'possessive' && THIRD_PERSON.has(suffix)) return 'possessive3';
  return endingOf(suffix);
}

const chainCache = new Map<string, ReadonlySet<string>>();

/**
 * Every inflectional suffix chain (with the empty one) that may follow a stem with this ending
 * and harmony. A few hundred strings per class, computed once.
 */
export function suffixChains(stemEnding: string, harmony: Harmony): ReadonlySet<string> {
  const ending = endingOf(stemEnding);
  const key = `${ending}/${harmony}`;
  let chains = chainCache.get(key);
  if (!chains) {
    const out = new Set<string>(['']);
    const walk = (from: Slot | 'stem', after: Ending, chain: string) => {
      for (const slot of NEXT[from]) {
        for (const [back, front] of SUFFIX_OF[slot].forms(after)) {
          const suffix = harmony === 'back' ? back : front;
          const next = chain + suffix;
          out.add(next);
          walk(slot, endingAfter(slot, suffix), next);
        }
      }
    };
    walk('stem', ending, '');
    chains = out;
    chainCache.set(key, chains);
  }
  return chains;
}

/** The longest suffix chain, to bound the search for a stem inside a word. */
export const MAX_CHAIN_LENGTH = 16;

/** A surface stem of a lemma, and whether only suffixes that begin with a vowel may follow it. */
export interface KazakhStem {
  readonly stem: string;
  /** `құқығ-` (of `құқық`) and `мүлк-` (of `мүлік`) only appear before a vowel: `құқығы`, `мүлкі`. */
  readonly beforeVowelOnly: boolean;
  readonly chains: ReadonlySet<string>;
}

const VOICING: Readonly<Record<string, string>> = { 'п': 'б', 'қ': 'ғ', 'к': 'г' };
/** Stems that lose their last vowel before a vowel: `мүлік` → `мүлкі`, `халық` → `халқы`, `ерін` → `ерні`. */
const DROPPING = /^(.*[^аоұыяёәөүіеэию])([ыі])([қкнзрлм])$/;

/**
 * The stems a Kazakh lemma shows in its forms:
 * the lemma itself (`саясат`), the voiced stem before a vowel (`құқық` → `құқығ`, `талап` → `талаб`),
 * the stem with a dropped vowel (`мүлік` → `мүлк`), the stem of `-кт` loans (`акт` → `акті`), and
 * `-сс` loans without the double consonant (`процесс` → `процес`).
 */
export function kazakhStems(lemma: string): KazakhStem[] {
  const harmony = harmonyOf(lemma);
  const stems: KazakhStem[] = [];
  const add = (stem: string, beforeVowelOnly: boolean, ending = stem) => {
    if (stem.length === 0) return;
    stems.push({ stem, beforeVowelOnly, chains: suffixChains(ending, harmony) });
  };
  add(lemma, false);
  const last = lemma[lemma.length - 1];
  const voiced = VOICING[last];
  if (voiced && lemma.length > 2) add(lemma.slice(0, -1) + voiced, true);
  const dropped = DROPPING.exec(lemma);
  if (dropped && countVowels(lemma) >= 2) add(dropped[1] + dropped[3], true);
  // `-кт` loans take a front `і` whatever their vowels: `актісі`, `пунктіне`.
  if (/[кп]т$/.test(lemma)) stems.push({ stem: `${lemma}і`, beforeVowelOnly: false, chains: suffixChains('і', 'front') });
  if (/([сл])\1$/.test(lemma)) add(lemma.slice(0, -1), false);
  return stems;
}

function countVowels(word: string): number {
  let n = 0;
  for (const ch of word) if (isVowel(ch)) n++;
  return n;
}

const PLURAL_ENDING = /^(.{3,}?)(лар|лер|дар|дер|тар|тер)(?:ы|і)?$/;

/**
 * The singular of a plural lemma: the official texts define «қылмыстық қудалау органдары» and
 * «сыбайлас жемқорлық қылмыстар», and the texts also use them in the singular («органы», «қылмысы»).
 * A possessive after the plural («органдары») goes with it: the chains put it back.
 */
export function kazakhSingular(lemma: string): string {
  const m = PLURAL_ENDING.exec(lemma);
  if (!m) return lemma;
  const stem = m[1];
  const plural = m[2];
  const expected = PLURAL.forms(endingOf(stem)).map(([back, front]) => (harmonyOf(stem) === 'back' ? back : front));
  return expected.includes(plural) ? stem : lemma;
}

/**
 * The head of a compound without its possessive: «жасырын тергеу әрекеті» is also written
 * «жасырын тергеу әрекеттері», which only `әрекет` explains. Undefined when the head has none.
 */
export function withoutPossessive(head: string): string | undefined {
  const m = /^(.{2,}[^аоұыяёәөүіеэиу])[ыі]$/.exec(head) ?? /^(.{2,}[аоұыяёәөүіеэию])с[ыі]$/.exec(head);
  return m ? m[1] : undefined;
}

/** Whether `word` is the Kazakh lemma in some inflected form (both in matching form). */
export function isKazakhForm(lemma: string, word: string): boolean {
  return kazakhStems(lemma).some((s) => isFormOfStem(s, word));
}

export function isFormOfStem(stem: KazakhStem, word: string): boolean {
  if (!word.startsWith(stem.stem)) return false;
  const rest = word.slice(stem.stem.length);
  if (stem.beforeVowelOnly && (rest.length === 0 || !isVowel(rest[0]))) return false;
  return stem.chains.has(rest);
}

/** Every form of a lemma that the chains allow, for tests and for the paradigm tables. */
export function kazakhForms(lemma: string): string[] {
  const forms = new Set<string>();
  for (const s of kazakhStems(lemma)) {
    for (const chain of s.chains) {
      if (s.beforeVowelOnly && (chain.length === 0 || !isVowel(chain[0]))) continue;
      forms.add(s.stem + chain);
    }
  }
  return [...forms];
}
