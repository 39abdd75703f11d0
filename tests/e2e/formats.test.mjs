// What other tools write (issue 14): a TimelineJS3 Google Sheet's CSV and
// deep-time JSON come in as timelines, reachable from the Timeline view;
// timelines go out for TimelineJS3 and case maps for Kumu.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import { writeTemp } from './support/files.mjs';

const site = useSite();

async function open(hash) {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

async function importFile(page, file, name) {
  await page.getByLabel('Import', { exact: true }).setInputFiles(file);
  const preview = page.getByRole('region', { name: new RegExp(`Import ${name.replace('.', '\\.')}`) });
  await preview.waitFor();
  const text = await preview.innerText();
  await preview.getByRole('button', { name: 'Merge into my data' }).click();
  return text;
}

describe('files other tools write', () => {
  it('TimelineJS3\'s own sheet template, downloaded as CSV, becomes a timeline the Timeline view offers', async () => {
    const { page, context, problems } = await open('#/my-data');
    // The template TimelineJS3 publishes (src/template/my-own-timeline.csv), as Google Sheets exports it.
    const csv = await fs.readFile(new URL('../../src/model/timeline_sheet/template_excerpt.csv', import.meta.url), 'utf8');
    await importFile(page, await writeTemp('my-own-timeline.csv', '\ufeff' + csv.replace(/\n/g, '\r\n')), 'my-own-timeline.csv');
    await page.getByRole('link', { name: /^Open the timeline/ }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/timeline?mine='));
    await page.waitForSelector('#event-list .card');
    const choice = page.getByRole('navigation', { name: 'Timelines' });
    assert.equal(await choice.getByRole('link', { name: 'The guide\u2019s history' }).count(), 1);
    assert.equal(await choice.locator('[aria-current="page"]').count(), 1, 'the open timeline is marked');
    assert.match(await page.locator('#event-list').innerText(), /Ada Lovelace/);
    await choice.getByRole('link', { name: 'The guide\u2019s history' }).click();
    await page.waitForFunction(() => location.hash === '#/timeline');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('deep time and years BCE read as TimelineJS3 shows them, in order', async () => {
    const { page, context, problems } = await open('#/my-data');
    const file = {
      title: { start_date: { year: '' }, text: { headline: 'Deep time' } },
      scale: 'cosmological',
      events: [
        { start_date: { year: -5410 }, text: { headline: 'Farming' } },
        { start_date: { year: -13800000000 }, text: { headline: 'Big Bang' } },
        { start_date: { year: 1981 }, text: { headline: 'Track two' }, display_date: 'Spring 1981' },
      ],
    };
    await importFile(page, await writeTemp('deep.json', JSON.stringify(file)), 'deep.json');
    await page.getByRole('link', { name: /^Open the timeline/ }).click();
    await page.waitForSelector('#event-list .card');
    const list = await page.locator('#event-list').innerText();
    assert.match(list, /13\.8 billion years ago[\s\S]*5410 BCE[\s\S]*Spring 1981/);
    const ticks = await page.locator('.tick text').allTextContents();
    assert.ok(ticks.some((t) => /billion years ago/.test(t)), `deep-time ticks: ${ticks.join(' | ')}`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('a timeline goes out for TimelineJS3 and a case map for Kumu, and both come back', async () => {
    const { page, context, problems } = await open('#/my-data');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'History for a TimelineJS3 sheet (CSV)' }).click(),
    ]);
    const sheet = await fs.readFile(await csv.path(), 'utf8');
    assert.match(sheet.split('\r\n')[0], /^Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media/);
    assert.match(sheet, /Montville names Track One and Track Two/);

    await page.goto(site.server.url + '#/cases/lake-sarava');
    await appReady(page);
    const [kumu] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export for Kumu' }).click()]);
    const map = JSON.parse(await fs.readFile(await kumu.path(), 'utf8'));
    assert.ok(map.elements.length > 3 && map.elements.every((e) => /^Track \d: /.test(e.type)), 'elements typed by track');
    assert.ok(map.connections.every((c) => ['directed', 'mutual'].includes(c.direction)));

    await page.goto(site.server.url + '#/my-data');
    await appReady(page);
    const report = await importFile(page, await kumu.path(), path.basename(await kumu.path()));
    assert.match(report, /case map/i);
    await page.getByRole('link', { name: /^Open the case map/ }).click();
    await page.waitForFunction(() => location.hash.startsWith('#/cases/'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });
});
