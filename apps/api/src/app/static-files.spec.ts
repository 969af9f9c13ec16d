import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { acceptedEncodings, IMMUTABLE, isHashed, webAppFiles } from './static-files';

/** A built app in miniature: a hashed chunk with both siblings, one with gzip only, index.html, an unhashed file. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storeops-web-'));
  const js = Buffer.from('console.log("main");'.repeat(50));
  const html = Buffer.from('<!doctype html><html><body><so-root></so-root></body></html>'.repeat(10));
  writeFileSync(join(dir, 'main-AB12CD34.js'), js);
  writeFileSync(join(dir, 'main-AB12CD34.js.br'), brotliCompressSync(js));
  writeFileSync(join(dir, 'main-AB12CD34.js.gz'), gzipSync(js));
  writeFileSync(join(dir, 'styles-ZZ99YY88.css'), 'a{color:red}');
  writeFileSync(join(dir, 'styles-ZZ99YY88.css.gz'), gzipSync('a{color:red}'));
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
  writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  mkdirSync(join(dir, 'media'));
  writeFileSync(join(dir, 'media', 'material-icons-QWERTY12.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  return dir;
}

describe('webAppFiles: the built web app, precompressed and cached by name', () => {
  let dir: string;
  let app: express.Express;
  const raw = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  };

  beforeAll(() => {
    dir = fakeBuild();
    app = express();
    app.use(webAppFiles(dir));
    app.get('/api/ping', (_req, res) => res.json({ ok: true }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sends the brotli copy when br is accepted, with the original type, its length, Vary and a year of cache', async () => {
    const res = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'gzip, deflate, br').buffer(true).parse(raw);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(application|text)\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(Buffer.from('console.log("main");'.repeat(50))).length);
  });

  it('sends the gzip copy when only gzip is accepted', async () => {
    const res = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.text).toBe('console.log("main");'.repeat(50));
  });

  it('sends the file as it is when no encoding is accepted, or br is refused and there is no gzip copy', async () => {
    const none = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'identity');
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(Number(none.headers['content-length'])).toBe(1000);
    expect(none.headers['vary']).toMatch(/Accept-Encoding/i);
    const css = await request(app).get('/styles-ZZ99YY88.css').set('Accept-Encoding', 'br');
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.text).toBe('a{color:red}');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
  });

  it('keeps hashed media for a year too', async () => {
    const res = await request(app).get('/media/material-icons-QWERTY12.woff2').set('Accept-Encoding', 'br');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['content-type']).toBe('font/woff2');
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('makes the browser ask again for index.html, the SPA routes and unhashed files (no-cache)', async () => {
    const route = await request(app).get('/dashboard').set('Accept-Encoding', 'br');
    expect(route.status).toBe(200);
    expect(route.headers['content-type']).toMatch(/^text\/html/);
    expect(route.headers['content-encoding']).toBe('br');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.headers['vary']).toMatch(/Accept-Encoding/i);
    const rootPage = await request(app).get('/').set('Accept-Encoding', 'gzip');
    expect(rootPage.headers['content-encoding']).toBe('gzip');
    expect(rootPage.headers['cache-control']).toBe('no-cache');
    const index = await request(app).get('/index.html').set('Accept-Encoding', '');
    expect(index.headers['content-encoding']).toBeUndefined();
    expect(index.headers['cache-control']).toBe('no-cache');
    const sw = await request(app).get('/sw.js');
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('answers a repeated request with 304 from the ETag of the copy it sent', async () => {
    const first = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'br');
    const again = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'br').set('If-None-Match', first.headers['etag']);
    expect(again.status).toBe(304);
    const gzip = await request(app).get('/main-AB12CD34.js').set('Accept-Encoding', 'gzip');
    expect(gzip.headers['etag']).not.toBe(first.headers['etag']);
  });

  it('leaves /api alone, does not serve dot files or climb out of the directory, and keeps the SPA to GET', async () => {
    expect((await request(app).get('/api/ping')).body).toEqual({ ok: true });
    expect((await request(app).get('/api/unknown')).status).toBe(404);
    const dotFile = await request(app).get('/.env');
    expect(dotFile.text).not.toContain('SECRET');
    const climb = await request(app).get('/%2e%2e/%2e%2e/etc/passwd');
    expect(climb.headers['content-type']).toMatch(/^text\/html/);
    expect((await request(app).post('/dashboard')).status).toBe(404);
  });
});

describe('acceptedEncodings', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip']],
    ['gzip', ['gzip']],
    ['br;q=0, gzip;q=0.5', ['gzip']],
    ['*', ['br', 'gzip']],
    ['*;q=0, br', ['br']],
    ['identity', []],
    ['', []],
    [undefined, []],
  ])('%p → %p', (header, expected) => {
    expect(acceptedEncodings(header)).toEqual(expected);
  });
});

describe('isHashed', () => {
  it.each([
    ['/main-SICKJRIT.js', true],
    ['/chunk-PMBJXZZ6.js', true],
    ['/styles-26G5JSLB.css', true],
    ['/media/anything.woff2', true],
    ['/index.html', false],
    ['/favicon.ico', false],
    ['/sw.js', false],
    ['/icons/icon-192.png', false],
    ['/manifest.webmanifest', false],
  ])('%s → %p', (path, hashed) => {
    expect(isHashed(path)).toBe(hashed);
  });
});
