import * as l10n from '@vscode/l10n';
import { SeverityName } from '../protocol';

/** Stable diagnostic codes: users configure them as `zanmark.diagnostics.<code>` and in `.zanmark.json`. */
export enum DiagnosticCode {
  /** A cited source number has no entry in the reference list (or there is no list, or it is empty). */
  citationUnresolved = 'citation.unresolved',
  /** A reference entry that no citation names. */
  citationUnusedEntry = 'citation.unused-entry',
  /** Two entries of a reference list share a number. */
  citationDuplicateEntry = 'citation.duplicate-entry',
  /** The entries are not numbered 1…N in order. */
  citationNumbering = 'citation.numbering',
  /** Sources are not first cited in ascending order. */
  citationOrder = 'citation.order',
  /** A locator not written in the document's style: `[1,27б.]` for `[1, 27 б.]`. */
  citationLocatorFormat = 'citation.locator-format',
  /** A page range whose first page is greater than its last: `[4, 13-12 б.]`. */
  citationPageRangeReversed = 'citation.page-range-reversed',
  /** A citation with no source: `[]`, `[ ; ]`. */
  citationEmpty = 'citation.empty',
  /** An annotation's passage is no longer in the text; the annotation is kept as an orphan. */
  annotationOrphaned = 'annotation.orphaned',
  /** A space after the decimal comma: `19, 8%`, `3, 16 млн.`. */
  figureDecimalSpace = 'figure.decimal-space',
  /** `5 %` in a document that writes `30%`, or against `zanmark.figures.percentSpacing`. */
  figurePercentSpacing = 'figure.percent-spacing',
  /** Thousands grouped wrongly (`14 6347`, `1 46 347`), or a long number left ungrouped among grouped ones. */
  figureGrouping = 'figure.grouping',
  /** `4.6 пайыз` in a document that writes decimals with a comma (or against the setting). */
  figureDecimalSeparator = 'figure.decimal-separator',
  /** A number cut off: `2009 жылы – 121 Қылмыстылық …`. */
  figureTruncated = 'figure.truncated',
  /** A time written with a hyphen: `08-25 минутта`. */
  figureTimeFormat = 'figure.time-format',
  /** A date that does not exist: `30 ақпан`, `31.04.2010`. */
  figureDateInvalid = 'figure.date-invalid',
  /** A range whose end comes before its start: `2020-2010 жж.`. */
  figureRangeReversed = 'figure.range-reversed',
  /** A case ending that does not follow how the numeral is read: `2009-ге`. */
  figureSuffixHarmony = 'figure.suffix-harmony',
  /** A word that mixes Cyrillic and Latin letters, or has a digit in place of a letter. */
  scriptMixed = 'script.mixed',
  /** Words run together, their spaces lost. */
  textGluedWords = 'text.glued-words',
  /** `және және`, `мем мемлекеттік`. */
  textRepeatedWord = 'text.repeated-word',
  /** Several spaces between words. */
  textWhitespace = 'text.whitespace',
  /** `доллар.,`, `..`. */
  textPunctuation = 'text.punctuation',
}

/** Severity of each code when the user has not configured it. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, SeverityName>> = {
  [DiagnosticCode.citationUnresolved]: 'error',
  [DiagnosticCode.citationUnusedEntry]: 'hint',
  [DiagnosticCode.citationDuplicateEntry]: 'warning',
  [DiagnosticCode.citationNumbering]: 'warning',
  [DiagnosticCode.citationOrder]: 'information',
  [DiagnosticCode.citationLocatorFormat]: 'warning',
  [DiagnosticCode.citationPageRangeReversed]: 'error',
  [DiagnosticCode.citationEmpty]: 'error',
  [DiagnosticCode.annotationOrphaned]: 'warning',
  [DiagnosticCode.figureDecimalSpace]: 'warning',
  [DiagnosticCode.figurePercentSpacing]: 'information',
  [DiagnosticCode.figureGrouping]: 'warning',
  [DiagnosticCode.figureDecimalSeparator]: 'warning',
  [DiagnosticCode.figureTruncated]: 'warning',
  [DiagnosticCode.figureTimeFormat]: 'warning',
  [DiagnosticCode.figureDateInvalid]: 'error',
  [DiagnosticCode.figureRangeReversed]: 'error',
  [DiagnosticCode.figureSuffixHarmony]: 'warning',
  [DiagnosticCode.scriptMixed]: 'warning',
  [DiagnosticCode.textGluedWords]: 'information',
  [DiagnosticCode.textRepeatedWord]: 'warning',
  [DiagnosticCode.textWhitespace]: 'hint',
  [DiagnosticCode.textPunctuation]: 'hint',
};

/** One line on what a code finds, for SARIF rule lists and documentation. */
export function describeCode(code: DiagnosticCode): string {
  switch (code) {
    case DiagnosticCode.citationUnresolved:
      return l10n.t('A cited source has no entry in the reference list');
    case DiagnosticCode.citationUnusedEntry:
      return l10n.t('A reference entry is never cited');
    case DiagnosticCode.citationDuplicateEntry:
      return l10n.t('Two reference entries share a number');
    case DiagnosticCode.citationNumbering:
      return l10n.t('The reference entries are not numbered 1…N');
    case DiagnosticCode.citationOrder:
      return l10n.t('Sources are not first cited in ascending order');
    case DiagnosticCode.citationLocatorFormat:
      return l10n.t('A page locator is not written in the document\'s style');
    case DiagnosticCode.citationPageRangeReversed:
      return l10n.t('A page range runs backwards');
    case DiagnosticCode.citationEmpty:
      return l10n.t('A citation names no source');
    case DiagnosticCode.annotationOrphaned:
      return l10n.t('An annotated passage is no longer in the text');
    case DiagnosticCode.figureDecimalSpace:
      return l10n.t('A space after the decimal comma');
    case DiagnosticCode.figurePercentSpacing:
      return l10n.t('A percentage spaced unlike the others');
    case DiagnosticCode.figureGrouping:
      return l10n.t('Thousands grouped wrongly');
    case DiagnosticCode.figureDecimalSeparator:
      return l10n.t('A decimal separator unlike the others');
    case DiagnosticCode.figureTruncated:
      return l10n.t('A number that looks cut off');
    case DiagnosticCode.figureTimeFormat:
      return l10n.t('A time written with a hyphen');
    case DiagnosticCode.figureDateInvalid:
      return l10n.t('A date that does not exist');
    case DiagnosticCode.figureRangeReversed:
      return l10n.t('A range that runs backwards');
    case DiagnosticCode.figureSuffixHarmony:
      return l10n.t('A case ending that does not follow the numeral');
    case DiagnosticCode.scriptMixed:
      return l10n.t('A word that mixes Cyrillic and Latin letters');
    case DiagnosticCode.textGluedWords:
      return l10n.t('Words run together');
    case DiagnosticCode.textRepeatedWord:
      return l10n.t('A repeated word');
    case DiagnosticCode.textWhitespace:
      return l10n.t('Several spaces between words');
    case DiagnosticCode.textPunctuation:
      return l10n.t('Doubled punctuation');
  }
}
