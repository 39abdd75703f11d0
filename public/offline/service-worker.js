// The guide's service worker: after one visit, every file of this version
// comes from the cache, so a class whose network fails still has the guide.
//
// scripts/precache.mjs writes this file into each release build, putting
// before it the build's VERSION and its LIST: the address and hash of a
// file that lists every file the build produced, each with the hash of its
// bytes (the parts loaded on first use included, the one-file edition not).
// The list is fetched when the worker installs, with the offline copy, not
// with the page. A new deployment changes this file's bytes, which is how
// the browser learns of it.
//
// Why these choices:
// - The cache is named by the worker's scope as well as the version: two
//   copies of the guide on one host (/a/ and /b/) each keep their own.
// - A new version installs beside the old one and waits. It takes over only
//   when the page asks (the reader pressed "Reload" on "A new version is
//   available"): a teacher mid-lesson is never reloaded. Once it has taken
//   over, the old version's caches are removed.
// - The reader's own document lives in localStorage, which no worker touches.
// - A translation's files (its wording, its content, its cases: about 80 KB
//   brotli each) are cached only for the languages the reader uses: the page
//   names its language once the worker runs (register.js), and a language
//   chosen later is cached as it is used. The English content, which every
//   translation falls back to, is cached always. On a school network every
//   pupil's first visit would otherwise fetch three languages they never read.
/* global VERSION, LIST */
const PREFIX = 'multitrack ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION;
const href = ({ url }) => new URL(url, self.location).href;

// A file named by its hash (app-<hash>/, main-<hash>.css) may come from the
// HTTP cache, where the page may just have put it; any other may be the
// previous deployment's there, so it is fetched anew.
const named = (url) => /-[0-9a-f]{16}[./]/.test(url);
const requestFor = ({ url, integrity }) => new Request(url, { cache: named(url) ? 'default' : 'reload', integrity });

/**
 * The build's files, from the list this version's cache keeps (fetched and
 * checked against its hash when the worker installs). Read once per run of
 * the worker.
 */
let listed;
function files() {
  listed ??= (async () => {
    const cache = await caches.open(CACHE);
    let response = await cache.match(href(LIST));
    if (!response) {
      response = await fetch(requestFor(LIST));
      if (!response.ok) throw new Error(`the list of files answered ${response.status}`);
      await cache.put(href(LIST), response.clone());
    }
    const all = await response.json();
    return { all, addresses: new Set(all.map(href)) };
  })();
  listed.catch(() => { listed = undefined; });
  return listed;
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const { all } = await files();
    await cache.addAll(all.filter((f) => !f.lang).map(requestFor));
  })());
});

/** Caches the files of the translation `lang` that are not cached yet. */
async function cacheLanguage(lang) {
  const cache = await caches.open(CACHE);
  const missing = [];
  const { all } = await files();
  for (const file of all.filter((f) => f.lang === lang)) {
    if (!(await cache.match(href(file)))) missing.push(requestFor(file));
  }
  await cache.addAll(missing);
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    // The first version takes the page that installed it, so it works offline from then on.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
  // `{ language }` from register.js: answered on the port once cached, so
  // the page can say the guide is ready offline in its language.
  else if (typeof event.data?.language === 'string') {
    const [port] = event.ports;
    event.waitUntil(cacheLanguage(event.data.language).then(() => port?.postMessage('cached'), (e) => port?.postMessage(String(e))));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Any address in the folder opens the page: the views live in the fragment.
    const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    if (cached) return cached;
    const response = await fetch(request);
    // A file of this version not cached yet (a language chosen since): kept for offline use.
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(files().then(({ addresses }) => addresses.has(request.url) && cache.put(request, copy), () => {}));
    }
    return response;
  })());
});
