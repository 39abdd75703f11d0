// The nine-track circle on the Tracks view, used with the keyboard and mouse;
// and every drawing's downloads (the circle, the timeline, a case map).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady, historyStep, openAt } from './support/browser.mjs';
import { useSite } from './support/site.mjs';

const site = useSite();

const NAMES = [
  'Track 1: Government', 'Track 2: Nongovernment / professional', 'Track 3: Business', 'Track 4: Private citizen',
  'Track 5: Research, training and education', 'Track 6: Activism', 'Track 7: Religion', 'Track 8: Funding',
  'Track 9: Communications and the media',
];

async function openTracks(hash = '#/tracks') {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

const circle = (page) => page.getByRole('group', { name: /9 tracks in a circle/ });
const focusedName = (page) => page.evaluate(() => document.activeElement.getAttribute('aria-label'));

describe('the circle of tracks', () => {
  it('has nine controls named "Track N: Name" in order', async () => {
    const { page, context, problems } = await openTracks();
    const names = await circle(page).getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label')));
    assert.deepEqual(names, NAMES);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('arrow keys go round the circle, Enter selects, Escape clears', async () => {
    const { page, context } = await openTracks();
    await circle(page).getByRole('link', { name: 'Track 1: Government' }).focus();
    await page.keyboard.press('ArrowLeft');
    assert.equal(await focusedName(page), 'Track 9: Communications and the media', 'Left from 1 wraps to 9');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedName(page), 'Track 2: Nongovernment / professional');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await focusedName(page), 'Track 7: Religion');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/tracks/7');
    const details = page.getByRole('region', { name: 'Track details' });
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Religion'));
    assert.match(await details.innerText(), /Peacemaking through faith in action/);
    assert.equal(await page.locator('.model-diagram line.active').count(), 8, 'its eight links are highlighted');
    assert.equal(await page.locator('.model-diagram line.faded').count(), 28, 'the rest fade');
    await page.waitForFunction(() =>
      document.querySelector('.model-diagram [aria-live]').textContent.startsWith('Selected: Track 7, Religion. Linked to 8 tracks'));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => location.hash === '#/tracks');
    await page.waitForFunction(() => document.querySelector('#track-details .hint')?.textContent.startsWith('Select a track'));
    assert.equal(await page.locator('.model-diagram line.active').count(), 8, 'focus still shows track 7\'s links');
    await context.close();
  });

  it('a click selects, the URL keeps it through reload, and focus highlights links', async () => {
    const { page, context } = await openTracks();
    await circle(page).getByRole('link', { name: 'Track 8: Funding' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks/8');
    await page.reload();
    await appReady(page);
    assert.equal(await circle(page).getByRole('link', { name: 'Track 8: Funding' }).getAttribute('aria-current'), 'true');
    assert.match(await page.locator('.selection-text').innerText(), /^Selected: Track 8, Funding\. Linked to 8 tracks/);
    await circle(page).getByRole('link', { name: 'Track 3: Business' }).focus();
    const active = await page.locator('.model-diagram line.active').count();
    assert.equal(active, 8, 'focus shows the focused track\'s links');
    await context.close();
  });
});

/**
 * The circle's drawn names as the reader sees them: each name's box on the
 * page, its rendered font size, and the drawing's box.
 */
async function drawnNames(page) {
  return page.evaluate(() => {
    const svg = document.querySelector('.tracks-circle .model-diagram svg') ?? document.querySelector('.model-diagram svg');
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    const names = [...svg.querySelectorAll('.node-name:not(.absent) .node-label, .node:not(.absent) .node-label')].map((t) => {
      const r = t.getBoundingClientRect();
      return { text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '), left: r.left, top: r.top, right: r.right, bottom: r.bottom,
        px: parseFloat(getComputedStyle(t).fontSize) * scale, fill: getComputedStyle(t).fill };
    });
    return { width: box.width, left: box.left, right: box.right, top: box.top, bottom: box.bottom, names };
  });
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

describe('the circle names its tracks', () => {
  for (const lang of ['en', 'fr', 'es', 'ar']) {
    it(`at 1280x720 in "${lang}" it is at least 480 px wide and names all nine tracks, 13 px or more, clear of each other`, async () => {
      const { page, context, problems } = await openTracks(`${lang === 'en' ? '' : `?lang=${lang}`}#/tracks`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.waitForTimeout(700);
      const drawing = await drawnNames(page);
      assert.ok(drawing.width >= 480, `the circle is ${drawing.width} px wide`);
      assert.equal(drawing.names.length, 9);
      if (lang === 'en') {
        assert.deepEqual(drawing.names.map((n) => n.text), ['Government', 'Nongovernment', 'Business', 'Private citizen',
          'Research and education', 'Activism', 'Religion', 'Funding', 'Media']);
      }
      const colours = new Set(drawing.names.map((n) => n.fill));
      assert.equal(colours.size, 9, 'each name in its track\'s colour');
      for (const [i, n] of drawing.names.entries()) {
        assert.ok(n.px >= 13, `${n.text} is drawn at ${n.px.toFixed(1)} px`);
        assert.ok(n.left >= drawing.left - 1 && n.right <= drawing.right + 1, `${n.text} stays inside the drawing`);
        for (const m of drawing.names.slice(i + 1)) assert.ok(!overlaps(n, m), `${n.text} and ${m.text} overlap`);
      }
      await context.close();
      assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
    });
  }

  it('a selected track says what each of its links is for, and a link opens that pair', async () => {
    const { page, context, problems } = await openTracks('#/tracks/3');
    const items = page.locator('.link-meanings li');
    await items.first().waitFor();
    assert.equal(await items.count(), 8);
    assert.match(await items.first().innerText(), /Government: Trade and rebuilding/);
    await items.first().getByRole('link').click();
    await page.waitForFunction(() => location.hash.includes('pair=1-3'));
    assert.match(page.url(), /#\/tracks\/3\?.*pair=1-3/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});

describe('hierarchy versus circle', () => {
  it('the stage buttons morph the diagram, change its accessible label and live in the URL', async () => {
    const { page, context, problems } = await openTracks('#/tracks/2');
    const label = () => page.locator('.model-diagram svg').getAttribute('aria-label');
    assert.match(await label(), /^The model in 1991: 9 tracks in a circle/);
    await page.getByRole('button', { name: '1981: two tracks' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks/2?model=1981');
    await page.waitForFunction(() =>
      document.querySelector('.model-diagram svg').getAttribute('aria-label').startsWith('The model in 1981: 2 tracks in a hierarchy'));
    assert.equal(await page.getByRole('button', { name: '1981: two tracks' }).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.locator('.model-diagram a.node-link:not([aria-hidden])').count(), 2, 'only tracks one and two');
    await page.locator('.model-diagram a[data-track="2"]').focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-track')), '1', 'arrows skip absent tracks');
    assert.match(await page.locator('.tracks-circle').innerText(), /everything pointed at track one/);
    await page.reload();
    await appReady(page);
    assert.match(await label(), /in 1981/);
    await page.getByRole('button', { name: '1991: nine in a circle' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks/2');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});

describe('notes', () => {
  it('a track has a Notes textbox that keeps what was typed while moving between tracks', async () => {
    const { page, context } = await openTracks('#/tracks/7');
    const notes = page.getByRole('textbox', { name: 'Notes' });
    await notes.fill('Which faith leaders could we invite?');
    await circle(page).getByRole('link', { name: 'Track 8: Funding' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks/8');
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Funding'));
    assert.equal(await notes.inputValue(), '', 'each track has its own note');
    await historyStep(page, -1);
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Religion'));
    assert.equal(await notes.inputValue(), 'Which faith leaders could we invite?');
    await context.close();
  });
});

describe('relations between tracks', () => {
  it('the half matrix holds each pair once, 36 cells, and a cell selects a pair in the URL', async () => {
    const { page, context, problems } = await openTracks('#/tracks/6');
    const table = page.getByRole('table', { name: /How each pair of tracks can work together/ });
    const shape = await table.evaluate((t) => ({
      cells: [...t.tBodies[0].rows].map((r) => r.querySelectorAll('td').length),
      columns: [...t.tHead.querySelectorAll('th[scope=col]')].map((th) => [...th.querySelectorAll('[aria-hidden=true]')].map((e) => e.textContent).join(' ')),
      rowHeaders: [...t.querySelectorAll('th[scope=row]')].map((th) => th.textContent),
      pairs: [...t.querySelectorAll('td a')].map((a) => new URL(a.href).hash.match(/pair=(\d-\d)/)[1]),
      marks: [...t.querySelectorAll('tbody td')].map((td) => `${td.className.match(/sourced|illustrative/)[0]} ${td.querySelector('.mark').textContent}`),
    }));
    assert.deepEqual(shape.cells, [1, 2, 3, 4, 5, 6, 7, 8], 'a staircase below the diagonal');
    assert.equal(new Set(shape.pairs).size, 36, 'every pair once');
    assert.equal(shape.columns.length, 8);
    assert.equal(shape.columns[0], '1 Government', 'a column is named by number and short name');
    assert.match(shape.rowHeaders[7], /Media/);
    assert.ok(shape.marks.every((m) => m === 'sourced \u25CF' || m === 'illustrative \u25CB'), 'a symbol per kind');
    assert.ok(shape.marks.filter((m) => m.startsWith('sourced')).length >= 7);
    // The selected track (6) lights its eight pairs.
    assert.equal(await table.locator('td.lit').count(), 8);
    // Funding (row 8, the seventh) and activism (column 6).
    const cell = table.locator('tbody tr').nth(6).locator('td').nth(5).getByRole('link');
    await cell.click();
    await page.waitForFunction(() => location.hash === '#/tracks/6?pair=6-8');
    const details = page.getByRole('region', { name: 'Relation details' });
    await page.waitForFunction(() => document.querySelector('#relation-details h4')?.textContent.includes('Track 6: Activism and Track 8: Funding'));
    assert.match(await details.innerText(), /Illustrative example/i);
    assert.equal(await table.locator('a[aria-current="true"]').count(), 1, 'the pair is one cell');
    await page.reload();
    await appReady(page);
    assert.match(await page.locator('#relation-details h4').innerText(), /Activism and Track 8: Funding/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('a pair a source speaks to shows the statement with its citation', async () => {
    const { page, context } = await openTracks('#/tracks?pair=2-1');
    const details = page.getByRole('region', { name: 'Relation details' });
    const text = await details.innerText();
    assert.match(text, /Track 1: Government and Track 2: Nongovernment \/ professional/);
    assert.match(text, /In the sources/i);
    assert.match(text, /Sutphin 2004/);
    await context.close();
  });

  for (const lang of ['en', 'fr', 'es', 'ar']) {
    it(`${lang}: the half matrix fits 1,366, 1,280 and 768 px with no sideways scroll, its legend items whole`, async () => {
      const { page, context } = await openTracks(`${lang === 'en' ? '' : `?lang=${lang}`}#/tracks`);
      for (const width of [1366, 1280, 768]) {
        await page.setViewportSize({ width, height: 720 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const fit = await page.evaluate(() => {
          const table = document.querySelector('.relation-matrix');
          const box = table.getBoundingClientRect();
          const cells = [...table.querySelectorAll('td, th')];
          return {
            page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
            shown: box.width > 0,
            table: [Math.floor(box.left), Math.ceil(box.right)],
            cut: cells.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent.trim()),
            legend: [...document.querySelectorAll('.relation-legend li')].map((li) =>
              Math.abs(li.querySelector('.mark').getBoundingClientRect().top - li.getClientRects()[0].top) < 6 && li.getClientRects().length === 1),
          };
        });
        assert.ok(fit.shown, `the matrix is shown at ${width}`);
        assert.ok(fit.page[0] <= fit.page[1], `${lang} at ${width}: the page is ${fit.page[0]} px wide in ${fit.page[1]}`);
        assert.ok(fit.table[0] >= 0 && fit.table[1] <= fit.page[1], `${lang} at ${width}: the table spans ${fit.table}`);
        assert.deepEqual(fit.cut, [], `${lang} at ${width}: no cell's words cut`);
        assert.deepEqual(fit.legend, [true, true], `${lang} at ${width}: each legend item whole`);
      }
      await context.close();
    });
  }

  it('on a 390 px phone nine chips pick two tracks and show their relation', async () => {
    const { page, context, problems } = await openAt(site, '#/tracks', { viewport: { width: 390, height: 844 } });
    assert.equal(await page.locator('.relation-matrix').isVisible(), false, 'no matrix on a phone');
    const group = page.getByRole('group', { name: 'Pick two tracks' });
    const chips = group.getByRole('button');
    assert.equal(await chips.count(), 9);
    for (const box of await chips.evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON()))) {
      assert.ok(box.width >= 44 && box.height >= 44, `a chip is ${box.width}x${box.height}`);
    }
    await group.getByRole('button', { name: 'Track 3: Business' }).click();
    assert.equal(await group.getByRole('button', { name: 'Track 3: Business' }).getAttribute('aria-pressed'), 'true');
    assert.match(await group.getByRole('status').innerText(), /Track 3: Business chosen/);
    await group.getByRole('button', { name: 'Track 8: Funding' }).click();
    await page.waitForFunction(() => location.hash === '#/tracks?pair=3-8');
    await page.waitForFunction(() => document.querySelector('#relation-details h4')?.textContent.includes('Track 3: Business and Track 8: Funding'));
    assert.equal(await group.locator('[aria-pressed="true"]').count(), 2, 'both chips of the pair are pressed');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(wide, 0);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('in Arabic on a phone the chips run from the right', async () => {
    const { page, context } = await openAt(site, '?lang=ar#/tracks', { viewport: { width: 390, height: 844 } });
    const boxes = await page.locator('.pick-two .chip').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().toJSON()));
    assert.equal(boxes.length, 9);
    assert.ok(boxes[0].left > boxes[1].left, 'track 2 to the left of track 1');
    assert.ok(boxes.every((b) => b.left >= 0 && b.right <= 390));
    await context.close();
  });
});

describe('the model in motion', () => {
  it('"Play" steps through 1981 and 1989 to the circle of nine, and says each stage', async () => {
    const { page, context, problems } = await openTracks('#/tracks');
    const label = () => page.locator('.model-diagram svg').getAttribute('aria-label');
    const play = page.locator('.play-stages');
    assert.equal(await play.innerText(), 'Play 1981 → 1989 → 1991');
    await play.click();
    await page.waitForFunction(() => document.querySelector('.model-diagram svg').getAttribute('aria-label').startsWith('The model in 1981'));
    assert.equal(await page.evaluate(() => location.hash), '#/tracks?model=1981');
    assert.equal(await play.innerText(), 'Stop');
    assert.equal(await page.locator('.model-diagram .node:not(.absent)').count(), 2);
    await page.waitForFunction(() => document.querySelector('.model-diagram svg').getAttribute('aria-label').startsWith('The model in 1989'));
    await page.waitForFunction(() => location.hash === '#/tracks', null, { timeout: 6000 });
    assert.match(await label(), /^The model in 1991: 9 tracks in a circle/);
    assert.equal(await page.locator('.model-diagram .node:not(.absent)').count(), 9);
    assert.equal(await page.locator('.model-diagram line').count(), 36);
    assert.equal(await play.innerText(), 'Play 1981 → 1989 → 1991', 'it stops on 1991');
    assert.match(await page.locator('.model-stages [aria-live="polite"]').innerText(), /^1991: 9 tracks in a circle/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('"Stop", from the keyboard, stays on the stage shown', async () => {
    const { page, context } = await openTracks('#/tracks');
    await page.locator('.play-stages').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/tracks?model=1981');
    assert.equal(await page.locator('.play-stages').innerText(), 'Stop');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.play-stages').innerText(), 'Play 1981 → 1989 → 1991');
    await page.waitForTimeout(2500);
    assert.equal(await page.evaluate(() => location.hash), '#/tracks?model=1981');
    await context.close();
  });

  it('nodes glide and links fade in, but not under reduced motion', async () => {
    const motion = async (options) => {
      const { page, context } = await openAt(site, '#/tracks', options);
      const found = await page.evaluate(() => ({
        node: getComputedStyle(document.querySelector('.model-diagram .node')).transitionDuration,
        name: getComputedStyle(document.querySelector('.model-diagram .node-name')).transitionDuration,
        link: getComputedStyle(document.querySelector('.model-diagram .links line')).animationName,
      }));
      await context.close();
      return found;
    };
    const moving = await motion({});
    assert.match(moving.node, /^0\.6s/, 'the nodes glide');
    assert.equal(moving.link, 'fade-in');
    assert.deepEqual(await motion({ reducedMotion: 'reduce' }), { node: '0s', name: '0s', link: 'none' });
  });
});

describe('exporting the circle', () => {
  it('"Download SVG" saves a valid standalone SVG of the circle with the selection', async () => {
    const { page, context, problems } = await openTracks('#/tracks/6');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    assert.equal(download.suggestedFilename(), 'multitrack-model-1991-track-6.svg');
    const text = await fs.readFile(await download.path(), 'utf8');
    // Parse it as a file on its own would be: no page, no stylesheet.
    const facts = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      const root = doc.documentElement;
      const strokeWidths = [...doc.querySelectorAll('line')].map((l) => parseFloat(l.getAttribute('stroke-width')));
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: root.localName,
        ns: root.namespaceURI,
        title: doc.querySelector('title')?.textContent,
        nodes: doc.querySelectorAll('circle').length,
        lines: strokeWidths.length,
        thick: strokeWidths.filter((w) => w > 2).length,
        faded: [...doc.querySelectorAll('line')].filter((l) => parseFloat(l.getAttribute('opacity')) < 0.2).length,
        styled: doc.querySelectorAll('[style]').length,
        text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join('|'),
        classes: doc.querySelectorAll('[class]').length,
      };
    }, text);
    assert.equal(facts.error, null);
    assert.equal(facts.root, 'svg');
    assert.equal(facts.ns, 'http://www.w3.org/2000/svg');
    assert.match(facts.title, /^The model in 1991: 9 tracks in a circle/);
    assert.equal(facts.nodes, 9);
    assert.equal(facts.lines, 36);
    assert.equal(facts.thick, 8, 'the selected track\'s eight links are drawn highlighted');
    assert.equal(facts.faded, 28, 'the rest are faded');
    assert.match(facts.text, /Selected: Track 6: Activism/);
    assert.match(facts.text, /Track 9: Communications and the media/);
    assert.equal(facts.classes, 0, 'the look is in presentation attributes, no stylesheet needed');
    assert.equal(facts.styled, 0, 'no style attributes, which the page\'s policy forbids');
    assert.match(await page.getByRole('status').filter({ hasText: 'Saved' }).innerText(), /Saved multitrack-model-1991-track-6\.svg/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('"Download PNG" saves a PNG image twice the drawing\'s size', async () => {
    const { page, context, problems } = await openTracks('#/tracks/2?model=1981');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    assert.equal(download.suggestedFilename(), 'multitrack-model-1981-track-2.png');
    const bytes = await fs.readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(bytes.toString('ascii', 12, 16), 'IHDR');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    assert.equal(width, 1280, 'twice the drawing\'s 640 units');
    assert.ok(height > 840, `height ${height} holds the drawing and its legend`);
    // The browser decodes it, and it is not blank: it has the tracks' colours.
    const colours = await page.evaluate(async (b64) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d');
      ctx.drawImage(bitmap, 0, 0);
      const pixels = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const seen = new Set();
      for (let i = 0; i < pixels.length; i += 4 * 7) seen.add(`${pixels[i]},${pixels[i + 1]},${pixels[i + 2]}`);
      return [...seen];
    }, bytes.toString('base64'));
    // Track 1's and track 2's colours (dataset), as drawn.
    assert.ok(colours.includes('94,113,131'), 'track 1 (#5e7183) is drawn');
    assert.ok(colours.includes('5,94,88'), 'track 2 (#055e58) is drawn');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });
});

// The timeline chart and a case map export the same way as the circle, from
// the same "drawing export" part, fetched on the first press.
const contentFiles = await Promise.all(['dataset.json', 'cases.json'].map(async (f) =>
  JSON.parse(await fs.readFile(new URL(`../../src/content/${f}`, import.meta.url), 'utf8'))));
const REFERENCES = contentFiles.flatMap((d) => d.references);
const SOURCE = /^Source: multitrack — (.+), after Diamond & McDonald 1996(, with .+)?; \d{1,2} [A-Z][a-z]+ 20\d\d$/;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Presses `button` and returns the file saved: its name and its bytes. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/** What a saved SVG holds, parsed as a file on its own would be. */
function readSvg(page, markup) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent.trim());
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      lang: root.getAttribute('xml:lang'),
      dir: root.getAttribute('direction'),
      width: Number(root.getAttribute('width')),
      texts,
      // The source line, however many lines it wraps to: the last texts.
      source: texts.slice(texts.findIndex((t) => /^(Source|المصدر): multitrack/.test(t))).join(' '),
      styled: doc.querySelectorAll('[style]').length,
      classes: doc.querySelectorAll('[class]').length,
      fontStack: root.getAttribute('font-family') ?? '',
      sheets: doc.querySelectorAll('style').length,
    };
  }, markup);
}

function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], PNG_SIGNATURE, 'PNG signature');
  assert.equal(bytes.toString('ascii', 12, 16), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('exporting the timeline and the case maps', () => {
  it('the timeline saves as an SVG of the chart as shown, with its years in the name and a source line', async () => {
    const { page, context, problems } = await openTracks('#/timeline/1991-nine-tracks');
    await page.locator('.chart-event').first().waitFor();
    const shown = await page.evaluate(() => {
      const area = document.querySelector('.chart-area');
      const year = (d) => Math.floor((Number(area.dataset[d]) * 4) / 1461);
      return {
        from: year('startDay'),
        to: year('endDay'),
        labels: [...area.querySelectorAll('.chart-event')].map((a) => a.textContent.trim()),
      };
    });
    const file = await download(page, 'Download SVG');
    assert.equal(file.name, `multitrack-timeline-${shown.from}-${shown.to}.svg`);
    const svg = await readSvg(page, file.bytes.toString('utf8'));
    assert.equal(svg.error, null);
    assert.equal(svg.root, 'svg');
    assert.equal(svg.ns, 'http://www.w3.org/2000/svg');
    assert.equal(svg.lang, 'en');
    assert.equal(svg.texts[0], `Timeline, ${shown.from}–${shown.to}`, 'a title line above the chart');
    assert.match(svg.source, SOURCE);
    assert.equal(SOURCE.exec(svg.source)[1], 'Timeline');
    assert.ok(shown.labels.length > 3, 'events are drawn');
    for (const label of shown.labels) assert.ok(svg.texts.includes(label), `"${label}" is in the file`);
    assert.ok(svg.texts.some((t) => /^Selected: 1991 /.test(t)), 'the selection is named');
    assert.match(svg.fontStack, /sans-serif$/, 'fonts fall back to any sans-serif');
    assert.equal(svg.sheets, 0, 'no style sheet, which the page\'s policy (and some tools) would refuse');
    assert.equal(svg.styled, 0, 'no style attributes');
    assert.equal(svg.classes, 0, 'the look is in presentation attributes');
    assert.match(await page.getByRole('status').filter({ hasText: 'Saved' }).innerText(), /Saved multitrack-timeline-/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('the timeline saves as a PNG at twice the chart\'s width on screen', async () => {
    const { page, context, problems } = await openTracks('#/timeline');
    await page.locator('.chart-event').first().waitFor();
    const onScreen = await page.locator('.chart-area').evaluate((a) => a.getBoundingClientRect().width);
    const file = await download(page, 'Download PNG');
    assert.match(file.name, /^multitrack-timeline-\d{4}-\d{4}\.png$/);
    const { width, height } = pngSize(file.bytes);
    assert.ok(width >= 2 * Math.floor(onScreen) - 4, `${width} px for a chart ${onScreen} px wide`);
    assert.ok(height > 2 * 200, `height ${height}`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('a case map saves as an SVG with its actors, its legend and its sources, and as a PNG at twice its width', async () => {
    const { page, context, problems } = await openTracks('#/cases/oslo-1992-93');
    await page.locator('.case-svg .case-actor').first().waitFor();
    const names = await page.locator('.case-svg .case-actor text').evaluateAll((ts) => ts.map((t) => [...t.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim()));
    const title = (await page.locator('#case-title-heading').innerText()).trim();
    const file = await download(page, 'Download SVG');
    assert.equal(file.name, 'multitrack-case-oslo-1992-93.svg');
    const svg = await readSvg(page, file.bytes.toString('utf8'));
    assert.equal(svg.error, null);
    assert.equal(svg.texts[0], title);
    for (const name of names) assert.ok(svg.texts.some((t) => t.includes(name)), `actor "${name}" is in the file`);
    assert.ok(svg.texts.includes('cooperation'), 'the legend of relation kinds comes along');
    assert.match(svg.source, SOURCE);
    assert.equal(SOURCE.exec(svg.source)[1], 'Case maps');
    const study = contentFiles[1].case_studies.find((s) => s.map.id === 'oslo-1992-93');
    const first = REFERENCES.find((r) => r.id === study.cite[0].ref).short;
    assert.ok(svg.source.includes(`, with ${first} · `), `the case's sources are named: ${svg.source}`);
    assert.equal(svg.styled, 0);

    const onScreen = await page.locator('.case-svg').evaluate((s) => s.getBoundingClientRect().width);
    const png = await download(page, 'Download PNG');
    assert.equal(png.name, 'multitrack-case-oslo-1992-93.png');
    assert.ok(pngSize(png.bytes).width >= 2 * Math.floor(onScreen), `at least twice the ${onScreen} px on screen`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('in Arabic the file reads right to left, in Arabic', async () => {
    const { page, context, problems } = await openTracks('?lang=ar#/cases/oslo-1992-93');
    await page.locator('.case-svg .case-actor').first().waitFor();
    const file = await download(page, 'نزّل SVG');
    const svg = await readSvg(page, file.bytes.toString('utf8'));
    assert.equal(svg.error, null);
    assert.equal(svg.lang, 'ar');
    assert.equal(svg.dir, 'rtl');
    assert.match(svg.source, /^المصدر: multitrack — .+Diamond & McDonald 1996/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('the export part is fetched on the first press only; if it cannot load, the reader is told and can try again', async () => {
    const session = await guardedPage(site.browser, site.server.origin, { serviceWorkers: 'block' });
    const { page, context, problems } = session;
    let blocked = true;
    const asked = [];
    await page.route('**/split_drawing_export.wasm', (route) => {
      asked.push(route.request().url());
      return blocked ? route.abort() : route.continue();
    });
    await page.goto(site.server.url + '#/cases/oslo-1992-93');
    await appReady(page);
    await page.locator('.case-svg .case-actor').first().waitFor();
    assert.equal(asked.length, 0, 'not fetched with the view');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'makes image files' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /did not load/);
    blocked = false;
    const [file] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Try again' }).click()]);
    assert.equal(file.suggestedFilename(), 'multitrack-case-oslo-1992-93.svg');
    assert.equal(await page.getByRole('alert').filter({ hasText: 'makes image files' }).count(), 0);
    await context.close();
    assert.deepEqual(problems.pageErrors, [], 'no panic');
  });
});
