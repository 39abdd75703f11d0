// Without a network (issue 13): offline after one visit, updates offered and
// never forced, installable, and the page opened from disk, as the hosted
// copy and as the one-file edition.
//
// Each test that stops a server or changes files serves a copy of its own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { guardedPage, appReady, launch, CHROMIUM_ARGS } from './support/browser.mjs';
import { serveFolder } from './support/server.mjs';
import { DIST } from './support/site.mjs';

const NAV = ['Timeline', 'Tracks', 'Principles', 'Concepts', 'References', 'Read it all', 'Quiz', 'Cases', 'Your data'];

async function copyOfDist() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'multitrack-dist-'));
  await fs.cp(DIST, dir, { recursive: true });
  return dir;
}

/**
 * Waits until the page is controlled by an active worker, which has cached
 * every file of the page's language (public/offline/register.js marks it).
 */
async function offlineReady(page, timeout = 30000) {
  // A synchronous check: waitForFunction takes a returned promise as truthy.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout });
  await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout });
}

/** The file names (last path segment) in every cache of this origin. */
const cachedFiles = (page) => page.evaluate(async () => {
  const names = [];
  for (const key of await caches.keys()) {
    for (const request of await (await caches.open(key)).keys()) names.push(new URL(request.url).pathname.split('/').pop());
  }
  return names;
});

/** The names of the caches this origin holds. */
const cacheNames = (page) => page.evaluate(() => caches.keys());

async function typeNote(page, text) {
  await page.getByRole('textbox', { name: 'Notes' }).fill(text);
  await page.waitForFunction((want) => (localStorage.getItem('multitrack.user-data') ?? '').includes(want), text);
}

/** Opens every view of the navigation; each must draw its heading, none the "could not be loaded" notice. */
async function everyView(page) {
  for (const name of NAV) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    await page.waitForSelector('#main h1, #main .load-failed');
    assert.equal(await page.locator('#main .load-failed').count(), 0, `${name} could not be loaded`);
    assert.equal(await page.locator('nav[aria-label="Main"] [aria-current="page"]').innerText(), name);
  }
}

describe('offline after one visit', () => {
  it('with the server gone and the network off, the guide reloads, every view works and a note typed offline survives', async () => {
    const server = await serveFolder(DIST);
    const browser = await launch();
    try {
      const { page, context, problems } = await guardedPage(browser, server.origin);
      await page.goto(server.url);
      await appReady(page);
      await offlineReady(page);
      await server.close();
      await context.setOffline(true);

      await page.reload();
      await appReady(page);
      await everyView(page);
      // A deep link typed in, not only views reached from the page.
      await page.goto(server.url + '#/tracks/7');
      await appReady(page);
      await typeNote(page, 'Written on the train');
      await page.reload();
      await appReady(page);
      assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Written on the train');
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('a visit caches the reader\'s language and no other translation; a language chosen later is cached too', async () => {
    const server = await serveFolder(DIST);
    const browser = await launch();
    try {
      const { page, context, problems } = await guardedPage(browser, server.origin);
      const translation = (lang) => ['split_lang', 'split_cases', 'split_timeline_cases'].map((p) => `${p}_${lang}.wasm`);
      await page.goto(server.url + '?lang=fr');
      await appReady(page);
      // A translated start page registers the worker once it is drawn, well
      // within the 20 seconds after which register.js gives up waiting.
      await offlineReady(page, 10000);
      let cached = await cachedFiles(page);
      for (const file of [...translation('fr'), 'split_content_en.wasm', 'split_cases.wasm', 'split_timeline.wasm', 'index.html']) {
        assert.ok(cached.includes(file), `${file} is cached`);
      }
      assert.deepEqual(cached.filter((f) => /_(es|ar)\.wasm$/.test(f)), [], 'no Spanish or Arabic file was fetched');
      // Choosing Spanish reopens the page in it (the Language menu's links).
      await page.goto(server.url + '?lang=es#/timeline');
      await appReady(page);
      await offlineReady(page);
      cached = await cachedFiles(page);
      for (const file of translation('es')) assert.ok(cached.includes(file), `${file} is cached once Spanish is chosen`);
      assert.deepEqual(cached.filter((f) => /_ar\.wasm$/.test(f)), [], 'still no Arabic');
      await server.close();
      await context.setOffline(true);
      for (const [lang, view] of [['es', 'quiz'], ['fr', 'cases'], ['fr', 'timeline']]) {
        await page.goto(`${server.url}?lang=${lang}#/${view}`);
        await appReady(page);
        await page.waitForSelector('#main h1, #main .load-failed');
        assert.equal(await page.locator('#main .load-failed').count(), 0, `${view} in ${lang} came from the cache`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        assert.equal(await page.locator('[role=alert]').count(), 0, `${view} in ${lang}: no "shown in English" notice`);
      }
      await context.close();
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('two copies on one host keep caches of their own', async () => {
    const server = await serveFolder(DIST, { bases: ['/a/', '/b/'] });
    const browser = await launch();
    try {
      const { page, context } = await guardedPage(browser, server.origin);
      for (const url of server.urls) {
        await page.goto(url);
        await appReady(page);
        await offlineReady(page);
      }
      const names = await cacheNames(page);
      assert.equal(names.length, 2, `one cache per copy: ${names.join(', ')}`);
      for (const url of server.urls) {
        const own = names.filter((n) => n.includes(url));
        assert.equal(own.length, 1, `${url} has its cache`);
        const entries = await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((ks) => ks.map((r) => r.url)), own[0]);
        assert.ok(entries.length > 10 && entries.every((u) => u.startsWith(url)), `${url}'s cache holds only its own files`);
      }
      const scopes = await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((rs) => rs.map((r) => r.scope).sort()));
      assert.deepEqual(scopes, server.urls);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('a new deployment is offered with "Reload", never forced, and the old cache goes once it takes over', async () => {
    const dir = await copyOfDist();
    const server = await serveFolder(dir);
    const browser = await launch();
    try {
      const { page, context, problems } = await guardedPage(browser, server.origin);
      await page.goto(server.url + '#/tracks/7');
      await appReady(page);
      await offlineReady(page);
      await typeNote(page, 'Before the update');
      const [before] = await cacheNames(page);

      // The new deployment: another version of the worker's list.
      const worker = path.join(dir, 'service-worker.js');
      const code = await fs.readFile(worker, 'utf8');
      await fs.writeFile(worker, code.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));

      // The reader opens the guide again; the browser finds the new version.
      await page.reload();
      await appReady(page);
      const notice = page.getByRole('status').filter({ hasText: 'A new version is available' });
      await notice.waitFor({ timeout: 30000 });
      await page.evaluate(() => { window.stillThisPage = true; });
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => window.stillThisPage), true, 'the page was not reloaded by itself');
      assert.deepEqual(await cacheNames(page).then((n) => n.includes(before)), true, 'the running version keeps its cache');

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
      await appReady(page);
      assert.equal(await page.evaluate(() => window.stillThisPage), undefined, 'Reload reloaded');
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
      assert.deepEqual((await cacheNames(page)).map((n) => n.endsWith('-next')), [true], 'only the new version\u2019s cache is left');
      assert.equal(await page.getByRole('status').filter({ hasText: 'A new version is available' }).count(), 0);
      assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Before the update', 'the note is untouched');
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
    } finally {
      await browser.close();
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('Chromium finds the guide installable', async () => {
    const server = await serveFolder(DIST);
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'multitrack-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const page = context.pages()[0] ?? await context.newPage();
      await page.goto(server.url);
      await appReady(page);
      await offlineReady(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      assert.deepEqual(installabilityErrors, []);
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, [], 'the manifest parses without error');
      assert.match(manifest.url, /manifest\.webmanifest$/);
      const themes = await page.evaluate(() => [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => m.media));
      assert.deepEqual(themes.sort(), ['(prefers-color-scheme: dark)', '(prefers-color-scheme: light)'], 'a theme colour for each colour scheme');
      for (const size of ['192', '512']) {
        const icon = await page.request.get(server.url + `icons/icon-${size}.png`);
        assert.equal(icon.status(), 200);
        const png = await icon.body();
        assert.equal(png.readUInt32BE(16), Number(size), `icon-${size}.png is ${size} pixels wide`);
      }
    } finally {
      await context.close();
      await server.close();
      await fs.rm(profile, { recursive: true, force: true });
    }
  });
});

describe('from disk', () => {
  it('index.html opened from a file says how to open the guide instead of loading for ever', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      for (const hash of ['', '#/timeline']) {
        await page.goto(pathToFileURL(path.join(DIST, 'index.html')).href + hash);
        const note = page.locator('#file-note');
        await note.waitFor({ state: 'visible' });
        assert.match(await note.innerText(), /opened from a file[\s\S]*multitrack-offline\.html[\s\S]*http\.server/);
        assert.equal(await page.locator('.loading').filter({ visible: true }).count(), 0, `no "Loading" line (${hash || 'start'})`);
      }
    } finally {
      await browser.close();
    }
  });

  it('the one-file edition, alone in a folder, runs every view from file:// with no request and keeps a note', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'multitrack-usb-'));
    const file = path.join(dir, 'multitrack-offline.html');
    await fs.copyFile(path.join(DIST, 'multitrack-offline.html'), file);
    const browser = await launch();
    try {
      const context = await browser.newContext();
      await context.setOffline(true);
      const page = await context.newPage();
      const url = pathToFileURL(file).href;
      const requests = [];
      const errors = [];
      page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('data:')) requests.push(r.url()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(url);
      await appReady(page);
      assert.equal(await page.locator('#file-note').count(), 0, 'no "opened from a file" note in this edition');
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      assert.match(policy, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/, 'scripts allowed by their hashes');
      assert.doesNotMatch(policy, /unsafe-inline/);
      assert.equal(await page.locator('script[src], link[rel="stylesheet"]').count(), 0, 'nothing loaded by URL');
      await everyView(page);
      await page.goto(url + '#/tracks/7');
      await appReady(page);
      await typeNote(page, 'Kept on the stick');
      await page.reload();
      await appReady(page);
      assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Kept on the stick');
      assert.deepEqual(requests, [], 'nothing is fetched');
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      await browser.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('the hosted guide links to the one-file edition and says what it is for', async () => {
    const server = await serveFolder(DIST);
    const browser = await launch();
    try {
      const { page, context } = await guardedPage(browser, server.origin);
      await page.goto(server.url);
      await appReady(page);
      const link = page.getByRole('link', { name: 'Download for offline use' });
      assert.equal(await link.getAttribute('href'), 'multitrack-offline.html');
      assert.match(await page.locator('.offline-edition').innerText(), /USB stick.*no network/);
      const response = await page.request.get(server.url + 'multitrack-offline.html');
      assert.equal(response.status(), 200);
      assert.match(await response.text(), /id="?multitrack-wasm"?/);
      await context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
