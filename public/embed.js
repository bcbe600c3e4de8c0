/*
 * embed.js, for pages that show "Peacekeeping in Mali and the Sahel" in an <iframe>:
 *
 *   <iframe src="https://example.org/sahel/?embed=1" title="…" width="100%" height="800"></iframe>
 *   <script src="https://example.org/sahel/embed.js"></script>
 *
 * Each explainer iframe then fits its content (no inner scroll bar), and a finished quiz fires a
 * "sahel-explainer:score" event on its iframe, detail { quiz, score, max }. With `data-sync-hash`
 * on the script tag, the page's address follows what the (first) explainer iframe shows
 * (`#sahel=view=map&year=2024`), and opening the page there opens the iframe there too.
 * docs/embedding.md tells more. Plain ES5, no dependencies, safe to include more than once.
 */
(function () {
  'use strict';

  // A second copy (a CMS that repeats scripts) must not report every score twice.
  if (window.__sahelExplainerEmbed) return;
  window.__sahelExplainerEmbed = true;

  var SOURCE = 'sahel-explainer';
  // Any page can post a message: a greater height is mischief.
  var MAX_HEIGHT = 100000;
  var HASH_KEY = '#sahel=';
  // What the explainer writes after `#` (src/url_state.rs); nothing else goes into an address.
  var FRAGMENT = /^[A-Za-z0-9=&,._-]{0,500}$/;
  var script = document.currentScript;
  var syncHash = !!(script && script.hasAttribute('data-sync-hash'));

  // The origin of the iframe's src (every browser that runs the explainer has URL).
  function originOf(src) {
    try {
      var url = new URL(src, document.baseURI);
      return /^https?:$/.test(url.protocol) ? url.origin : null;
    } catch (e) {
      return null;
    }
  }

  // The iframe that sent this message, or null. Trust only what the browser vouches for: which
  // window sent it and which site it shows. An iframe that left its src is not ours any more.
  function senderFrame(event) {
    if (!event.source) return null;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        return originOf(frames[i].src) === event.origin ? frames[i] : null;
      }
    }
    return null;
  }

  function resize(frame, height) {
    if (typeof height !== 'number' || !(height > 0 && height <= MAX_HEIGHT)) return;
    var px = Math.ceil(height);
    // Under a host's `box-sizing: border-box` the iframe's border and padding would come out of
    // the height and bring back the inner scroll bar: add them.
    var style = window.getComputedStyle(frame);
    if (style.boxSizing === 'border-box') {
      px += ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(function (sum, side) {
        return sum + (parseFloat(style[side]) || 0);
      }, 0);
    }
    frame.style.height = px + 'px';
  }

  function announce(frame, data) {
    var isCount = function (n) { return typeof n === 'number' && isFinite(n) && n >= 0; };
    if (typeof data.quiz !== 'string' || !isCount(data.score) || !isCount(data.max)) return;
    // Bubbling from the iframe: listen on it or on document; event.target tells embeds apart.
    var detail = { quiz: data.quiz, score: data.score, max: data.max };
    frame.dispatchEvent(new CustomEvent('sahel-explainer:score', { detail: detail, bubbles: true }));
  }

  // The iframe whose place the address keeps: the first in embed mode.
  function syncedFrame() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      try {
        if (new URL(frames[i].src, document.baseURI).searchParams.get('embed') === '1') return frames[i];
      } catch (e) { /* no src */ }
    }
    return null;
  }

  function hashPlace() {
    var hash = window.location.hash;
    if (hash.indexOf(HASH_KEY) !== 0) return null;
    var place = hash.slice(HASH_KEY.length);
    return FRAGMENT.test(place) ? place : null;
  }

  // Only the fragment of the src changes: a hashchange, no reload.
  function openAt(frame, place) {
    var url = new URL(frame.src, document.baseURI);
    if (url.hash.slice(1) === place) return;
    url.hash = place;
    frame.src = url.href;
  }

  // Not before the iframe has spoken: a src changed while it still loads can be lost.
  var reported = false;
  function openAtHash() {
    var place = hashPlace();
    var frame = syncedFrame();
    if (reported && place !== null && frame) openAt(frame, place);
  }

  // Replaces: the iframe's moves are already steps of the page's history (one Back press each).
  function mirror(frame, place) {
    if (typeof place !== 'string' || !FRAGMENT.test(place) || frame !== syncedFrame()) return;
    var here = hashPlace();
    var first = !reported;
    reported = true;
    // Its first word: it has loaded, so now send it where the page's address says.
    if (first && here !== null && here !== place) return openAt(frame, here);
    if (here === place) return;
    // Where the iframe starts is no move: the page keeps its own address until the reader moves.
    if (here === null && new URL(frame.src, document.baseURI).hash.slice(1) === place) return;
    try {
      window.history.replaceState(window.history.state, '', HASH_KEY + place);
    } catch (e) { /* a sandboxed page may refuse */ }
  }

  if (syncHash) window.addEventListener('hashchange', openAtHash);

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.source !== SOURCE) return;
    var frame = senderFrame(event);
    if (!frame) return;
    if (data.type === 'resize') resize(frame, data.height);
    else if (data.type === 'score') announce(frame, data);
    else if (data.type === 'place' && syncHash) mirror(frame, data.fragment);
  });
})();
