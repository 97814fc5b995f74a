import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { globSync } from 'tinyglobby';
import { readTextFile } from '../textFiles';

/** Language of each file extension the CLI reads; a file is checked when its language is served. */
export const LANGUAGE_OF_EXTENSION: Readonly<Record<string, string>> = {
  '.legal': 'legal-text',
  '.txt': 'plaintext',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** A file to check, read and decoded. */
export interface TextFile {
  readonly path: string;
  readonly text: string;
}

/** A problem with the paths given: one line for the user. */
export class InputError extends Error {}

/**
 * Expands the paths and globs given on the command line into readable text files.
 * A named file must be text; inside directories and globs, binary files are passed over.
 */
export function collectFiles(args: readonly string[], languages: readonly string[]): TextFile[] {
  const served = (file: string) => languages.includes(LANGUAGE_OF_EXTENSION[path.extname(file).toLowerCase()] ?? '');
  const files: TextFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, named: boolean): boolean => {
    const key = path.resolve(file);
    if (seen.has(key)) return true;
    const text = readTextFile(file);
    if (text === undefined) {
      if (named) throw new InputError(l10n.t('{0} is not a text file', file));
      return false;
    }
    seen.add(key);
    files.push({ path: file, text });
    return true;
  };
  for (const arg of args) {
    const stat = statOf(arg);
    if (stat?.isFile()) {
      add(arg, true);
    } else if (stat?.isDirectory()) {
      const candidates = walk(arg).filter(served);
      const found = candidates.filter((f) => add(f, false)).length;
      if (found === 0) {
        throw new InputError(candidates.length > 0
          ? l10n.t('no text files to check in {0} ({1} binary files passed over)', arg, candidates.length)
          : l10n.t('no files to check in {0} (looked for {1})', arg, servedExtensions(languages)));
      }
    } else if (GLOB_CHARACTERS.test(arg)) {
      const matches = globSync(arg, { dot: false, onlyFiles: true, ignore: ['**/node_modules/**'] }).sort();
      if (matches.length === 0) throw new InputError(l10n.t('no files match {0}', arg));
      const found = matches.filter((f) => add(f, false)).length;
      if (found === 0) throw new InputError(l10n.t('no text files match {0}', arg));
    } else {
      throw new InputError(l10n.t('{0}: no such file or directory', arg));
    }
  }
  return files;
}

function servedExtensions(languages: readonly string[]): string {
  return Object.entries(LANGUAGE_OF_EXTENSION).filter(([, l]) => languages.includes(l)).map(([e]) => `*${e}`).join(', ');
}

function statOf(p: string): fs.Stats | undefined {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
}

function walk(directory: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  visit(directory);
  return out;
}
