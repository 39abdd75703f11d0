// public/user-data.schema.json describes what the app exports: a document
// exported from the running app validates, and broken ones do not.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite, DIST } from './support/site.mjs';

const site = useSite();

it('an exported document validates against the shipped JSON Schema; broken ones do not', async () => {
  const schema = JSON.parse(await fs.readFile(path.join(DIST, 'user-data.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true }).compile(schema);
  const { page, context } = await guardedPage(site.browser, site.server.origin);
  await page.goto(site.server.url + '#/tracks/3');
  await appReady(page);
  await page.getByRole('textbox', { name: 'Notes' }).fill('Trade zones?');
  await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('Trade zones'));
  await page.getByRole('button', { name: 'Start tour' }).click();
  await page.getByRole('button', { name: 'Meet the nine tracks' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Leave tour' }).click();
  await page.goto(site.server.url + '#/my-data');
  const file = path.join(await fs.mkdtemp('/tmp/multitrack-schema-'), 'tl.json');
  await fs.writeFile(file, JSON.stringify({ events: [{ start_date: { year: 1998, month: 4 }, text: { headline: 'GFA' }, media: { url: 'x' } }] }));
  await page.getByLabel('Import', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Merge into my data' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  const doc = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  await context.close();
  assert.equal(doc.timelines.length, 1);
  assert.ok(validate(doc), JSON.stringify(validate.errors));
  assert.deepEqual(doc.progress.tours.map((p) => [p.tour, p.step]), [['nine-tracks', 1]]);
  const tour = { id: 't', title: 'T', steps: [{ route: '#/tracks/2', target: '#track-details', title: 'x', text: 'y' }] };
  assert.ok(validate({ ...doc, tours: [tour] }), JSON.stringify(validate.errors));
  for (const broken of [
    { ...doc, version: 3 },
    { ...doc, tours: [{ ...tour, steps: [{ ...tour.steps[0], target: undefined }] }] },
    { ...doc, notes: [{ about: 'track:12', text: 'x' }] },
    { ...doc, timelines: [{ ...doc.timelines[0], events: [{ id: 'a', date: '1998-4-1', title: 'x' }] }] },
    { ...doc, timelines: [{ ...doc.timelines[0], events: [{ id: 'a', date: '1998', title: 'x', link: 'javascript:x' }] }] },
    { ...doc, colour: 'red' },
  ]) {
    assert.equal(validate(broken), false, JSON.stringify(broken).slice(0, 120));
  }
});
