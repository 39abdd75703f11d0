// What a first visit downloads: every response a fresh browser profile
// receives until the view is interactive and the network is idle, each body
// compressed with brotli (quality 11), as a static host that compresses
// would send it. Shared by the size test and the benchmark.
import zlib from 'node:zlib';
import { appReady } from './browser.mjs';

export const brotli = (buffer) =>
  zlib.brotliCompressSync(buffer, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
  }).length;

/**
 * What a response is to the first load. The page's own requests count, and so
 * do the service worker's script and the manifest (Chromium fetches the
 * manifest only when it checks installability, so the worker's copy of it
 * stands in). The worker's other requests are the offline copy of the whole
 * guide, fetched in the background once the page has loaded: reported apart.
 */
function share(response) {
  if (!response.request().serviceWorker()) return 'first';
  return /\/(service-worker\.js|manifest\.webmanifest)$/.test(new URL(response.url()).pathname) ? 'first' : 'background';
}

/**
 * Opens `url` in a fresh context; returns `{ total, files: [{ path, brotli }],
 * background }`, `background` being the brotli bytes the service worker had
 * fetched for offline use by then.
 */
export async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  context.on('response', (response) => bodies.push(response.body().then((b) => [response.url(), share(response), b], () => null)));
  await page.goto(url);
  await appReady(page);
  await page.waitForLoadState('networkidle');
  const files = [];
  let background = 0;
  for (const entry of await Promise.all(bodies)) {
    if (!entry) continue;
    const [address, kind, body] = entry;
    if (kind === 'background') background += brotli(body);
    else files.push({ path: new URL(address).pathname, brotli: brotli(body) });
  }
  await context.close();
  files.sort((a, b) => b.brotli - a.brotli);
  return { total: files.reduce((sum, f) => sum + f.brotli, 0), files, background };
}
