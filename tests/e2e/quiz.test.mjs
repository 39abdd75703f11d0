// The self-check quiz: answers checked at once with the right feedback and
// score, kept across a reload, exported as JSON; events put in order with the
// keyboard; a teacher's own question shared by link joins a student's quiz.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { guardedPage, appReady } from './support/browser.mjs';
import { useSite } from './support/site.mjs';
import { dataset, cases, QUESTIONS } from './support/content.mjs';

const site = useSite();
const ORDER = dataset.quiz.find((q) => q.kind === 'order');
const eventsById = Object.fromEntries(dataset.events.map((e) => [e.id, e]));

async function open(hash = '#/quiz') {
  const session = await guardedPage(site.browser, site.server.origin);
  await session.page.goto(site.server.url + hash);
  await appReady(session.page);
  return session;
}

const card = (page, id) => page.locator(`#question-${id}`);
const score = (page) => page.locator('#quiz-score');

describe('self-check quiz', () => {
  it('shows the right feedback and score for wrong and right answers, keeps them after a reload and exports them', async () => {
    const { page, context, problems } = await open();
    assert.equal(await score(page).innerText(), `Score: 0 right of 0 answered (${QUESTIONS} questions).`);

    // An actor question, first answered wrongly, then rightly.
    const journalist = card(page, 'actor-journalist');
    await journalist.getByLabel('Track 4: Private citizen').check();
    await journalist.getByRole('button', { name: 'Check' }).click();
    await journalist.locator('.quiz-feedback.wrong').waitFor();
    const wrong = await journalist.locator('.quiz-feedback').innerText();
    assert.match(wrong, /^Not quite\./);
    assert.match(wrong, /The answer: Track 9: Communications and the media/);
    assert.match(wrong, /Sources: /, 'the explanation is cited');
    assert.equal(await score(page).innerText(), `Score: 0 right of 1 answered (${QUESTIONS} questions).`);
    await journalist.getByLabel('Track 9: Communications and the media').check();
    assert.equal(await journalist.locator('.quiz-feedback').count(), 0, 'a changed answer hides the old feedback');
    await journalist.getByRole('button', { name: 'Check' }).click();
    await journalist.locator('.quiz-feedback.right').waitFor();
    assert.match(await journalist.locator('.quiz-feedback').innerText(), /^Right\./);
    assert.equal(await score(page).innerText(), `Score: 1 right of 1 answered (${QUESTIONS} questions).`);

    // Matching, with two phrases swapped: partly right.
    const match = card(page, 'match-phrases');
    const tracks = dataset.tracks;
    for (const [i, t] of tracks.entries()) {
      const phrase = i === 0 ? tracks[1].phrase : i === 1 ? tracks[0].phrase : t.phrase;
      await match.getByLabel(`Track ${t.number}: ${t.name}`, { exact: true }).selectOption(phrase);
    }
    await match.getByRole('button', { name: 'Check' }).click();
    await match.locator('.quiz-feedback').waitFor();
    assert.match(await match.locator('.quiz-feedback').innerText(), /^Not quite: 7 of 9 right\./);

    // A question checked with nothing chosen says so and scores nothing.
    const faith = card(page, 'actor-faith-leader');
    await faith.getByRole('button', { name: 'Check' }).click();
    assert.match(await faith.locator('.import-error').innerText(), /Choose an answer first/);
    assert.equal(await score(page).innerText(), `Score: 1 right of 2 answered (${QUESTIONS} questions).`);

    await page.waitForFunction(() => (localStorage.getItem('multitrack.user-data') ?? '').includes('match-phrases'));
    await page.reload();
    await appReady(page);
    assert.equal(await score(page).innerText(), `Score: 1 right of 2 answered (${QUESTIONS} questions).`);
    assert.match(await card(page, 'actor-journalist').locator('.quiz-feedback').innerText(), /^Right\./);
    assert.ok(await card(page, 'actor-journalist').getByLabel('Track 9: Communications and the media').isChecked());

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
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });

  it('puts events in order with the keyboard alone', async () => {
    const { page, context, problems } = await open();
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
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });

  it("a teacher's own question joins the quiz and reaches a student by share link", async () => {
    const teacher = await open();
    const form = teacher.page.getByRole('form', { name: 'Add your own question' });
    await form.getByLabel('Kind').selectOption('choice');
    await form.getByLabel('Question', { exact: true }).fill('Which track is a community radio station on?');
    await form.getByLabel(/^Explanation/).fill('Broadcasters belong to the media track.');
    await form.getByRole('button', { name: 'Add question' }).click();
    assert.match(await form.getByRole('alert').innerText(), /^Options: give at least two options/);
    await form.getByLabel(/^Options, one per line/).fill('Track 9\nTrack 4\nTrack 1');
    await form.getByRole('button', { name: 'Add question' }).click();
    await teacher.page.getByText('Added your question to the quiz.').waitFor();
    const own = teacher.page.locator('.quiz-question', { hasText: 'community radio' });
    assert.equal(await own.locator('h3').innerText(), `Question ${QUESTIONS + 1} (your own)`);
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
    await page.goto(site.server.url + '#/quiz');
    const shared = page.locator('.quiz-question', { hasText: 'community radio' });
    await shared.getByLabel('Track 9').check();
    await shared.getByRole('button', { name: 'Check' }).click();
    assert.match(await shared.locator('.quiz-feedback').innerText(), /^Right\.[\s\S]*Broadcasters belong to the media track\./);
    assert.equal(await score(page).innerText(), `Score: 1 right of 1 answered (${QUESTIONS + 1} questions).`);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors, ...problems.offMachine], []);
  });
  it('asks about the real cases: which track acted, with the explanation and its sources', async () => {
    const { page, context, problems } = await open();
    const question = cases.quiz.find((q) => q.kind === 'track');
    const right = dataset.tracks[Number(question.answer) - 1];
    const wrong = dataset.tracks.find((t) => t.number !== right.number);
    const asked = card(page, question.id);
    await asked.getByLabel(`Track ${wrong.number}: ${wrong.name}`, { exact: true }).check();
    await asked.getByRole('button', { name: 'Check' }).click();
    const feedback = await asked.locator('.quiz-feedback.wrong').innerText();
    assert.match(feedback, new RegExp(`The answer: Track ${right.number}: `));
    assert.match(feedback, /Sources: /);
    await context.close();
    assert.deepEqual([...problems.consoleErrors, ...problems.pageErrors], []);
  });
});
