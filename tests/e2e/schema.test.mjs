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
  // A quiz answer and a case map, made as a user would.
  await page.goto(site.server.url + '#/quiz/actor-mediator');
  await page.locator('#question-actor-mediator').getByLabel('Track 2:').check();
  await page.locator('#question-actor-mediator').getByRole('button', { name: 'Check' }).click();
  await page.goto(site.server.url + '#/cases/lake-sarava');
  await page.getByRole('button', { name: 'Make an editable copy' }).click();
  await page.getByRole('form', { name: 'Add an actor' }).waitFor();
  await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('lake-sarava-water-dispute-my'));
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
  assert.deepEqual(doc.progress.quiz.results.map((r) => [r.question, r.correct]), [['actor-mediator', true]]);
  assert.equal(doc.case_maps[0].actors.length, 8);
  const question = { id: 'my-q', kind: 'choice', prompt: 'Which?', options: ['a', 'b'], answer: 'a', explanation: 'Because.' };
  assert.ok(validate({ ...doc, questions: [question] }), JSON.stringify(validate.errors));
  const tour = { id: 't', title: 'T', steps: [{ route: '#/tracks/2', target: '#track-details', title: 'x', text: 'y' }] };
  assert.ok(validate({ ...doc, tours: [tour] }), JSON.stringify(validate.errors));
  for (const broken of [
    { ...doc, version: 4 },
    { ...doc, case_maps: [{ ...doc.case_maps[0], relations: [{ from: 'a', to: 'b', kind: 'love' }] }] },
    { ...doc, case_maps: [{ ...doc.case_maps[0], actors: [{ id: 'a', name: 'A', track: 10 }] }] },
    { ...doc, questions: [{ ...question, kind: 'essay' }] },
    { ...doc, tours: [{ ...tour, steps: [{ ...tour.steps[0], target: undefined }] }] },
    { ...doc, notes: [{ about: 'track:12', text: 'x' }] },
    { ...doc, timelines: [{ ...doc.timelines[0], events: [{ id: 'a', date: '1998-4-1', title: 'x' }] }] },
    { ...doc, timelines: [{ ...doc.timelines[0], events: [{ id: 'a', date: '1998', title: 'x', link: 'javascript:x' }] }] },
    { ...doc, colour: 'red' },
  ]) {
    assert.equal(validate(broken), false, JSON.stringify(broken).slice(0, 120));
  }
});
