import * as l10n from '@vscode/l10n';
import { Span } from '../../model';
import { Fix } from '../edits';

/** A one-replacement fix titled «Write …», the usual quick fix of the figure and text rules. */
export function writeFix(span: Span, newText: string, safe = true): Fix {
  return { title: l10n.t('Write «{0}»', newText), replacements: [{ span, newText }], safe };
}

/** Whether an offset lies inside the reference lists, where entries keep their own conventions. */
export function inReferenceList(lists: readonly { readonly span: Span }[], offset: number): boolean {
  return lists.some((l) => l.span.start <= offset && offset < l.span.end);
}

/**
 * Remembers the messages a rule formats during one check: a document with a hundred thousand
 * identical findings formats its message once.
 */
export function memo<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}
