import { matchingKey } from './normalize';
import { Span } from './text';

export type HeadingKind = 'section' | 'references';

/**
 * A section heading. For `1.2 Құқықтық негіздер`, `span` covers the whole line and `titleSpan`
 * covers `Құқықтық негіздер`; for `…жоқ емес...Әдебиеттер.` both cover `Әдебиеттер`.
 */
export interface Heading {
  readonly span: Span;
  readonly titleSpan: Span;
  readonly title: string;
  /** 1 for top-level headings; `1.2` and `##` give 2. */
  readonly level: number;
  /** The section number as written: `1.2` in `1.2 Құқықтық негіздер`, `I.` in `I. Кіріспе`. */
  readonly number?: string;
  readonly kind: HeadingKind;
}

const REFERENCE_HEADINGS = [
  'Әдебиеттер', 'Әдебиеттер тізімі', 'Пайдаланылған әдебиеттер', 'Пайдаланылған әдебиеттер тізімі',
  'Пайдаланылған дереккөздер', 'References', 'Bibliography', 'Литература', 'Список литературы',
  'Список использованной литературы', 'Список использованных источников', 'Использованная литература',
  'Библиография',
];
const SECTION_HEADINGS = [
  'Аннотация', 'Аңдатпа', 'Түйін', 'Түйіндеме', 'Резюме', 'Summary', 'Abstract', 'Кіріспе', 'Введение',
  'Introduction', 'Қорытынды', 'Заключение', 'Conclusion', 'Conclusions', 'Выводы', 'Талқылау', 'Обсуждение',
  'Discussion', 'Материалдар мен әдістер', 'Материалы и методы', 'Methods',
];
const KNOWN = new Map<string, HeadingKind>([
  ...REFERENCE_HEADINGS.map((h) => [matchingKey(h), 'references'] as const),
  ...SECTION_HEADINGS.map((h) => [matchingKey(h), 'section'] as const),
]);

const MAX_KNOWN_LENGTH = 60;
const MAX_NUMBERED_LENGTH = 140;
const MARKDOWN = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVXІ]{1,5}\.)[ \t\u00a0]+(\p{Lu}.*)$/u;
const TRAILING = /[\s.:…]+$/;

/** The heading that the segment `text.slice(start, end)` is, if it is one. */
export function recognizeHeading(text: string, start: number, end: number): Heading | undefined {
  const line = text.slice(start, end);
  const md = MARKDOWN.exec(line);
  if (md && md[2]) {
    const titleStart = start + line.indexOf(md[2], md[1].length);
    const title = md[2];
    const titleSpan = { start: titleStart, end: titleStart + title.length };
    const kind = KNOWN.get(matchingKey(title.replace(TRAILING, ''))) === 'references' ? 'references' : 'section';
    return { span: { start, end }, titleSpan, title, level: md[1].length, kind };
  }
  if (line.length <= MAX_KNOWN_LENGTH) {
    const title = line.replace(TRAILING, '');
    const kind = KNOWN.get(matchingKey(title));
    if (kind) {
      const span = { start, end: start + title.length };
      return { span, titleSpan: span, title, level: 1, kind };
    }
  }
  if (line.length <= MAX_NUMBERED_LENGTH) {
    const numbered = NUMBERED.exec(line);
    if (numbered && !/[.,;]$/.test(line)) {
      const title = numbered[2].trimEnd();
      const titleStart = start + line.length - numbered[2].length;
      const level = /^\d/.test(numbered[1]) ? numbered[1].split('.').filter(Boolean).length : 1;
      return { span: { start, end }, titleSpan: { start: titleStart, end: titleStart + title.length }, title, level, number: numbered[1], kind: 'section' };
    }
  }
  return undefined;
}
