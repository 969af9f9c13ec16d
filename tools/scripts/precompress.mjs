#!/usr/bin/env node
// Writes name.br (brotli, quality 11) and name.gz (gzip -9) beside every text file of a built web app, so the API
// sends a phone the compressed bytes without spending CPU per request (apps/api/src/app/static-files.ts picks them).
// Images and woff2 are compressed already and are left alone. A file whose compressed copy would not be smaller is
// skipped too (the server then sends it as it is). Usage: node tools/scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest|map|xml|ico)$/i;
const MIN_BYTES = 256;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

function write(path, original, compressed) {
  // A stale sibling from an earlier build would be served for the new file: remove it when we do not write one.
  if (compressed.length < original.length) writeFileSync(path, compressed);
  else if (statSync(path, { throwIfNoEntry: false })) unlinkSync(path);
}

const root = process.argv[2] ?? 'dist/apps/web/browser';
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`precompress: no directory ${root} (build the web app first)`);
  process.exit(1);
}
let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of [...files(root)]) {
  if (!TEXT.test(path)) continue;
  const data = readFileSync(path);
  if (data.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gzip = gzipSync(data, { level: 9 });
  write(`${path}.br`, data, brotli);
  write(`${path}.gz`, data, gzip);
  raw += data.length;
  br += Math.min(brotli.length, data.length);
  gz += Math.min(gzip.length, data.length);
  count++;
  if (process.env['PRECOMPRESS_VERBOSE']) console.log(`${relative(root, path)}\t${data.length}\t${brotli.length}\t${gzip.length}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`precompress: ${count} files in ${root}: ${kb(raw)} raw, ${kb(br)} br, ${kb(gz)} gzip`);
