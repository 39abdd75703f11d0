// The first-load budgets: what a fresh browser profile downloads until the
// view is interactive and the network is idle, each response compressed with
// brotli (quality 11), measured from the browser's own requests
// (tests/e2e/support/first_load.mjs), not by listing files. The service
// worker's script and the manifest count; the offline copy the worker
// fetches once the page has loaded does not. Sizes are deterministic for a
// given build, so unlike timings this can be a test.
//
// Every start page (each language) at most 200,000 bytes (goal 150,000);
// a link straight to any view at most 300,000 (goal 200,000). The views are
// read from src/model/base/route.rs, so a new view is measured without
// editing this file. docs/loading-and-size.md has today's figures.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { firstLoad } from './support/first_load.mjs';
import { bundleContents, bundleNamed } from './support/bundles.mjs';
import fs from 'node:fs';

const BUDGET = 200_000;
const DEEP_LINK_BUDGET = 300_000;
const routes = fs.readFileSync(new URL('../../src/model/base/route.rs', import.meta.url), 'utf8');
const VIEWS = [...routes.matchAll(/^\s*"([a-z-]+)" => Page::[A-Za-z]+,$/gm)].map((m) => m[1]);
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

it('the size test knows every view', () => {
  assert.ok(VIEWS.length >= 12 && VIEWS.includes('timeline') && VIEWS.includes('my-data'), `found [${VIEWS}]`);
});

// A view's own part must be measured, or a view drawn by the start module by
// mistake would pass unnoticed: each view names the part it arrives in.
const PART = {
  timeline: 'split_timeline', tracks: 'split_tracks', principles: 'split_concepts', concepts: 'split_concepts',
  references: 'split_reading', read: 'split_reading', handout: 'split_reading', 'speaker-notes': 'split_reading',
  quiz: 'split_quiz', cases: 'split_case_maps', 'my-data': 'split_your_data', shared: 'split_your_data',
};

for (const view of VIEWS) {
  it(`a deep link to #/${view} loads at most ${DEEP_LINK_BUDGET} bytes brotli`, async () => {
    assert.ok(PART[view], `#/${view} names its part in this test`);
    const inBundle = await bundleContents();
    const load = await firstLoad(site.browser, site.server.url + `#/${view}`);
    console.log(report(`deep link to #/${view}`, load));
    const holds = (f) => f.path.includes(PART[view]) || inBundle.get(bundleNamed(f.path))?.includes(PART[view]);
    assert.ok(load.files.some(holds), `the ${PART[view]} part was measured`);
    assert.ok(load.total <= DEEP_LINK_BUDGET, report(`over the ${DEEP_LINK_BUDGET}-byte budget`, load));
  });
}

// Each language's wording and content arrive in a part of its own
// (src/views/shell/language_parts.rs): the start page in French, Spanish or
// Arabic fetches its language's part and no other's, not even the English
// content, and stays within the same budget as the English page.
for (const lang of ['fr', 'es', 'ar']) {
  it(`the start page in "${lang}" fetches its own language's part and no other`, async () => {
    const load = await firstLoad(site.browser, site.server.url + `?lang=${lang}`);
    const languages = load.files.filter((f) => /split_(lang_|content_)/.test(f.path)).map((f) => f.path.split('/').pop());
    assert.deepEqual(languages, [`split_lang_${lang}.wasm`]);
    assert.ok(!load.files.some((f) => /split_cases/.test(f.path)), 'the cases wait for a view that shows them');
  });

  it(`the start page in "${lang}" takes the chunks it needs in one bundle, none on its own`, async () => {
    const load = await firstLoad(site.browser, site.server.url + `?lang=${lang}`);
    const names = load.files.map((f) => f.path.split('/').pop());
    assert.equal(names.filter((n) => /^bundle-\w+\.bin$/.test(n)).length, 1, `one bundle: ${names}`);
    assert.deepEqual(names.filter((n) => /^chunk_\d+\.wasm$/.test(n)), [], 'no chunk fetched on its own');
  });

  it(`the start page in "${lang}" loads at most ${BUDGET} bytes brotli`, async () => {
    const load = await firstLoad(site.browser, site.server.url + `?lang=${lang}`);
    console.log(report(`start page, ${lang}`, load));
    assert.ok(load.total <= BUDGET, report(`over the ${BUDGET}-byte budget`, load));
  });
}
