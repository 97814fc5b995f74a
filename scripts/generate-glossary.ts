// Regenerates server/src/data/glossary.json from the official texts in ../shared/corpus.
//   npm run glossary
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { OFFICIAL_SOURCES, buildOfficialGlossary, serializeGlossary } from '../server/src/terms/officialGlossary';

export const GLOSSARY_FILE = path.join('server', 'src', 'data', 'glossary.json');
export const CORPUS_DIRECTORY = path.join('..', 'shared', 'corpus');

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

if (require.main === module) {
  const root = process.cwd();
  const json = generateGlossary(root);
  writeFileSync(path.join(root, GLOSSARY_FILE), json);
  const count = (JSON.parse(json) as { entries: unknown[] }).entries.length;
  process.stdout.write(`${GLOSSARY_FILE}: ${count} definitions\n`);
}
