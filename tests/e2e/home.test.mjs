// The start page as a class first sees it: the nine-track wheel, one
// sentence and three ways in, on a projector and on a phone.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();

const SIZES = [
  ['projector', { width: 1280, height: 720 }],
  ['phone', { width: 390, height: 844 }],
];

describe('the start page', () => {
  for (const [name, viewport] of SIZES) {
    it(`on a ${name} the first screen shows the sentence, the named wheel and the ways in`, async () => {
      const { page, context, problems } = await openAt(site, '', { viewport });
      const first = await page.evaluate(() => {
        const inView = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.top >= 0 && r.top < innerHeight;
        };
        const names = [...document.querySelectorAll('.home-wheel .node-label')];
        return {
          tagline: inView(document.querySelector('.tagline')),
          names: names.length,
          namesInView: names.filter(inView).length,
          firstEntry: inView(document.querySelector('.entry-title')),
          entries: [...document.querySelectorAll('.entry-title')].map((e) => e.textContent),
        };
      });
      assert.ok(first.tagline, 'the sentence is on the first screen');
      assert.equal(first.names, 9, 'the wheel names nine tracks');
      assert.equal(first.namesInView, 9, 'all nine names are on the first screen');
      assert.deepEqual(first.entries, ['Teach a lesson', 'Learn on your own', 'Map a conflict']);
      if (name === 'projector') assert.ok(first.firstEntry, 'a way in is on the first screen');
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    });
  }

  it('"Teach a lesson" starts the ten-step tour; a track on the wheel opens that track', async () => {
    const { page, context, problems } = await openAt(site, '', { viewport: { width: 1280, height: 720 } });
    await page.getByRole('button', { name: /Teach a lesson/ }).click();
    await page.locator('.tour-panel').waitFor();
    assert.match(await page.locator('.tour-panel').innerText(), /Step 1 of 10/);
    await page.keyboard.press('Escape');
    await page.goto(site.server.url + '#/');
    await page.locator('.home-wheel a[href$="#/tracks/5"]').click();
    await page.waitForFunction(() => location.hash === '#/tracks/5');
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Research'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('its paragraphs keep their sources behind numbered markers that name them', async () => {
    const { page, context, problems } = await openAt(site, '');
    const marks = page.locator('section[aria-labelledby="home-what"] .cite-marks a');
    assert.ok(await marks.count() >= 3);
    const first = marks.first();
    assert.match(await first.getAttribute('aria-label'), /^Source \d+: Wikipedia 2007/);
    assert.match(await first.innerText(), /^\d+$/);
    assert.equal(await page.locator('section[aria-labelledby="home-what"] .cites').count(), 0, 'no "(Sources: …)" on the start page');
    await first.click();
    await page.waitForFunction(() => location.hash.startsWith('#/references/'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});
