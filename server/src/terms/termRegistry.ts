import { matchingKey } from '../model/normalize';
import { KAZAKH_LETTERS } from '../model/terms/definitions';
import { TermLanguage, TermMatcher, TermName } from '../model/terms/matcher';
import { Range } from '../model/text';
import { OfficialGlossary, OfficialGlossaryEntry } from './officialGlossary';

/** Where a definition comes from: the codes, a text of the workspace or the seeds, a user glossary. */
export type DefinitionOrigin =
  | { readonly kind: 'official'; readonly entry: OfficialGlossaryEntry }
  | { readonly kind: 'text'; readonly uri: string; readonly range: Range; readonly termRange: Range }
  | { readonly kind: 'glossary'; readonly uri: string; readonly range: Range; readonly source?: string };

/** One definition of a term, as its source words it. */
export interface TermDefinition {
  /** The term as its source writes it. */
  readonly term: string;
  readonly language: TermLanguage;
  /** The defining text: the sentence of a text, the item of a code, the glossary's definition. */
  readonly text: string;
  readonly origin: DefinitionOrigin;
}

export interface Equivalents {
  readonly kk?: readonly string[];
  readonly ru?: readonly string[];
  readonly en?: readonly string[];
}

/** A term and everything known about it, from every source. */
export interface Term {
  readonly id: string;
  /** The dictionary form shown in hovers: the first name it was defined by. */
  readonly lemma: string;
  readonly names: readonly TermName[];
  readonly definitions: readonly TermDefinition[];
  readonly equivalents: Equivalents;
}

/** A definition as a text or a glossary file gives it, before terms are merged. */
export interface DefinitionInput {
  readonly term: string;
  readonly lemma: string;
  readonly language: TermLanguage;
  readonly text: string;
  readonly origin: DefinitionOrigin;
  readonly aliases?: readonly string[];
  readonly equivalents?: Equivalents;
  /**
   * The inflections to match the term with, when not only its language's: a glossary term with
   * no language and no Kazakh letters («сот», «банда») may be Kazakh or Russian.
   */
  readonly matchAs?: readonly TermLanguage[];
}

export function languageOf(phrase: string): TermLanguage {
  return KAZAKH_LETTERS.test(phrase.toLowerCase()) ? 'kk' : 'ru';
}

/**
 * Every known term, merged by name: the official definitions first, then the user glossaries,
 * then the definitions found in texts. A name belongs to the first term that defines it, so
 * «қылмыстық қудалау» defined in an article joins the official item 22 of Article 7.
 */
export class TermRegistry {
  private readonly terms = new Map<string, MutableTerm>();
  private readonly byKey = new Map<string, string>();
  private compiled: TermMatcher | undefined;

  constructor(official: OfficialGlossary, inputs: Iterable<DefinitionInput>) {
    for (const entry of official.entries) this.addOfficial(entry);
    const sorted = [...inputs].sort((a, b) => rank(a) - rank(b));
    for (const input of sorted) this.add(input);
  }

  get(id: string): Term | undefined {
    return this.terms.get(id);
  }

  /** The term a name (in any spelling) belongs to. */
  byName(name: string): Term | undefined {
    const id = this.byKey.get(matchingKey(name));
    return id === undefined ? undefined : this.terms.get(id);
  }

  all(): Iterable<Term> {
    return this.terms.values();
  }

  get matcher(): TermMatcher {
    return (this.compiled ??= new TermMatcher([...this.terms.values()].flatMap((t) => t.names)));
  }

  private addOfficial(entry: OfficialGlossaryEntry): void {
    const term = this.termFor(entry.kk.terms[0], entry.id);
    const origin = { kind: 'official', entry } as const;
    term.definitions.push({ term: entry.kk.heading, language: 'kk', text: entry.kk.definition, origin });
    term.definitions.push({ term: entry.ru.heading, language: 'ru', text: entry.ru.definition, origin });
    for (const name of entry.kk.terms) this.addName(term, name, 'kk');
    for (const name of entry.ru.terms) this.addName(term, name, 'ru');
    addEquivalents(term, { kk: entry.kk.terms, ru: entry.ru.terms });
  }

  private add(input: DefinitionInput): void {
    const key = matchingKey(input.lemma);
    if (!key) return;
    const existing = this.byKey.get(key);
    const term = existing !== undefined ? this.terms.get(existing)! : this.termFor(input.lemma, key);
    term.definitions.push({ term: input.term, language: input.language, text: input.text, origin: input.origin });
    for (const language of input.matchAs ?? [input.language]) this.addName(term, input.lemma, language);
    for (const alias of input.aliases ?? []) this.addName(term, alias, languageOf(alias));
    if (input.equivalents) addEquivalents(term, input.equivalents);
  }

  private termFor(lemma: string, id: string): MutableTerm {
    let term = this.terms.get(id);
    if (!term) {
      term = { id, lemma, names: [], definitions: [], equivalents: {} };
      this.terms.set(id, term);
    }
    return term;
  }

  private addName(term: MutableTerm, name: string, language: TermLanguage): void {
    // Commas inside a name («лицо, занимающее … должность») do not separate its words.
    const key = matchingKey(name.replace(/,/g, ' '));
    if (!key) return;
    // «судья» and «санкция» are both Kazakh and Russian: each language inflects it its own way.
    const owner = this.byKey.get(key);
    if (owner !== undefined && (owner !== term.id || term.names.some((n) => n.key === key && n.language === language))) return;
    this.byKey.set(key, term.id);
    term.names.push({ key, language, termId: term.id });
  }
}

interface MutableTerm {
  readonly id: string;
  readonly lemma: string;
  readonly names: TermName[];
  readonly definitions: TermDefinition[];
  equivalents: Equivalents;
}

function rank(input: DefinitionInput): number {
  return input.origin.kind === 'glossary' ? 0 : 1;
}

function addEquivalents(term: MutableTerm, more: Equivalents): void {
  const merge = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
    b && b.length ? [...new Set([...(a ?? []), ...b])] : a;
  term.equivalents = {
    kk: merge(term.equivalents.kk, more.kk),
    ru: merge(term.equivalents.ru, more.ru),
    en: merge(term.equivalents.en, more.en),
  };
}
