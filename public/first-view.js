// Runs while the page is still being parsed, before its first paint, in release builds (see
// scripts/prerender.mjs). The page arrives with the start view already in it, in the default
// language, and that view in the other languages as templates, so readers see the real text at once
// instead of a loading notice while the app's code downloads. This script only chooses which of
// them to show; the app replaces it with the live view as soon as it starts.
//
// It must make the choice the app will make, or the page would change language under the reader:
// the language rules mirror `preferred_lang` in src/i18n.rs and the address rules are a cautious
// subset of src/url_state.rs (e2e/first-view.test.mjs checks the two agree). Anything it does not
// recognise as the plain start view gets the loading notice, as before pre-rendering.
(function () {
  var app = document.getElementById('app');
  if (!app || !app.hasAttribute('data-first-view')) return;
  var langs = [app.getAttribute('data-first-view')];
  var templates = document.querySelectorAll('template[data-first-view]');
  for (var i = 0; i < templates.length; i++) langs.push(templates[i].getAttribute('data-first-view'));
  var known = function (code) {
    return code && langs.indexOf(code.toLowerCase()) >= 0 ? code.toLowerCase() : null;
  };

  var lang = null;
  var startView = !/(^|[?&])embed=1(&|$)/.test(location.search.slice(1));
  var parts = location.hash.slice(1).split('&');
  for (var j = 0; j < parts.length; j++) {
    var part = parts[j];
    if (part.slice(0, 5) === 'lang=' && known(part.slice(5))) lang = known(part.slice(5));
    // `#main` (the skip link) and other words without a value are not states.
    else if (part.indexOf('=') >= 0) startView = false;
  }
  if (!lang) {
    try {
      lang = known(window.localStorage.getItem('sahel-explainer.lang'));
    } catch (e) {
      // Blocked storage (private modes, sandboxed frames): as if nothing were remembered.
    }
  }
  if (!lang) {
    var preferred = navigator.languages || [navigator.language || ''];
    for (var k = 0; k < preferred.length && !lang; k++) lang = known(String(preferred[k]).split(/[-_]/)[0]);
  }
  lang = lang || langs[0];

  function show(id) {
    var template = document.getElementById(id);
    if (!template) return;
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(template.content.cloneNode(true));
  }
  if (!startView || typeof WebAssembly !== 'object') {
    // Another view, or a browser that cannot run the app: the notice says what is happening.
    show('first-view-wait');
    return;
  } else if (lang !== langs[0]) {
    var view = document.querySelector('template[data-first-view="' + lang + '"]');
    show(view.id);
    document.documentElement.setAttribute('lang', lang);
    document.title = view.getAttribute('data-title');
  }
  // A tap on a section before the app has started is kept: its chevron turns at once, and the app
  // opens it when it starts (src/ui/app.rs, `early_open`, reads this list and then clears it). The
  // buttons' ids are `btn-<section id>` (SectionHandle in src/ui/accordion.rs).
  var early = (window.sahelEarlyOpen = []);
  app.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('button[id^="btn-"]') : null;
    if (!button || window.sahelEarlyOpen !== early) return;
    var id = button.id.slice(4);
    var at = early.indexOf(id);
    if (at < 0) early.push(id);
    else early.splice(at, 1);
    button.setAttribute('aria-expanded', at < 0 ? 'true' : 'false');
  });
})();
