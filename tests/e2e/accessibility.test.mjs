// axe-core on every view, in the light and the dark colour scheme, with the
// selection shown: zero violations of any rule axe runs by default.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const ROUTES = ['', '#/timeline', '#/timeline/1991-nine-tracks', '#/timeline?track=7&q=1991', '#/timeline?stress=300', '#/tracks', '#/tracks/5', '#/tracks/2?model=1981', '#/tracks/6?pair=6-8', '#/principles', '#/principles?q=zebra',
  '#/principles/trust', '#/concepts', '#/concepts/peacebuilding', '#/references', '#/references/wikipedia-2007', '#/read', '#/quiz', '#/quiz/order-history', '#/quiz?show=results', '#/cases', '#/cases/lake-sarava', '#/cases/oslo-1992-93', '#/concepts/lederach-pyramid', '#/timeline?lane=cases', '#/my-data', '#/handout', '#/nowhere'];

// The classroom's modes, each reached as a user would before the audit.
const startTour = async (page, title) => {
  await page.getByRole('button', { name: 'Start tour' }).click();
  await page.getByRole('button', { name: title }).click();
  await page.waitForSelector('.tour-spotlight');
};
const MODES = {
  'the tour menu': async (page) => {
    await page.getByRole('button', { name: 'Start tour' }).click();
    await page.locator('#tour-menu').waitFor();
  },
  'a tour step with its spotlight': (page) => startTour(page, 'Meet the nine tracks'),
  'a principles tour step': (page) => startTour(page, 'Principles in practice'),
  'presentation mode with a tour': async (page) => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.getByRole('button', { name: 'The history in ten steps', exact: true }).click();
    await page.waitForSelector('.tour-spotlight');
  },
  'the speaker-notes window': async (page) => {
    await page.goto(site.server.url + '#/speaker-notes');
    // Its view arrives as a part: audit it once it is drawn.
    await page.locator('main h1').waitFor();
  },
  'the quiz with right and wrong feedback': async (page) => {
    // One question a screen: each reached by its address.
    const check = async (id, label) => {
      await page.goto(site.server.url + `#/quiz/${id}`);
      const card = page.locator(`#question-${id}`);
      await card.getByLabel(label).check();
      await card.getByRole('button', { name: 'Check' }).click();
      await card.locator('.quiz-feedback').waitFor();
    };
    await check('actor-journalist', 'Track 4: Private citizen');
    await check('actor-foundation', 'Track 8: Funding');
  },
  'an editable case map with an actor picked': async (page) => {
    await page.goto(site.server.url + '#/cases/lake-sarava');
    await page.getByRole('button', { name: 'Make an editable copy' }).click();
    await page.getByRole('form', { name: 'Add an actor' }).waitFor();
    await page.locator('[data-actor="radio-sarava"]').focus();
    await page.keyboard.press('Enter');
  },
  'a case map in presentation mode': async (page) => {
    await page.goto(site.server.url + '#/cases/lake-sarava');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    // The tours to pick from take the focus; Escape closes them, leaving the map.
    await page.waitForFunction(() => document.activeElement?.closest('#tour-menu'));
    await page.keyboard.press('Escape');
    await page.locator('#tour-menu').waitFor({ state: 'detached' });
  },
};

const site = useSite();

function describeViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `   ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

for (const colorScheme of ['light', 'dark']) {
  describe(`axe-core, ${colorScheme} scheme`, () => {
    const cases = [...ROUTES.map((route) => [route || 'the start page', route, null]),
      ...Object.entries(MODES).map(([name, setup]) => [name, '#/tracks', setup])];
    for (const [name, route, setup] of cases) {
      it(`no violations on ${name}`, async () => {
        // bypassCSP: axe is injected as an inline script, which the app's policy forbids.
        const { page, context, problems } = await guardedPage(site.browser, site.server.origin, { colorScheme, bypassCSP: true });
        await page.goto(site.server.url + route);
        await appReady(page);
        if (setup) await setup(page);
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
