import { NextFunction, Request, RequestHandler, Response } from 'express';
import { stat } from 'node:fs/promises';
import { extname, join, posix, resolve } from 'node:path';

/** The encodings written beside the built files (tools/scripts/precompress.mjs), in the order the server prefers. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

/** Angular's outputHashing names (main-ABCD1234.js, chunk-….js, styles-….css) and everything under media/. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function isHashed(path: string): boolean {
  return path.startsWith('/media/') || HASHED.test(posix.basename(path));
}

/**
 * The encodings an Accept-Encoding header allows, by the server's preference (br, then gzip): a coding counts
 * when it is named, or matched by `*`, with q > 0. No header means identity only.
 */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (!token) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(token.trim(), Number.isFinite(value) ? value : 0);
  }
  return ENCODINGS.map((e) => e.name).filter((name) => (q.get(name) ?? q.get('*') ?? 0) > 0);
}

async function isFile(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return !!info?.isFile();
}

/** The request's path inside root, or null for a path the app does not serve from disk (dot files, bad escapes). */
function relativePath(req: Request): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // posix.normalize of an absolute path cannot climb above '/': "/../x" becomes "/x".
  const path = posix.normalize(decoded);
  if (path.split('/').some((segment) => segment.startsWith('.'))) return null;
  return path;
}

/**
 * Sends one file of the built app: its precompressed sibling when the browser accepts that encoding, with the
 * original's Content-Type and `Vary: Accept-Encoding`; hashed names for a year, everything else `no-cache` (so a
 * new deploy is seen at once: index.html, sw.js, the manifest, the favicon). ETag, 304 and HEAD come from
 * res.sendFile, computed on the file actually sent.
 */
async function sendAppFile(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): Promise<void> {
  const available = await Promise.all(ENCODINGS.map((e) => isFile(file + e.suffix)));
  const accepted = acceptedEncodings(req.get('accept-encoding'));
  const chosen = ENCODINGS.find((e, i) => available[i] && accepted.includes(e.name));
  if (available.some(Boolean)) res.vary('Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl);
  res.type(extname(file));
  if (chosen) res.setHeader('Content-Encoding', chosen.name);
  res.sendFile(chosen ? file + chosen.suffix : file, { cacheControl: false, dotfiles: 'deny' }, (error?: Error) => {
    if (error && !res.headersSent) {
      res.removeHeader('Content-Encoding');
      next(error);
    }
  });
}

/**
 * The built web app (dist/apps/web/browser): its files for GET and HEAD, and index.html for every other GET
 * outside /api (the SPA's routes), always `no-cache`. /api is never touched.
 */
export function webAppFiles(dir: string): RequestHandler {
  const root = resolve(dir);
  return (req, res, next) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = relativePath(req);
    const file = path && path !== '/' ? join(root, path) : null;
    const run = async () => {
      if (file && (await isFile(file))) return sendAppFile(req, res, next, file, isHashed(path as string) ? IMMUTABLE : 'no-cache');
      if (req.method !== 'GET') return next();
      return sendAppFile(req, res, next, join(root, 'index.html'), 'no-cache');
    };
    run().catch(next);
  };
}
