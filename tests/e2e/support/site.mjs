// The release build served under a sub-path plus one Chromium, started once
// per test file and stopped after it.
import { before, after } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist');

/** Registers the hooks; the returned object has `server` and `browser` once tests run. */
export function useSite() {
  const site = {};
  before(async () => {
    site.server = await serveFolder(DIST);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
