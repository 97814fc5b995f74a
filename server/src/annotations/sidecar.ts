import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';
import * as l10n from '@vscode/l10n';
import { Annotation } from './annotation';
import { AnnotationFormatError, formatSidecar, parseAnnotations } from './w3c';

export const SIDECAR_SUFFIX = '.annotations.json';

/** The sidecar beside a document: `article.legal` → `article.legal.annotations.json`. */
export function sidecarPath(file: string): string {
  return `${file}${SIDECAR_SUFFIX}`;
}

/** The document a sidecar belongs to. */
export function documentOfSidecar(sidecar: string): string | undefined {
  return sidecar.endsWith(SIDECAR_SUFFIX) ? sidecar.slice(0, -SIDECAR_SUFFIX.length) : undefined;
}

export type SidecarContent =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly annotations: Annotation[]; readonly text: string }
  | { readonly kind: 'invalid'; readonly file: string; readonly reason: string };

/** Reads a document's sidecar. A sidecar that cannot be read is reported, never repaired. */
export function readSidecar(file: string): SidecarContent {
  const sidecar = sidecarPath(file);
  let text: string;
  try {
    text = fs.readFileSync(sidecar, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'invalid', file: sidecar, reason: (e as Error).message };
  }
  try {
    return { kind: 'ok', annotations: parseAnnotations(text).map((r) => r.annotation), text };
  } catch (e) {
    if (e instanceof AnnotationFormatError) return { kind: 'invalid', file: sidecar, reason: e.message };
    throw e;
  }
}

/** The sentence telling the user that a sidecar was left alone. */
export function describeInvalidSidecar(content: { file: string; reason: string }): string {
  return l10n.t('The annotations in {0} cannot be read: {1}. Zanmark leaves the file as it is; correct it or move it away to annotate this document.', content.file, content.reason);
}

/**
 * Writes the document's sidecar atomically: a temporary file in the same folder, flushed to disk,
 * then renamed over the old one, so that a crash leaves the old or the new sidecar, never half of one.
 * With no annotations left, the sidecar is removed. Returns the text written.
 */
export function writeSidecar(file: string, annotations: readonly Annotation[]): string {
  const sidecar = sidecarPath(file);
  if (annotations.length === 0) {
    fs.rmSync(sidecar, { force: true });
    return '';
  }
  const text = formatSidecar(annotations, path.basename(file));
  writeAtomically(sidecar, text);
  return text;
}

export function writeAtomically(target: string, text: string): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (e) {
    fs.rmSync(temporary, { force: true });
    throw e;
  }
}
