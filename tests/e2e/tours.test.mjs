// Guided tours, driven with the keyboard only: start, step with the arrow
// keys, leave, reload, resume at the same step.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const dataset = JSON.parse(await fs.readFile(new URL('../../src/content/dataset.json', import.meta.url), 'utf8'));
const HISTORY = dataset.tours.find((t) => t.title === 'The history in ten steps');

async function open(hash = '#/') {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

/** Presses Tab until the focused element's accessible text is `name`. */
async function tabTo(page, name) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent.trim());
    if (text === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Waits until step `k` (zero-based) of `tour` shows, is spotlit and has focus. */
async function atStep(page, tour, k) {
  const step = tour.steps[k];
  await page.waitForFunction(({ hash, label }) =>
    location.hash === hash && document.querySelector('.tour-count')?.textContent === label,
  { hash: step.route, label: `Step ${k + 1} of ${tour.steps.length}` });
  await page.waitForFunction((target) => {
    const el = document.querySelector(target);
    return el && el.classList.contains('tour-spotlight') && document.activeElement === el;
  }, step.target);
  const panel = page.getByRole('region', { name: step.title });
  assert.equal(await panel.getByRole('heading', { level: 2 }).innerText(), step.title);
  assert.equal(await page.getByRole('progressbar', { name: 'Tour progress' }).getAttribute('value'), String(k + 1));
  assert.equal(await page.locator('.tour-spotlight').count(), 1, 'one element is spotlit');
}

describe('guided tours', () => {
  it('"The history in ten steps" runs by keyboard, is left with Escape and resumes after a reload', async () => {
    const { page, context, problems } = await open();
    await tabTo(page, 'Start tour');
    await page.keyboard.press('Enter');
    await tabTo(page, HISTORY.title);
    await page.keyboard.press('Enter');
    await atStep(page, HISTORY, 0);
    for (let k = 1; k <= 4; k++) {
      await page.keyboard.press('ArrowRight');
      await atStep(page, HISTORY, k);
    }
    await page.keyboard.press('ArrowLeft');
    await atStep(page, HISTORY, 3);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.tour-panel') && !document.querySelector('.tour-spotlight'));

    await page.waitForTimeout(400); // the save is debounced
    await page.reload();
    await appReady(page);
    const resume = page.getByRole('button', { name: 'Resume tour', exact: true });
    assert.match(await page.locator('#resume-what').innerText(), /The history in ten steps, Step 4 of 10/);
    await tabTo(page, 'Resume tour');
    await page.keyboard.press('Enter');
    await atStep(page, HISTORY, 3);
    assert.equal(await resume.count(), 0, 'no Resume while the tour is open');

    for (let k = 4; k < HISTORY.steps.length; k++) {
      await page.keyboard.press('PageDown');
      await atStep(page, HISTORY, k);
    }
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await atStep(page, HISTORY, HISTORY.steps.length - 1);
    await page.getByRole('button', { name: 'Finish' }).press('Enter');
    await page.waitForFunction(() => !document.querySelector('.tour-panel'));
    await page.waitForTimeout(400);
    await page.reload();
    await appReady(page);
    assert.equal(await resume.count(), 0, 'a finished tour is not offered again');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('every step of every tour finds and spotlights its element', async () => {
    const { page, context, problems } = await open();
    for (const tour of dataset.tours) {
      await page.getByRole('button', { name: 'Start tour' }).click();
      await page.getByRole('button', { name: tour.title, exact: true }).click();
      for (let k = 0; k < tour.steps.length; k++) {
        if (k > 0) await page.getByRole('button', { name: 'Next' }).click();
        await atStep(page, tour, k).catch(async (e) => {
          const state = await page.evaluate(() => [location.hash, document.activeElement?.outerHTML.slice(0, 80), document.querySelector('.tour-spotlight')?.outerHTML.slice(0, 80)]);
          throw new Error(`${tour.id} step ${k}: ${e.message} ${JSON.stringify(state)}`);
        });
      }
      await page.getByRole('button', { name: 'Leave tour' }).click();
    }
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('arrow keys step the tour, not the focused timeline chart, and text fields keep their keys', async () => {
    const { page, context } = await open('#/tracks/7');
    await page.getByRole('button', { name: 'Start tour' }).click();
    await page.getByRole('button', { name: HISTORY.title }).click();
    await atStep(page, HISTORY, 0);
    await page.locator('.chart-event[aria-current="true"]').focus();
    await page.keyboard.press('ArrowRight');
    await atStep(page, HISTORY, 1);
    assert.equal(await page.evaluate(() => location.hash), '#/timeline/1981-track-one-track-two', 'the chart did not move on');
    await page.getByRole('button', { name: 'Leave tour' }).click();

    await page.getByRole('button', { name: 'Start tour' }).click();
    await page.getByRole('button', { name: 'Meet the nine tracks' }).click();
    await page.waitForFunction(() => document.querySelector('.tour-count')?.textContent === 'Step 1 of 12');
    await page.getByRole('button', { name: 'Next' }).click();
    await atStep(page, dataset.tours.find((t) => t.id === 'nine-tracks'), 1);
    const field = page.getByRole('textbox', { name: 'Notes' });
    await field.focus();
    await page.keyboard.type('ab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('X');
    assert.equal(await field.inputValue(), 'aXb', 'the arrow moved the caret');
    assert.equal(await page.locator('.tour-count').innerText(), 'Step 2 of 12');
    await context.close();
  });
});

describe('a teacher\'s own tour', () => {
  it('is written view by view, taken like the guide\'s tours, and shared by link', async () => {
    const { page, context, problems } = await open('#/tracks/7');
    await page.getByRole('button', { name: 'Start tour' }).click();
    await page.getByText('Write your own tour').click();
    const form = page.getByRole('form', { name: 'Add this view to a tour' });
    await form.getByRole('button', { name: 'Add this view as a step' }).click();
    assert.equal(await form.getByRole('alert').innerText(), 'Step title: a step needs a title', 'errors name the field');
    await form.getByLabel('New tour').fill('Faith in Cyprus');
    await form.getByLabel('Step title').fill('Religion');
    await form.getByLabel('Text', { exact: true }).fill('Who are the faith leaders on each side?');
    await form.getByLabel('Speaker notes (optional)').fill('Pause for names.');
    await form.getByRole('button', { name: 'Add this view as a step' }).click();
    await form.getByText('Added this view as step 1 of \u201cFaith in Cyprus\u201d.').waitFor();
    await page.evaluate(() => { location.hash = '#/timeline/2004-iraq-briefing'; });
    await page.waitForSelector('#event-details');
    await form.getByLabel('Step title').fill('An invitation');
    await form.getByLabel('Text', { exact: true }).fill('Government asks the other tracks for help.');
    await form.getByRole('button', { name: 'Add this view as a step' }).click();
    await form.getByText('Added this view as step 2 of \u201cFaith in Cyprus\u201d.').waitFor();

    await page.getByRole('region', { name: 'Guided tours' }).getByRole('button', { name: 'Faith in Cyprus' }).click();
    const mine = { steps: [
      { route: '#/tracks/7', target: '#track-details', title: 'Religion' },
      { route: '#/timeline/2004-iraq-briefing', target: '#event-details', title: 'An invitation' },
    ] };
    await atStep(page, mine, 0);
    await page.keyboard.press('ArrowRight');
    await atStep(page, mine, 1);
    await page.keyboard.press('Escape');

    await page.evaluate(() => { location.hash = '#/my-data'; });
    await page.getByLabel('What to share').selectOption({ label: 'Tour: Faith in Cyprus' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);

    const fresh = await guardedPage(site.browser, site.server.origin);
    await fresh.page.goto(link);
    await appReady(fresh.page);
    await fresh.page.getByRole('heading', { name: 'Tours' }).waitFor();
    assert.match(await fresh.page.locator('main').innerText(), /Faith in Cyprus[\s\S]*Religion[\s\S]*An invitation/);
    await fresh.page.getByRole('button', { name: 'Save to my browser' }).click();
    await fresh.page.getByRole('button', { name: 'Merge into my data' }).click();
    await fresh.page.getByRole('button', { name: 'Start tour' }).click();
    await fresh.page.getByRole('region', { name: 'Guided tours' }).getByRole('button', { name: 'Faith in Cyprus' }).click();
    await atStep(fresh.page, mine, 0);
    await fresh.context.close();
  });
});
