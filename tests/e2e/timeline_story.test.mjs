// The timeline tells its story: it opens on the history, and its turning
// points (1981, 1989, 1991) are labelled by their short titles, whole, inside
// the chart, at a projector's width and a phone's; no label covers another;
// every era band in view is named; the axis reads at 14 px or more.
//
// The layout itself is tested natively (src/model/geometry/timeline.rs, from
// 320 to 1366 px in every language); this checks that the page draws what
// the model measured, in a real browser with real fonts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dataset } from './support/content.mjs';
import { openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();

const TURNING_POINTS = ['1981-track-one-track-two', '1989-five-tracks', '1991-nine-tracks'];
const arabic = JSON.parse(fs.readFileSync(new URL('../../src/content/i18n/ar/dataset.json', import.meta.url), 'utf8'));

/** "1991 Nine tracks": what the chart shows for an event of `data`. */
const shown = (data, id) => {
  const event = data.events.find((e) => e.id === id);
  return `${event.date.slice(0, 4)} ${event.short_title}`;
};

/** The chart once it has measured its width and drawn for it. */
const chartSettled = (page) => page.waitForFunction(() => {
  const area = document.querySelector('.chart-area');
  const svg = area?.querySelector('svg.chart-axis');
  return area && svg && Number(svg.getAttribute('width')) === area.clientWidth
    && area.querySelector('.chart-event[href$="/1991-nine-tracks"]');
}).then(() => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));

/** Everything the test asks of the drawn chart, measured in the page. */
const measure = (page, ids) => page.evaluate((ids) => {
  const area = document.querySelector('.chart-area').getBoundingClientRect();
  const inside = (r) => r.left >= area.left - 0.5 && r.right <= area.right + 0.5
    && r.top >= area.top - 0.5 && r.bottom <= area.bottom + 0.5;
  const labels = ids.map((id) => {
    const el = document.querySelector(`.chart-event[href$="/${id}"]`);
    if (!el) return { id, drawn: false };
    const r = el.getBoundingClientRect();
    // The topmost element at the label's middle is the label itself: nothing covers it.
    const top = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
    return {
      id,
      drawn: true,
      text: el.innerText.trim(),
      visible: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && r.width > 0 && r.height > 0,
      inside: inside(r),
      // Not cut: the text needs no more width than its box gives it.
      whole: el.scrollWidth <= el.clientWidth,
      uncovered: top === el || el.contains(top),
      fontSize: parseFloat(getComputedStyle(el).fontSize),
    };
  });
  const boxes = [...document.querySelectorAll('.chart-event, .chart-cluster button')].map((el) => {
    const r = el.getBoundingClientRect();
    return { name: el.textContent.trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
        overlaps.push(`${a.name} / ${b.name}`);
      }
    }
  }
  const outside = boxes.filter((b) => !inside(b)).map((b) => b.name);
  const axisText = [...document.querySelectorAll('svg.chart-axis text')];
  const axisSizes = axisText.map((t) => parseFloat(getComputedStyle(t).fontSize));
  const bands = [...document.querySelectorAll('svg.chart-axis .era-band')];
  return {
    labels,
    overlaps,
    outside,
    axisSizes,
    tickCount: document.querySelectorAll('svg.chart-axis .tick text').length,
    bandCount: bands.length,
    unnamedBands: bands.filter((g) => !g.querySelector('text')?.textContent.trim()).length,
    eraNamesOutside: bands.map((g) => g.querySelector('text')).filter((t) => t && !inside(t.getBoundingClientRect()))
      .map((t) => t.textContent),
  };
}, ids);

const CASES = [
  { lang: 'en', data: dataset, viewport: { width: 1280, height: 720 } },
  { lang: 'en', data: dataset, viewport: { width: 390, height: 844 } },
  { lang: 'ar', data: arabic, viewport: { width: 390, height: 844 } },
];

describe('the timeline opens on its story', () => {
  for (const { lang, data, viewport } of CASES) {
    it(`${lang} at ${viewport.width}x${viewport.height}: 1981, 1989 and 1991 labelled whole inside the chart, the axis at 14 px or more`, async () => {
      const hash = lang === 'en' ? '#/timeline' : `?lang=${lang}#/timeline`;
      const { page, context, problems } = await openAt(site, hash, { viewport });
      await chartSettled(page);
      // In view, so that what lies on top of each label can be asked.
      await page.locator('.chart-area').scrollIntoViewIfNeeded();

      // It opens on the history: 1981 to 2007, not the 1950s.
      const [startDay, endDay] = await page.locator('.chart-area')
        .evaluate((el) => [Number(el.dataset.startDay), Number(el.dataset.endDay)]);
      const [start, end] = [startDay / 365.25, endDay / 365.25];
      assert.ok(start > 1975 && start < 1981 && end > 2007 && end < 2012, `the default view runs ${start.toFixed(1)} to ${end.toFixed(1)}`);

      const found = await measure(page, TURNING_POINTS);
      for (const label of found.labels) {
        assert.ok(label.drawn, `${label.id} is labelled, not hidden in a cluster`);
        assert.equal(label.text, shown(data, label.id), `${label.id} shows its year and short title`);
        assert.ok(label.visible, `${label.id} is visible`);
        assert.ok(label.inside, `${label.id} lies inside the chart`);
        assert.ok(label.whole, `${label.id}'s text is not cut`);
        assert.ok(label.uncovered, `${label.id} is not covered by another label`);
        assert.ok(label.fontSize >= 14, `${label.id} is ${label.fontSize} px`);
      }
      assert.deepEqual(found.overlaps, [], 'no two labels overlap');
      assert.deepEqual(found.outside, [], 'no label passes the chart\u2019s edge');

      assert.ok(found.tickCount > 0, 'the axis has ticks');
      assert.ok(found.axisSizes.every((size) => size >= 14), `axis text sizes: ${[...new Set(found.axisSizes)].join(', ')} px`);
      assert.equal(found.bandCount, data.eras.length, 'every era is in the default view');
      assert.equal(found.unnamedBands, 0, 'every era band is named');
      assert.deepEqual(found.eraNamesOutside, [], 'every era name lies inside the chart');

      // The events before the history are a "Show all" away.
      if (lang === 'en') {
        await page.getByRole('button', { name: 'Show all', exact: true }).click();
        await page.waitForFunction(() => Number(document.querySelector('.chart-area').dataset.startDay) / 365.25 < 1955);
      }
      await context.close();
      assert.deepEqual(problems.pageErrors, []);
    });
  }

  it('a turning point is named by its whole title, and shows its short one', async () => {
    const { page, context } = await openAt(site, '#/timeline', { viewport: { width: 1280, height: 720 } });
    await chartSettled(page);
    const link = page.locator('.chart-area').getByRole('link', { name: /^1991 Nine tracks in a circle/ });
    assert.equal(await link.getAttribute('class').then((c) => c.includes('chart-turning')), true);
    assert.equal((await link.innerText()).trim(), '1991 Nine tracks');
    await context.close();
  });

  it('the list reads as lines: date, title, lead sentence and track dots, the story on demand', async () => {
    const { page, context, problems } = await openAt(site, '#/timeline', { viewport: { width: 1366, height: 900 } });
    const card = page.locator('#event-list .event-card').filter({ has: page.locator('a[href$="/1989-five-tracks"]') });
    const event = dataset.events.find((e) => e.id === '1989-five-tracks');
    // textContent: a card off screen skips rendering (content-visibility), and innerText with it.
    const lead = (await card.locator('.event-lead').textContent()).trim();
    assert.ok(event.summary.startsWith(lead) && lead.length < event.summary.length && /\.$/.test(lead), `its first sentence: ${lead}`);
    assert.equal(await card.locator('.track-dots .track-badge').count(), event.tracks.length, 'a dot per track');
    assert.deepEqual(await card.locator('.track-dots .track-badge').allTextContents(), event.tracks.map(String), 'each dot carries its number');
    assert.equal(await card.locator('details.event-more:not([open])').count(), 1, 'the story is folded away');
    assert.equal(await card.locator('.cites').first().isVisible(), false, 'its sources with it');
    const more = card.locator('details.event-more > summary');
    assert.ok((await more.boundingBox()).height >= 44, 'the details are a 44 px target');
    await more.click();
    await card.locator('details[open] .cites').first().waitFor({ state: 'visible' });
    assert.match(await card.locator('details[open]').innerText(), new RegExp(event.summary.slice(-30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('the model beside the list follows the era being read, and then the event picked', async () => {
    const { page, context, problems } = await openAt(site, '#/timeline', { viewport: { width: 1366, height: 900 } });
    // The diagram's caption names the year it draws ("1989: 5 tracks, ...").
    const modelYear = (year) => page.waitForFunction((y) =>
      document.querySelector('.timeline-model figcaption strong')?.textContent.startsWith(`${y}:`), year);
    const readAt = async (heading) => {
      // Scroll the era's heading to a fifth of the way down the window, as a reader would.
      await page.evaluate((id) => {
        const top = document.getElementById(id).getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight / 5);
      }, heading);
    };
    const latest = dataset.events.at(-1).date.slice(0, 4);
    await modelYear(latest);
    await readAt('era-era-two-tracks');
    await modelYear(1981);
    assert.ok(await page.locator('.timeline-model').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }), 'the model stays in sight beside the list');
    await readAt('era-era-five-tracks');
    await modelYear(1989);
    // Picking an event shows the model at its date, whatever era was read last.
    await page.locator('#event-list a[href$="/1991-nine-tracks"]').click();
    await modelYear(1991);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});
