// Debian's Chromium driven by playwright-core, started the way this machine
// needs (no sandbox as root, no background network traffic), each launch with
// a fresh temporary profile.
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // English unless a test asks for another language (a context's `locale`):
  // the guide follows the browser's languages, and this machine's may differ.
  '--lang=en-US',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A page in a fresh context that records console errors, uncaught
 * exceptions and every request that leaves the given origin.
 */
export async function guardedPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], offMachine: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.offMachine.push(url);
    }
  });
  return { context, page, problems };
}

/**
 * Waits until the wasm app has replaced the static page (which already shows
 * the start view's navigation, drawn at build time).
 */
/** A fresh guarded page on the site at `hash`, the app running. */
export async function openAt(site, hash, contextOptions = {}) {
  const session = await guardedPage(site.browser, site.server.origin, contextOptions);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

export async function appReady(page) {
  await page.waitForSelector('html[data-ready] .site-header .brand', { timeout: 20000 });
  // Views other than the start page arrive as parts of their own: wait for
  // the view's heading (or the notice that it could not load).
  await page.waitForSelector('html[data-ready] #main h1, html[data-ready] #main .load-failed', { timeout: 20000 });
}

/**
 * Steps the session history like the browser's Back (-1) and Forward (+1)
 * buttons. Playwright's goBack waits for a navigation event that a hash-only
 * step sometimes never reports under load, so callers wait for the view instead.
 */
export async function historyStep(page, delta) {
  await page.evaluate((d) => history.go(d), delta);
}
