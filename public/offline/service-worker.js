// The guide's service worker: after one visit, every file of this version
// comes from the cache, so a class whose network fails still has the guide.
//
// scripts/precache.mjs writes this file into each release build, putting
// before it the build's VERSION and FILES (every file it produced, with the
// hash of its bytes; the parts loaded on first use included, the one-file
// edition not). A new
// deployment therefore changes this file's bytes, which is how the browser
// learns of it.
//
// Why these choices:
// - The cache is named by the worker's scope as well as the version: two
//   copies of the guide on one host (/a/ and /b/) each keep their own.
// - A new version installs beside the old one and waits. It takes over only
//   when the page asks (the reader pressed "Reload" on "A new version is
//   available"): a teacher mid-lesson is never reloaded. Once it has taken
//   over, the old version's caches are removed.
// - The reader's own document lives in localStorage, which no worker touches.
/* global VERSION, FILES */
const PREFIX = 'multitrack ' + self.registration.scope + ' ';
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // A file named by its hash (app-<hash>/, main-<hash>.css) may come from the
    // HTTP cache, where the page may just have put it; any other may be the
    // previous deployment's there, so it is fetched anew.
    const named = (url) => /-[0-9a-f]{16}[./]/.test(url);
    await cache.addAll(FILES.map(({ url, integrity }) => new Request(url, { cache: named(url) ? 'default' : 'reload', integrity })));
  })());
});

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
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(self.registration.scope)) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Any address in the folder opens the page: the views live in the fragment.
    const key = request.mode === 'navigate' ? new URL('index.html', self.registration.scope).href : request;
    const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return cached ?? fetch(request);
  })());
});
