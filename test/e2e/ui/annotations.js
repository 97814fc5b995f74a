// Suite A, annotations: a user tags a passage of a seed, sees it in the editor, the Annotations view
// and the sidecar, then edits the file outside VS Code. Called from scenario.js.
'use strict';

const fs = require('fs');
const path = require('path');

const SEED = '002_1dfbad7d03d8aaf7.txt';
const PASSAGE = 'Қазақстан Республикасы өз тәуелсіздігінің';
const NOTE = 'Кіріспе тезисі';
// пікір's colour in the default taxonomy (#d0527a) at the decoration's 20 % opacity.
const PIKIR_BACKGROUND = 'rgba(208, 82, 122, 0.2)';

/**
 * Waits until a row of the Annotations view starts with `want.startsWith` and contains `want.includes`
 * (either may be omitted); returns the rows' text.
 */
async function waitForRow(page, want, what) {
  try {
    const handle = await page.waitForFunction((w) => {
      const test = (r) => r.startsWith(w.startsWith || '') && r.includes(w.includes || '');
      const rows = [...document.querySelectorAll('.pane-body .monaco-list-row')]
        .filter((r) => r.closest('.pane')?.querySelector('.pane-header')?.textContent?.includes('Annotations'))
        .map((r) => r.textContent.replace(/\u00a0/g, ' ').trim());
      return rows.some(test) && rows;
    }, want);
    return handle.jsonValue();
  } catch (e) {
    throw new Error(`timed out waiting for ${what} in the Annotations view`);
  }
}

async function scenario({ page, step, snap, workspace, ui }) {
  const file = path.join(workspace, SEED);
  const sidecar = `${file}.annotations.json`;
  const original = fs.readFileSync(file, 'utf8');

  await step('select a passage of the seed and run «Zanmark: Annotate Selection»; pick #пікір and add a note', async () => {
    // The seed is open in a tab from the earlier steps; go back to it as a user would, by its tab.
    await page.keyboard.press('Escape');
    await page.locator('.tabs-container .tab', { hasText: SEED }).first().click();
    const lines = page.locator(`${ui.editorSel(SEED)} .view-lines`);
    await lines.click();
    await page.keyboard.press('Control+Home');
    await page.locator('[id="status.editor.selection"]').filter({ hasText: /^Ln 1, Col 1\b/ }).waitFor();
    await lines.filter({ hasText: 'Қазақстан Республикасы' }).waitFor();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.locator('[id="status.editor.selection"]').filter({ hasText: `(${PASSAGE.length} selected)` }).waitFor();
    // The command opens a quick pick of its own at once, so the palette does not close in between:
    // run it by hand rather than with ui.runCommand, which waits for the palette to close.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Zanmark: Annotate Selection');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Zanmark: Annotate Selection' }).first().click();
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Tag the passage' }).waitFor({ state: 'visible' });
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'пікір' }).first();
    await row.waitFor({ state: 'visible' });
    await snap('annotate-tags');
    await row.locator('.monaco-checkbox, .monaco-custom-toggle, input[type=checkbox]').first().click();
    await page.locator('.quick-input-widget .quick-input-count', { hasText: '1' }).waitFor();
    await page.locator('.quick-input-widget .quick-input-action .monaco-button', { hasText: 'OK' }).click();
    const note = page.locator('.quick-input-widget .quick-input-title', { hasText: 'Note (optional)' });
    await note.waitFor({ state: 'visible' });
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }, { critical: true });

  await step('the passage is painted in пікір\'s colour and the sidecar holds the annotation', async () => {
    await page.waitForFunction(({ editor, colour }) => {
      const overlays = document.querySelectorAll(`${editor} .view-overlays div`);
      return [...overlays].some((e) => getComputedStyle(e).backgroundColor === colour);
    }, { editor: ui.editorSel(SEED), colour: PIKIR_BACKGROUND });
    await page.keyboard.press('End');
    await snap('annotation-decoration');
    const deadline = Date.now() + 10_000;
    while (!fs.existsSync(sidecar) && Date.now() < deadline) await page.waitForTimeout(100);
    const items = JSON.parse(fs.readFileSync(sidecar, 'utf8')).first.items;
    const bodies = items[0].body.map((b) => `${b.purpose}:${b.value}`);
    const quote = items[0].target.selector.find((s) => s.type === 'TextQuoteSelector').exact;
    if (items.length !== 1 || quote !== PASSAGE || bodies.join() !== `tagging:пікір,commenting:${NOTE}`) {
      throw new Error(`unexpected sidecar: ${JSON.stringify(items)}`);
    }
    return `${items[0].id}: ${bodies.join(', ')}`;
  });

  await step('the Annotations view lists #пікір → the seed → the passage on line 1', async () => {
    await ui.runCommand(page, 'Explorer: Focus on Annotations View');
    const rows = await waitForRow(page, { startsWith: `«${PASSAGE}»`, includes: 'line 1' }, 'the passage on line 1');
    if (!rows.some((r) => r.startsWith('#пікір')) || !rows.some((r) => r.startsWith(SEED))) throw new Error(JSON.stringify(rows));
    await snap('annotations-view');
    return rows.join(' | ');
  });

  await step('two lines added above it in another editor: the tag follows its passage to line 3', async () => {
    fs.writeFileSync(file, `Алғысөз.\nЕкінші жол.\n${original}`);
    const rows = await waitForRow(page, { startsWith: `«${PASSAGE}»`, includes: 'line 3' }, 'the passage on line 3');
    await snap('annotation-moved');
    return rows.join(' | ');
  });

  await step('the passage deleted in another editor: the annotation moves to Orphaned', async () => {
    fs.writeFileSync(file, original.replace(PASSAGE, 'Еліміз'));
    const rows = await waitForRow(page, { startsWith: 'Orphaned' }, 'the Orphaned group');
    await waitForRow(page, { includes: `#пікір «${PASSAGE}»` }, 'the orphan under Orphaned');
    const items = JSON.parse(fs.readFileSync(sidecar, 'utf8')).first.items;
    if (items.length !== 1) throw new Error(`the sidecar holds ${items.length} annotations`);
    await snap('annotation-orphaned');
    return rows.join(' | ');
  });
}

module.exports = { scenario };
