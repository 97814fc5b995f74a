import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { applyReplacements } from '../features/edits';
import { LanguageService } from '../service';
import { TextFile } from './files';

/**
 * `zanmark check --fix-citation-order`: renumbers the reference list of each file by order of first
 * citation and rewrites its citations, as the editor's command does. Only done when asked: it
 * moves entries and changes numbers all over the text. Returns the files as they are afterwards.
 */
export function fixCitationOrder(files: readonly TextFile[], service: LanguageService, note: (line: string) => void): TextFile[] {
  return files.map((file) => {
    const plan = service.renumberReferences({ uri: `zanmark-cli:${path.resolve(file.path)}`, version: 0, getText: () => file.text });
    if (plan.kind === 'refused') {
      if (plan.reason && hasCitationsOrList(file.text)) note(l10n.t('{0}: references not renumbered: {1}', file.path, plan.reason));
      return file;
    }
    if (plan.kind === 'unchanged') return file;
    const text = applyReplacements(file.text, plan.replacements);
    writeAtomically(file.path, text);
    note(l10n.t('{0}: references renumbered by order of first citation', file.path));
    return { path: file.path, text };
  });
}

/** A file without citations and without a list has nothing to renumber, and nothing worth saying. */
function hasCitationsOrList(text: string): boolean {
  return /\[\s*\d/.test(text);
}

/** Writes through a temporary file and a rename, so the file is either the old text or the new one. */
function writeAtomically(file: string, text: string): void {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.zanmark-tmp`);
  fs.writeFileSync(temporary, text, 'utf8');
  try {
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
