// Presentation mode: large type, no editing controls, PageDown steps, and a
// speaker-notes window that follows the steps and can move them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const dataset = JSON.parse(await fs.readFile(new URL('../../src/content/dataset.json', import.meta.url), 'utf8'));
const HISTORY = dataset.tours.find((t) => t.id === 'history');

const stepLabel = (k) => `Step ${k + 1} of ${HISTORY.steps.length}`;
const countIs = (page, k) => page.waitForFunction(
  (label) => document.querySelector('.tour-count')?.textContent === label, stepLabel(k));

describe('presentation mode', () => {
  it('Present enlarges the type, hides editing, steps with PageDown, and the speaker notes follow', async () => {
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/timeline');
    await appReady(page);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    assert.ok(await rootSize() >= normal * 1.3, 'large type');
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'no navigation chrome');
    assert.equal(await page.getByRole('button', { name: 'Zoom in' }).isVisible(), false, 'no editing controls');
    // With no tour open, Present offers the tours.
    await page.getByRole('region', { name: 'Guided tours' }).getByRole('button', { name: HISTORY.title }).click();
    await countIs(page, 0);

    const [notes] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Speaker notes' }).click(),
    ]);
    await notes.waitForFunction((label) => document.querySelector('.tour-count')?.textContent === label, stepLabel(0));
    assert.equal(await notes.locator('.speaker-notes').innerText(), HISTORY.steps[0].notes);
    assert.match(await notes.locator('main').innerText(), new RegExp(`Next: ${HISTORY.steps[1].title}`));

    await page.bringToFront();
    await page.keyboard.press('PageDown');
    await countIs(page, 1);
    await notes.waitForFunction((label) => document.querySelector('.tour-count')?.textContent === label, stepLabel(1));
    await page.keyboard.press('PageDown');
    await countIs(page, 2);
    await notes.waitForFunction((label) => document.querySelector('.tour-count')?.textContent === label, stepLabel(2));
    await page.keyboard.press('PageUp');
    await countIs(page, 1);

    await notes.getByRole('button', { name: 'Next' }).click();
    await countIs(page, 2);
    await page.waitForFunction((hash) => location.hash === hash, HISTORY.steps[2].route);
    await notes.waitForFunction((label) => document.querySelector('.tour-count')?.textContent === label, stepLabel(2));
    assert.equal(await notes.locator('.speaker-notes').innerText(), HISTORY.steps[2].notes ?? 'No notes for this step.');

    await page.getByRole('button', { name: 'Stop presenting' }).click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), true);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('the notes window waits when nothing is presented', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/speaker-notes');
    await appReady(page);
    await page.getByText(/Waiting for the presentation/).waitFor();
    assert.equal(await page.locator('h1').innerText(), 'Speaker notes');
    await context.close();
  });
});
