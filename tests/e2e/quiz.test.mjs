// The self-check quiz as a lesson: one question a screen with a progress
// bar, Previous / Next, answers checked with right and wrong marked on the
// tiles in words, the screen kept in the address (a reload stays, a bare
// #/quiz resumes), the results screen with its score, per-question links,
// export and "Try again"; events put in order with the keyboard; a
// teacher's own question shared by link joins a student's quiz; on a phone,
// 48 px tiles and nothing sticky over the question; Arabic steps right to left.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import { dataset, cases, QUESTIONS } from './support/content.mjs';

const site = useSite();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogue = async (lang) => JSON.parse(await fs.readFile(path.join(ROOT, 'src/i18n', lang, 'quiz.json'), 'utf8'));
const ALL = [...dataset.quiz, ...cases.quiz];
const ORDER = dataset.quiz.find((q) => q.kind === 'order');
const eventsById = Object.fromEntries(dataset.events.map((e) => [e.id, e]));
const place = (id) => ALL.findIndex((q) => q.id === id) + 1;

async function open(hash = '#/quiz', options = {}) {
  const session = await guardedPage(site.browser, site.server.origin, options);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

/** Goes to a hash within the running app and waits for the quiz to show it. */
async function go(page, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((h) => location.hash === h && document.querySelector('#quiz-screen-title'), hash);
}

const card = (page, id) => page.locator(`#question-${id}`);
const heading = (page) => page.locator('#quiz-screen-title');
const score = (page) => page.locator('#quiz-score');
const barWidth = (page) => page.locator('.quiz-question .quiz-bar > span').evaluate((el) => el.getBoundingClientRect().width);

describe('self-check quiz', () => {
  it('one question a screen: feedback on the tiles, steps that move the bar, a reload that stays, results, export and Try again', async () => {
    const { page, context, problems } = await open();
    assert.equal(await page.locator('.quiz-question').count(), 1, 'one question at a time');
    assert.equal(await heading(page).innerText(), `Question 1 of ${QUESTIONS}`);
    assert.equal(await page.getByRole('link', { name: 'Previous' }).count(), 0, 'nothing before the first question');

    // An actor question, first answered wrongly, then rightly; the tiles say which is which.
    await go(page, '#/quiz/actor-journalist');
    const journalist = card(page, 'actor-journalist');
    assert.equal(await heading(page).innerText(), `Question ${place('actor-journalist')} of ${QUESTIONS}`);
    await journalist.getByLabel('Track 4: Private citizen').check();
    await journalist.getByRole('button', { name: 'Check' }).click();
    await journalist.locator('.quiz-feedback.wrong').waitFor();
    const wrong = await journalist.locator('.quiz-feedback').innerText();
    assert.match(wrong, /Not quite\./);
    assert.match(wrong, /The answer: Track 9: Communications and the media/);
    assert.match(wrong, /Sources: /, 'the explanation is cited');
    assert.match(await journalist.locator('.quiz-tile[data-mark=wrong]').innerText(), /Track 4: Private citizen[\s\S]*Your answer: wrong/);
    assert.match(await journalist.locator('.quiz-tile[data-mark=answer]').innerText(), /Track 9: Communications and the media[\s\S]*The right answer/);
    await journalist.getByLabel('Track 9: Communications and the media').check();
    assert.equal(await journalist.locator('.quiz-feedback').count(), 0, 'a changed answer hides the old feedback');
    assert.equal(await journalist.locator('.quiz-mark').count(), 0, 'and the marks');
    await journalist.getByRole('button', { name: 'Check' }).click();
    await journalist.locator('.quiz-feedback.right').waitFor();
    assert.match(await journalist.locator('.quiz-feedback').innerText(), /Right\./);
    assert.match(await journalist.locator('.quiz-tile[data-mark=right]').innerText(), /Your answer: right/);

    // Next: the following question, in the address, the bar further on, focus on its heading.
    const before = await barWidth(page);
    await page.getByRole('link', { name: 'Next' }).click();
    const next = ALL[place('actor-journalist')];
    await page.waitForFunction((id) => location.hash === `#/quiz/${id}`, next.id);
    await card(page, next.id).waitFor();
    assert.equal(await heading(page).innerText(), `Question ${place(next.id)} of ${QUESTIONS}`);
    assert.ok((await barWidth(page)) > before, 'the progress bar advances');
    await page.waitForFunction(() => document.activeElement?.id === 'quiz-screen-title');
    assert.equal(await page.locator('.quiz-question').count(), 1);
    // A reload stays on it.
    await page.reload();
    await appReady(page);
    await card(page, next.id).waitFor();
    assert.equal(await heading(page).innerText(), `Question ${place(next.id)} of ${QUESTIONS}`);
    // Previous, by keyboard, goes back to the answered question, its answer and feedback kept.
    await page.getByRole('link', { name: 'Previous' }).focus();
    await page.keyboard.press('Enter');
    await journalist.locator('.quiz-feedback.right').waitFor();
    assert.ok(await journalist.getByLabel('Track 9: Communications and the media').isChecked());

    // Matching, with two phrases swapped: partly right, the two rows marked wrong with their answer.
    await go(page, '#/quiz/match-phrases');
    const match = card(page, 'match-phrases');
    const tracks = dataset.tracks;
    for (const [i, t] of tracks.entries()) {
      const phrase = i === 0 ? tracks[1].phrase : i === 1 ? tracks[0].phrase : t.phrase;
      // By accessible name: the track's chip beside it is hidden from it.
      await match.getByRole('combobox', { name: `Track ${t.number}: ${t.name}`, exact: true }).selectOption(phrase);
    }
    await match.getByRole('button', { name: 'Check' }).click();
    await match.locator('.quiz-feedback').waitFor();
    assert.match(await match.locator('.quiz-feedback').innerText(), /Not quite: 7 of 9 right\./);
    assert.equal(await match.locator('.quiz-match-row[data-mark=wrong]').count(), 2);
    assert.match(await match.locator('.quiz-match-row[data-mark=wrong]').first().innerText(), new RegExp(`Wrong[\\s\\S]*The answer: ${tracks[0].phrase}`));

    // A question checked with nothing chosen says so and scores nothing.
    await go(page, '#/quiz/actor-faith-leader');
    const faith = card(page, 'actor-faith-leader');
    await faith.getByRole('button', { name: 'Check' }).click();
    assert.match(await faith.locator('.import-error').innerText(), /Choose an answer first/);

    // A bare #/quiz resumes after the last answer given (matching, the first question).
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('match-phrases'));
    await page.goto(site.server.url + '#/quiz');
    await page.reload();
    await appReady(page);
    await card(page, ALL[1].id).waitFor();
    assert.equal(await heading(page).innerText(), `Question 2 of ${QUESTIONS}`);

    // The results: the score, each question's status linking back to it.
    await page.getByRole('link', { name: 'See results' }).first().click();
    await score(page).waitFor();
    assert.equal(await score(page).innerText(), `Score: 1 right of 2 answered (${QUESTIONS} questions).`);
    assert.equal(await page.locator('.quiz-question').count(), 0);
    const review = page.locator('.quiz-review li');
    assert.equal(await review.count(), QUESTIONS);
    assert.match(await review.nth(0).innerText(), /^\W*Wrong\s+Question 1: /);
    assert.match(await review.nth(place('actor-journalist') - 1).innerText(), /^\W*Right\s/);
    assert.match(await review.nth(1).innerText(), /^\W*Not answered\s/);
    assert.match(await page.locator('.quiz-topics').innerText(), /The tracks\s+1 of \d+ right/);
    await review.nth(place('actor-journalist') - 1).getByRole('link').click();
    await journalist.locator('.quiz-feedback.right').waitFor();
    await page.getByRole('link', { name: 'See results' }).first().click();
    await score(page).waitFor();

    await page.getByLabel('Your name on exported results (optional)').fill('Ada Student');
    await page.getByLabel('Your name on exported results (optional)').press('Tab');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export results' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^quiz-results-ada-student-\d{4}-\d{2}-\d{2}\.json$/);
    const results = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
    assert.equal(results.format, 'multitrack-quiz-results');
    assert.equal(results.name, 'Ada Student');
    assert.deepEqual(results.score, { right: 1, answered: 2, questions: QUESTIONS });
    const journalistRow = results.results.find((r) => r.question === 'actor-journalist');
    assert.deepEqual([journalistRow.answer, journalistRow.correct], [['9'], true]);
    assert.equal(results.results.find((r) => r.question === 'match-phrases').correct, false);

    // Try again: the answers cleared, back at the first question.
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Try again' }).click();
    await card(page, ALL[0].id).waitFor();
    assert.equal(await heading(page).innerText(), `Question 1 of ${QUESTIONS}`);
    await go(page, '#/quiz?show=results');
    assert.equal(await score(page).innerText(), `Score: 0 right of 0 answered (${QUESTIONS} questions).`);

    // After the last question, "Next" reads "See results" and leads there.
    await go(page, `#/quiz/${ALL.at(-1).id}`);
    await page.getByRole('navigation', { name: 'Quiz steps' }).getByRole('link', { name: 'See results' }).click();
    await score(page).waitFor();
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('puts events in order with the keyboard alone', async () => {
    const { page, context, problems } = await open(`#/quiz/${ORDER.id}`);
    const order = card(page, ORDER.id);
    const right = [...ORDER.options].sort((a, b) => eventsById[a].date.localeCompare(eventsById[b].date)).map((id) => eventsById[id].title);
    // Selection sort by keyboard: focus an item's "up" button and press Enter until it is in place.
    for (let target = 0; target < right.length; target++) {
      let titles = await order.locator('.quiz-order-title').allInnerTexts();
      let at = titles.indexOf(right[target]);
      if (at > target) {
        await order.getByRole('button', { name: `Move \u201c${right[target]}\u201d up` }).focus();
        while (at > target) {
          await page.keyboard.press('Enter');
          at -= 1;
          await page.waitForFunction(({ id, title, at }) =>
            document.querySelectorAll(`#question-${id} .quiz-order-title`)[at]?.textContent === title, { id: ORDER.id, title: right[target], at });
          // Focus follows the moved item (to its "down" button once it reaches the top).
          await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label,
            `Move \u201c${right[target]}\u201d ${at === 0 ? 'down' : 'up'}`, { timeout: 3000 });
        }
      }
    }
    assert.deepEqual(await order.locator('.quiz-order-title').allInnerTexts(), right);
    await order.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    await order.locator('.quiz-feedback.right').waitFor();
    assert.equal(await order.locator('.quiz-order-item[data-mark=right]').count(), right.length, 'every event marked in place');
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it("a teacher's own question joins the quiz and reaches a student by share link", async () => {
    const teacher = await open();
    await teacher.page.locator('#quiz-own summary').click();
    const form = teacher.page.getByRole('form', { name: 'Add your own question' });
    await form.getByLabel('Kind').selectOption('choice');
    await form.getByLabel('Question', { exact: true }).fill('Which track is a community radio station on?');
    await form.getByLabel(/^Explanation/).fill('Broadcasters belong to the media track.');
    await form.getByRole('button', { name: 'Add question' }).click();
    assert.match(await form.getByRole('alert').innerText(), /^Options: give at least two options/);
    await form.getByLabel(/^Options, one per line/).fill('Track 9\nTrack 4\nTrack 1');
    await form.getByRole('button', { name: 'Add question' }).click();
    await teacher.page.getByText('Added your question to the quiz.').waitFor();
    // It is the last question, reached from the results.
    await go(teacher.page, '#/quiz?show=results');
    await teacher.page.locator('.quiz-review a', { hasText: 'community radio' }).click();
    const own = teacher.page.locator('.quiz-question', { hasText: 'community radio' });
    await own.waitFor();
    assert.equal(await own.locator('h2').innerText(), `Question ${QUESTIONS + 1} of ${QUESTIONS + 1} (your own)`);
    await teacher.page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('community radio'));
    await teacher.page.goto(site.server.url + '#/my-data');
    await teacher.page.getByLabel('What to share').selectOption({ label: 'Quiz: your questions' });
    await teacher.page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await teacher.page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await teacher.context.close();

    const { page, context, problems } = await guardedPage(site.browser, site.server.origin);
    await page.goto(link);
    await appReady(page);
    // The link is unpacked once the share dictionary has arrived.
    await page.locator('main').getByText('Which track is a community radio station on?').first().waitFor();
    assert.match(await page.locator('main').innerText(), /Quiz questions\s+Which track is a community radio station on\?/);
    await page.getByRole('button', { name: 'Save to my browser' }).click();
    const preview = page.getByRole('region', { name: /Import the shared data/ });
    assert.match(await preview.innerText(), /1 new quiz question/);
    await preview.getByRole('button', { name: 'Merge into my data' }).click();
    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('community radio'));
    await page.goto(site.server.url + '#/quiz?show=results');
    await page.locator('.quiz-review a', { hasText: 'community radio' }).click();
    const shared = page.locator('.quiz-question', { hasText: 'community radio' });
    await shared.getByLabel('Track 9').check();
    await shared.getByRole('button', { name: 'Check' }).click();
    assert.match(await shared.locator('.quiz-feedback').innerText(), /Right\.[\s\S]*Broadcasters belong to the media track\./);
    await page.getByRole('navigation', { name: 'Quiz steps' }).getByRole('link', { name: 'See results' }).click();
    assert.equal(await score(page).innerText(), `Score: 1 right of 1 answered (${QUESTIONS + 1} questions).`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('asks about the real cases: which track acted, with the explanation and its sources', async () => {
    const question = cases.quiz.find((q) => q.kind === 'track');
    const { page, context, problems } = await open(`#/quiz/${question.id}`);
    const right = dataset.tracks[Number(question.answer) - 1];
    const wrong = dataset.tracks.find((t) => t.number !== right.number);
    const asked = card(page, question.id);
    await asked.getByRole('radio', { name: `Track ${wrong.number}: ${wrong.name}`, exact: true }).check();
    await asked.getByRole('button', { name: 'Check' }).click();
    const feedback = await asked.locator('.quiz-feedback.wrong').innerText();
    assert.match(feedback, new RegExp(`The answer: Track ${right.number}: `));
    assert.match(feedback, /Sources: /);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it('on a phone: tiles at least 48 px tall with track chips, one question, nothing sticky over it', async () => {
    const { page, context, problems } = await open('#/quiz/actor-journalist', { viewport: { width: 390, height: 844 } });
    const journalist = card(page, 'actor-journalist');
    await journalist.waitFor();
    const heights = await journalist.locator('.quiz-tile').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    assert.equal(heights.length, 9);
    assert.ok(heights.every((h) => h >= 48), `tile heights ${heights}`);
    assert.equal(await journalist.locator('.quiz-tile .track-badge.tc').count(), 9, 'a track chip on each tile');
    // The whole tile answers a tap, not only its radio button.
    await journalist.locator('.quiz-tile', { hasText: 'Track 9:' }).locator('.quiz-tile-text').click();
    assert.ok(await journalist.getByLabel('Track 9: Communications and the media').isChecked());
    const buttons = await page.locator('.quiz-question .quiz-button').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    assert.ok(buttons.every((h) => h >= 48), `button heights ${buttons}`);
    assert.equal(await page.locator('.quiz-question').count(), 1);
    const pinned = await page.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position)).map((el) => el.className));
    assert.deepEqual(pinned, [], 'nothing sticks over the question');
    await go(page, '#/quiz/match-phrases');
    const selects = await page.locator('.quiz-match select').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    assert.ok(selects.every((h) => h >= 48), `select heights ${selects}`);
    await context.close();
    assert.deepEqual(problems.pageErrors, []);
  });

  it('Arabic: Previous on the right, Next on the left, the arrows pointing that way', async () => {
    const t = await catalogue('ar');
    const { page, context, problems } = await open('?lang=ar#/quiz/actor-journalist', { viewport: { width: 390, height: 844 } });
    await card(page, 'actor-journalist').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const prev = await page.getByRole('link', { name: t.previous }).boundingBox();
    const next = await page.getByRole('link', { name: t.next }).boundingBox();
    assert.ok(prev.x > next.x, `Previous at ${prev.x}, Next at ${next.x}`);
    const flipped = await page.locator('.quiz-next .quiz-arrow').evaluate((el) => getComputedStyle(el).transform);
    assert.notEqual(flipped, 'none', 'the arrow is mirrored');
    assert.equal(await heading(page).innerText(), t.progress.replace('{k}', String(place('actor-journalist'))).replace('{n}', String(QUESTIONS)));
    await context.close();
    assert.deepEqual(problems.pageErrors, []);
  });
});
