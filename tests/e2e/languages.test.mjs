// The guide in French, Spanish and Arabic (issue 16), as a class would meet
// it: the browser's language, a teacher's link, the header's menu, a reload,
// a fresh profile, right to left in Arabic, and axe on every view.
//
// Expected wording is read from the catalogues (src/i18n/<lang>/) and the
// translated content (src/content/i18n/<lang>/), so these check that the
// page shows each language's own text, not a copy of it kept here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { guardedPage, appReady, openAt } from './support/browser.mjs';
import { useSite, DIST } from './support/site.mjs';
import { serveFolder } from './support/server.mjs';
import { writeTemp } from './support/files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = (lang, section) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n', lang, `${section}.json`), 'utf8'));
const content = (lang) => JSON.parse(fs.readFileSync(path.join(ROOT, 'src/content/i18n', lang, 'dataset.json'), 'utf8'));
const LANGUAGES = { fr: 'Français', es: 'Español', ar: 'العربية' };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const site = useSite();

const pageLanguage = (page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
const navNames = (page) => page.locator('nav[aria-label] a').allTextContents();
const query = (page) => new URL(page.url()).searchParams.get('lang');

describe('choosing the language', () => {
  it('a fresh profile whose browser prefers French opens in French, and the address then carries it', async () => {
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin, { locale: 'fr-FR' });
    await page.goto(site.server.url);
    await appReady(page);
    assert.deepEqual(await pageLanguage(page), { lang: 'fr', dir: 'ltr' });
    const pages = catalogue('fr', 'pages');
    assert.ok((await navNames(page)).includes(pages.nav_timeline), 'the navigation is in French');
    assert.equal(await page.locator('main h1').textContent(), pages.title_home);
    assert.ok((await page.title()).startsWith(pages.title_home), 'the document title too');
    assert.equal(query(page), 'fr', 'copying the address copies the language');
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('a teacher\'s link wins over the browser, and keeps its language through a reload and in a fresh profile', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin, { locale: 'fr-FR' });
    await page.goto(site.server.url + '?lang=ar#/tracks');
    await appReady(page);
    const pages = catalogue('ar', 'pages');
    assert.deepEqual(await pageLanguage(page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await page.locator('main h1').textContent(), pages.title_tracks);
    await page.reload();
    await appReady(page);
    assert.deepEqual(await pageLanguage(page), { lang: 'ar', dir: 'rtl' });
    const address = page.url();
    await context.close();
    const fresh = await guardedPage(site.browser, site.server.origin);
    await fresh.page.goto(address);
    await appReady(fresh.page);
    assert.deepEqual(await pageLanguage(fresh.page), { lang: 'ar', dir: 'rtl' });
    assert.equal(await fresh.page.locator('main h1').textContent(), pages.title_tracks);
    await fresh.context.close();
  });

  it('the header\'s Language menu switches, keeping the view and the selection, and the choice is remembered', async () => {
    const { page, context } = await openAt(site, '#/tracks/5');
    await page.locator('.language-menu summary').click();
    const links = await page.locator('.language-menu a').evaluateAll((as) => as.map((a) => [a.textContent, a.lang]));
    assert.deepEqual(links, [['English', 'en'], ['Français', 'fr'], ['Español', 'es'], ['العربية', 'ar']], 'each language named in itself');
    await Promise.all([page.waitForURL(/lang=es/), page.getByRole('link', { name: LANGUAGES.es }).click()]);
    await appReady(page);
    assert.equal(new URL(page.url()).hash, '#/tracks/5', 'the same view and selection');
    assert.deepEqual(await pageLanguage(page), { lang: 'es', dir: 'ltr' });
    assert.equal(await page.locator('#track-5').getAttribute('aria-current'), 'true');
    const track = content('es').tracks.find((t) => t.number === 5);
    assert.ok((await page.locator('#track-5').textContent()).includes(track.name), 'the track in Spanish');
    // Remembered: an address without the language opens in Spanish.
    await page.goto(site.server.url + '#/principles');
    await appReady(page);
    assert.equal((await pageLanguage(page)).lang, 'es');
    assert.equal(query(page), 'es');
    await context.close();
  });

  it('a translated page says so, with the English original one click away', async () => {
    const { page, context } = await openAt(site, '?lang=fr#/principles');
    const app = catalogue('fr', 'app');
    const notice = page.locator('.translation-notice');
    assert.ok((await notice.textContent()).includes(app.translated_notice));
    await Promise.all([page.waitForURL(/lang=en/), notice.getByRole('link', { name: app.read_in_english }).click()]);
    await appReady(page);
    assert.equal((await pageLanguage(page)).lang, 'en');
    assert.equal(new URL(page.url()).hash, '#/principles');
    assert.equal(await page.locator('.translation-notice').count(), 0, 'no notice on the English original');
    await context.close();
  });

  it('links inside the guide keep the language', async () => {
    const { page, context } = await openAt(site, '?lang=ar');
    const pages = catalogue('ar', 'pages');
    await page.getByRole('link', { name: pages.nav_principles, exact: true }).click();
    await page.waitForSelector(`main h1:text-is("${pages.title_principles}")`);
    assert.equal(query(page), 'ar');
    assert.equal((await pageLanguage(page)).dir, 'rtl');
    await context.close();
  });

  it('before the app runs, an Arabic page is already right to left and shows no English start view', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin, { javaScriptEnabled: true });
    // Hold the wasm back: what shows is the static page with route-shell.js alone.
    await page.route(/\.wasm$/, () => {});
    await page.goto(site.server.url + '?lang=ar', { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await pageLanguage(page), { lang: 'ar', dir: 'rtl' });
    const visibleEnglishHeading = await page.locator('main h1').isVisible();
    assert.equal(visibleEnglishHeading, false, 'the English start view waits unseen');
    assert.equal((await page.locator('main .loading').first().textContent()).trim(), 'جارٍ تحميل الدليل…');
    await context.close();
  });
});

describe('right to left in Arabic', () => {
  it('the timeline runs from right to left, and the arrow keys follow the reading direction', async () => {
    const { page, context, problems } = await openAt(site, '?lang=ar#/timeline/1989-five-tracks');
    // The event's moment: its label's start edge (the right, in Arabic), or
    // its end edge for a label that runs back from it near the chart's end.
    const selectedX = () => page.locator('.chart-event[aria-current="true"]').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return el.dataset.anchor === 'end' ? box.left : box.right;
    });
    const ticks = await page.locator('svg.chart-axis text').evaluateAll((ts) => ts.map((t) => [t.textContent, t.getBoundingClientRect().left]).filter(([text]) => /^\d{4}$/.test(text)));
    assert.ok(ticks.length >= 2, 'year ticks are drawn');
    const [first, second] = ticks.sort((a, b) => b[1] - a[1]);
    assert.ok(Number(first[0]) < Number(second[0]), `the rightmost tick (${first[0]}) is the earliest`);
    const at1989 = await selectedX();
    await page.locator('.chart-event[aria-current="true"]').focus();
    // ArrowLeft reads on: the next event, 1990, which lies to the left.
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash === '#/timeline/1990-rome-talks-mozambique');
    await page.waitForFunction(() => /^1990/.test(document.querySelector('.chart-event[aria-current="true"]')?.textContent ?? ''));
    const at1990 = await selectedX();
    assert.ok(at1990 < at1989, `1990 (${at1990}px) lies to the left of 1989 (${at1989}px)`);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/timeline/1989-five-tracks');
    assert.equal(query(page), 'ar');
    assert.deepEqual(problems.pageErrors, []);
    await context.close();
  });

  it('the handout prints in Arabic, right to left, with its headings in Arabic', async () => {
    const { page, context } = await openAt(site, '?lang=ar#/handout');
    await page.emulateMedia({ media: 'print' });
    const reading = catalogue('ar', 'reading');
    const pages = catalogue('ar', 'pages');
    const headings = await page.locator('main h2').evaluateAll((hs) => hs.filter((h) => h.getClientRects().length).map((h) => h.textContent));
    assert.deepEqual(headings, [reading.handout_timeline_title, reading.handout_cases_title, pages.title_tracks, pages.title_principles, pages.title_references]);
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('main')).direction), 'rtl');
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await context.close();
  });
});

describe('links made in a language open in it', () => {
  it('a share link opens in the sharer\'s language, whatever the recipient\'s browser prefers', async () => {
    const { page, context } = await openAt(site, '?lang=fr#/my-data');
    const share = catalogue('fr', 'share');
    await page.getByRole('button', { name: share.share, exact: true }).click();
    const box = page.getByRole('textbox', { name: share.share_link });
    await box.waitFor();
    const link = await box.inputValue();
    assert.match(link, /\?lang=fr#\/shared\?d=/);
    await context.close();
    const recipient = await guardedPage(site.browser, site.server.origin, { locale: 'es-ES' });
    await recipient.page.goto(link);
    await appReady(recipient.page);
    assert.equal((await pageLanguage(recipient.page)).lang, 'fr');
    assert.equal(await recipient.page.locator('main h1').textContent(), catalogue('fr', 'pages').title_shared);
    await recipient.context.close();
  });
});

describe('offline in a language', () => {
  it('after one visit in Arabic, the guide reloads and changes view in Arabic with the server gone', async () => {
    const server = await serveFolder(DIST);
    const { page, context, problems } = await guardedPage(site.browser, server.origin);
    try {
      await page.goto(server.url + '?lang=ar');
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 30000 });
      // The Arabic files are cached once the worker has been told the page's language.
      await page.waitForSelector('html[data-offline="ready"]', { state: 'attached', timeout: 30000 });
      await server.close();
      await context.setOffline(true);
      await page.reload();
      await appReady(page);
      assert.deepEqual(await pageLanguage(page), { lang: 'ar', dir: 'rtl' });
      const pages = catalogue('ar', 'pages');
      await page.getByRole('link', { name: pages.nav_quiz, exact: true }).click();
      await page.waitForSelector(`main h1:text-is("${pages.title_quiz}")`);
      assert.equal(await page.locator('#main .load-failed').count(), 0, 'the quiz and the Arabic cases came from the cache');
      assert.deepEqual(problems.pageErrors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});

describe('content in each language', () => {
  for (const lang of Object.keys(LANGUAGES)) {
    it(`${LANGUAGES[lang]}: the timeline's events and the quiz are the translated ones`, async () => {
      const { page, context } = await openAt(site, `?lang=${lang}#/timeline`);
      const first = content(lang).events[0];
      await page.locator(`#event-${first.id}`).waitFor();
      assert.ok((await page.locator(`#event-${first.id}`).textContent()).includes(first.title));
      await page.goto(site.server.url + `?lang=${lang}#/quiz`);
      await appReady(page);
      const question = content(lang).quiz[0];
      assert.ok(question.prompt && (await page.locator('main').textContent()).includes(question.prompt), 'the first question, translated');
      await context.close();
    });
  }
});

// A file that cannot be imported is explained in the page's language, from
// serde_json's reason to the dates' and the tours' own checks.
describe('bad files explained in the page\'s language', () => {
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const doc = (extra) => JSON.stringify({ format: 'multitrack-user-data', version: 3, ...extra });
  const timeline = (date) => ({ timelines: [{ id: 'cyprus', title: 'Cyprus', events: [{ id: 'e1', date, title: 'Workshops', text: '', tracks: [2] }] }] });
  for (const lang of Object.keys(LANGUAGES)) {
    it(`${LANGUAGES[lang]}: not JSON, a month out of range, a tour without steps, a field of the wrong kind`, async () => {
      const { page, context, problems } = await openAt(site, `?lang=${lang}#/my-data`);
      const json = catalogue(lang, 'json_errors');
      const cases = [
        ['broken.json', '{"format": "multitrack-user-data", "version": 3, "notes": [', json.eof_list],
        ['month.json', doc(timeline('1997-13')), fill(catalogue(lang, 'date_errors').month_out_of_range, { month: 13 })],
        ['tour.json', doc({ tours: [{ id: 't', title: 'T', steps: [] }] }), catalogue(lang, 'checks').tour_needs_step],
        ['kind.json', doc({ notes: 'none' }), fill(json.invalid_type, { found: fill(json.found_string, { value: '"none"' }), expected: json.expected_list })],
      ];
      for (const [name, text, message] of cases) {
        await page.getByLabel(catalogue(lang, 'my_data').import, { exact: true }).setInputFiles(await writeTemp(name, text));
        await page.waitForFunction((n) => document.querySelector('.import-error')?.textContent.includes(n), name);
        const shown = await page.locator('.import-error').innerText();
        assert.ok(shown.includes(message), `${name}: ${shown} should say ${message}`);
        assert.doesNotMatch(shown, /EOF while|invalid type|is out of range|needs at least/, 'no English reason');
      }
      assert.deepEqual(problems.pageErrors, []);
      await context.close();
    });
  }
});

const AXE_ROUTES = ['', '#/timeline', '#/timeline/1991-nine-tracks', '#/timeline?lane=cases', '#/tracks', '#/tracks/5', '#/tracks/6?pair=6-8', '#/principles',
  '#/principles/trust', '#/concepts', '#/concepts/lederach-pyramid', '#/references', '#/read', '#/quiz', '#/cases', '#/cases/lake-sarava', '#/cases/oslo-1992-93',
  '#/my-data', '#/handout', '#/nowhere'];

describe('axe in every language', () => {
  // English is audited view by view in accessibility.test.mjs.
  for (const lang of ['ar', 'fr', 'es']) {
    it(`${LANGUAGES[lang]}: zero violations on every view`, async () => {
      // bypassCSP: axe is injected as an inline script, which the app's policy forbids.
      const { context } = await guardedPage(site.browser, site.server.origin, { bypassCSP: true });
      const found = [];
      for (const route of AXE_ROUTES) {
        // A page each: a view drawn from a fresh load, never one mid-change.
        const page = await context.newPage();
        await page.goto(site.server.url + `?lang=${lang}` + route);
        await appReady(page);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(async () => {
          const r = await window.axe.run(document);
          return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        });
        for (const v of result) found.push(`${route || '#/'}: ${v}`);
        assert.equal((await pageLanguage(page)).lang, lang, `${route} stays in the language`);
        await page.close();
      }
      assert.deepEqual(found, []);
      await context.close();
    });
  }
});

// Every view in each translation, as a reader sees it: no date range joined
// by the English "to" ("juillet 1990 to 4 octobre 1992"), and no reference
// note left in English. Quotations and original titles may stay in their
// own language; these two never may.
describe('every word in the page\'s language', () => {
  const routes = fs.readFileSync(path.join(ROOT, 'src/model/base/route.rs'), 'utf8');
  // Not the shared view (it shows what a link carries) nor the speaker's
  // notes (empty until a presentation runs: presentation.test.mjs).
  const views = [...routes.matchAll(/^\s*"([a-z-]+)" => Page::[A-Za-z]+,$/gm)].map((m) => m[1]).filter((v) => !['shared', 'speaker-notes'].includes(v));
  const english = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/content/dataset.json'), 'utf8'));
  const englishCases = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/content/cases.json'), 'utf8'));
  const englishNotes = [...english.references, ...englishCases.references].map((r) => r.note).filter(Boolean);
  for (const lang of Object.keys(LANGUAGES)) {
    for (const view of views) {
      it(`${lang}: #/${view} has no English date range or reference note`, async () => {
        const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
        await page.goto(`${site.server.url}?lang=${lang}#/${view}`);
        await appReady(page);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        const text = await page.locator('main').innerText();
        assert.ok(text.length > 200, `#/${view} drew its text`);
        const range = text.match(/[^\n]{0,30}\d to \S[^\n]{0,30}/);
        assert.equal(range, null, `an English range: ${range?.[0]}`);
        const notes = await page.locator('main .reference .note').allTextContents();
        const left = notes.filter((n) => englishNotes.includes(n.trim()));
        assert.deepEqual(left, [], 'reference notes in English');
        await context.close();
        assert.deepEqual(problems.pageErrors, []);
      });
    }
  }
});
