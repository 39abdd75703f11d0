// The user's own data: saved in localStorage, exported and imported as
// files, safe with bad input, with a full or unreadable storage, and across
// two tabs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import { writeTemp } from './support/files.mjs';
import { TOTAL_EVENTS } from './support/content.mjs';

const site = useSite();
const KEY = 'multitrack.user-data';

async function open(hash, options) {
  const session = await guardedPage(site.browser, site.server.origin, options);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function typeNote(page, text) {
  await page.getByRole('textbox', { name: 'Notes' }).fill(text);
  // Saving waits for a pause in typing.
  await page.waitForFunction((want) => (localStorage.getItem('multitrack.user-data') ?? '').includes(want), text);
}

const timelineFile = (text = 'Workshops in Nicosia') => JSON.stringify({
  format: 'multitrack-user-data',
  version: 1,
  notes: [{ about: 'principle:trust', text: 'Trust takes years', updated: 1 }],
  timelines: [{
    id: 'cyprus', title: 'Cyprus, 1990s', events: [
      { id: 'e1', date: '1997-05', title: 'Bi-communal workshops', text, tracks: [2, 4] },
      { id: 'e2', date: '2004-04', title: 'Annan Plan referendums', text: 'Two votes', tracks: [1, 4] },
    ],
  }],
});

describe('saved in this browser', () => {
  it('a note survives reload and is listed under "Your data"', async () => {
    const { page, context, problems } = await open('#/tracks/7');
    await typeNote(page, 'Which faith leaders could we invite?');
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Which faith leaders could we invite?');
    await page.getByRole('link', { name: 'Your data' }).click();
    assert.match(await page.locator('.my-notes').innerText(), /Track 7: Religion: Which faith leaders could we invite\?/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('an edit is kept when the page is closed or reloaded at once, before the pause saving waits for', async () => {
    const { page, context, problems } = await open('#/tracks/7');
    // A first edit, saved: the codec that writes the document is loaded.
    await typeNote(page, 'First thought');
    await page.getByRole('textbox', { name: 'Notes' }).fill('Second thought, then the tab closes');
    await page.reload();
    await appReady(page);
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'Second thought, then the tab closes');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('two tabs editing in turn both end with both edits', async () => {
    const context = await site.browser.newContext();
    const [a, b] = [await context.newPage(), await context.newPage()];
    await a.goto(site.server.url + '#/tracks/7');
    await b.goto(site.server.url + '#/tracks/8');
    await appReady(a);
    await appReady(b);
    // Both type before either has saved: B's save must merge A's, not overwrite it.
    await a.getByRole('textbox', { name: 'Notes' }).fill('note from A');
    await b.getByRole('textbox', { name: 'Notes' }).fill('note from B');
    for (const page of [a, b]) {
      await page.waitForFunction(() => {
        const text = localStorage.getItem('multitrack.user-data') ?? '';
        return text.includes('note from A') && text.includes('note from B');
      });
    }
    await a.getByRole('link', { name: 'Your data' }).click();
    await a.waitForFunction(() => document.querySelector('.my-notes')?.textContent.includes('note from B'));
    await b.reload();
    await appReady(b);
    assert.equal(await b.getByRole('textbox', { name: 'Notes' }).inputValue(), 'note from B');
    await b.goto(site.server.url + '#/tracks/7');
    await b.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Religion'));
    assert.equal(await b.getByRole('textbox', { name: 'Notes' }).inputValue(), 'note from A');
    await context.close();
  });

  it('unreadable saved data: the app starts, keeps it as a backup and offers it as a download', async () => {
    const { page, context } = await open('#/tracks/7');
    await page.evaluate((key) => localStorage.setItem(key, '{"format": "multitrack-user-data", "version": 1, "notes": [tru'), KEY);
    await page.reload();
    await appReady(page);
    const alert = page.getByRole('alert');
    assert.match(await alert.innerText(), /Your saved data could not be read \(this is not valid JSON \(line 1, column/);
    assert.equal(await page.evaluate(() => localStorage.getItem('multitrack.user-data.unreadable')),
      '{"format": "multitrack-user-data", "version": 1, "notes": [tru');
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download the unreadable data' }).click()]);
    assert.match(download.suggestedFilename(), /^multitrack-unreadable-\d{4}-\d\d-\d\d\.json$/);
    assert.equal(await fs.readFile(await download.path(), 'utf8'), '{"format": "multitrack-user-data", "version": 1, "notes": [tru');
    // The app still works, and saving goes on under the main key.
    await typeNote(page, 'a fresh start');
    assert.match(await page.evaluate(() => localStorage.getItem('multitrack.user-data.unreadable')), /\[tru$/);
    await context.close();
  });

  it('a full storage loses nothing in memory and says so, offering an export', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'multitrack.user-data' && window.__full) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    const page = await context.newPage();
    await page.goto(site.server.url + '#/tracks/7');
    await appReady(page);
    await typeNote(page, 'saved before the disk filled');
    await page.evaluate(() => { window.__full = true; });
    await page.getByRole('textbox', { name: 'Notes' }).fill('written while full');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /storage for this site is full/);
    assert.match(await stored(page), /saved before the disk filled/, 'the saved copy is untouched');
    await page.goto(site.server.url + '#/tracks/8');
    await page.goto(site.server.url + '#/tracks/7');
    await page.waitForFunction(() => document.querySelector('#track-details h3')?.textContent.includes('Religion'));
    assert.equal(await page.getByRole('textbox', { name: 'Notes' }).inputValue(), 'written while full', 'kept in memory');
    await alert.getByRole('link', { name: 'Export your data' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    assert.match(await fs.readFile(await download.path(), 'utf8'), /written while full/);
    // Space again: the next change is saved and the notice goes.
    await page.evaluate(() => { window.__full = false; });
    await page.goto(site.server.url + '#/tracks/7');
    await typeNote(page, 'saved again');
    await page.waitForFunction(() => !document.querySelector('[role=alert]'));
    await context.close();
  });
});

describe('export and import', () => {
  it('export then import in a fresh profile gives the same content, after confirmation, with undo', async () => {
    const first = await open('#/tracks/7');
    await typeNote(first.page, 'Ask about interfaith councils');
    await first.page.goto(site.server.url + '#/my-data');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Export', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^multitrack-data-\d{4}-\d\d-\d\d\.json$/);
    const file = await writeTemp('exported.json', await fs.readFile(await download.path(), 'utf8'));
    await first.context.close();

    const { page, context, problems } = await open('#/tracks/9');
    await typeNote(page, 'my own note here');
    await page.goto(site.server.url + '#/my-data');
    const before = await stored(page);
    await page.getByLabel('Import', { exact: true }).setInputFiles(file);
    const preview = page.getByRole('region', { name: /Import exported\.json/ });
    await preview.waitFor();
    assert.match(await preview.innerText(), /1 new note/);
    assert.equal(await stored(page), before, 'nothing changes before confirmation');
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('interfaith'));
    const notes = await page.locator('.my-notes').innerText();
    assert.match(notes, /Ask about interfaith councils/);
    assert.match(notes, /my own note here/);
    await page.getByRole('button', { name: 'Undo import' }).click();
    await page.waitForFunction(() => !(localStorage.getItem('multitrack.user-data') ?? '').includes('interfaith'));
    assert.doesNotMatch(await page.locator('.my-notes').innerText(), /interfaith/);
    assert.match(await page.locator('.my-notes').innerText(), /my own note here/);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('bad files get a clear message naming the place, and saved data stays untouched', async () => {
    const { page, context, problems } = await open('#/tracks/7');
    await typeNote(page, 'keep me');
    await page.goto(site.server.url + '#/my-data');
    const before = await stored(page);
    const cases = [
      ['broken.json', '{"format": "multitrack-user-data", "version": 1, "notes": [', /broken\.json cannot be imported: this is not valid JSON \(line 1, column \d+\)/],
      ['newer.json', JSON.stringify({ format: 'multitrack-user-data', version: 9 }), /version: this file is from a newer version \(9\)/],
      ['other.json', JSON.stringify({ hello: 'world' }), /other\.json cannot be imported: this is not a file this guide saved, nor a timeline, sheet or map it can read: it reads its own saved data, TimelineJS3 timelines/],
      ['month.json', timelineFile().replace('1997-05', '1997-13'), /timelines\[0\]\.events\[0\]\.date: month 13 is out of range/],
      ['track.json', timelineFile().replace('[2, 4]', '[2, 12]').replace('"tracks":[2,4]', '"tracks":[2,12]'), /timelines\[0\]\.events\[0\]\.tracks\[1\]: there is no track 12/],
    ];
    for (const [name, text, message] of cases) {
      await page.getByLabel('Import', { exact: true }).setInputFiles(await writeTemp(name, text));
      const alert = page.locator('.import-error');
      await page.waitForFunction((n) => document.querySelector('.import-error')?.textContent.includes(n), name);
      assert.match(await alert.innerText(), message);
      assert.match(await alert.innerText(), /Nothing was changed\./);
      assert.equal(await stored(page), before, `${name} changed nothing`);
    }
    // A file above the limit is refused before it is read.
    const huge = await writeTemp('huge.json', 'x'.repeat(2_100_000));
    await page.getByLabel('Import', { exact: true }).setInputFiles(huge);
    await page.waitForFunction(() => document.querySelector('.import-error')?.textContent.includes('huge.json'));
    assert.match(await page.locator('.import-error').innerText(), /huge\.json is 2100000 bytes; files above 2000000 bytes are not imported/);
    assert.equal(await stored(page), before);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('a dropped timeline file imports after confirmation; its text stays text', async () => {
    const { page, context, problems } = await open('#/tracks');
    const text = timelineFile('<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> workshops');
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'cyprus.json', { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForFunction(() => location.hash === '#/my-data');
    const preview = page.getByRole('region', { name: /Import cyprus\.json/ });
    await preview.waitFor();
    assert.match(await preview.innerText(), /1 new timeline/);
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await page.getByRole('link', { name: 'Cyprus, 1990s', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#/timeline?mine=cyprus');
    // It stands on its own: its title, none of the guide's eras, no empty citation.
    await page.getByRole('heading', { level: 1, name: 'Cyprus, 1990s' }).waitFor();
    assert.equal(await page.locator('.chart-events a').count(), 2);
    const list = await page.locator('#event-list').innerText();
    assert.match(list, /<img src=x onerror="window.__pwned=1"><script>window.__pwned=2<\/script> workshops/);
    assert.doesNotMatch(list, /Sources:|Track One and Track Two|After the book|Other dates/);
    assert.equal(await page.locator('.timeline-model').count(), 0, 'the guide\'s model diagram is not beside it');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup from the file ran');
    assert.equal(await page.locator('#event-list script, #event-list img').count(), 0);
    // A rename: a blank title is refused, a new one is kept.
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New title').fill('   ');
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByRole('alert').getByText('A timeline needs a title').waitFor();
    await page.getByLabel('New title').fill('Cyprus talks');
    await page.getByRole('button', { name: 'Save title' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cyprus talks' }).waitFor();
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('Cyprus talks'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('a TimelineJS3 file imports as one of the user\'s timelines, reporting what it leaves out', async () => {
    // Chosen on the Timeline view, confirmed on "Your data".
    const { page, context, problems } = await open('#/timeline');
    const tl = {
      title: { text: { headline: 'Northern Ireland <em>peace</em>', text: '<p>For Year 10</p>' } },
      events: [
        // A blank end date, as sheet-to-JSON tools write it, and a month by its name.
        { start_date: { year: '1998', month: '4', day: '10' }, end_date: { year: '', month: '', day: '' }, text: { headline: 'Good Friday Agreement', text: '<p>Signed in Belfast</p>' }, media: { url: 'https://example.org/x.jpg' }, unique_id: 'gfa' },
        { start_date: { year: 1994, month: 'Aug' }, text: { headline: 'Ceasefire' }, group: 'Track one' },
      ],
      eras: [{ start_date: { year: 1968 }, end_date: { year: 1998 }, text: { headline: 'The Troubles' } }],
    };
    const file = await writeTemp('ni.json', JSON.stringify(tl));
    await page.getByLabel('Import a timeline').setInputFiles(file);
    await page.waitForFunction(() => location.hash === '#/my-data');
    const preview = page.getByRole('region', { name: /Import ni\.json/ });
    await preview.waitFor();
    const text = await preview.innerText();
    assert.match(text, /1 new timeline/);
    assert.doesNotMatch(text, /era/, 'the era comes in as the timeline\u2019s own, not left out');
    assert.doesNotMatch(text, /“media”/, 'media is kept, as a link');
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    // After confirming, the page says what came in and what was read differently.
    assert.match(await page.locator('.import-news').innerText(), /Imported: 2 events and 1 era in the timeline “Northern Ireland peace”/);
    assert.match(await page.locator('.import-left-out').innerText(), /event 2 \(events\[1\]\): the month “Aug” read as August/);
    await page.getByRole('link', { name: 'Northern Ireland peace', exact: true }).click();
    await page.waitForFunction(() => location.hash === '#/timeline?mine=northern-ireland-peace');
    await page.waitForFunction(() => document.querySelectorAll('.chart-events a').length === 2);
    const list = await page.locator('#event-list').innerText();
    assert.match(list, /Good Friday Agreement/);
    assert.match(list, /Signed in Belfast/);
    assert.match(list, /The Troubles/, 'its own era heads the list');
    assert.ok(list.indexOf('Ceasefire') < list.indexOf('Good Friday'), 'in date order');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('display settings are saved with the data and applied on every view', async () => {
    const { page, context, problems } = await open('#/my-data', { colorScheme: 'light' });
    await page.getByLabel('Colours').selectOption('dark');
    await page.getByLabel('Motion').selectOption('reduce');
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('"theme": "dark"'));
    await page.reload();
    await appReady(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.motion), 'reduce');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(background, 'rgb(18, 22, 28)', 'the dark scheme on a light device');
    assert.equal(await page.getByLabel('Colours').inputValue(), 'dark');
    await page.getByLabel('Colours').selectOption('system');
    await page.waitForFunction(() => !document.documentElement.dataset.theme);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it("a timeline can join the built-in history, in date order", async () => {
    const { page, context, problems } = await open('#/my-data');
    await page.getByLabel('Import', { exact: true }).setInputFiles(await writeTemp('cyprus.json', timelineFile()));
    await page.getByRole('button', { name: 'Merge into my data' }).click();
    await page.getByLabel('Show “Cyprus, 1990s” in the history').check();
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('"with_history": true'));
    await page.goto(site.server.url + '#/timeline');
    // The guide's events and cases, and the file's two.
    const all = TOTAL_EVENTS + 2;
    await page.waitForFunction((n) => document.querySelector('.filter-count')?.textContent === `${n} of ${n} events`, all);
    // textContent: cards far down the list skip rendering (content-visibility).
    const list = await page.locator('#event-list').evaluate((el) => el.textContent);
    const at = (text) => { const i = list.indexOf(text); assert.ok(i >= 0, `${text} is listed`); return i; };
    assert.ok(at('third edition') < at('Bi-communal workshops'), '1997 after the 1996 edition');
    assert.ok(at('Bi-communal workshops') < at('Annan Plan referendums'), 'in date order');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});

describe('storage turned off', () => {
  it('the app works in memory and says it cannot save', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.server.url + '#/tracks/7');
    await appReady(page);
    assert.match(await page.getByRole('alert').innerText(), /This browser does not let the guide save/);
    await page.getByRole('textbox', { name: 'Notes' }).fill('kept in memory');
    await page.goto(site.server.url + '#/my-data');
    assert.match(await page.locator('.my-notes').innerText(), /kept in memory/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('own events', () => {
  it('a teacher adds events to a new timeline with the keyboard, sees mistakes named, and can delete it', async () => {
    const { page, context, problems } = await open('#/my-data');
    const form = page.getByRole('form', { name: 'Add an event' });
    await form.getByLabel('New timeline').fill('Northern Ireland');
    await form.getByLabel('Date', { exact: true }).fill('1998-13');
    await form.getByLabel('Title').fill('Good Friday Agreement');
    await form.getByLabel('Title').press('Enter');
    assert.match(await form.getByRole('alert').innerText(), /^Date: month 13 is out of range/);
    assert.equal(await page.evaluate(() => localStorage.getItem('multitrack.user-data')), null, 'nothing added');
    await form.getByLabel('Date', { exact: true }).fill('1998-04-10');
    await form.getByLabel('Text').fill('Signed in Belfast <b>after talks</b>');
    await form.getByLabel('Track 1: Government').check();
    await form.getByLabel('Track 4: Private citizen').check();
    await form.getByRole('button', { name: 'Add the event' }).click();
    await page.waitForFunction(() => document.querySelector('.event-form .import-news')?.textContent.includes('Good Friday Agreement'));
    await form.getByLabel('Date', { exact: true }).fill('1994-08');
    await form.getByLabel('Title').fill('IRA ceasefire');
    await form.getByRole('button', { name: 'Add the event' }).click();
    await page.waitForFunction(() => document.querySelector('.event-form .import-news')?.textContent.includes('IRA ceasefire'));
    assert.equal(await form.getByLabel('Timeline').inputValue(), 'northern-ireland', 'the new timeline stays chosen');
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('IRA ceasefire'));
    await page.getByRole('link', { name: 'Northern Ireland' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.chart-events a').length === 2);
    const list = await page.locator('#event-list').evaluate((el) => el.textContent);
    assert.ok(list.indexOf('IRA ceasefire') < list.indexOf('Good Friday Agreement'));
    assert.match(list, /Signed in Belfast <b>after talks<\/b>/);
    await page.goto(site.server.url + '#/my-data');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Delete “Northern Ireland”' }).click();
    await page.waitForFunction(() => !(localStorage.getItem('multitrack.user-data') ?? '').includes('IRA ceasefire'));
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});
