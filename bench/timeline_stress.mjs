// How the timeline copes with many events, beside a plain JavaScript SVG
// baseline drawing the same events, in the same run.
//
// For 1,000 and 5,000 generated events (`#/timeline?stress=N`) it prints:
// the time to first render; each zoom step from the whole span to day ticks
// (time until two frames later, so rendering is included, and the longest
// task the browser reported); and for the app, selecting events by click and
// by arrow key. The baseline is what a hand-written chart does: one SVG with
// every event as a dot and a label, redrawn on each zoom. Targets (issue 3):
// no long task over 200 ms while zooming, none over 50 ms when selecting;
// (issue 12) opening 5,000 events with no task over 200 ms (1,000: 100 ms),
// the list included, which fills in slices after the chart.
// A benchmark, not a test: it prints figures and never fails on them.
//
// Usage: npm run bench:timeline   (after `trunk build --release --offline`)
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from '../tests/e2e/support/server.mjs';
import { launch, appReady } from '../tests/e2e/support/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.EVENTS ?? '1000,5000').split(',').map(Number);
const ZOOM_STEPS = 10;
const VIEWPORT = { width: 1400, height: 900 };

const BASELINE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SVG baseline</title>
<style>body{margin:0;font-family:sans-serif}svg{display:block}text{font-size:12px}</style></head>
<body><svg id="chart" width="1360" height="260"></svg><script>
  const W = 1360, LANES = 6;
  let events = [], view = [0, 1];
  const x = (y) => (y - view[0]) / (view[1] - view[0]) * W;
  window.render = () => {
    let out = '';
    events.forEach((e, i) => {
      const px = x(e.at), py = 30 + (i % LANES) * 36;
      out += '<g><circle cx="' + px + '" cy="' + py + '" r="4"/><text x="' + (px + 6) + '" y="' + (py + 4) + '">'
        + e.label.replace(/&/g, '&amp;').replace(/</g, '&lt;') + '</text></g>';
    });
    document.getElementById('chart').innerHTML = out;
  };
  window.load = (list) => {
    events = list;
    const ys = list.map((e) => e.at);
    const lo = Math.min(...ys), hi = Math.max(...ys), pad = (hi - lo) * 0.05;
    view = [lo - pad, hi + pad];
    render();
  };
  window.zoomIn = () => {
    const mid = (view[0] + view[1]) / 2, half = (view[1] - view[0]) / 4;
    view = [mid - half, mid + half];
    render();
  };
</script></body></html>`;

function fractionalYear(datetime) {
  const [y, m = 1, d = 1] = datetime.split('-').map(Number);
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}

async function newPage(browser) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__longTaskTimes = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longTasks.push(e.duration);
        window.__longTaskTimes.push([Math.round(e.startTime), Math.round(e.duration)]);
      }
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** Runs `action` in the page; time until two frames later and the longest task meanwhile. */
function timed(page, action, arg) {
  return page.evaluate(
    async ([source, arg]) => {
      const before = window.__longTasks.length;
      const start = performance.now();
      await new Function('arg', `return (${source})(arg)`)(arg);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { ms: performance.now() - start, longest: Math.max(0, ...window.__longTasks.slice(before)) };
    },
    [action.toString(), arg],
  );
}

const worst = (xs, key) => Math.max(...xs.map((x) => x[key]));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => `${n.toFixed(0)} ms`;

/** A user's document holding one imported timeline of `n` events. */
function importedDocument(n) {
  const events = [];
  for (let i = 0; i < n; i++) {
    const year = 1981 + Math.floor((i * 27) / n);
    const month = 1 + (i % 12);
    events.push({ id: `e${i}`, date: `${year}-${String(month).padStart(2, '0')}`, title: `Imported event ${i + 1}`,
      text: 'A meeting of negotiators, researchers and faith leaders, as a teacher might record it.', tracks: [1 + (i % 9)] });
  }
  return JSON.stringify({ format: 'multitrack-user-data', version: 3, revision: 1,
    timelines: [{ id: 'imported', title: `Imported, ${n} events`, events, updated: 1 }] });
}

async function measureApp(browser, server, n, { imported = false } = {}) {
  const page = await newPage(browser);
  if (imported) {
    await page.addInitScript((doc) => {
      if (!localStorage.getItem('multitrack.user-data')) localStorage.setItem('multitrack.user-data', doc);
    }, importedDocument(n));
  }
  const t0 = Date.now();
  await page.goto(imported ? `${server.url}#/timeline?mine=imported` : `${server.url}#/timeline?stress=${n}`);
  await appReady(page);
  await page.waitForSelector('.chart-event');
  const render = Date.now() - t0;
  // The list under the chart fills in slices after the chart is drawn: wait
  // for every card, so the tasks of the whole opening are counted.
  await page.waitForFunction((n) => document.querySelectorAll('.event-card').length >= n, n, { timeout: 60000, polling: 50 });
  const listDone = Date.now() - t0;
  const { renderLongest, tasks, interactive } = await page.evaluate(() => ({
    renderLongest: Math.max(0, ...window.__longTasks),
    tasks: window.__longTaskTimes,
    interactive: Math.round(performance.getEntriesByName('multitrack-interactive')[0]?.startTime ?? NaN),
  }));
  const events = await page.$$eval('.event-card', (cards) =>
    cards.map((c) => ({ datetime: c.querySelector('time').getAttribute('datetime'), label: c.querySelector('h3').textContent })));
  const zooms = [];
  for (let i = 0; i < ZOOM_STEPS; i++) {
    zooms.push(await timed(page, () => document.querySelector('.chart-toolbar button').click()));
  }
  const unit = await page.locator('.chart-scale').getAttribute('data-unit');
  await page.getByRole('button', { name: 'Show all', exact: true }).click();
  const clicks = [];
  for (let i = 0; i < 10; i++) {
    clicks.push(await timed(page, async (i) => {
      const links = [...document.querySelectorAll('.chart-event:not([aria-current])')];
      const target = links[(i * 7) % links.length];
      const hash = target.getAttribute('href');
      target.click();
      while (location.hash !== hash) await new Promise((r) => setTimeout(r, 0));
    }, i));
  }
  await page.locator('.chart-event[tabindex="0"]').focus();
  const keys = [];
  for (let i = 0; i < 10; i++) {
    keys.push(await timed(page, async () => {
      const before = location.hash;
      document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      while (location.hash === before) await new Promise((r) => setTimeout(r, 0));
    }));
  }
  await page.close();
  return { render, listDone, renderLongest, tasks, interactive, zooms, unit, clicks, keys, events };
}

async function measureBaseline(browser, server, events) {
  const page = await newPage(browser);
  await page.goto(server.url);
  const list = events.map((e) => ({ at: fractionalYear(e.datetime), label: e.label }));
  const first = await timed(page, (list) => window.load(list), list);
  const zooms = [];
  for (let i = 0; i < ZOOM_STEPS; i++) zooms.push(await timed(page, () => window.zoomIn()));
  await page.close();
  return { render: first.ms, renderLongest: first.longest, zooms };
}

await fs.mkdir(path.join(root, 'bench', 'out', 'baseline'), { recursive: true });
await fs.writeFile(path.join(root, 'bench', 'out', 'baseline', 'index.html'), BASELINE);
const appServer = await serveFolder(path.join(root, 'dist'));
const baseServer = await serveFolder(path.join(root, 'bench', 'out', 'baseline'));
const browser = await launch();

console.log(`Timeline at scale, headless Chromium ${VIEWPORT.width}x${VIEWPORT.height}; times include two frames`);
for (const n of SIZES) {
  const app = await measureApp(browser, appServer, n);
  const base = await measureBaseline(browser, baseServer, app.events);
  const appZoom = { median: median(app.zooms.map((z) => z.ms)), worst: worst(app.zooms, 'ms'), longest: worst(app.zooms, 'longest') };
  const baseZoom = { median: median(base.zooms.map((z) => z.ms)), worst: worst(base.zooms, 'ms'), longest: worst(base.zooms, 'longest') };
  console.log(`\n${n} events (${app.events.length} drawn by both)`);
  console.log(`  first render        app ${fmt(app.render)} to the chart, ${fmt(app.listDone)} to the whole list (page load; longest task ${fmt(app.renderLongest)})   baseline ${fmt(base.render)} (drawing only)`);
  console.log(`  tasks over 50 ms    ${app.tasks.map(([at, ms]) => `${ms} ms at ${at}`).join(', ') || 'none'} (app interactive at ${app.interactive} ms)`);
  console.log(`  zoom, ${ZOOM_STEPS} steps to ${app.unit}: app median ${fmt(appZoom.median)}, worst ${fmt(appZoom.worst)}, longest task ${fmt(appZoom.longest)}`);
  console.log(`                      baseline median ${fmt(baseZoom.median)}, worst ${fmt(baseZoom.worst)}, longest task ${fmt(baseZoom.longest)}`);
  console.log(`  ratio app/baseline  zoom median ${(appZoom.median / baseZoom.median).toFixed(2)}x, zoom worst ${(appZoom.worst / baseZoom.worst).toFixed(2)}x`);
  console.log(`  select by click     median ${fmt(median(app.clicks.map((c) => c.ms)))}, worst ${fmt(worst(app.clicks, 'ms'))}, longest task ${fmt(worst(app.clicks, 'longest'))}`);
  console.log(`  select by arrow key median ${fmt(median(app.keys.map((c) => c.ms)))}, worst ${fmt(worst(app.keys, 'ms'))}, longest task ${fmt(worst(app.keys, 'longest'))}`);
  const mine = await measureApp(browser, appServer, n, { imported: true });
  console.log(`  imported timeline   ${fmt(mine.render)} to the chart, ${fmt(mine.listDone)} to the whole list (read from storage; longest task ${fmt(mine.renderLongest)})`);
  console.log(`  tasks over 50 ms    ${mine.tasks.map(([at, ms]) => `${ms} ms at ${at}`).join(', ') || 'none'}`);
}
console.log('\n(a longest task of 0 ms means no task over 50 ms was reported)');
await browser.close();
await appServer.close();
await baseServer.close();
