import * as assert from 'assert';
import * as vscode from 'vscode';
import { ARTICLE, EXTENSION_ID, SEED_002, openFixture, waitFor } from './helpers';

describe('activation', () => {
  it(`opening ${SEED_002} (plaintext) activates ${EXTENSION_ID}`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    assert.strictEqual(extension.isActive, false, 'nothing activated the extension before a served file was opened');

    const document = await openFixture(SEED_002);
    assert.strictEqual(document.languageId, 'plaintext');
    await waitFor('activation by onLanguage:plaintext', () => extension.isActive || undefined);
  });

  it(`${ARTICLE} opens in the legal-text language`, async () => {
    const document = await openFixture(ARTICLE);
    assert.strictEqual(document.languageId, 'legal-text');
  });
});
