#!/usr/bin/env node
// The Material icon font, cut down to the icons the app uses (the full one is 129 kB of woff2 for ~2,000 icons).
//   node tools/scripts/icon-font.mjs --check   fails, naming them, when a template uses an icon the subset lacks
//   node tools/scripts/icon-font.mjs --write   rescans, rewrites apps/web/src/icons/material-icons.txt and the woff2
// --write needs fontTools with brotli (tools/scripts/icon-font-subset.py does the cutting) (Debian: apt-get install python3-fonttools python3-brotli; PYTHON=/usr/bin/python3
// by default, override with PYTHON=...). Sources scanned: every non-spec .ts/.html under apps/web/src and libs/web.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspace = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ICONS_DIR = join(workspace, 'apps/web/src/icons');
const LIST = join(ICONS_DIR, 'material-icons.txt');
const FONT = join(ICONS_DIR, 'material-icons-subset.woff2');
const SOURCE_FONT = join(workspace, 'node_modules/material-icons/iconfont/material-icons.woff2');
const NAME = /^[a-z0-9_]+$/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* sourceFiles(path);
    } else if (/\.(ts|html)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) yield path;
  }
}

const literals = (text) => [...text.matchAll(/'([a-z0-9_]+)'/g)].map((m) => m[1]);

/**
 * Icon names one source file uses: the text of <mat-icon> (a literal, or the string literals of an interpolation
 * such as {{ open ? 'expand_less' : 'history' }}), fontIcon="…" and icon="…" attributes (inputs such as
 * so-empty-state's), and in TypeScript the names a template reads indirectly: `icon: '…'` properties,
 * `icon = input('…')` defaults and the values of a `…_ICONS` record.
 */
function iconsIn(text) {
  const names = new Set();
  for (const m of text.matchAll(/<mat-icon\b[^>]*>([\s\S]*?)<\/mat-icon>/g)) {
    const content = m[1].trim();
    if (NAME.test(content)) names.add(content);
    // In an interpolation, the literals a ternary yields: {{ done ? 'check_circle' : 'history' }}.
    else if (content.includes('{{')) for (const t of content.matchAll(/[?:]\s*'([a-z0-9_]+)'/g)) names.add(t[1]);
  }
  for (const m of text.matchAll(/\b(?:fontIcon|icon)="([a-z0-9_]+)"/g)) names.add(m[1]);
  for (const m of text.matchAll(/\bicon\??\s*:\s*'([a-z0-9_]+)'/g)) names.add(m[1]);
  for (const m of text.matchAll(/\bicon\s*=\s*input(?:<[^>]*>)?\(\s*'([a-z0-9_]+)'/g)) names.add(m[1]);
  for (const m of text.matchAll(/\b[A-Z_]*ICONS\b[^=]*=\s*\{([\s\S]*?)\}/g)) literals(m[1]).forEach((n) => names.add(n));
  return names;
}

/** name → the files using it, over the given roots. */
function scan(roots) {
  const used = new Map();
  for (const root of roots) {
    for (const file of sourceFiles(root)) {
      for (const name of iconsIn(readFileSync(file, 'utf8'))) {
        if (!used.has(name)) used.set(name, []);
        used.get(name).push(relative(workspace, file));
      }
    }
  }
  return used;
}

function readList(path = LIST) {
  return new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

function write(used) {
  const names = [...used.keys()].sort();
  const python = process.env['PYTHON'] ?? '/usr/bin/python3';
  execFileSync(python, [join(workspace, 'tools/scripts/icon-font-subset.py'), SOURCE_FONT, FONT, ...names], { stdio: 'inherit' });
  writeFileSync(
    LIST,
    `# Written by node tools/scripts/icon-font.mjs --write: the icons in material-icons-subset.woff2.\n${names.join('\n')}\n`,
  );
  console.log(`icon-font: ${names.length} icons, ${statSync(FONT).size} bytes → ${relative(workspace, FONT)}`);
}

/** The names the templates use that the subset lacks, with where they are used. */
function missing(used, list) {
  return [...used].filter(([name]) => !list.has(name));
}

const roots = (process.env['ICON_SOURCES']?.split(':') ?? ['apps/web/src', 'libs/web']).map((r) => resolve(workspace, r));
const mode = process.argv[2];
if (mode === '--write') write(scan(roots));
else if (mode === '--check') {
  const gaps = missing(scan(roots), readList(process.env['ICON_LIST'] ?? LIST));
  if (gaps.length) {
    console.error('icon-font: these icons are used but not in apps/web/src/icons/material-icons-subset.woff2:');
    for (const [name, files] of gaps) console.error(`  ${name}  (${files.join(', ')})`);
    console.error('Run: node tools/scripts/icon-font.mjs --write (needs python3-fonttools and python3-brotli)');
    process.exit(1);
  }
  console.log('icon-font: every icon the templates use is in the subset');
} else {
  console.error('usage: node tools/scripts/icon-font.mjs --check | --write');
  process.exit(2);
}
