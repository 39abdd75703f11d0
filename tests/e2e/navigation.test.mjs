// The release build, served from a sub-path, used as a person would: nav
// links, deep links, reload, back/forward, a fresh browser, the keyboard.
import { describe, it, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { guardedPage, appReady, historyStep } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const VIEWS = [
  { link: 'Timeline', hash: '#/timeline', h1: 'Timeline' },
  { link: 'Tracks', hash: '#/tracks', h1: 'The nine tracks' },
  { link: 'Principles', hash: '#/principles', h1: 'Twelve principles' },
  { link: 'Concepts', hash: '#/concepts', h1: 'Concepts' },
  { link: 'References', hash: '#/references', h1: 'References' },
  { link: 'Read it all', hash: '#/read', h1: 'Read it all' },
  { link: 'Your data', hash: '#/my-data', h1: 'Your data' },
];

const site = useSite();
let session;

async function open(hash = '', options) {
  session = await guardedPage(site.browser, site.server.origin, options);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session.page;
}

// Every test must leave a clean console and no request off the machine.
afterEach(async () => {
  if (!session) return;
  const { problems, context } = session;
  session = undefined;
  await context.close();
  assert.deepEqual(problems.pageErrors, [], 'uncaught errors');
  assert.deepEqual(problems.consoleErrors, [], 'console errors');
  assert.deepEqual(problems.offMachine, [], 'requests that left the machine');
  assert.deepEqual(site.server.misses, [], 'requests outside the published folder or for missing files');
});

const h1 = (page) => page.locator('main h1').innerText();
// The view re-renders just after the hash changes: wait for its heading.
const headingIs = (page, text) =>
  page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t, text);
const nav = (page) => page.getByRole('navigation', { name: 'Main' });

describe('navigation', () => {
  it('every nav link opens its view and marks itself current', async () => {
    const page = await open();
    assert.equal(await h1(page), 'Multi-track diplomacy');
    for (const view of VIEWS) {
      await nav(page).getByRole('link', { name: view.link, exact: true }).click();
      await page.waitForFunction((h) => location.hash === h, view.hash);
      await headingIs(page, view.h1);
      assert.equal(
        await nav(page).getByRole('link', { name: view.link, exact: true }).getAttribute('aria-current'),
        'page',
      );
      assert.match(await page.title(), new RegExp(`^${view.h1}`));
    }
  });

  it('the nav has the four required links by name', async () => {
    const page = await open();
    for (const name of ['Timeline', 'Tracks', 'Principles', 'References']) {
      assert.equal(await nav(page).getByRole('link', { name, exact: true }).count(), 1, name);
    }
  });

  it('deep links to every view reload to the same view', async () => {
    const page = await open();
    for (const view of VIEWS) {
      await page.goto(site.server.url + view.hash);
      await appReady(page);
      await page.reload();
      await appReady(page);
      assert.equal(await h1(page), view.h1, view.hash);
    }
  });

  it('a selected item survives reload and opens in a fresh browser context', async () => {
    const items = [
      ['#/tracks/7', '#track-7', 'Track 7: Religion'],
      ['#/timeline/1989-five-tracks', '#event-1989-five-tracks', '1989 McDonald splits track two'],
      ['#/principles/invitation', '#principle-invitation', 'Invitation'],
      ['#/references/bi-2003', '#ref-bi-2003', 'McDonald 2003'],
      ['#/concepts/peacebuilding', '#concept-peacebuilding', 'Peacebuilding'],
    ];
    for (const [hash, selector, text] of items) {
      const page = await open(hash);
      await page.reload();
      await appReady(page);
      const item = page.locator(selector);
      assert.equal(await item.getAttribute('aria-current'), 'true', hash);
      assert.ok((await item.textContent()).includes(text), `${hash} holds ${text}`);
      assert.equal(await page.locator('.card[aria-current="true"]').count(), 1, 'exactly one selected card');
      await session.context.close();
      session = undefined;
    }
  });

  it('back and forward restore views and selections', async () => {
    const page = await open('#/timeline');
    await nav(page).getByRole('link', { name: 'Tracks', exact: true }).click();
    await page.getByRole('link', { name: 'Track 3: Business' }).first().click();
    await page.waitForFunction(() => location.hash === '#/tracks/3');
    await historyStep(page, -1);
    await page.waitForFunction(() => location.hash === '#/tracks');
    await page.waitForFunction(() => !document.querySelector('#track-3[aria-current]'));
    await historyStep(page, -1);
    await page.waitForFunction(() => location.hash === '#/timeline');
    await headingIs(page, 'Timeline');
    await historyStep(page, 1);
    await historyStep(page, 1);
    await page.waitForFunction(() => document.querySelector('#track-3')?.getAttribute('aria-current') === 'true');
  });

  it('a citation leads to its reference and the reference leads back', async () => {
    const page = await open('#/timeline/2004-iraq-briefing');
    // The picked event's whole story, with its sources, is in the panel beside the list.
    await page.locator('#event-details').getByRole('link', { name: 'Sutphin 2004' }).click();
    await page.waitForFunction(() => location.hash === '#/references/sutphin-2004');
    const ref = page.locator('#ref-sutphin-2004');
    await page.waitForFunction(() => document.querySelector('#ref-sutphin-2004')?.getAttribute('aria-current') === 'true');
    // The page scrolls smoothly (unless the reader asked for less motion): in sight once it has.
    const inSight = () => ref.evaluate((el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, height: innerHeight }; });
    await page.waitForFunction(() => { const r = document.querySelector('#ref-sutphin-2004').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }, null, { timeout: 5000 })
      .catch(async () => assert.fail(`the entry is in sight, not under the fold: ${JSON.stringify(await inSight())}`));
    // The button names its reference; whether the clipboard is allowed here or not, it says what happened.
    await ref.getByRole('button', { name: 'Copy citation: Sutphin 2004' }).click();
    await page.waitForFunction(() => document.querySelector('#ref-sutphin-2004 .ref-copy [role=status]')?.textContent.trim().length > 0);
    await ref.locator('summary').click();
    await ref.getByRole('link', { name: /The State Department asks NGOs/ }).click();
    await page.waitForFunction(() => location.hash === '#/timeline/2004-iraq-briefing');
  });

  it('an unknown view says so instead of showing a blank page', async () => {
    const page = await open('#/nowhere');
    assert.equal(await h1(page), 'Page not found');
    assert.match(await page.locator('main').innerText(), /no view called .nowhere./);
  });

  it('every disputed point shows both readings with sources', async () => {
    const page = await open('#/timeline');
    const disputes = page.locator('.dispute');
    assert.ok((await disputes.count()) >= 3);
    // In the list a story and its sources open on demand.
    await page.locator('#event-1981-track-one-track-two details.event-more > summary').click();
    const coined = page.locator('#event-1981-track-one-track-two .dispute');
    const text = await coined.innerText();
    assert.match(text, /Sources differ/);
    assert.match(text, /1981/);
    assert.match(text, /1982/);
    assert.ok((await coined.getByRole('link').count()) >= 2);
  });
});

describe('static shell', () => {
  it('shows the title and a loading state before wasm runs', async () => {
    const res = await fetch(site.server.url);
    const html = await res.text();
    assert.match(html, /<h1[^>]*>Multi-track diplomacy/);
    assert.match(html, /Loading the guide/);
    assert.match(html, /<noscript>/);
    assert.doesNotMatch(html, /(src|href)="\//, 'no absolute asset paths');
  });

  it('tells a reader without JavaScript what to do', async () => {
    session = await guardedPage(site.browser, site.server.origin, { javaScriptEnabled: false });
    await session.page.goto(site.server.url);
    const text = await session.page.locator('main').innerText();
    assert.match(text, /needs JavaScript/);
    assert.match(text, /Turn JavaScript on/);
  });

  it('the sub-path without its slash redirects and still loads', async () => {
    const page = await open();
    await page.goto(site.server.url.slice(0, -1));
    await appReady(page);
    assert.equal(await h1(page), 'Multi-track diplomacy');
  });
});

describe('keyboard', () => {
  for (const view of [{ hash: '', h1: 'Multi-track diplomacy' }, ...VIEWS]) {
    it(`Tab reaches every control on ${view.hash || 'the start page'}`, async () => {
      const page = await open(view.hash);
      const total = await page.evaluate(() => {
        const focusable = [...document.querySelectorAll(
          'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
        )].filter((el) => el.tabIndex >= 0
          && el.checkVisibility({ visibilityProperty: true })
          && !el.closest('[inert]')
          // Chromium still gives rects to the content of a closed <details>.
          && !el.closest('details:not([open]) > :not(summary)'));
        focusable.forEach((el, i) => el.setAttribute('data-tab-check', String(i)));
        document.activeElement?.blur();
        return focusable.length;
      });
      assert.ok(total > 5, `found ${total} controls`);
      const reached = new Set();
      for (let i = 0; i < total + 3; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.getAttribute('data-tab-check'));
        if (id !== null && id !== undefined) reached.add(id);
      }
      assert.equal(reached.size, total, `Tab reached ${reached.size} of ${total} controls`);
    });
  }

  it('Enter on a nav link moves focus to the new heading', async () => {
    const page = await open();
    await nav(page).getByRole('link', { name: 'Principles', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Twelve principles');
  });
});
