// The systems view (triad figure, Montville's processes and their limits) and
// the searchable Principles view, used as a reader would.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();

const open = (hash) => openAt(site, hash);

describe('the systems triad', () => {
  it('three parts, each selecting its card, by mouse and by keyboard', async () => {
    const { page, context, problems } = await open('#/concepts');
    const figure = page.getByRole('group', { name: /The systems view/ });
    const names = await figure.getByRole('link').allInnerTexts();
    assert.equal(names.length, 3);
    await figure.getByRole('link', { name: /Peacebuilding How does change happen/ }).click();
    await page.waitForFunction(() => location.hash === '#/concepts/peacebuilding');
    // The card is marked on the frame after the address changes; a loaded machine can read it between.
    await page.waitForFunction(() => document.querySelector('#concept-peacebuilding')?.getAttribute('aria-current') === 'true', null, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.locator('#concept-peacebuilding').getAttribute('aria-current'), 'true');
    assert.equal(await figure.locator('a.selected').count(), 1);
    assert.match(await page.locator('#concept-peacebuilding').innerText(), /how that change is brought about/);
    await figure.getByRole('link', { name: /Multi-track diplomacy/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/concepts/multi-track-diplomacy');
    assert.match(await page.locator('#concept-multi-track-diplomacy').innerText(), /Who acts, and where\?/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it("Montville's two processes come with the limits he and McDonald saw, and link to principles", async () => {
    const { page, context } = await open('#/concepts/facilitated-workshops');
    const section = page.getByRole('region', { name: "Montville's two processes of track two" });
    const text = await section.innerText();
    assert.match(text, /Facilitated workshops/);
    assert.match(text, /Shifting public opinion/);
    assert.match(text, /no evidence that conflict-resolution workshops would work for the principal political leaders/);
    assert.match(text, /rigid roles/);
    await section.getByRole('link', { name: 'Relationship' }).click();
    await page.waitForFunction(() => location.hash === '#/principles/relationship');
    await context.close();
  });
});

describe('the Principles view', () => {
  it('searches by word, keeps the search in the URL and says when nothing matches', async () => {
    const { page, context, problems } = await open('#/principles');
    const cards = page.locator('.principle-list > li:not([hidden])');
    assert.equal(await cards.count(), 12);
    const search = page.getByRole('searchbox', { name: 'Search principles' });
    await search.fill('relation');
    await page.waitForFunction(() => location.hash === '#/principles?q=relation');
    assert.deepEqual(await cards.locator('h3').allInnerTexts(), ['Relationship', 'Trust']);
    assert.equal(await page.getByRole('status').innerText(), '2 of 12 principles');
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByRole('searchbox', { name: 'Search principles' }).inputValue(), 'relation');
    assert.equal(await cards.count(), 2);
    await page.getByRole('searchbox', { name: 'Search principles' }).fill('zebra');
    await page.waitForFunction(() => document.querySelector('[role=status]').textContent === '0 of 12 principles');
    assert.ok(await page.getByText('No principle contains all of those words').isVisible());
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('a principle links to where it shows up in practice', async () => {
    const { page, context } = await open('#/principles/invitation');
    const card = page.locator('#principle-invitation');
    await card.getByRole('link', { name: /State Department asks NGOs for help/ }).click();
    await page.waitForFunction(() => location.hash === '#/timeline/2004-iraq-briefing');
    await page.goto(site.server.url + '#/principles/transformation');
    await page.locator('#principle-transformation').getByRole('link', { name: 'Conflict transformation' }).click();
    await page.waitForFunction(() => location.hash === '#/concepts/conflict-transformation');
    await context.close();
  });
});
