// Runs before the page is drawn (a plain script file: the page's policy
// allows no inline script). The page holds the start view as the app draws
// it, readable before the app has loaded; an address that names another
// view (#/timeline) shows the loading state instead, until the app takes over.
//
// Opened from disk (file://), the browser will not run the app at all, so
// the page says so and how to open it instead (the note in index.html),
// rather than "Loading" for ever. It uses the `hidden` attribute, not the
// stylesheet, so it reads the same if the stylesheet is refused too.
(function () {
  var root = document.documentElement;
  function mark() {
    var view = location.hash.replace(/^#\/?/, '').split(/[?/]/)[0];
    root.classList.toggle('deep-link', view !== '');
  }
  mark();
  addEventListener('hashchange', mark);
  if (location.protocol !== 'file:') return;
  document.addEventListener('DOMContentLoaded', function () {
    var note = document.getElementById('file-note');
    if (!note) return;
    note.hidden = false;
    var loading = document.querySelectorAll('.loading');
    for (var i = 0; i < loading.length; i++) loading[i].hidden = true;
  });
})();
