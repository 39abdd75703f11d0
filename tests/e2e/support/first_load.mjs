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

/** Opens `url` in a fresh context; returns `{ total, files: [{ path, brotli }] }`. */
export async function firstLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => bodies.push(response.body().then((b) => [response.url(), b], () => null)));
  await page.goto(url);
  await appReady(page);
  await page.waitForLoadState('networkidle');
  const files = [];
  for (const entry of await Promise.all(bodies)) {
    if (!entry) continue;
    const [address, body] = entry;
    files.push({ path: new URL(address).pathname, brotli: brotli(body) });
  }
  await context.close();
  files.sort((a, b) => b.brotli - a.brotli);
  return { total: files.reduce((sum, f) => sum + f.brotli, 0), files };
}
