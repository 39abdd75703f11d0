// Packs the files a link straight to each view needs into one file per view,
// and writes into index.html where each file sits in it.
//
// Why: a deep link (a teacher's link to #/timeline) needs the view's part,
// its share of the content and thirty to fifty small chunks that wasm-split
// cut for the code the views share. Fetched one by one, each is a request on
// a slow school network, and each is compressed alone: together, compressed
// once, the same bytes are about a fifth smaller (130 KB brotli as separate
// files, 106 KB as one, for the timeline). The chunks stay as files of their
// own too, for every later view of a visit and for the offline copy.
//
// How it is used: `public/route-shell.js` fetches the view's bundle as the
// page starts (not when a service worker already holds the files), and the
// loader wasm-split writes (patched by scripts/build-wasm.mjs) takes each
// file from it, or fetches the file itself if the bundle failed.
//
// Reads the sets of files scripts/preload-map.mjs recorded (`data-preload`,
// `views=file file …`) and writes instead the bundle that holds them,
// `views=bundle`: the bundle says what is in it, and the page stays small. A bundle is named by the hash of its contents and
// is not in the offline copy (scripts/precache.mjs).
//
// Usage: node scripts/deep-link-bundles.mjs <built folder>  (build-wasm.mjs
// runs it for release builds, after preload-map.mjs).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/deep-link-bundles.mjs <built folder>');
const file = path.join(folder, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const parts = html.match(/<html\b[^>]*\bdata-parts="\.\/([^"]+)\/"/)?.[1];
const map = html.match(/<html\b[^>]*\bdata-preload="([^"]*)"/)?.[1];
if (!parts || map === undefined) throw new Error('index.html has no data-parts or data-preload (build-wasm.mjs and preload-map.mjs write them)');

let bytes = 0;
const sets = map.split(';').map((set) => {
  const [views, files] = set.split('=');
  const names = files.split(' ').map((n) => (/^[0-9]+$/.test(n) ? `chunk_${n}` : n));
  const contents = names.map((n) => fs.readFileSync(path.join(folder, parts, `${n}.wasm`)));
  // A header first: its length (32 bits, little-endian), then the files'
  // names and lengths as JSON; then the files, in that order.
  const header = Buffer.from(JSON.stringify(names.map((n, i) => [n, contents[i].length])));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const bundle = Buffer.concat([length, header, ...contents]);
  const name = crypto.createHash('sha256').update(bundle).digest('hex').slice(0, 16);
  fs.writeFileSync(path.join(folder, parts, `bundle-${name}.bin`), bundle);
  bytes += bundle.length;
  return `${views}=${name}`;
});
fs.writeFileSync(file, html.replace(`data-preload="${map}"`, `data-preload="${sets.join(';')}"`));
console.log(`deep-link-bundles: ${sets.length} bundles, ${bytes} bytes in all`);
