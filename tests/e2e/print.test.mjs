// The handout on paper: "Print handout" is there, the print layout has every
// section and nothing wider than an A4 or a Letter page, and Chromium makes a
// PDF of it on both.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { TOTAL_EVENTS } from './support/content.mjs';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const TOTAL = TOTAL_EVENTS;
// Printable width at 96 px to the inch: paper width less the 14 mm margins.
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } };
const px = (mm) => Math.floor(((mm - 28) / 25.4) * 96);

for (const [format, size] of Object.entries(PAPER)) {
  it(`the handout prints on ${format} with every section and no clipped text`, async () => {
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin, { viewport: { width: px(size.width), height: 900 } });
    await page.goto(site.server.url + '#/handout');
    await appReady(page);
    assert.equal(await page.getByRole('button', { name: 'Print handout' }).count(), 1);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main');
      const headings = [...main.querySelectorAll('h2')].filter((h) => h.getClientRects().length).map((h) => h.textContent);
      const width = main.clientWidth;
      const overflowing = [...main.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length && !el.closest('svg'))
        .filter((el) => el.getBoundingClientRect().right > width + 1 || el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        .map((el) => `${el.tagName}.${el.className}: ${Math.round(el.getBoundingClientRect().right)} > ${width}`);
      const visibleButtons = [...main.querySelectorAll('button')].filter((b) => b.getClientRects().length).length;
      return { headings, overflowing, visibleButtons, events: main.querySelectorAll('.handout-list time').length };
    });
    assert.deepEqual(layout.headings, ['Timeline, 1981 to 2007', 'Cases: the tracks at work', 'The nine tracks', 'Twelve principles', 'References']);
    assert.equal(layout.events, TOTAL, 'every event and case, dated');
    assert.deepEqual(layout.overflowing, [], 'nothing wider than the page');
    assert.equal(layout.visibleButtons, 0, 'no controls on paper');
    const pdf = await page.pdf({ format, printBackground: false });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 3 && pages <= 12, `${pages} pages`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
}
