// Runs before the page is drawn (a plain script file: the page's policy
// allows no inline script). The page holds the start view as the app draws
// it, readable before the app has loaded; an address that names another
// view (#/timeline) shows the loading state instead, until the app takes over.
(function () {
  var root = document.documentElement;
  function mark() {
    var view = location.hash.replace(/^#\/?/, '').split(/[?/]/)[0];
    root.classList.toggle('deep-link', view !== '');
  }
  mark();
  addEventListener('hashchange', mark);
})();
