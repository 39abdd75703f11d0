// Writes the one-file edition, `multitrack-offline.html`: the whole guide in
// one HTML file that runs from disk (file://) with no server and no network,
// for USB sticks and learning platforms that take a file.
//
// Why a build of its own: a page opened from disk cannot load module scripts
// or wasm by URL, so nothing may be fetched; the parts the hosted guide loads
// on first use would be files. This build is one wasm module (no `split`)
// with the share dictionary inside (`one-file`), inlined as base64 in a block
// the browser does not run; the stylesheet, the scripts and the icon are
// inlined too. The page's policy allows exactly these scripts and this style
// by their hashes: still no 'unsafe-inline'.
//
// Usage: node scripts/one-file.mjs <built folder>  (build-wasm.mjs runs it for
// release builds, after the start view is drawn into index.html, which this
// page starts from so it reads the same before the app runs).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { WASM_OPT_FEATURES } from './wasm-opt-features.mjs';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/one-file.mjs <built folder>');
const ONE_FILE = 'multitrack-offline.html';
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
// A folder of its own: built with other flags than the split build
// (build-wasm.mjs), in the same folder each would rebuild every crate the
// other had just built.
const targetDir = path.join(process.env.CARGO_TARGET_DIR ?? path.join(root, 'target'), 'one-file');
const NAME = 'multitrack';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, CARGO_TARGET_DIR: targetDir } });

// 1. The app as one module.
run('cargo', ['build', '--locked', '--release', '--target', 'wasm32-unknown-unknown', '--bin', NAME, '--features', 'one-file']);
const work = fs.mkdtempSync(path.join(folder, '.one-file-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', NAME,
    path.join(targetDir, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`)]);
  const wasmFile = path.join(work, `${NAME}_bg.wasm`);
  run('wasm-opt', ['-Oz', ...WASM_OPT_FEATURES, wasmFile, '-o', wasmFile]);
  const wasm = fs.readFileSync(wasmFile);
  const glue = fs.readFileSync(path.join(work, `${NAME}.js`), 'utf8');
  if (/^\s*import\b/m.test(glue)) throw new Error('the wasm-bindgen glue imports a file; it cannot be inlined');

  // 2. The page, from the built index.html.
  let html = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
  const attr = (tag, name) => tag.match(new RegExp(`\\b${name}=("([^"]*)"|'([^']*)'|([^\\s>]+))`))?.slice(2).find((v) => v !== undefined);
  const tagsOf = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`;
  const read = (href) => fs.readFileSync(path.join(folder, href.replace(/^\.\//, '')), 'utf8');
  const scripts = [];
  const styles = [];

  for (const tag of tagsOf('link')) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (rel === 'stylesheet') {
      const css = read(href);
      styles.push(css);
      html = html.replace(tag, () => `<style>${css}</style>`);
    } else if (rel === 'icon') {
      html = html.replace(tag, () => `<link rel="icon" type="image/svg+xml" href="data:image/svg+xml;base64,${Buffer.from(read(href)).toString('base64')}">`);
    } else {
      // Preloads, the manifest, anything else: there is nothing to fetch.
      html = html.replace(tag, '');
    }
  }
  for (const match of html.match(/<script\b[^>]*\bsrc=[^>]*><\/script>/g) ?? []) {
    const src = attr(match, 'src');
    if (/route-shell/.test(src)) {
      const code = read(src);
      scripts.push(code);
      html = html.replace(match, () => `<script>${code}</script>`);
    } else {
      // The module loader and the offline script: replaced by the app below.
      html = html.replace(match, '');
    }
  }
  // This page is the answer to "opened from a file": it does not need the note.
  html = html.replace(/<div class="?file-note"?[^>]*>[\s\S]*?<\/div>/, '');

  const start = `${glue.replace(/^export\s+default\s+\w+;?\s*$/m, '').replace(/^export\s*\{[^}]*\};?\s*$/gm, '')}
// Starts the app from the bytes inlined below (scripts/one-file.mjs).
const packed = document.getElementById('multitrack-wasm').textContent;
const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
__wbg_init({ module_or_path: bytes });
`;
  if (!/function __wbg_init\b|async function __wbg_init\b/.test(glue)) throw new Error('the glue has no __wbg_init to start the app with');
  scripts.push(start);
  const app = `<script type="application/wasm;base64" id="multitrack-wasm">${wasm.toString('base64')}</script><script type="module">${start}</script>`;
  html = html.replace('</body>', () => `${app}</body>`);

  // 3. The policy: these scripts and styles by hash, nothing else inline.
  const cspTag = tagsOf('meta').find((tag) => /^content-security-policy$/i.test(attr(tag, 'http-equiv') ?? ''));
  if (!cspTag) throw new Error('index.html has no Content-Security-Policy to adapt');
  const policy = attr(cspTag, 'content')
    .replace(/script-src [^;]*/, `script-src ${scripts.map(sha256).join(' ')} 'wasm-unsafe-eval'`)
    .replace(/style-src [^;]*/, `style-src ${styles.map(sha256).join(' ')}`)
    .replace(/img-src [^;]*/, (v) => `${v} data:`);
  html = html.replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (/<script(?![^>]*\btype="?application\/wasm)[^>]*\bsrc=/.test(html)) throw new Error('a script is still loaded by URL');

  fs.writeFileSync(path.join(folder, ONE_FILE), html);
  console.log(`one-file: ${ONE_FILE}, ${html.length} bytes (wasm ${wasm.length} bytes before base64)`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
