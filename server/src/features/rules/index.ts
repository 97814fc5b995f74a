import { Rule } from '../diagnostics';
import { citationUnresolved } from './citationUnresolved';

/** Every diagnostic rule, in the order their findings are computed. */
export const RULES: readonly Rule[] = [citationUnresolved];
