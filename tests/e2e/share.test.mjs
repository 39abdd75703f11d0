// Share links: made on "Your data", opened in a fresh browser profile,
// read-only until saved after confirmation; damaged links explain themselves.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const KEY = 'multitrack.user-data';

async function open(hash) {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

async function makeLink(page, { viewOnly = false } = {}) {
  await page.goto(site.server.url + '#/my-data');
  if (viewOnly) await page.getByLabel(/View only/).check();
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Share link' });
  await box.waitFor();
  return box.inputValue();
}

describe('share links', () => {
  it('a link opened in a fresh profile shows the same content and saves only after confirmation', async () => {
    const first = await open('#/tracks/4');
    await first.page.getByRole('textbox', { name: 'Notes' }).fill('Who tells whose story? <b>bold?</b>');
    await first.page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('whose story'));
    const link = await makeLink(first.page);
    assert.match(link, /#\/shared\?d=1\.[A-Za-z0-9_-]+$/);
    assert.match(await first.page.getByRole('status').filter({ hasText: 'characters' }).innerText(), new RegExp(`^${link.length} characters`));
    assert.ok(await first.page.getByRole('img', { name: 'QR code of the share link' }).isVisible(), 'a QR code while it fits');
    await first.context.close();

    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    await page.goto(link);
    await appReady(page);
    assert.equal(await page.locator('main h1').innerText(), 'Shared with you');
    assert.match(await page.locator('.my-notes').innerText(), /track:4: Who tells whose story\? <b>bold\?<\/b>/);
    assert.equal(await page.locator('.my-notes b').count(), 0, 'shown as text');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'nothing saved on opening');
    await page.getByRole('button', { name: 'Save to my browser' }).click();
    const preview = page.getByRole('region', { name: /Import the shared data/ });
    assert.match(await preview.innerText(), /1 new note/);
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null, 'nothing saved before confirmation');
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('whose story'));
    await page.goto(site.server.url + '#/tracks/4');
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Private citizen'));
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Who tells whose story? <b>bold?</b>');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('a view-only link has no "Save to my browser"', async () => {
    const first = await open('#/tracks/2');
    await first.page.getByRole('textbox', { name: 'Notes' }).fill('for reading only');
    await first.page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('for reading'));
    const link = await makeLink(first.page, { viewOnly: true });
    assert.match(link, /&view=only$/);
    await first.context.close();
    const { page, context } = await guardedPage(site.browser, site.server.origin);
    await page.goto(link);
    await appReady(page);
    assert.match(await page.getByRole('note').innerText(), /View only/);
    assert.equal(await page.getByRole('button', { name: 'Save to my browser' }).count(), 0);
    await context.close();
  });

  it('truncated and tampered links say what is wrong and save nothing', async () => {
    const first = await open('#/tracks/2');
    await first.page.getByRole('textbox', { name: 'Notes' }).fill('a note long enough to make a real payload for the test');
    await first.page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('real payload'));
    const link = await makeLink(first.page);
    await first.context.close();
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    const tamperAt = link.length - 12;
    const tampered = link.slice(0, tamperAt) + (link[tamperAt] === 'A' ? 'B' : 'A') + link.slice(tamperAt + 1);
    for (const [bad, why] of [[link.slice(0, -9), /damaged/], [tampered, /damaged/], [link.replace('d=1.', 'd=1.$'), /cannot be part of a share link/]]) {
      await page.goto(bad);
      await appReady(page);
      await page.reload();
      await appReady(page);
      const alert = page.getByRole('alert');
      assert.match(await alert.innerText(), /^This share link cannot be opened: this share link is damaged/);
      assert.match(await alert.innerText(), why);
      assert.equal(await page.getByRole('button', { name: 'Save to my browser' }).count(), 0);
      assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);
    }
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('#src= loads a hosted file, and says so clearly when the other site refuses', async () => {
    const doc = JSON.stringify({ format: 'multitrack-user-data', version: 1,
      timelines: [{ id: 'lesson', title: 'Lesson timeline', events: [{ id: 'a', date: '1995', title: 'Dayton talks', link: 'javascript:alert(1)' }] }] });
    const bad = JSON.stringify({ format: 'multitrack-user-data', version: 1,
      timelines: [{ id: 'lesson', title: 'Lesson timeline', events: [{ id: 'a', date: '1995', title: 'Dayton', link: 'https://example.org/dayton' }] }] });
    // Another origin on this machine: one that allows CORS, one that does not.
    const other = http.createServer((req, res) => {
      if (req.url === '/open.json') {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        res.end(bad);
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(doc);
      }
    });
    await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${other.address().port}`;
    const { page, context } = await guardedPage(site.browser, site.server.origin);
    await page.goto(`${site.server.url}#src=${base}/open.json`);
    await appReady(page);
    await page.waitForFunction(() => document.querySelector('.shared-timeline h3')?.textContent === 'Lesson timeline');
    assert.match(await page.locator('.shared-timeline').innerText(), /1995 — Dayton/);
    assert.equal(await page.locator('.shared-timeline a[href="https://example.org/dayton"]').count(), 1);
    await page.goto(`${site.server.url}#src=${base}/closed.json`);
    await page.waitForFunction(() => document.querySelector('[role=alert]')?.textContent.includes('CORS'));
    assert.match(await page.getByRole('alert').innerText(), /Could not load http:\/\/127\.0\.0\.1:\d+\/closed\.json: .*\(CORS\)/);
    await context.close();
    await new Promise((resolve) => other.close(resolve));
  });

  it('long links warn past 2,000 characters, lose the QR code past 2,953, and are refused past 64,000', async () => {
    const { page, context } = await open('#/my-data');
    // Random letters do not compress, so the link grows with the text.
    const random = (n) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz '[Math.floor(Math.random() * 27)]).join('');
    const sizes = [[2400, 'warning'], [4000, 'no QR'], [90000, 'refused']];
    for (const [length, expect] of sizes) {
      await page.evaluate(([key, text]) => {
        localStorage.clear();
        localStorage.setItem(key, JSON.stringify({ format: 'multitrack-user-data', version: 1, notes: [{ about: 'track:1', text, updated: 1 }] }));
      }, [KEY, random(length)]);
      await page.reload();
      await appReady(page);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      if (expect === 'refused') {
        assert.match(await page.getByRole('alert').innerText(), /This is too much for a link \(\d+ characters; .*above 64000\)\. Export it as a file instead\./);
        assert.equal(await page.getByRole('textbox', { name: 'Share link' }).count(), 0);
        continue;
      }
      const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
      assert.ok(link.length > 2000, `${link.length} characters`);
      assert.match(await page.locator('.share-result').innerText(), /Longer than 2000 characters: some chat apps cut links/);
      const qr = await page.getByRole('img', { name: 'QR code of the share link' }).count();
      assert.equal(qr, link.length <= 2953 ? 1 : 0, `QR code for ${link.length} characters`);
      if (expect === 'no QR') assert.ok(link.length > 2953);
    }
    await context.close();
  });
});
