import { promises as fs } from 'fs';
import * as path from 'path';
import { GLOSSARY_SUFFIX } from '../terms/userGlossary';

/** How the index reaches the files of the workspace; tests give it a map instead. */
export interface WorkspaceFiles {
  /** Every text and glossary file under `folder`, as absolute paths. */
  list(folder: string): Promise<string[]>;
  /** The file's text, or undefined when it cannot be read (gone, a folder, too big). */
  read(file: string): Promise<string | undefined>;
}

/** Texts the index reads: what the extension serves by default, plus Markdown. */
const TEXT_EXTENSIONS = new Set(['.legal', '.txt', '.md']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
/** Files bigger than this are not indexed (they are still analysed when opened). */
export const MAX_INDEXED_FILE_BYTES = 5 * 1024 * 1024;
const MAX_FILES = 20_000;

export function isIndexedFile(file: string): boolean {
  return file.endsWith(GLOSSARY_SUFFIX) || (TEXT_EXTENSIONS.has(path.extname(file).toLowerCase()) && !file.endsWith('.annotations.json'));
}

export const diskFiles: WorkspaceFiles = {
  async list(folder) {
    const found: string[] = [];
    const visit = async (dir: string): Promise<void> => {
      let entries: import('fs').Dirent[];
      try {
        entries = await fs.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (found.length >= MAX_FILES) return;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) await visit(full);
        } else if (entry.isFile() && isIndexedFile(full)) {
          found.push(full);
        }
      }
    };
    await visit(folder);
    return found;
  },
  async read(file) {
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile() || stat.size > MAX_INDEXED_FILE_BYTES) return undefined;
      return await fs.readFile(file, 'utf8');
    } catch {
      return undefined;
    }
  },
};
