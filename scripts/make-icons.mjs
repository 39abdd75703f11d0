// Draws the app's icons (public/icons/*.png) from its mark, public/favicon.svg,
// in Chromium, so the installed app's icon is the mark the page shows. Run it
// after changing the mark; the PNGs are committed (a build does not need a
// browser for them). Usage: node scripts/make-icons.mjs
//
// The maskable icon fills its square with the mark's blue and keeps the mark
// inside the central 80% circle that every platform's mask leaves visible.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from '../tests/e2e/support/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mark = fs.readFileSync(path.join(root, 'public', 'favicon.svg'), 'utf8');
const markUrl = `data:image/svg+xml;base64,${Buffer.from(mark).toString('base64')}`;
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await launch();
try {
  const page = await browser.newPage();
  for (const { file, size, maskable } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    const inner = maskable ? Math.round(size * 0.8) : size;
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:${maskable ? '#1f3a5f' : 'transparent'}}
      body{width:${size}px;height:${size}px;display:grid;place-items:center}</style>
      <img src="${markUrl}" width="${inner}" height="${inner}" alt="">`);
    await page.waitForFunction(() => document.images[0].complete);
    await page.screenshot({ path: path.join(root, 'public', 'icons', file), omitBackground: !maskable });
    console.log(`make-icons: public/icons/${file} (${size} px${maskable ? ', maskable' : ''})`);
  }
} finally {
  await browser.close();
}
