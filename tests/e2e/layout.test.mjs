// No page wider than the screen: every view, in every language, at a small
// phone (320), a phone (390), a tablet (768), a projector (1280) and a
// laptop (1366). A page that scrolls sideways cuts lines mid-word on a
// phone and, in Arabic, opens on an empty area (its overflow runs left).
//
// A failure names the elements that reach past the edge, so the CSS to mend
// is found from the message alone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = (lang, section) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n', lang, `${section}.json`), 'utf8'));

const site = useSite();

const WIDTHS = [320, 390, 768, 1280, 1366];
const ROUTES = ['', '#/timeline', '#/timeline/1991-nine-tracks', '#/timeline?lane=cases', '#/tracks', '#/tracks/5', '#/tracks/6?pair=6-8',
  '#/principles', '#/principles/trust', '#/concepts', '#/concepts/lederach-pyramid', '#/references', '#/read', '#/quiz', '#/quiz/match-phrases',
  '#/quiz/order-history', '#/quiz?show=results', '#/cases',
  '#/cases/lake-sarava', '#/cases/oslo-1992-93', '#/my-data', '#/handout'];

/** The page's overflow at this width, and the outermost elements past either edge. */
const overflow = (page) => page.evaluate(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const past = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || (box.right <= width + 1 && box.left >= -1)) continue;
    // An element inside a box that scrolls on its own is that box's business.
    let clipped = false;
    for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible' && style.overflowX !== 'clip' || style.position === 'fixed') { clipped = true; break; }
      if (past.includes(up)) { clipped = true; break; }
    }
    if (!clipped) past.push(el);
  }
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.classList.length ? '.' + [...el.classList].join('.') : ''}`
    + ` (${Math.round(el.getBoundingClientRect().left)} to ${Math.round(el.getBoundingClientRect().right)})`;
  return { scrollWidth: root.scrollWidth, clientWidth: width, past: past.slice(0, 5).map(name) };
});

describe('no page wider than the screen', () => {
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    it(`${lang}: every view at ${WIDTHS.join(', ')} px`, async () => {
      const { page, context, problems } = await openAt(site, `?lang=${lang}`, { viewport: { width: WIDTHS[0], height: 800 } });
      const wide = [];
      for (const route of ROUTES) {
        await page.evaluate((hash) => { location.hash = hash || '#/'; }, route);
        await page.waitForFunction((hash) => (location.hash === (hash || '#/') || (!hash && location.hash === ''))
          && document.querySelector('#main h1, #main .load-failed'), route);
        // The view's own parts and fonts settle before measuring.
        await page.waitForLoadState('networkidle');
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width < 700 ? 844 : 720 });
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const found = await overflow(page);
          if (found.scrollWidth > found.clientWidth) {
            wide.push(`${route || '#/'} at ${width}: ${found.scrollWidth} px wide; past the edge: ${found.past.join(', ') || 'none found'}`);
          }
        }
        await page.setViewportSize({ width: WIDTHS[0], height: 844 });
      }
      assert.deepEqual(wide, [], `pages wider than the screen in ${lang}`);
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  }
});

// On a phone the header took a third to nearly half of the first screen
// (263 px in English, 387 in French at 390x844): now one row and a strip.
describe('the phone header', () => {
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    it(`${lang}: at most 120 px at 320 and 390; "Menu" opens the language and the tours; no Present`, async () => {
      const { page, context, problems } = await openAt(site, `?lang=${lang}#/timeline`, { viewport: { width: 390, height: 844 } });
      const [app, tours] = [catalogue(lang, 'app'), catalogue(lang, 'tours')];
      for (const width of [320, 390]) {
        await page.setViewportSize({ width, height: 844 });
        const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
        assert.ok(height <= 120, `the header is ${height} px at ${width}`);
      }
      const menu = page.getByRole('button', { name: app.menu, exact: true });
      const tour = page.getByRole('button', { name: tours.start_tour, exact: true });
      assert.equal(await tour.isVisible(), false, 'the tours wait behind the menu');
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      assert.ok(await tour.isVisible(), 'the menu shows the tours');
      assert.ok(await page.locator('.language-menu summary').isVisible(), 'and the language');
      assert.equal(await page.getByRole('button', { name: tours.present, exact: true }).isVisible(), false, 'no Present on a phone');
      await page.locator('nav[aria-label] a[href="#/tracks"]').click();
      await page.waitForFunction(() => location.hash === '#/tracks');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'a new view closes the menu');
      await page.setViewportSize({ width: 1280, height: 720 });
      assert.equal(await menu.isVisible(), false, 'no menu button where there is room');
      assert.ok(await page.getByRole('button', { name: tours.present, exact: true }).isVisible(), 'Present on a projector');
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  }
});
