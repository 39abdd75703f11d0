// Writes the start view, as the built app draws it, into index.html, so a
// phone on a slow network can read the start page before the wasm arrives.
//
// Why from the built app in a browser (not a hand-written copy, not a second
// renderer): the static page then never drifts from what the app draws, and
// the app can take it over on mount without moving anything.
//
// A deep link (`#/timeline`) must not show the start page's text while it
// loads: `route-shell.js`, a small script file that runs before the body is
// drawn (the Content-Security-Policy allows no inline script), marks the page
// `deep-link` when the address names another view, and the stylesheet then
// shows the loading state instead.
//
// Usage: node scripts/prerender.mjs <folder>  (build-wasm.mjs runs it for
// release builds). Needs Debian's Chromium (scripts/setup.sh test installs it).
import fs from 'node:fs';
import path from 'node:path';
import { serveFolder } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/prerender.mjs <built folder>');
const file = path.join(folder, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const shell = html.match(/<div id="?app"?>([\s\S]*)<\/div>\s*<span [^>]*\bid="?app-end\b/);
if (!shell) throw new Error('index.html has no <div id="app"> shell, followed by its end marker, to fill');
// The shell's loading line, its note for a page opened from disk and its
// no-JavaScript message stay, inside the drawn main: the first shows for a
// deep link, the second from file://, the third without JavaScript.
const loading = shell[1].match(/<p class="?loading"?[^>]*>[\s\S]*?<\/p>/)?.[0];
const fileNote = shell[1].match(/<div class="?file-note"?[^>]*>[\s\S]*?<\/div>/)?.[0];
const noscript = shell[1].match(/<noscript>[\s\S]*?<\/noscript>/)?.[0];
if (!loading || !fileNote || !noscript) throw new Error('the shell in index.html lost its loading line, its file note or its <noscript>');
if (!fs.existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium')) {
  throw new Error('the release build draws the start page in Chromium: run scripts/setup.sh test to install it');
}

/**
 * The drawn page without the custom properties the app sets through the
 * CSSOM (a track's `--tc`), which the Content-Security-Policy allows there
 * but would block, and report, as `style` attributes in the HTML. Any other
 * inline style would leave the static page drawn wrong: the build stops and
 * says which.
 */
function withoutInlineStyles(markup) {
  return markup.replace(/ style="([^"]*)"/g, (_, style) => {
    for (const declaration of style.split(';').map((d) => d.trim()).filter(Boolean)) {
      if (!declaration.startsWith('--')) throw new Error(`the start page has an inline style the static page cannot keep: ${declaration}`);
    }
    return '';
  });
}

const server = await serveFolder(folder);
const browser = await launch();
try {
  // In English whatever this machine's languages: the page's static view is the English one.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready] nav[aria-label="Main"]', { timeout: 30000 });
  // Let effects that run after mount (the title, display settings) settle.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const drawn = await page.evaluate(() => document.getElementById('app').innerHTML);
  if (errors.length) throw new Error(`the app failed while drawing the start page: ${errors.join('; ')}`);
  const main = drawn.match(/<main\b[^>]*>/);
  const unstyled = withoutInlineStyles(drawn);
  if (!main || !drawn.includes('<h1')) throw new Error('the start page has no main heading: nothing to write');
  const marked = loading.replace(/class="?loading"?/, 'class="loading static-loading"');
  const filled = unstyled.replace(main[0], () => main[0] + marked + fileNote).replace('</main>', () => noscript + '</main>');
  fs.writeFileSync(file, html.replace(shell[1], () => filled));
  console.log(`prerender: wrote the start view (${drawn.length} characters) into index.html`);
} finally {
  await browser.close();
  await server.close();
}
