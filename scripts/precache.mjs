// Makes the release build work offline after one visit: writes the service
// worker with the list of every file the build produced (its URL and the
// hash of its bytes), and adds the script that registers it to index.html.
//
// Usage: node scripts/precache.mjs <built folder>  (build-wasm.mjs runs it
// last for release builds, once index.html is final: the page's own hash is
// in the list). Development builds get neither, so nothing registers there.
//
// Left out of the list: the worker itself, the list, and the one-file
// edition (a download for disks, not part of the hosted guide's cache).
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/precache.mjs <built folder>');
const here = path.dirname(fileURLToPath(import.meta.url));
const source = (name) => fs.readFileSync(path.join(here, '..', 'public', 'offline', name), 'utf8');
// Both scripts are written for reading (their comments say why they do what
// they do) and shipped minified: they are fetched on every first visit, in
// every language (1.3 KB brotli less between them). npm terser, as for the
// app's own JavaScript (build-wasm.mjs).
const minified = async (name) => {
  const { code } = await minify(source(name), { compress: true, mangle: true });
  if (!code) throw new Error(`precache: terser returned nothing for ${name}`);
  return code;
};
const WORKER = 'service-worker.js';
const NOT_CACHED = new Set([WORKER, 'multitrack-offline.html']);

// 1. The registering script, named by its hash, into the page.
const register = await minified('register.js');
const registerName = `offline-${crypto.createHash('sha256').update(register).digest('hex').slice(0, 16)}.js`;
fs.writeFileSync(path.join(folder, registerName), register);
const page = path.join(folder, 'index.html');
const html = fs.readFileSync(page, 'utf8');
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
fs.writeFileSync(page, html.replace('</head>', `<script defer src="./${registerName}"></script></head>`));

// 2. Every file, with the hash the worker checks it against (a half-uploaded
//    deployment then fails to install, and the version before stays).
function walk(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix + entry.name;
    if (entry.name.startsWith('.')) return [];
    if (entry.isDirectory()) return walk(path.join(dir, entry.name), rel + '/');
    // A deep link's bundle repeats files the copy holds (scripts/deep-link-bundles.mjs).
    return NOT_CACHED.has(rel) || /\/bundle-[0-9a-f]+\.bin$/.test(rel) ? [] : [rel];
  });
}
// A translation's own files end in its code (split_lang_fr.wasm,
// split_cases_fr.wasm): the worker caches them only for the languages the
// reader uses. The codes are those of the translations' wording parts.
const all = walk(folder).sort();
const translations = all.map((rel) => rel.match(/\/split_lang_([a-z]{2})\.wasm$/)?.[1]).filter(Boolean);
if (!translations.length) throw new Error('precache: the build has no translation parts (split_lang_<code>.wasm)');
const files = all.map((rel) => {
  const bytes = fs.readFileSync(path.join(folder, rel));
  const lang = translations.find((code) => rel.endsWith(`_${code}.wasm`));
  return { url: `./${rel}`, integrity: `sha256-${crypto.createHash('sha256').update(bytes).digest('base64')}`, ...(lang ? { lang } : {}) };
});
if (!files.some((f) => f.url === './index.html')) throw new Error('the build has no index.html to cache');
const version = crypto.createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 16);

// 3. The list, as a file of its own named by its hash: the worker fetches it
//    when it installs, with the offline copy, so that a first visit does not
//    download a line per file of the build with the worker's script. The
//    worker names it with its hash, so a half-uploaded list fails too.
const list = JSON.stringify(files);
const listName = `offline-files-${crypto.createHash('sha256').update(list).digest('hex').slice(0, 16)}.json`;
fs.writeFileSync(path.join(folder, listName), list);
const listEntry = { url: `./${listName}`, integrity: `sha256-${crypto.createHash('sha256').update(list).digest('base64')}` };

// 4. The worker: the version and where the list is, then the worker's code.
const header = `// Written by scripts/precache.mjs for this build.\nconst VERSION = ${JSON.stringify(version)};\nconst LIST = ${JSON.stringify(listEntry)};\n`;
fs.writeFileSync(path.join(folder, WORKER), header + (await minified(WORKER)));
console.log(`precache: ${files.length} files (${files.filter((f) => f.lang).length} of them cached only for their language: ${translations.join(', ')}), listed in ${listName}, version ${version}`);
