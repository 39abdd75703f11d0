// Runs before the page is drawn (a plain script file: the page's policy
// allows no inline script). The page holds the start view as the app draws
// it, readable before the app has loaded; an address that names another
// view (#/timeline) shows the loading state instead, until the app takes over.
//
// Opened from disk (file://), the browser will not run the app at all, so
// the page says so and how to open it instead (the note in index.html),
// rather than "Loading" for ever. It uses the `hidden` attribute, not the
// stylesheet, so it reads the same if the stylesheet is refused too.
//
// It also marks the page with its language before it is drawn, by the rule
// the app applies (src/model/base/lang.rs: the address's ?lang=, then the choice
// kept under "multitrack-language", then the browser's languages), so an
// Arabic page is right to left from its first paint. The static start view
// is English, so a page in another language shows only the loading line,
// in that language, until the app draws the page in it.
(function () {
  var root = document.documentElement;
  var LANGUAGES = ['en', 'fr', 'es', 'ar'];
  // Written out, not as \u escapes: Trunk's minifier mangles those.
  var LOADING = { fr: 'Chargement du guide…', es: 'Cargando la guía…', ar: 'جارٍ تحميل الدليل…' };
  function primary(tag) { return String(tag || '').split(/[-_]/)[0].toLowerCase(); }
  function language() {
    var found = /[?&]lang=([^&]*)/.exec(location.search);
    var tags = [found && found[1]];
    try { tags.push(localStorage.getItem('multitrack-language')); } catch (e) { /* storage refused */ }
    tags = tags.concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < tags.length; i++) {
      if (LANGUAGES.indexOf(primary(tags[i])) >= 0) return primary(tags[i]);
    }
    return 'en';
  }
  var lang = language();
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  root.classList.toggle('translated', lang !== 'en');
  // The language's part (its content; for a translation, its wording too)
  // is fetched as soon as the start module is: the app would ask for it
  // only once it runs. scripts/build-wasm.mjs names the folder.
  var parts = root.getAttribute('data-parts');
  function preload(name) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = parts + name + '.wasm';
    document.head.appendChild(link);
  }
  function viewNamed() { return location.hash.replace(/^#\/?/, '').split(/[?/]/)[0]; }
  if (parts && location.protocol !== 'file:') {
    preload(lang === 'en' ? 'split_content_en' : 'split_lang_' + lang);
    // A link straight to a view: its part, the chunks it shares with other
    // views and its share of the content, in one file fetched beside the
    // start module (scripts/deep-link-bundles.mjs); a translated start page's
    // chunks likewise ("fr." in the map), rather than each once
    // the one before has arrived and run. The app's loader takes each file
    // from it. Not once the service worker holds every file.
    var sets = (root.getAttribute('data-preload') || '').split(';');
    var worker = navigator.serviceWorker && navigator.serviceWorker.controller;
    for (var s = 0; s < sets.length && !worker; s++) {
      var set = sets[s].split('=');
      if (set[0].split(',').indexOf(lang + '.' + viewNamed()) < 0) continue;
      self.multitrackBundle = fetch(parts + 'bundle-' + set[1] + '.bin').then(function (response) {
        return response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.status));
      });
      // The loader fetches each file itself if the bundle fails: no error here.
      self.multitrackBundle.catch(function () {});
    }
  }
  function mark() {
    root.classList.toggle('deep-link', viewNamed() !== '' || lang !== 'en');
  }
  mark();
  addEventListener('hashchange', mark);
  if (LOADING[lang]) {
    document.addEventListener('DOMContentLoaded', function () {
      var lines = document.querySelectorAll('.loading');
      for (var i = 0; i < lines.length; i++) lines[i].textContent = LOADING[lang];
    });
  }
  if (location.protocol !== 'file:') return;
  document.addEventListener('DOMContentLoaded', function () {
    var note = document.getElementById('file-note');
    if (!note) return;
    note.hidden = false;
    var loading = document.querySelectorAll('.loading');
    for (var i = 0; i < loading.length; i++) loading[i].hidden = true;
  });
})();
