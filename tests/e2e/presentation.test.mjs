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
const NINE = dataset.tours.find((t) => t.id === 'nine-tracks');

/** Where the slide's parts are: the caption (step panel), the picture, and every node of the circle. */
const slideGeometry = (page) => page.evaluate(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
  const caption = document.querySelector('.tour-panel');
  const lit = document.querySelector('.tour-spotlight');
  const svg = lit?.matches('svg') ? lit : lit?.querySelector('svg');
  return {
    viewport: { width: innerWidth, height: innerHeight },
    caption: box(caption),
    captionText: parseFloat(getComputedStyle(caption.querySelector('.tour-text')).fontSize),
    picture: svg ? box(svg) : null,
    nodes: [...document.querySelectorAll('.tour-spotlight .node:not(.absent) circle')].map(box),
    // Anything of the view besides the slide's pictures still showing.
    extra: [...document.querySelectorAll('#main h1, #main .track-list, #main .event-list')]
      .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 2 && r.height > 2; }).length,
    scrollWidth: document.documentElement.scrollWidth,
  };
});
const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

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
    // The classroom stylesheet arrives with the first use of presenting.
    await page.waitForFunction((n) => parseFloat(getComputedStyle(document.documentElement).fontSize) >= n * 1.3, normal);
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

    // The notes window is the presenter's console: every step, a clock, the arrow keys, no site menu.
    await notes.bringToFront();
    assert.equal(await notes.getByRole('navigation', { name: 'Main' }).isVisible(), false, 'no site menu in the notes window');
    await notes.waitForFunction(() => /Presenting for \d+:\d\d/.test(document.querySelector('.notes-clock')?.textContent ?? ''));
    const list = notes.getByRole('navigation', { name: 'All steps' }).getByRole('button');
    assert.equal(await list.count(), HISTORY.steps.length);
    assert.equal(await list.nth(2).getAttribute('aria-current'), 'step');
    await notes.keyboard.press('ArrowRight');
    await countIs(page, 3);
    await list.nth(5).click();
    await countIs(page, 5);
    await notes.waitForFunction(() => document.querySelectorAll('.step-list [aria-current]').length === 1
      && document.querySelector('.step-list li:nth-child(6) [aria-current]'));
    await page.bringToFront();

    await page.getByRole('button', { name: 'Stop presenting' }).click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), true);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  for (const [width, height] of [[1024, 768], [1280, 720]]) {
    it(`presenting the circle at ${width}x${height} is a slide: the picture fills the height beside the caption, every node in sight`, async () => {
      const { page, context, problems } = await guardedPage(site.browser, site.server.origin, { viewport: { width, height } });
      await page.goto(site.server.url + '#/');
      await appReady(page);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.getByRole('region', { name: 'Guided tours' }).getByRole('button', { name: NINE.title }).click();
      // The circle, then tracks 1 to 3 selected on it.
      for (let k = 0; k < 4; k += 1) {
        if (k > 0) await page.keyboard.press('PageDown');
        await page.waitForFunction((label) => document.querySelector('.tour-count')?.textContent === `Step ${label} of ${12}`, k + 1);
        await page.waitForFunction(() => document.querySelector('.tour-spotlight svg .node'));
        await page.waitForTimeout(700); // the nodes' glide, where motion is allowed
        const g = await slideGeometry(page);
        assert.ok(g.picture, `step ${k + 1}: the spotlit element holds the circle`);
        assert.ok(g.picture.height >= 0.6 * height, `step ${k + 1}: the circle is ${g.picture.height} px of ${height}`);
        assert.ok(!overlaps(g.picture, g.caption), `step ${k + 1}: the caption sits beside the picture, not over it`);
        assert.ok(g.captionText >= 24, `step ${k + 1}: caption text ${g.captionText} px`);
        assert.equal(g.nodes.length, 9, `step ${k + 1}: nine nodes drawn`);
        for (const [i, n] of g.nodes.entries()) {
          assert.ok(n.left >= 0 && n.top >= 0 && n.right <= width && n.bottom <= height, `step ${k + 1}: node ${i + 1} on screen`);
          assert.ok(!overlaps(n, g.caption), `step ${k + 1}: node ${i + 1} is not under the caption`);
        }
        assert.equal(g.extra, 0, `step ${k + 1}: nothing of the page but the slide shows`);
        assert.ok(g.scrollWidth <= width, 'no sideways scroll');
      }
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
    });
  }

  it('a history step presents the chart and the model together, the event marked on the chart', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin, { viewport: { width: 1024, height: 768 } });
    await page.goto(site.server.url + '#/');
    await appReady(page);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('region', { name: 'Guided tours' }).getByRole('button', { name: HISTORY.title }).click();
    await countIs(page, 0);
    await page.waitForFunction(() => document.querySelector('.tour-spotlight.chart-section'));
    await page.waitForTimeout(500);
    const shown = await page.evaluate(() => {
      const vis = (sel) => { const el = document.querySelector(sel); if (!el) return null; const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null; };
      return { chart: vis('.chart-section svg'), model: vis('.timeline-model svg'), caption: vis('.tour-panel'), selected: vis('.chart-section [aria-current="true"]'), list: vis('.event-list') };
    });
    assert.ok(shown.chart && shown.model, 'chart and model both show');
    assert.ok(shown.selected, 'the step\'s event is marked on the chart');
    assert.ok(shown.selected.right <= shown.caption.left, 'the event is not under the caption');
    assert.equal(shown.list, null, 'the event list is not part of the slide');
    assert.ok(shown.model.bottom - shown.chart.top >= 0.6 * 768, 'the pictures take most of the height');
    await context.close();
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
