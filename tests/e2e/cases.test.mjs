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

    // An empty map says what to do; a track's + opens the form on that track.
    assert.match(await page.locator('.case-svg .case-empty').textContent(), /No actors yet/);
    await page.locator('.case-track[data-track="1"] .case-add').focus();
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), `+ 1 ${dataset.tracks[0].circle_name}: Add an actor on ${label(1)}`);
    await tabUntil(page, () => document.activeElement?.closest?.('.case-track')?.dataset.track === '3', 'track 3\'s add button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'actor-name');
    assert.equal(await page.locator('#actor-track').inputValue(), '3');
    await page.locator('.case-track[data-track="9"] .case-add').click();
    await page.waitForFunction(() => document.querySelector('#actor-track').value === '9');
    await page.locator('.case-track[data-track="1"] .case-add').click();
    await page.waitForFunction(() => document.querySelector('#actor-track').value === '1');

    await addActorByKeys(page, 'Port authority', 1);
    assert.equal(await page.locator('.case-svg .case-empty').count(), 0, 'the call to action goes with the first actor');
    await addActorByKeys(page, 'Shipping firm', 3);
    await addActorByKeys(page, 'Harbour FM', 9);
    // The + still sets the form's track after the track was chosen by hand.
    await page.locator('.case-track[data-track="3"] .case-add').click();
    await page.waitForFunction(() => document.querySelector('#actor-track').value === '3');
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
    // The document opens once the share dictionary and the JSON codec have arrived.
    await student.page.getByRole('button', { name: 'Save to my browser' }).waitFor();
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
    const radio = await page.locator('[data-actor="radio-sarava"] .case-dot').boundingBox();
    const track5 = await page.locator('.case-track[data-track="5"] .case-track-label').boundingBox();
    await page.mouse.move(radio.x + radio.width / 2, radio.y + radio.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(track5.x + track5.width / 2, track5.y + track5.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.getByText(`Moved Radio Sarava to ${label(5)}.`).waitFor();
    assert.doesNotMatch(await page.locator('#case-missing').innerText(), /Track 5/);

    // Click one actor, then another: a relation of the chosen kind.
    await page.getByLabel('New relations drawn on the map are').selectOption('funding');
    await page.locator('[data-actor="market-women"] .case-dot').click();
    await page.locator('[data-actor="fishers-cooperative"] .case-dot').click();
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

  const WORKED = ['lake-sarava', 'oslo-1992-93', 'mozambique-1990-92', 'inter-tajik-dialogue'];

  /** Everything measured on the drawn map, in page pixels. */
  const measure = (page) => page.evaluate(() => {
    const svg = document.querySelector('.case-svg');
    const frame = svg.getBoundingClientRect();
    const rect = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
    const labels = [...svg.querySelectorAll('.case-name, .case-track-label')].map((t) => ({
      text: t.textContent, ...rect(t), px: parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a,
    }));
    const lines = [...svg.querySelectorAll('.case-relation')].map((l) => {
      const m = l.getScreenCTM();
      const at = (x, y) => ({ x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f });
      return { name: `${l.x1.baseVal.value},${l.y1.baseVal.value}`, a: at(l.x1.baseVal.value, l.y1.baseVal.value), b: at(l.x2.baseVal.value, l.y2.baseVal.value) };
    });
    const targets = [...svg.querySelectorAll('.case-actor')].map((g) => ({ id: g.dataset.actor, ...rect(g.querySelector('.case-hit')) }));
    return { frame: rect(svg), labels, lines, targets };
  });

  /** Whether the segment a-b passes through the box (Liang-Barsky). */
  const crosses = (box, a, b) => {
    const dx = b.x - a.x, dy = b.y - a.y;
    let t0 = 0, t1 = 1;
    for (const [p, q] of [[-dx, a.x - box.left], [dx, box.right - a.x], [-dy, a.y - box.top], [dy, box.bottom - a.y]]) {
      if (Math.abs(p) < 1e-9) { if (q < 0) return false; } else if (p < 0) t0 = Math.max(t0, q / p); else t1 = Math.min(t1, q / p);
    }
    return t0 < t1;
  };
  const shrink = (r, by) => ({ left: r.left + by, top: r.top + by, right: r.right - by, bottom: r.bottom - by });

  for (const [width, height] of [[390, 844], [1280, 720]]) {
    for (const lang of ['en', 'fr', 'es', 'ar']) {
      it(`at ${width}x${height} in "${lang}" the worked maps' names are clear of each other and of every line, inside the drawing, large enough, with targets for a finger`, async () => {
        const query = lang === 'en' ? '' : `?lang=${lang}`;
        const { page, context, problems } = await open(`${query}#/cases`, { viewport: { width, height } });
        for (const id of WORKED) {
          await page.goto(site.server.url + query + '#/cases/' + id);
          await page.locator('.case-svg [data-actor]').first().waitFor();
          const m = await measure(page);
          const where = `${lang} ${id} at ${width}`;
          assert.ok(m.labels.length >= 15, `${where}: names drawn (${m.labels.length})`);
          const eps = 0.5;
          const hits = [];
          for (const [i, a] of m.labels.entries()) {
            if (a.left < m.frame.left - eps || a.top < m.frame.top - eps || a.right > m.frame.right + eps || a.bottom > m.frame.bottom + eps) hits.push(`${a.text} leaves the drawing`);
            for (const b of m.labels.slice(i + 1)) {
              if (a.left + eps < b.right && b.left + eps < a.right && a.top + eps < b.bottom && b.top + eps < a.bottom) hits.push(`${a.text} / ${b.text}`);
            }
            for (const l of m.lines) if (crosses(shrink(a, 1), l.a, l.b)) hits.push(`${a.text} is crossed by a line`);
          }
          assert.deepEqual(hits, [], `${where}: overlaps`);
          const smallest = Math.min(...m.labels.map((l) => l.px));
          assert.ok(smallest >= (width < 800 ? 12 : 13), `${where}: names are drawn at ${smallest.toFixed(1)} px`);
          for (const t of m.targets) assert.ok(t.right - t.left >= 44 && t.bottom - t.top >= 44, `${where}: ${t.id}'s target is ${(t.right - t.left).toFixed(1)} px`);
        }
        await context.close();
        assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
      });
    }
  }

  it('focusing an actor keeps it, its relations and its neighbours, and fades the rest until Escape or a click on the background', async () => {
    const { page, context, problems } = await open('#/cases/oslo-1992-93', { viewport: { width: 390, height: 844 } });
    await page.locator('.case-svg [data-actor]').first().waitFor();
    const state = () => page.evaluate(() => ({
      focus: document.querySelector('.case-svg').classList.contains('has-focus'),
      faded: [...document.querySelectorAll('.case-actor.faded')].map((g) => g.dataset.actor).sort(),
      lit: [...document.querySelectorAll('.case-actor:not(.faded)')].map((g) => g.dataset.actor).sort(),
      lines: document.querySelectorAll('.case-svg .case-relation:not(.faded)').length,
      opacity: getComputedStyle(document.querySelector('.case-actor.faded') ?? document.body).opacity,
    }));
    assert.deepEqual((await state()).faded, []);
    // Fafo works with the foreign ministry and Mona Juul and informs Beilin.
    await page.locator('[data-actor="fafo"] .case-dot').click();
    // The fade is a short transition.
    await page.waitForFunction(() => Number(getComputedStyle(document.querySelector('.case-actor.faded') ?? document.body).opacity) < 0.5, null, { timeout: 3000 }).catch(() => {});
    let s = await state();
    assert.ok(s.focus);
    assert.deepEqual(s.lit, ['beilin', 'fafo', 'juul', 'norway-mfa']);
    assert.equal(s.lines, 3);
    assert.equal(s.faded.length, 8);
    assert.ok(Number(s.opacity) < 0.5, `the rest fade (opacity ${s.opacity})`);
    await page.keyboard.press('Escape');
    assert.deepEqual((await state()).faded, [], 'Escape shows them all');
    // With the keyboard: Enter on an actor, then a click on the empty background.
    await page.locator('[data-actor="borregaard"]').focus();
    await page.keyboard.press('Enter');
    s = await state();
    assert.deepEqual(s.lit, ['borregaard'], 'an actor with no relation stands alone');
    assert.equal(s.lines, 0);
    const box = await page.locator('.case-svg').boundingBox();
    await page.mouse.click(box.x + 4, box.y + 4);
    s = await state();
    assert.ok(!s.focus);
    assert.deepEqual(s.faded, []);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});
