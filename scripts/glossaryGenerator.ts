import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { OFFICIAL_SOURCES, buildOfficialGlossary, serializeGlossary } from '../server/src/terms/officialGlossary';

/** Where the generated glossary is committed, relative to the repository root. */
export const GLOSSARY_FILE = path.join('server', 'src', 'data', 'glossary.json');
/** The official texts, beside the repository. */
export const CORPUS_DIRECTORY = path.join('..', 'shared', 'corpus');

/** The glossary's JSON as the generator writes it, from the official texts found from `root`. */
export function generateGlossary(root: string): string {
  const corpus = path.resolve(root, CORPUS_DIRECTORY);
  const read = (file: string) => readFileSync(path.join(corpus, file), 'utf8');
  return serializeGlossary(buildOfficialGlossary(OFFICIAL_SOURCES.map((s) => ({
    code: s.code,
    article: s.article,
    kazakh: read(s.kazakh),
    russian: read(s.russian),
  }))));
}
