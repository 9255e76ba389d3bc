// The demo page's service worker: keeps the page's own static files so a
// reload works with the network cut. Network first (a served update wins),
// the cache when the network fails. It handles nothing else: the page makes
// no other requests, and no user text is ever in a request, so nothing of a
// note can end up in the cache.
const CACHE = 'cmis-guard-static-v1';
const FILES = ['./', 'index.html', 'style.css', 'app.js', 'cmis-guard.js', 'pkg/cmis_guard.js', 'pkg/cmis_guard_bg.wasm'];
const SCOPE = new URL('./', self.location.href);
const OWN = new Set(FILES.map((f) => new URL(f, SCOPE).pathname));

self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== 'GET' || url.origin !== SCOPE.origin || !OWN.has(url.pathname)) return;
  // The glue is imported as pkg/cmis_guard.js?r=N (a fresh copy after a trap): same file.
  e.respondWith(fetch(e.request).catch(() => caches.match(e.request, { ignoreSearch: true })
    .then((hit) => hit ?? Response.error())));
});
