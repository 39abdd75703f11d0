// Trunk post_build hook: builds the app's wasm and cuts it into parts.
//
// Why not Trunk's own Rust pipeline: the start page should download only what
// it draws, and Trunk 0.21 cannot split a wasm module. So index.html tells
// Trunk to skip Rust (`data-trunk-skip`) and this hook does what
// `cargo leptos --split` does:
//   1. cargo build with `--features split`, linked with `--emit-relocs`
//      (release builds: with the standard library rebuilt for size, see
//      wasm-opt-features.mjs);
//   2. wasm-split-cli cuts the views of src/views/shell/parts.rs into wasm files of
//      their own (split_*.wasm, code they share in chunk_*.wasm) and writes
//      __wasm_split.js, which fetches them on first use;
//   3. wasm-bindgen on the main module, keeping the exports the parts import;
//   4. wasm-opt -Oz on every module, terser on the JavaScript (release builds);
//   5. everything goes into one folder named by the hash of its contents
//      (`app-<hash>/`): a part from another build must never meet this main
//      module (wasm-split's output differs between builds), and the files
//      import each other, so they cannot each carry their own hash;
//   6. index.html gets preload links and a loader script file (no inline
//      script: the Content-Security-Policy forbids it);
//   7. release builds: the start view drawn into index.html, the files
//      each deep link needs in one bundle, the one-file edition and the
//      offline service worker (the scripts named below).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { WASM_OPT_FEATURES, splitBuild } from './wasm-opt-features.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const release = process.env.TRUNK_PROFILE === 'release';
const root = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const NAME = 'multitrack';

function run(cmd, args, options = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
}

// 1. Build.
const build = splitBuild(release);
run('cargo', build.args, { env: build.env });
const built = path.join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);

// 2. Split, into a scratch folder inside the staging folder.
const work = fs.mkdtempSync(path.join(staging, '.split-'));
run('wasm-split-cli', [built, work, '--out-name', NAME]);

// 3. Bind the main module; the parts are plain wasm that import from it.
run('wasm-bindgen', ['--target', 'web', '--keep-lld-exports', '--no-typescript', '--out-dir', work, '--out-name', NAME,
  path.join(work, `${NAME}.wasm`)]);
fs.rmSync(path.join(work, `${NAME}.wasm`));

// 4. Optimise every module.
const wasmFiles = fs.readdirSync(work).filter((f) => f.endsWith('.wasm'));
if (release) {
  for (const f of wasmFiles) run('wasm-opt', ['-Oz', ...WASM_OPT_FEATURES, path.join(work, f), '-o', path.join(work, f)]);
}

// 4a. The loader takes a file from the bundle that public/route-shell.js
//     fetched for a link straight to a view, when it holds it (see
//     scripts/deep-link-bundles.mjs), and fetches it itself otherwise.
{
  const loaderFile = path.join(work, '__wasm_split.js');
  const loader = fs.readFileSync(loaderFile, 'utf8');
  const fetches = /fetch\(new URL\("\.\/([a-z0-9_]+)\.wasm", import\.meta\.url\)\)/g;
  if (!fetches.test(loader)) throw new Error('__wasm_split.js fetches no wasm file in the form this build patches; has wasm-split changed?');
  fs.writeFileSync(loaderFile, loader.replace(fetches, '__fetchPart("$1")') + `
// From scripts/build-wasm.mjs: a file from the deep link's bundle, once.
let __bundle;
function __fetchPart(name) {
  const url = new URL("./" + name + ".wasm", import.meta.url);
  if (self.multitrackBundle && !__bundle) {
    __bundle = self.multitrackBundle.then((bytes) => {
      const length = new DataView(bytes).getUint32(0, true);
      const files = new Map();
      let at = 4 + length;
      for (const [file, size] of JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 4, length)))) {
        files.set(file, bytes.slice(at, at + size));
        at += size;
      }
      return files;
    });
    self.multitrackBundle = undefined;
  }
  if (!__bundle) return fetch(url);
  return __bundle.then((files) => {
    const body = files.get(name);
    if (!body) return fetch(url);
    files.delete(name);
    return new Response(body, { headers: { "content-type": "application/wasm" } });
  }, () => fetch(url));
}
`);
}

// 4b. Minify the JavaScript wasm-bindgen and wasm-split wrote (Trunk's own
//     minifier never sees it: this hook runs after Trunk's pipeline). 2 KB
//     brotli off every first load; npm terser, pinned in package.json.
if (release) {
  for (const f of [`${NAME}.js`, '__wasm_split.js']) {
    run('terser', [path.join(work, f), '--module', '--compress', '--mangle', '--output', path.join(work, f)]);
  }
}

// 5. One folder named by the hash of everything in it.
const hash = crypto.createHash('sha256');
for (const f of fs.readdirSync(work).sort()) hash.update(f).update(fs.readFileSync(path.join(work, f)));
const folder = `app-${hash.digest('hex').slice(0, 16)}`;
fs.renameSync(work, path.join(staging, folder));
// mkdtemp made it private (0700): a web server running as another user could not read it.
fs.chmodSync(path.join(staging, folder), 0o755);

// 6. The loader and the page.
const loader = `// Starts the app (written by scripts/build-wasm.mjs).
import init from './${folder}/${NAME}.js';
init({ module_or_path: new URL('./${folder}/${NAME}_bg.wasm', import.meta.url) });
`;
const loaderName = `start-${crypto.createHash('sha256').update(loader).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(staging, loaderName), loader);
const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
const file = path.join(staging, 'index.html');
let html = fs.readFileSync(file, 'utf8');
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
const tags = [
  `<link rel="modulepreload" href="./${folder}/${NAME}.js">`,
  `<link rel="preload" href="./${folder}/${NAME}_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module" src="./${loaderName}" integrity="${sri(loader)}"></script>`,
].join('');
// The folder, for public/route-shell.js: it knows the page's language before
// the app runs, and asks for that language's part beside the start module
// rather than after it.
if (!/<html\b/.test(html)) throw new Error('index.html has no <html> element');
html = html.replace(/<html\b/, `<html data-parts="./${folder}/"`);
// Trunk leaves the skipped Rust link in the page; it means nothing there.
html = html.replace(/<link\b[^>]*\bdata-trunk-skip\b[^>]*>/, '').replace('</head>', `${tags}</head>`);
// `trunk serve` adds its live-reload script inline after this hook has run.
// Development builds (never published) allow it; release builds do not.
if (!release) {
  html = html.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline'");
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) throw new Error('index.html has an inline script; the CSP forbids it');
fs.writeFileSync(file, html);

// 7. The start view, drawn by the app just built, into index.html, and the
//    files a link straight to each view needs; then the one-file edition
//    made from that page; last, the service worker and its list of every
//    file (index.html included, so it must be final).
if (release) {
  for (const script of ['prerender.mjs', 'preload-map.mjs', 'deep-link-bundles.mjs', 'one-file.mjs', 'precache.mjs']) run('node', [path.join(root, 'scripts', script), staging]);
}
