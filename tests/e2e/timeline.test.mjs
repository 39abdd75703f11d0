// The Timeline view shows the model as it stood at the selected event.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dataset, cases, TOTAL_EVENTS } from './support/content.mjs';
import { guardedPage, appReady, historyStep } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();
const TOTAL = TOTAL_EVENTS;

const diagramLabel = (page) => page.locator('svg[role="img"]').getAttribute('aria-label');

describe('the model beside the timeline', () => {
  it('1981 shows two tracks in a hierarchy; 1991 the nine-track circle', async () => {
    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/timeline/1981-track-one-track-two');
    await appReady(page);
    assert.match(await diagramLabel(page), /^The model in 1981: 2 tracks in a hierarchy\. Track One/);

    await page.getByRole('link', { name: /^1991 Nine tracks in a circle/ }).first().click();
    await page.waitForFunction(() =>
      document.querySelector('svg[role="img"]').getAttribute('aria-label').includes('9 tracks in a circle'));
    assert.match(await diagramLabel(page), /none on top/);

    await historyStep(page, -1);
    await page.waitForFunction(() =>
      document.querySelector('svg[role="img"]').getAttribute('aria-label').includes('in 1981'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('with nothing selected it shows the model as it stands now', async () => {
    const { page, context } = await guardedPage(site.browser, site.server.origin);
    await page.goto(site.server.url + '#/timeline');
    await appReady(page);
    assert.match(await diagramLabel(page), /9 tracks in a circle/);
    await context.close();
  });
});

async function openTimeline(hash) {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

const selectedChartEvent = (page) => page.locator('.chart-event[aria-current="true"]').innerText();
// The URL is written before the chart redraws, so wait for the chart itself.
const chartSelects = (page, pattern) => page.waitForFunction(
  (source) => new RegExp(source).test(document.querySelector('.chart-event[aria-current="true"]')?.textContent ?? ''),
  pattern.source);

describe('the interactive chart', () => {
  it('arrow keys, Home and End move the selection, update the URL and survive reload', async () => {
    const { page, context, problems } = await openTimeline('#/timeline/1989-five-tracks');
    await page.locator('.chart-event[aria-current="true"]').focus();
    // The cases sit among the history in date order: 1990's Rome talks follow 1989.
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash === '#/timeline/1990-rome-talks-mozambique');
    await chartSelects(page, /^1990 /);
    await page.waitForFunction(() => /^1990 /.test(document.activeElement.textContent)); // focus follows
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => location.hash === '#/timeline/1987-conflict-resolution-track-two');
    await page.waitForFunction((total) =>
      new RegExp(`^1987 Conflict Resolution.*Event 8 of ${total}`).test(document.querySelector('.chart [aria-live="polite"]').textContent), TOTAL);
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash === '#/timeline/2007-hamas-kadima-study-group');
    await page.keyboard.press('Home');
    await page.waitForFunction(() => location.hash === '#/timeline/1955-russell-einstein-manifesto');
    await page.reload();
    await appReady(page);
    assert.match(await selectedChartEvent(page), /^1955 /);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('zoom buttons change the tick unit and Show all returns', async () => {
    const { page, context } = await openTimeline('#/timeline/1992-imtd-founded');
    const unit = () => page.locator('.chart-scale').getAttribute('data-unit');
    const start = await unit();
    assert.equal(start, 'decades');
    const seen = new Set([start]);
    for (let i = 0; i < 14 && !seen.has('days'); i++) {
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
      seen.add(await unit());
    }
    assert.deepEqual([...seen], ['decades', 'years', 'months', 'days']);
    assert.match(await selectedChartEvent(page), /^1992 Institute founded/, 'zoom keeps the selection in view');
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    assert.notEqual(await unit(), 'days');
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    assert.equal(await unit(), 'decades');
    await context.close();
  });

  it('the track filter and the search narrow the events and live in the URL', async () => {
    const { page, context } = await openTimeline('#/timeline');
    await page.getByLabel('Track', { exact: true }).selectOption({ label: 'Track 7: Religion' });
    await page.waitForFunction(() => location.hash === '#/timeline?track=7');
    const religion = await page.locator('.event-card').count();
    assert.ok(religion > 0 && religion < TOTAL, `${religion} events involve track 7`);
    assert.equal(await page.locator('.filter-count').innerText(), `${religion} of ${TOTAL} events`);
    await page.getByLabel('Track', { exact: true }).selectOption({ label: 'All tracks' });
    await page.getByRole('searchbox', { name: 'Search events' }).fill('iraq');
    await page.waitForFunction(() => location.hash === '#/timeline?q=iraq');
    assert.equal(await page.locator('.event-card').count(), 1);
    assert.equal(await page.locator('.chart-event').count(), 1);
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByRole('searchbox', { name: 'Search events' }).inputValue(), 'iraq');
    assert.equal(await page.locator('.event-card').count(), 1);
    await page.getByRole('searchbox', { name: 'Search events' }).fill('no such words anywhere');
    await page.waitForSelector('.no-match');
    await context.close();
  });

  it('dragging pans the chart and the wheel zooms it', async () => {
    const { page, context } = await openTimeline('#/timeline');
    const area = page.locator('.chart-area');
    const box = await area.boundingBox();
    const viewStart = async () => Number(await area.getAttribute('data-start-day'));
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    const before = await viewStart();
    await page.mouse.move(box.x + box.width / 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + 20, { steps: 5 });
    await page.mouse.up();
    assert.ok((await viewStart()) < before, 'dragging right shows earlier years');
    const unit = () => page.locator('.chart-scale').getAttribute('data-unit');
    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
    assert.notEqual(await unit(), 'decades', 'wheel up zooms in');
    await context.close();
  });
});

describe('event details', () => {
  it('selecting an event on the chart shows its details in a region named for them', async () => {
    const { page, context } = await openTimeline('#/timeline');
    const details = page.getByRole('region', { name: /details/i });
    assert.match(await details.innerText(), /Select an event/);
    await page.locator('.chart-event', { hasText: /^1981 Montville/ }).click();
    await page.waitForFunction(() => location.hash === '#/timeline/1981-track-one-track-two');
    await page.waitForFunction(() => document.querySelector('#event-details h3')?.textContent.includes('Montville'));
    const text = await details.innerText();
    assert.match(text, /Sources differ/);
    assert.match(text, /1982/, 'both readings of the disputed date');
    assert.ok((await details.getByRole('link', { name: /^Track 1: Government$/ }).count()) === 1, 'track links');
    await details.getByRole('link', { name: 'Track 2: Nongovernment / professional' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks/2');
    await context.close();
  });
});

describe('scale', () => {
  it('a large generated set is labelled as such, drawn with clusters, and stays navigable', async () => {
    const { page, context, problems } = await openTimeline('#/timeline?stress=1500');
    assert.match(await page.getByRole('note').first().innerText(), /Stress test: 1500 generated events, not history/);
    assert.equal(await page.locator('.filter-count').innerText(), '1500 of 1500 events');
    const drawn = await page.locator('.chart-event').count();
    assert.ok(drawn > 0 && drawn < 200, `only a readable few are drawn (${drawn})`);
    assert.ok((await page.locator('.chart-cluster').count()) > 0, 'the rest are counted in clusters');
    await page.goto(site.server.url + '#/timeline/generated-700?stress=1500');
    await appReady(page);
    assert.equal(await page.locator('.chart-event[aria-current="true"]').count(), 1,
      'a selection inside a dense run is drawn, not hidden in a cluster');
    await page.locator('.chart-cluster button').first().click();
    await page.locator('.chart-event[tabindex="0"]').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => location.hash.startsWith('#/timeline/generated-1500'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});

describe('touch and the text alternative', () => {
  it('a two-finger pinch zooms the chart in and out', async () => {
    const { page, context } = await openTimeline('#/timeline');
    const span = async () => {
      const area = page.locator('.chart-area');
      return (Number(await area.getAttribute('data-end-day')) - Number(await area.getAttribute('data-start-day'))) / 365.25;
    };
    const whole = await span();
    const pinch = (from, to) => page.evaluate(([from, to]) => {
      const area = document.querySelector('.chart-area');
      const { left, top } = area.getBoundingClientRect();
      const fire = (type, id, x) => area.dispatchEvent(new PointerEvent(type, {
        pointerId: id, pointerType: 'touch', clientX: left + x, clientY: top + 60, bubbles: true, isPrimary: id === 1,
      }));
      fire('pointerdown', 1, 600 - from);
      fire('pointerdown', 2, 600 + from);
      for (let k = 1; k <= 5; k++) fire('pointermove', 2, 600 + from + ((to - from) * k) / 5);
      fire('pointerup', 1, 600 - from);
      fire('pointerup', 2, 600 + to);
    }, [from, to]);
    await pinch(50, 250);
    const zoomed = await span();
    assert.ok(zoomed < whole / 2, `spreading two fingers zooms in (${whole.toFixed(1)} -> ${zoomed.toFixed(1)} years)`);
    await pinch(300, -200);
    assert.ok((await span()) > zoomed * 2, 'pinching them together zooms out');
    await context.close();
  });

  it('the chart offers the list of all events as its text alternative', async () => {
    const { page, context } = await openTimeline('#/timeline');
    await page.getByRole('button', { name: 'List of all events', exact: true }).click();
    const list = page.getByRole('region', { name: 'List of all events' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'event-list');
    assert.equal(await list.locator('.event-card').count(), TOTAL);
    assert.equal(await list.locator('time[datetime]').count(), TOTAL, 'every entry is dated');
    await context.close();
  });
  it('the cases run in a lane of their own: listed apart, marked on the chart, and filtered by the URL', async () => {
    const { page, context, problems } = await openTimeline('#/timeline');
    const section = page.getByRole('region', { name: 'Cases: the tracks at work' });
    await section.waitFor();
    assert.equal(await section.locator('.event-card').count(), cases.events.length, 'every case under its own heading');
    assert.ok(await page.locator('.chart-event.chart-case').count() > 0, 'cases are marked on the chart');
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'The history of the idea' });
    await page.waitForFunction(() => location.hash === '#/timeline?lane=history');
    assert.equal(await page.locator('.filter-count').innerText(), `${dataset.events.length} of ${TOTAL} events`);
    assert.equal(await page.locator('.chart-event.chart-case').count(), 0);
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Cases: the tracks at work' });
    await page.waitForFunction(() => location.hash === '#/timeline?lane=cases');
    await page.reload();
    await appReady(page);
    assert.equal(await page.locator('.filter-count').innerText(), `${cases.events.length} of ${TOTAL} events`);
    // A case leads to its methods, its criticism and its map.
    await page.goto(site.server.url + '#/timeline/1993-inter-tajik-dialogue');
    const details = page.locator('#event-details');
    await details.locator('.event-methods').getByRole('link', { name: 'Sustained dialogue' }).click();
    await page.waitForFunction(() => location.hash === '#/concepts/sustained-dialogue');
    await page.locator('.method-card[aria-current="true"]').getByRole('heading', { name: 'Sustained dialogue' }).waitFor();
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });
});
