// Case maps: built with the keyboard alone (actors on three tracks, two
// relations), the gaps shown, kept across a reload and carried whole by a
// share link; the same actions with the pointer; the worked example.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady, openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const dataset = JSON.parse(await fs.readFile(new URL('../../src/content/dataset.json', import.meta.url), 'utf8'));
const label = (n) => `Track ${n}: ${dataset.tracks[n - 1].name}`;
const KEY = 'multitrack.user-data';

const open = (hash = '#/cases', contextOptions = {}) => openAt(site, hash, contextOptions);

/** Presses Tab until the focused element matches `test`. */
async function tabUntil(page, test, what) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(test)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Chooses in the focused select with the arrow keys until its text is `text`. */
async function chooseByKeys(page, text) {
  for (let i = 0; i < 12; i++) {
    const current = await page.evaluate(() => document.activeElement.selectedOptions[0]?.textContent);
    if (current === text) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option "${text}"`);
}

const byId = (id) => `() => document.activeElement?.id === '${id}'`;

async function addActorByKeys(page, name, track) {
  await page.locator('#actor-name').focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Tab');
  await chooseByKeys(page, label(track));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByText(`Added ${name} on ${label(track)}.`).waitFor();
}

const missingText = (page) => page.locator('#case-missing').innerText();

describe('case maps', () => {
  it('a map built with the keyboard shows its missing tracks, survives a reload and round-trips through a share link', async () => {
    const { page, context, problems } = await open();
    await tabUntil(page, () => document.activeElement?.textContent === 'Start a case', 'Start a case');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Harbour town dispute');
    await tabUntil(page, () => document.activeElement?.textContent === 'Start the case', 'the submit button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/cases/harbour-town-dispute');
    await page.locator('#case-title-heading', { hasText: 'Harbour town dispute' }).waitFor();

    await addActorByKeys(page, 'Port authority', 1);
    await addActorByKeys(page, 'Shipping firm', 3);
    await addActorByKeys(page, 'Harbour FM', 9);
    assert.equal(await page.locator('#case-active').innerText(), [1, 3, 9].map(label).join('; '));
    assert.equal(await missingText(page), [2, 4, 5, 6, 7, 8].map(label).join('; '));

    // First relation on the canvas itself: Enter on one actor, then on another.
    await page.locator('[data-actor="port-authority"]').focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('.case-canvas [role="status"]').innerText(), /^Picked Port authority\./);
    await tabUntil(page, () => document.activeElement?.dataset?.actor === 'harbour-fm', 'Harbour FM on the canvas');
    await page.keyboard.press('Enter');
    await page.getByText('Added cooperation: Port authority and Harbour FM.').waitFor();

    // Second relation with the form.
    await page.locator('#relation-from').focus();
    await chooseByKeys(page, 'Shipping firm');
    await page.keyboard.press('Tab');
    await chooseByKeys(page, 'tension');
    await page.keyboard.press('Tab');
    await chooseByKeys(page, 'Port authority');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText('Added Shipping firm \u2013 tension \u2013 Port authority.').waitFor();
    assert.equal(await page.locator('.case-relations li').count(), 2);
    assert.equal(await page.locator('.case-svg .case-relation').count(), 2, 'both drawn');
    assert.equal(await page.locator('#case-unconnected').innerText(), 'none');
    assert.match(await page.locator('.case-questions').innerText(), /No one on Track 7: Religion: who could make peace through faith in action here/);
    assert.equal(await page.locator('.case-track.track-missing').count(), 6, 'missing tracks drawn dashed');

    // Moving an actor with the arrow keys changes its track, and focus stays on it.
    await page.locator('[data-actor="harbour-fm"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Moved Harbour FM to ${label(1)}.`).waitFor();
    await page.waitForFunction(() => document.activeElement?.dataset?.actor === 'harbour-fm');
    assert.equal(await page.locator('#case-active').innerText(), [1, 3].map(label).join('; '));
    await page.keyboard.press('ArrowLeft');
    await page.getByText(`Moved Harbour FM to ${label(9)}.`).waitFor();

    await page.waitForFunction(() => {
      const saved = JSON.parse(localStorage.getItem('multitrack.user-data') ?? '{}');
      return saved.case_maps?.[0]?.relations?.length === 2 && saved.case_maps[0].actors.find((a) => a.id === 'harbour-fm')?.track === 9;
    });
    await page.reload();
    await appReady(page);
    await page.locator('#case-missing').waitFor();
    assert.equal(await missingText(page), [2, 4, 5, 6, 7, 8].map(label).join('; '));
    assert.equal(await page.locator('.case-relations li').count(), 2);

    await page.goto(site.server.url + '#/my-data');
    await page.getByLabel('What to share').selectOption({ label: 'Case: Harbour town dispute' });
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await context.close();

    const student = await guardedPage(site.browser, site.server.origin);
    await student.page.goto(link);
    await appReady(student.page);
    const shared = await student.page.locator('main').innerText();
    assert.match(shared, /Case maps\s+Harbour town dispute/);
    assert.match(shared, /Shipping firm \u2013 tension \u2013 Port authority/);
    assert.match(shared, new RegExp(`Missing tracks: ${[2, 4, 5, 6, 7, 8].map(label).join('; ')}`));
    assert.equal(await student.page.evaluate((key) => localStorage.getItem(key), KEY), null, 'nothing saved on opening');
    await student.page.getByRole('button', { name: 'Save to my browser' }).click();
    const preview = student.page.getByRole('region', { name: /Import the shared data/ });
    assert.match(await preview.innerText(), /1 new case map/);
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await student.page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('Harbour FM'));
    await student.page.goto(site.server.url + '#/cases/harbour-town-dispute');
    await student.page.locator('#case-missing').waitFor();
    assert.equal(await missingText(student.page), [2, 4, 5, 6, 7, 8].map(label).join('; '));
    assert.equal(await student.page.locator('.case-svg .case-relation').count(), 2);
    await student.context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine, ...student.problems.pageErrors], []);
  });

  it('the worked example is labelled invented, read-only, and copied to edit with the pointer', async () => {
    const { page, context, problems } = await open('#/cases/lake-sarava');
    assert.match(await page.getByRole('note').innerText(), /^Invented teaching scenario\./);
    assert.equal(await page.getByRole('form', { name: 'Add an actor' }).count(), 0, 'the example is not edited in place');
    assert.match(await page.locator('#case-missing').innerText(), /Track 5.*Track 7.*Track 8/);
    assert.match(await page.locator('#case-unconnected').innerText(), /Track 3/);
    await page.getByRole('button', { name: 'Make an editable copy' }).click();
    await page.waitForFunction(() => location.hash === '#/cases/lake-sarava-water-dispute-my');
    await page.getByRole('form', { name: 'Add an actor' }).waitFor();

    // Drag the radio station onto track 5 (research and education).
    await page.locator('.case-svg').scrollIntoViewIfNeeded();
    const box = await page.locator('.case-svg').boundingBox();
    const radio = await page.locator('[data-actor="radio-sarava"] circle').boundingBox();
    const track5 = await page.locator('.case-track circle').nth(4).boundingBox();
    await page.mouse.move(radio.x + radio.width / 2, radio.y + radio.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(track5.x + track5.width / 2, track5.y + track5.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByText(`Moved Radio Sarava to ${label(5)}.`).waitFor();
    assert.doesNotMatch(await page.locator('#case-missing').innerText(), /Track 5/);

    // Click one actor, then another: a relation of the chosen kind.
    await page.getByLabel('New relations drawn on the map are').selectOption('funding');
    await page.locator('[data-actor="market-women"] circle').click();
    await page.locator('[data-actor="fishers-cooperative"] circle').click();
    await page.getByText('Added funding: Women\u2019s market committee and Fishers\u2019 cooperative.').waitFor();
    assert.match(await page.locator('.case-relations').innerText(), /Women\u2019s market committee \u2013 funding \u2013 Fishers\u2019 cooperative/);
    assert.doesNotMatch(await page.locator('#case-unconnected').innerText(), /Track 3/, 'business is now connected');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
  it('the real worked cases are read-only maps with what they lack, their outcome and sources, copied to edit', async () => {
    const { page, context, problems } = await open('#/cases');
    for (const title of ['Oslo', 'Mozambique', 'Inter-Tajik']) {
      assert.equal(await page.getByRole('link', { name: new RegExp(title) }).count() > 0, true, `${title} is listed`);
    }
    await page.getByRole('link', { name: /Oslo/ }).first().click();
    await page.waitForFunction(() => location.hash === '#/cases/oslo-1992-93');
    await page.locator('.case-study').waitFor();
    assert.match(await page.getByRole('note').first().innerText(), /^A real case\./);
    assert.equal(await page.getByRole('form', { name: 'Add an actor' }).count(), 0, 'read-only');
    const study = await page.locator('.case-study').innerText();
    assert.match(study, /What the map shows missing[\s\S]*What came of it[\s\S]*Sources for the actors and relations/);
    assert.ok(await page.locator('.case-study a[href^="#/references/"]').count() >= 3, 'the outcome is cited');
    assert.match(await page.locator('.case-actors').innerText(), /Fafo/);
    await page.getByRole('link', { name: /^On the timeline:/ }).click();
    await page.waitForFunction(() => location.hash === '#/timeline/1992-oslo-back-channel');
    await page.locator('#event-details').getByRole('link', { name: /The worked case map/ }).waitFor();
    assert.match(await page.locator('#event-details').innerText(), /Limits and criticism:/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  for (const [width, height] of [[1366, 900], [390, 844]]) {
    it(`at ${width}x${height} no name on a map covers a ring, a node or another name (measured as drawn)`, async () => {
      const { page, context, problems } = await open('#/cases', { viewport: { width, height } });
      for (const id of ['lake-sarava', 'oslo-1992-93', 'mozambique-1990-92', 'inter-tajik-dialogue']) {
        await page.goto(site.server.url + '#/cases/' + id);
        await page.locator(`.case-svg [data-actor]`).first().waitFor();
        const found = await page.evaluate(() => {
          const box = (el, kind, name) => { const r = el.getBoundingClientRect(); return { kind, name, x: r.left, y: r.top, w: r.width, h: r.height }; };
          const all = [
            ...[...document.querySelectorAll('.case-track circle')].map((c, i) => box(c, 'shape', `ring ${i + 1}`)),
            ...[...document.querySelectorAll('.case-actor circle')].map((c) => box(c, 'shape', `node ${c.parentElement.dataset.actor}`)),
            ...[...document.querySelectorAll('.case-track-label')].map((t) => box(t, 'text', `track name ${t.textContent}`)),
            ...[...document.querySelectorAll('.case-actor text')].map((t) => box(t, 'text', `name ${t.textContent}`)),
          ];
          const svg = document.querySelector('.case-svg').getBoundingClientRect();
          const hits = [];
          const eps = 0.5;
          for (let i = 0; i < all.length; i++) {
            const a = all[i];
            if (a.kind === 'text' && (a.x < svg.left - eps || a.y < svg.top - eps || a.x + a.w > svg.right + eps || a.y + a.h > svg.bottom + eps)) hits.push(`${a.name} leaves the drawing`);
            for (const b of all.slice(i + 1)) {
              if (a.kind === 'shape' && b.kind === 'shape') continue;
              if (a.x + eps < b.x + b.w && b.x + eps < a.x + a.w && a.y + eps < b.y + b.h && b.y + eps < a.y + a.h) hits.push(`${a.name} / ${b.name}`);
            }
          }
          const names = all.filter((b) => b.name.startsWith('name ')).length;
          const fonts = [...document.querySelectorAll('.case-actor text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
          return { hits, names, smallest: Math.min(...fonts) };
        });
        assert.ok(found.names >= 6, `${id}: names drawn (${found.names})`);
        assert.deepEqual(found.hits, [], `${id} at ${width}: overlaps`);
        assert.ok(found.smallest >= 8, `${id} at ${width}: names are drawn at ${found.smallest.toFixed(1)} px`);
      }
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    });
  }
});
