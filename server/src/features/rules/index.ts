import { Rule } from '../diagnostics';
import { citationDuplicateEntry } from './citationDuplicateEntry';
import { citationEmpty } from './citationEmpty';
import { citationLocatorFormat } from './citationLocatorFormat';
import { citationNumbering } from './citationNumbering';
import { citationOrder } from './citationOrder';
import { citationPageRangeReversed } from './citationPageRangeReversed';
import { citationUnresolved } from './citationUnresolved';
import { citationUnusedEntry } from './citationUnusedEntry';

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
];
