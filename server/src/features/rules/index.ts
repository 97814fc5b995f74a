import { Rule } from '../diagnostics';
import { citationDuplicateEntry } from './citationDuplicateEntry';
import { citationEmpty } from './citationEmpty';
import { citationLocatorFormat } from './citationLocatorFormat';
import { citationNumbering } from './citationNumbering';
import { citationOrder } from './citationOrder';
import { citationPageRangeReversed } from './citationPageRangeReversed';
import { citationUnresolved } from './citationUnresolved';
import { citationUnusedEntry } from './citationUnusedEntry';
import { figureDateInvalid } from './figureDateInvalid';
import { figureDecimalSeparator } from './figureDecimalSeparator';
import { figureDecimalSpace } from './figureDecimalSpace';
import { figureGrouping } from './figureGrouping';
import { figurePercentSpacing } from './figurePercentSpacing';
import { figureRangeReversed } from './figureRangeReversed';
import { figureSuffixHarmony } from './figureSuffixHarmony';
import { figureTimeFormat } from './figureTimeFormat';
import { figureTruncated } from './figureTruncated';
import { scriptMixed } from './scriptMixed';
import { textGluedWords } from './textGluedWords';
import { textPunctuation } from './textPunctuation';
import { textRepeatedWord } from './textRepeatedWord';
import { textWhitespace } from './textWhitespace';

/** Every diagnostic rule, in the order their findings are computed. */
export const RULES: readonly Rule[] = [
  citationUnresolved,
  citationEmpty,
  citationUnusedEntry,
  citationDuplicateEntry,
  citationNumbering,
  citationOrder,
  citationLocatorFormat,
  citationPageRangeReversed,
  figureDecimalSpace,
  figurePercentSpacing,
  figureGrouping,
  figureDecimalSeparator,
  figureTruncated,
  figureTimeFormat,
  figureDateInvalid,
  figureRangeReversed,
  figureSuffixHarmony,
  scriptMixed,
  textGluedWords,
  textRepeatedWord,
  textWhitespace,
  textPunctuation,
];

/**
 * The checks kept for documents over the size limit: the citation rules, which read the model's
 * citation index and cost little more than the parse itself.
 */
export const CHEAP_RULES: readonly Rule[] = RULES.filter((rule) => rule.codes.every((code) => code.startsWith('citation.')));
