import assert from 'node:assert/strict';
import { mock, test } from 'node:test';
import { LegalDocument } from '../../server/src/model';
import { BUILTIN_GLOSSARY } from '../../server/src/terms/builtinGlossary';
import { OpenDocumentIndexer } from '../../server/src/workspace/indexing';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { parse } from '../support';

test('an opened document counts at once; while the user types, after a pause', async () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const index = new WorkspaceIndex(BUILTIN_GLOSSARY);
    const uri = 'untitled:Untitled-1';
    let current: LegalDocument = parse('Жария құқық дегеніміз нормалар жиынтығы.', uri);
    const indexer = new OpenDocumentIndexer(index, () => current);
    indexer.changed(uri);
    assert.ok(index.registry.byName('жария құқық'));
    current = parse('Жеке құқық дегеніміз нормалар жиынтығы.', uri);
    indexer.changed(uri);
    indexer.changed(uri);
    assert.ok(index.registry.byName('жария құқық'), 'not yet: the user is typing');
    mock.timers.tick(300);
    assert.equal(index.registry.byName('жария құқық'), undefined);
    assert.ok(index.registry.byName('жеке құқық'));
    current = parse('Бос.', uri);
    indexer.changed(uri);
    await indexer.closed(uri);
    mock.timers.tick(300);
    assert.equal(index.registry.byName('жеке құқық'), undefined, 'closing forgets the document');
  } finally {
    mock.timers.reset();
  }
});
