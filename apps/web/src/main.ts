import { isDevMode } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from './app/app.config';
import { App } from './app/app';

bootstrapApplication(App, appConfig).catch((err) => console.error(err));

/** The offline shell (public/sw.js) in production builds; it is told what loaded before it took control. */
if (!isDevMode() && 'serviceWorker' in navigator) {
  const sendLoaded = () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .concat(location.origin + '/');
    navigator.serviceWorker.controller?.postMessage({ type: 'cache-urls', urls });
    void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: 'cache-urls', urls }));
  };
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then(sendLoaded, (err) => console.error('service worker', err));
    navigator.serviceWorker.addEventListener('controllerchange', sendLoaded);
  });
}
