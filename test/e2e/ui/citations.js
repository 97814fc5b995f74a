// Suite A, citations: what an author sees when following, reading and renumbering citations.
'use strict';

const ARTICLE = 'article.legal';
const UNORDERED = 'unordered.legal';

/** Viewport centre of the `index`-th character of the first rendered occurrence of `text` in `file`. */
async function charCenter(page, ui, file, text, index) {
  return page.$eval(`${ui.editorSel(file)} .view-lines`, (root, [t, i]) => {
    for (const line of root.querySelectorAll('.view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ n, start: all.length });
        all += n.data.replace(/\u00a0/g, ' ');
      }
      const at = all.indexOf(t);
      if (at < 0) continue;
      const node = nodes.filter((x) => x.start <= at + i).pop();
      const range = document.createRange();
      range.setStart(node.n, at + i - node.start);
      range.setEnd(node.n, at + i - node.start + 1);
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, [text, index]);
}

/**
 * Quick Open, from the editor: with the keyboard focus left in the Problems or Outline tree by an
 * earlier step, Ctrl+P does not always reach the workbench.
 */
async function openFile(page, ui, file, expectText) {
  await page.keyboard.press('Escape');
  await ui.runCommand(page, 'View: Focus Active Editor Group');
  await ui.openFile(page, file, expectText);
}

/** Moves the cursor with Go to Line (`41:201`), so that the place is rendered. */
async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function citationSteps({ page, step, snap, ui }) {
  await step(`Ctrl+click on [3] in ${ARTICLE} lands on entry 3 of Әдебиеттер`, async () => {
    await openFile(page, ui, ARTICLE, 'Аннотация');
    await goToLine(page, '41:201');
    const three = await charCenter(page, ui, ARTICLE, '[3]', 1);
    if (!three) throw new Error('[3] is not rendered');
    await page.keyboard.down('Control');
    await page.mouse.move(three.x, three.y, { steps: 3 });
    await page.mouse.click(three.x, three.y);
    await page.keyboard.up('Control');
    const selection = page.locator('[id="status.editor.selection"]').filter({ hasText: /^Ln 57, Col [13]\b/ });
    await selection.waitFor();
    await snap('definition');
    return await selection.innerText();
  });

  await step('the hover on [3] shows entry 3 and how often it is cited', async () => {
    await goToLine(page, '41:201');
    const three = await charCenter(page, ui, ARTICLE, '[3]', 1);
    if (!three) throw new Error('[3] is not rendered');
    await page.mouse.move(three.x - 30, three.y + 30);
    await page.mouse.move(three.x, three.y, { steps: 3 });
    const hover = page.locator('.monaco-hover', { hasText: 'Бурлаков В.Н., Кропачев Н.М.' }).first();
    await hover.waitFor({ state: 'visible' });
    const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    if (!text.includes('Cited 3 times')) throw new Error(`the hover does not give the count: ${text}`);
    await snap('hover');
    await page.keyboard.press('Escape');
    return text.split('\n')[0];
  });

  await step(`${UNORDERED}: the Problems panel lists the order finding; the unused entry 6 is faded`, async () => {
    await openFile(page, ui, UNORDERED, 'Кіріспе');
    const rows = await ui.problems(page, 'Source 1 is first cited after source 3');
    // Hints are not listed in the Problems panel: VS Code shows an unused entry faded instead.
    const faded = page.locator(`${ui.editorSel(UNORDERED)} .view-lines .squiggly-inline-unnecessary`, { hasText: 'Жұмабеков' });
    await faded.first().waitFor();
    await snap('order-and-unused');
    return `${rows.join(' / ')}; faded: ${(await faded.allInnerTexts()).join('').replace(/\u00a0/g, ' ')}`;
  });

  await step('Zanmark: Renumber References by Order of First Citation rewrites the list and the citations', async () => {
    await openFile(page, ui, UNORDERED, 'Кіріспе');
    await ui.runCommand(page, 'Zanmark: Renumber References by Order of First Citation');
    await page.locator('.statusbar-item', { hasText: 'References renumbered by order of first citation' }).first().waitFor();
    await page.locator(`${ui.editorSel(UNORDERED)} .view-lines`, { hasText: 'өзгерді [1, 15 б.]' }).waitFor();
    await goToLine(page, 17);
    await page.locator(`${ui.editorSel(UNORDERED)} .view-lines`, { hasText: '1. Сейітов Қ.А.' }).waitFor();
    await snap('renumbered');
    const lines = await ui.editorLines(page, UNORDERED);
    return lines.filter((l) => /^\d\. /.test(l)).slice(0, 3).join(' | ');
  });
}

module.exports = { citationSteps };
