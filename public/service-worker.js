// The explainer's service worker: it keeps every file of one build so that, after one visit, every
// view works with no connection. scripts/offline.mjs writes it into each build as sw.js, with the
// build's file list and a version made from the files' contents in place of the two names below.
//
// - Install stores the whole build in a cache named for this scope and version; it fails (and
//   leaves the old version in charge) unless every file arrived.
// - Files of the build are answered from that cache, the page itself too (any ?query: the app
//   reads it), so a page never mixes two builds. Anything else goes to the network untouched.
// - A new version waits until the reader chooses to reload (the page posts 'skip-waiting'); it
//   then removes this scope's older caches. Other scopes on the same origin (another copy of the
//   explainer under another path) keep theirs.
'use strict';
var VERSION = __VERSION__;
var FILES = __FILES__;
var SCOPE = self.registration.scope;
var PREFIX = 'sahel-explainer ' + SCOPE + ' ';
var CACHE = PREFIX + VERSION;
var KNOWN = new Set(FILES);

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches.open(CACHE).then(function (cache) {
      // Fresh copies: a file the browser cached from an older build must not slip in.
      return cache.addAll(
        FILES.map(function (f) {
          return new Request(f, { cache: 'no-cache' });
        }),
      );
    }),
  );
});

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k.indexOf(PREFIX) === 0 && k !== CACHE;
            })
            .map(function (k) {
              return caches.delete(k);
            }),
        );
      })
      .then(function () {
        // The first install takes charge of the open page, so the views it has not opened yet
        // come from the cache too.
        return self.clients.claim();
      }),
  );
});

self.addEventListener('message', function (event) {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(SCOPE) !== 0) return;
  var path = request.url.slice(SCOPE.length).split('#')[0];
  var key = null;
  if (request.mode === 'navigate') {
    var page = path.split('?')[0];
    if (page === '' || page === 'index.html') key = 'index.html';
  } else if (KNOWN.has(path)) {
    key = path;
  }
  if (key === null) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.match(key);
      })
      .then(function (hit) {
        return hit || fetch(request);
      }),
  );
});
