// Registers the service worker (release builds only: scripts/precache.mjs
// adds this script to the page) and tells the app when a new version waits.
//
// A plain script file, as the page's policy allows no inline script. The app
// draws the notice itself (its wording lives with the app's other words):
// this script marks `<html data-update="ready">` and fires `multitrack:update`;
// the app's Reload button fires `multitrack:take-update`, and only then does
// the new version take over and the page reload.
(function () {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  var root = document.documentElement;
  var asked = false;
  var hadController = !!navigator.serviceWorker.controller;

  function offer() {
    root.dataset.update = 'ready';
    dispatchEvent(new Event('multitrack:update'));
  }

  function watch(registration) {
    // Some browsers' settings (and test drivers) block workers and register nothing.
    if (!registration) return;
    function track(incoming) {
      if (!incoming) return;
      incoming.addEventListener('statechange', function () {
        // Installed while a version already runs the page: a new deployment.
        if (incoming.state === 'installed' && navigator.serviceWorker.controller) offer();
      });
    }
    if (registration.waiting && navigator.serviceWorker.controller) offer();
    // One may be installing already: found while this page was loading.
    track(registration.installing);
    registration.addEventListener('updatefound', function () { track(registration.installing); });
    addEventListener('multitrack:take-update', function () {
      asked = true;
      if (registration.waiting) registration.waiting.postMessage('take-over');
      else location.reload();
    });
    // Look for a new version when the reader comes back to the tab, not only on a reload.
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') registration.update().catch(function () {});
    });
  }

  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (asked) location.reload();
    // Another tab took the new version: this one still runs the old one.
    else if (hadController) offer();
    hadController = true;
  });

  // The worker caches a translation only for a reader who uses it (see
  // service-worker.js): each page tells it the page's language once it runs
  // (choosing another language reopens the page, so that one is told too).
  // `<html data-offline="ready">` then says every file of this version in
  // this language is cached.
  var told = '';
  function tellLanguage() {
    var active = navigator.serviceWorker.controller;
    var lang = root.lang;
    if (!active || !lang || lang === told) return;
    told = lang;
    var channel = new MessageChannel();
    channel.port1.onmessage = function (event) {
      if (event.data === 'cached') root.dataset.offline = 'ready';
      else console.warn('multitrack: the ' + lang + ' files are not available offline (' + event.data + ')');
    };
    active.postMessage({ language: lang }, [channel.port2]);
  }
  navigator.serviceWorker.addEventListener('controllerchange', tellLanguage);

  function register() {
    navigator.serviceWorker.register('./service-worker.js').then(function (registration) {
      watch(registration);
      // On a first visit the worker takes the page a moment after it is ready: controllerchange.
      navigator.serviceWorker.ready.then(tellLanguage);
    }, function (e) {
      console.warn('multitrack: offline use is not available here (' + e + ')');
    });
  }

  // Once the first view is drawn and the browser is idle: precaching the whole
  // guide must not compete with that view, for a slow connection or for a
  // phone's processor (5,000 events drew with a 241 ms task beside it, 144 ms
  // without). The app marks <html data-ready> once it has replaced the static
  // page; a view that arrives as a part shows its loading line in the main
  // region until it is drawn (`views::shell::deferred`), whatever the view or the
  // language.
  function drawn() {
    return root.hasAttribute('data-ready') && !document.querySelector('#main .loading');
  }
  var idle = window.requestIdleCallback || function (f) { setTimeout(f, 1); };
  var waited = 0;
  (function whenDrawn() {
    // A view that never arrives (offline on a first visit) still gets the worker, later.
    if (drawn() || waited >= 20000) idle(register, { timeout: 5000 });
    else {
      waited += 200;
      setTimeout(whenDrawn, 200);
    }
  })();
})();
