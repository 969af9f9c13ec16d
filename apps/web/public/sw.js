/*
 * 门店营运 KPI 看板 — the offline shell. Hand-written on purpose (no build step, no library):
 * - install: cache index.html and the files it links (names are hashed, so they are read from it);
 * - runtime: same-origin GETs outside /api are served stale-while-revalidate, so every lazy chunk the app
 *   has loaded once is there offline;
 * - navigations: network first, the cached index.html when there is no network;
 * - /api/* is never cached (drafts live in IndexedDB; everything else must be fresh and access-checked).
 */
const CACHE = 'storeops-shell-v1';
const INDEX = '/index.html';

function sameOriginAsset(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith('/api/');
}

async function cacheIndexAndLinks() {
  const cache = await caches.open(CACHE);
  const response = await fetch('/', { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(INDEX, response);
  const links = new Set(['/manifest.webmanifest', '/favicon.ico']);
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
    const url = new URL(match[1], self.location.origin);
    if (sameOriginAsset(url) && url.pathname !== '/') links.add(url.pathname);
  }
  await Promise.all([...links].map((path) => cache.add(path).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    cacheIndexAndLinks()
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The page tells us what it loaded before this worker controlled it. */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'cache-urls' || !Array.isArray(data.urls)) return;
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        data.urls
          .map((u) => new URL(u, self.location.origin))
          .filter(sameOriginAsset)
          .map((url) => cache.match(url.pathname).then((hit) => hit || cache.add(url.pathname).catch(() => undefined))),
      ),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOriginAsset(url)) return;

  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(INDEX, copy));
          }
          return response;
        })
        .catch(() => caches.match(INDEX).then((hit) => hit || Response.error())),
    );
    return;
  }

  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(url.pathname).then((cached) => {
        const network = fetch(request)
          .then((response) => {
            if (response.ok && response.type === 'basic') cache.put(url.pathname, response.clone());
            return response;
          })
          .catch(() => cached || Response.error());
        if (cached) {
          event.waitUntil(
            network.then(
              () => undefined,
              () => undefined,
            ),
          );
          return cached;
        }
        return network;
      }),
    ),
  );
});
