// axe-core on every view, in the light and the dark colour scheme, with the
// selection shown: zero violations of any rule axe runs by default.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { serveFolder } from './support/server.mjs';
import { launch, guardedPage, appReady } from './support/browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../../dist');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const ROUTES = ['', '#/timeline', '#/timeline/1991-nine-tracks', '#/tracks', '#/tracks/5', '#/principles',
  '#/principles/trust', '#/concepts', '#/references', '#/references/wikipedia-2007', '#/read', '#/nowhere'];

let server, browser;
before(async () => {
  server = await serveFolder(dist);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `   ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

for (const colorScheme of ['light', 'dark']) {
  describe(`axe-core, ${colorScheme} scheme`, () => {
    for (const route of ROUTES) {
      it(`no violations on ${route || 'the start page'}`, async () => {
        const { page, context, problems } = await guardedPage(browser, server.origin, { colorScheme });
        await page.goto(server.url + route);
        await appReady(page);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() => window.axe.run(document));
        await context.close();
        assert.equal(result.violations.length, 0, describeViolations(result.violations));
        assert.ok(result.passes.length > 10, 'axe ran its rules');
        assert.deepEqual(problems.consoleErrors, []);
      });
    }
  });
}
