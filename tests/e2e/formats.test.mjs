// What other tools write (issue 14): a TimelineJS3 Google Sheet's CSV and
// deep-time JSON come in as timelines, reachable from the Timeline view;
// timelines go out for TimelineJS3 and case maps for Kumu.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { appReady, openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import { writeTemp } from './support/files.mjs';

const site = useSite();

const open = (hash) => openAt(site, hash);

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
    // The template TimelineJS3 publishes (src/template/my-own-timeline.csv, CRLF as saved), with the
    // byte-order mark spreadsheet programs put first.
    const csv = await fs.readFile(new URL('../fixtures/timelinejs3/my-own-timeline.csv', import.meta.url), 'utf8');
    await importFile(page, await writeTemp('my-own-timeline.csv', '\ufeff' + csv), 'my-own-timeline.csv');
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

  it('TimelineJS3\'s eras example brings its own eras to the chart and the list', async () => {
    const { page, context, problems } = await open('#/my-data');
    await importFile(page, new URL('../fixtures/timelinejs3/eras.json', import.meta.url).pathname, 'eras.json');
    await page.getByRole('link', { name: /^Open the timeline/ }).click();
    await page.waitForSelector('#event-list .card');
    const headings = await page.locator('#event-list section.era > h2').allTextContents();
    // Its events run from 602 to 698, so the third era (700-720) holds none and has no heading.
    assert.deepEqual(headings.map((h) => h.replace(/\s+\S+$/, '').trim()),
      ['Era Test 600-650', 'Era Test 650-700'], `era headings: ${headings.join(' | ')}`);
    assert.equal(await page.locator('#event-list .card').count(), 20, 'all twenty events listed');
    assert.ok(await page.locator('.era-band').count() >= 3, 'the file\u2019s eras are drawn as bands');
    assert.equal(await page.getByText('Nine tracks and the Institute').count(), 0, 'not the guide\u2019s eras');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('TimelineJS3\'s groups example: each group is a lane to filter by, named on its events', async () => {
    const { page, context, problems } = await open('#/my-data');
    await importFile(page, new URL('../fixtures/timelinejs3/group_sample.json', import.meta.url).pathname, 'group_sample.json');
    await page.getByRole('link', { name: /^Open the timeline/ }).click();
    await page.waitForSelector('#event-list .card');
    const groups = page.getByLabel('Group', { exact: true });
    const names = (await groups.locator('option').allTextContents()).slice(1);
    assert.equal(names.length, 4, `its four groups: ${names.join(' | ')}`);
    await groups.selectOption({ label: names[1] });
    await page.waitForFunction(() => /[?&]group=/.test(location.hash));
    assert.equal(await page.locator('#event-list .card').count(), 2);
    assert.match(await page.locator('#event-list .card').first().innerText(), new RegExp(`Group: ${names[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('Kumu elements with no track wait on the "No track yet" shelf until placed', async () => {
    const { page, context, problems } = await open('#/my-data');
    const blueprint = {
      elements: [
        { label: 'Ministry of Water', type: 'Track 1: Government' },
        { label: 'Lake Fund', type: 'Donor', description: 'Pays for the workshops.' },
      ],
      connections: [],
    };
    const report = await importFile(page, await writeTemp('shelf.json', JSON.stringify(blueprint)), 'shelf.json');
    assert.match(report, /No track yet/);
    await page.getByRole('link', { name: /^Open the case map/ }).click();
    const shelf = page.getByRole('region', { name: /No track yet \(1\)/ });
    await shelf.waitFor();
    assert.match(await shelf.innerText(), /Lake Fund \(Donor\): Pays for the workshops\./);
    await shelf.getByLabel('Place Lake Fund on').selectOption('8');
    await page.locator('.case-actors').getByRole('rowheader', { name: 'Lake Fund' }).waitFor();
    assert.equal(await page.getByRole('region', { name: /No track yet/ }).count(), 0, 'the shelf empties');
    await page.waitForFunction(() => /"shelf":\s*\[\]/.test(localStorage.getItem('multitrack.user-data') ?? ''));
    await page.reload();
    await appReady(page);
    await page.locator('.case-actors').getByRole('rowheader', { name: 'Lake Fund' }).waitFor();
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
