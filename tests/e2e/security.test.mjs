// The page's Content-Security-Policy: no inline script at all (Trunk's loader
// is moved to a file), so markup that slipped into the page could not run.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite, DIST } from './support/site.mjs';

const site = useSite();

it('index.html has a strict policy and no inline script; injected script does not run', async () => {
  const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="?Content-Security-Policy"?[^>]*content="([^"]+)"/i)?.[1] ?? html.match(/content="([^"]+)"[^>]*http-equiv="?Content-Security-Policy/i)?.[1];
  assert.ok(policy, 'a Content-Security-Policy meta element');
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.match(policy, /object-src 'none'/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length >= 1);
  for (const [, attributes, body] of scripts) {
    assert.match(attributes, /src=/, 'every script is a file');
    assert.equal(body.trim(), '');
  }
  const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
  await page.goto(site.server.url + '#/');
  await appReady(page);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'the policy blocked an inline script');
  assert.ok(problems.consoleErrors.some((e) => e.includes('Content Security Policy')), 'and the browser said so');
  await context.close();
});
