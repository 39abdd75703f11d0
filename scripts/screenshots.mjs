// Screenshots of the release build (dist/), as a reader sees it: each view at
// phone (390x844), projector (1280x720) and desktop (1366x900) size, light
// and dark, in each language asked for. The first screen only, unless
// --full: what a class sees before anyone scrolls.
//
//   node scripts/screenshots.mjs --out shots [--langs en,ar] [--views timeline,tracks]
//        [--sizes phone,projector,desktop] [--themes light,dark] [--full] [--jpeg]
//
// --jpeg writes JPEG at quality 72 (or --quality N), a fifth of the PNG's bytes: for the
// screenshots kept in the repository (docs/screenshots/). --index also
// writes README.md there: a table per view, a row per size, a column per
// language and scheme.
//
// Views are route hashes without "#/" ("" for the start page, "cases/oslo-1992-93").
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFolder } from '../tests/e2e/support/server.mjs';
import { launch, guardedPage, appReady } from '../tests/e2e/support/browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = { phone: { width: 390, height: 844 }, projector: { width: 1280, height: 720 }, desktop: { width: 1366, height: 900 } };
const VIEWS = ['', 'timeline', 'tracks', 'principles', 'concepts', 'references', 'read', 'quiz', 'cases', 'cases/oslo-1992-93', 'my-data', 'handout'];

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const list = (name, fallback) => (option(name, null)?.split(',') ?? fallback);
const out = path.resolve(option('out', 'shots'));
const langs = list('langs', ['en', 'ar']);
const views = list('views', VIEWS);
const sizes = list('sizes', Object.keys(SIZES));
const themes = list('themes', ['light', 'dark']);
const full = args.includes('--full');
const jpeg = args.includes('--jpeg');
const quality = Number(option('quality', 72));
// --dark-langs en: the dark scheme in these languages only (the repository's set).
const darkLangs = list('dark-langs', langs);
const index = args.includes('--index');

await fs.mkdir(out, { recursive: true });
const server = await serveFolder(path.join(ROOT, 'dist'));
const browser = await launch();
let count = 0;
try {
  for (const lang of langs) {
    for (const theme of themes) {
      if (theme === 'dark' && !darkLangs.includes(lang)) continue;
      for (const size of sizes) {
        const { page, context, problems } = await guardedPage(browser, server.origin, { viewport: SIZES[size], colorScheme: theme });
        for (const view of views) {
          await page.goto(`${server.url}?lang=${lang}#/${view}`);
          await appReady(page);
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => document.fonts.ready);
          // Arriving at a view focuses its heading, ringed as for a keyboard
          // user (no pointer has moved here): shoot what a reader who clicked sees.
          await page.evaluate(() => document.activeElement?.blur());
          const name = `${size}-${lang}-${theme}-${view.replaceAll('/', '_') || 'start'}.${jpeg ? 'jpg' : 'png'}`;
          await page.screenshot({ path: path.join(out, name), fullPage: full, ...(jpeg ? { type: 'jpeg', quality } : {}) });
          count += 1;
        }
        if (problems.pageErrors.length) console.error(`${lang} ${theme} ${size}: ${problems.pageErrors.join('; ')}`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (index) {
  const ext = jpeg ? 'jpg' : 'png';
  const columns = langs.flatMap((lang) => themes.filter((t) => t !== 'dark' || darkLangs.includes(lang)).map((theme) => [lang, theme]));
  const lines = ['# Screenshots', '',
    `Each view's first screen as a reader sees it, made by \`node scripts/screenshots.mjs ${args.join(' ')}\` from the release build on ${new Date().toISOString().slice(0, 10)}.`,
    `Sizes: ${sizes.map((s) => `${s} ${SIZES[s].width}x${SIZES[s].height}`).join(', ')}.`, ''];
  for (const view of views) {
    const slug = view.replaceAll('/', '_') || 'start';
    lines.push(`## ${view ? `#/${view}` : 'The start page'}`, '', `| | ${columns.map(([l, t]) => `${l}, ${t}`).join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`);
    for (const size of sizes) {
      lines.push(`| ${size} | ${columns.map(([l, t]) => `![${view || 'start'}, ${size}, ${l}, ${t}](${size}-${l}-${t}-${slug}.${ext})`).join(' | ')} |`);
    }
    lines.push('');
  }
  await fs.writeFile(path.join(out, 'README.md'), lines.join('\n'));
}
console.log(`${count} screenshots in ${path.relative(process.cwd(), out) || '.'}`);
