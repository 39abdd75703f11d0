// The Timeline view shows the model as it stood at the selected event.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();

const diagramLabel = (page) => page.locator('svg[role="img"]').getAttribute('aria-label');

describe('the model beside the timeline', () => {
  it('1981 shows two tracks in a hierarchy; 1991 the nine-track circle', async () => {
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/timeline/1981-track-one-track-two');
    await appReady(page);
    assert.match(await diagramLabel(page), /^The model in 1981: 2 tracks in a hierarchy\. Track One/);

    await page.getByRole('link', { name: /^1991 Nine tracks in a circle/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('svg[role="img"]').getAttribute('aria-label').includes('9 tracks in a circle'));
    assert.match(await diagramLabel(page), /none on top/);

    await page.goBack();
    await page.waitForFunction(() =>
      document.querySelector('svg[role="img"]').getAttribute('aria-label').includes('in 1981'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('with nothing selected it shows the model as it stands now', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/timeline');
    await appReady(page);
    assert.match(await diagramLabel(page), /9 tracks in a circle/);
    await context.close();
  });
});
