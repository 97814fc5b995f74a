// Suite A: what a user sees of Zanmark in VS Code, driven in the browser by scripts/vscode-e2e/run-ui-e2e.js.
'use strict';

const { citationSteps } = require('./citations');

const SEED = '002_1dfbad7d03d8aaf7.txt';
const ARTICLE = 'article.legal';
/** A copy of the seed with every check on (its folder's `.zanmark.json` is empty). */
const FIGURES = 'figures-002.txt';
const SOURCE_3 = 'Source 3 is cited, but the reference list is empty';
const TERM = 'қылмыстық саясаттың';
const DEFINING_SEED = '000_295fc278403f80be.txt';
const FINDINGS = [1, 2, 3, 4].map((n) => `Source ${n} is cited, but the reference list is empty`);
const OUTLINE = [
  'Аннотация',
  'Кіріспе',
  '1. Қылмыстық саясаттың ұғымы мен мазмұны',
  'Әдебиеттер',
  'References',
];

/**
 * Focuses the Problems panel and waits until it lists exactly the seed's four findings (one row each,
 * under the seed's file row); returns the rows' text.
 */
async function seedFindings(page, ui) {
  await ui.runCommand(page, 'View: Focus Problems');
  await page.locator(`.markers-panel .monaco-list-row[aria-label="4 problems in file ${SEED} of folder ."]`).waitFor();
  const handle = await page.waitForFunction((messages) => {
    const rows = [...document.querySelectorAll('.markers-panel .monaco-list-row')]
      .map((e) => e.textContent.replace(/\u00a0/g, ' '))
      .filter((t) => t.includes('citation.unresolved'));
    const ok = rows.length === messages.length && messages.every((m, i) => rows[i].startsWith(m));
    return ok && rows;
  }, FINDINGS);
  return handle.jsonValue();
}

async function scenario({ page, step, snap, ui }) {
  await step('the workbench opens the workspace', async () => {
    await ui.waitForWorkbench(page, SEED);
    await snap('workbench');
  }, { critical: true });

  await step(`Quick Open ${SEED}`, () => ui.openFile(page, SEED, 'Қазақстан Республикасы'), { critical: true });

  await step('the extension activates: 4 errors in the status bar, error squiggles in the editor', async () => {
    const status = page.locator('[id="status.problems"]');
    await page.waitForFunction(
      (el) => /\b4 errors?\b|errors?:? 4\b/i.test(el.getAttribute('aria-label') || ''),
      await status.elementHandle(),
    );
    // The seed is text copied from a PDF: one long line per paragraph. Wrap it, as a reader would.
    await ui.runCommand(page, 'View: Toggle Word Wrap');
    await page.locator(`${ui.editorSel(SEED)} .squiggly-error`).first().waitFor({ state: 'visible' });
    const squiggles = await page.locator(`${ui.editorSel(SEED)} .squiggly-error`).count();
    await snap('squiggles');
    return `status bar: ${await status.getAttribute('aria-label')}; ${squiggles} squiggle(s) rendered`;
  });

  await step('the Problems panel lists the 4 citation.unresolved findings', async () => {
    const rows = await seedFindings(page, ui);
    // Go to the third finding, as a user would, so that its squiggle is on screen.
    await page.locator('.markers-panel .monaco-list-row', { hasText: SOURCE_3 }).click();
    await page.locator('[id="status.editor.selection"]').filter({ hasText: /^Ln 24, Col 32[67]\b/ }).waitFor();
    await page.locator(`${ui.editorSel(SEED)} .squiggly-error`).first().waitFor({ state: 'visible' });
    await snap('problems');
    return rows.map((row) => row.slice(0, row.indexOf('zanmark'))).join(' / ');
  });

  await step('hover on «қылмыстық саясаттың» shows its definition; F12 shows the defining sentences', async () => {
    // Back to the top of the seed, where the term is on line 3.
    await ui.runCommand(page, 'View: Focus Active Editor Group');
    await page.keyboard.press('Control+Home');
    await page.locator(`${ui.editorSel(SEED)} .view-lines`).filter({ hasText: TERM }).waitFor();
    const hover = await ui.hoverText(page, SEED, TERM, 'дегеніміз');
    if (!hover.startsWith('қылмыстық саясат')) throw new Error(`the hover starts with ${JSON.stringify(hover.slice(0, 60))}`);
    await snap('term-hover');
    const at = await ui.wordCenter(page, SEED, TERM);
    await page.keyboard.press('Escape');
    await page.mouse.click(at.x, at.y);
    await page.keyboard.press('F12');
    // Two texts define the term (article.legal and the bundled seed 000): VS Code peeks at both.
    const peek = page.locator('.peekview-widget').filter({ hasText: DEFINING_SEED }).first();
    await peek.waitFor({ state: 'visible' });
    await peek.locator('.monaco-editor .view-lines', { hasText: 'дегеніміз' }).first().waitFor({ state: 'visible' });
    await snap('term-definition');
    await page.keyboard.press('Escape');
    return hover.split('\n').slice(0, 3).join(' / ');
  });

  await step(`open ${ARTICLE}: the language mode is Legal Text`, async () => {
    await ui.openFile(page, ARTICLE, 'Аннотация');
    await page.locator('[id="status.editor.mode"]').filter({ hasText: 'Legal Text' }).waitFor();
  });

  await step('the Outline view lists the sections and the reference entries', async () => {
    // Collapse the file tree so that the whole outline fits in the side bar.
    const folders = page.locator('.pane-header.expanded[aria-label^="Explorer Section: workspace"]');
    if (await folders.count()) await folders.click();
    const names = await ui.outline(page, 'References');
    await snap('outline');
    const positions = OUTLINE.map((name) => names.indexOf(name));
    if (positions.some((p, i) => p < 0 || (i > 0 && p < positions[i - 1]))) {
      throw new Error(`outline rows ${JSON.stringify(names)} do not list, in order, ${JSON.stringify(OUTLINE)}`);
    }
    const list = names.indexOf('Әдебиеттер');
    const entries = names.slice(list + 1, list + 6);
    if (!entries.every((name, i) => name.startsWith(`${i + 1}. `)) || !entries[0].startsWith('1. Назарбаев')) {
      throw new Error(`the entries of Әдебиеттер are not listed under it: ${JSON.stringify(entries)}`);
    }
    return names.join(' | ');
  });

  await step('Zanmark: Restart Language Server (palette); the findings are listed again', async () => {
    await page.locator('.tabs-container .tab', { hasText: SEED }).click();
    await page.locator('[id="status.editor.mode"]').filter({ hasText: 'Plain Text' }).waitFor();
    await ui.runCommand(page, 'Zanmark: Restart Language Server');
    await page.locator('.statusbar-item', { hasText: 'Zanmark restarted' }).first().waitFor();
    const rows = await seedFindings(page, ui);
    await snap('after-restart');
    return `${rows.length} findings listed`;
  });

  await citationSteps({ page, step, snap, ui });
  await require('./annotations').scenario(arguments[0]);
  await step(`${FIGURES}: a warning squiggle under «19, 8%»; Zanmark: Fix All fixes it and leaves one warning`, async () => {
    await ui.openFile(page, FIGURES, '19, 8% құрайды');
    await page.locator(`${ui.editorSel(FIGURES)} .squiggly-warning`).first().waitFor({ state: 'visible' });
    await snap('figures-before-fix');
    await ui.runCommand(page, 'Zanmark: Fix All Safely Fixable Problems');
    await page.locator(`${ui.editorSel(FIGURES)} .view-lines`, { hasText: '19,8% құрайды' }).waitFor();
    // What fix-all cannot fix is left: the cut-off number `121` (figure.truncated, line 11) is the
    // only warning squiggle left in the lines on screen.
    await page.waitForFunction((sel) => document.querySelectorAll(`${sel} .squiggly-warning`).length === 1, ui.editorSel(FIGURES));
    await page.locator(`${ui.editorSel(FIGURES)} .view-lines`, { hasText: 'Айталық, қылмыстылық саны' }).waitFor();
    await snap('figures-after-fix');
    await ui.runCommand(page, 'File: Revert File');
    await page.locator(`${ui.editorSel(FIGURES)} .view-lines`, { hasText: '19, 8% құрайды' }).waitFor();
    return 'left after fix-all: figure.truncated';
  });
}

module.exports = { scenario };
