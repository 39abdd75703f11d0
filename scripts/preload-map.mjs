// Writes into index.html which wasm files a link straight to each view
// needs, so that `public/route-shell.js` can ask for them as the page starts,
// beside the start module, instead of after it.
//
// Why: without it a deep link (a teacher's link to #/timeline, a shared
// dataset) is a chain of round trips: the start module arrives, compiles and
// runs; only then does the app ask for the view's part, the chunks it shares
// with other views and its share of the content. On a school network each
// link of that chain costs a round trip; the bytes are the same, the wait is
// not.
//
// Why recorded from the built app in a browser (not read from
// __wasm_split.js and src/views/shell/parts.rs): which files a view needs depends
// on how wasm-split cut this build and on what the app asks for first, in
// each language; visiting each view is the one way that cannot drift from
// either. The views are read from src/model/base/route.rs, so a new view is
// visited without touching this file.
//
// Written as `<html data-preload="en.timeline,fr.timeline=split_timeline 49 …;fr.=40 72 …;…">`:
// views (language.view) and the files their first load fetches, in the
// app's folder, without `.wasm`, a chunk by its number (`49` for
// chunk_49.wasm: 3 KB of attribute where the names took 6.7, 0.4 KB brotli
// on every page), apart from the start module and the language's part,
// which route-shell.js asks for on every page.
//
// Usage: node scripts/preload-map.mjs <built folder>  (build-wasm.mjs runs it
// for release builds, after the start view is drawn into index.html).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from '../tests/e2e/support/server.mjs';
import { launch, appReady } from '../tests/e2e/support/browser.mjs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/preload-map.mjs <built folder>');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGES = ['en', 'fr', 'es', 'ar'];

const routes = fs.readFileSync(path.join(root, 'src', 'model', 'base', 'route.rs'), 'utf8');
const VIEWS = [...routes.matchAll(/^\s*"([a-z-]+)" => Page::[A-Za-z]+,$/gm)].map((m) => m[1]);
if (VIEWS.length < 10 || !VIEWS.includes('timeline')) {
  throw new Error(`preload-map: found only [${VIEWS}] in src/model/base/route.rs's from_slug; has its form changed?`);
}

const file = path.join(folder, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const parts = html.match(/<html\b[^>]*\bdata-parts="\.\/([^"]+)\/"/)?.[1];
if (!parts) throw new Error('index.html has no data-parts folder (scripts/build-wasm.mjs writes it)');
/** What route-shell.js asks for on every page: not listed again. */
const always = (lang) => new Set(['multitrack_bg', lang === 'en' ? 'split_content_en' : `split_lang_${lang}`]);

/** The wasm files (names without `.wasm`) a first visit to `hash` in `lang` fetches. */
async function fetchedBy(browser, server, lang, view) {
  // No worker: its offline copy of every file is not what the view needs.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = new Set();
  page.on('request', (request) => {
    const found = new URL(request.url()).pathname.match(new RegExp(`/${parts}/([a-z0-9_]+)\\.wasm$`));
    if (found) fetched.add(found[1]);
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${server.url}?lang=${lang}#/${view}`);
    await appReady(page);
    await page.waitForLoadState('networkidle');
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`preload-map: #/${view} in ${lang} failed: ${errors.join('; ')}`);
  const own = [...fetched].filter((f) => !always(lang).has(f)).map((f) => f.replace(/^chunk_(\d+)$/, '$1')).sort();
  if (!own.length) throw new Error(`preload-map: #/${view} in ${lang} fetched no part of its own; the recording is broken`);
  return own;
}

const server = await serveFolder(folder);
const browser = await launch();
const byFiles = new Map();
try {
  // A translated start page too ("fr.", the view ''): it needs a dozen
  // chunks beyond its language's part, which one bundle carries in a third
  // of their bytes. The English start page needs none.
  const visits = LANGUAGES.flatMap((lang) => (lang === 'en' ? VIEWS : ['', ...VIEWS]).map((view) => [lang, view]));
  // A few at a time: each is a page load and a wasm start.
  for (let i = 0; i < visits.length; i += 4) {
    const done = await Promise.all(visits.slice(i, i + 4).map(([lang, view]) => fetchedBy(browser, server, lang, view)));
    done.forEach((files, j) => {
      const key = files.join(' ');
      byFiles.set(key, [...(byFiles.get(key) ?? []), visits[i + j].join('.')]);
    });
  }
} finally {
  await browser.close();
  await server.close();
}
const map = [...byFiles].map(([files, views]) => `${views.join(',')}=${files}`).join(';');
fs.writeFileSync(file, html.replace(/<html\b/, `<html data-preload="${map}"`));
console.log(`preload-map: ${VIEWS.length} views in ${LANGUAGES.length} languages, ${byFiles.size} distinct sets of files (${map.length} characters) into index.html`);
