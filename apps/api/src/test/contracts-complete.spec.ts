import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One shape per request (docs/architecture.md): every request body and query the API validates is a class that
 * `implements` its type from `@storeops/shared/contracts`, and the web sends that same type. So a field renamed on
 * one side fails the type check on the other. This reads the sources: every exported `…Dto` class of the API
 * libraries names a contract it implements, and no web source declares a request or query type of its own.
 */
const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.ts$/.test(name) && !/\.(spec|int-spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** The names a source imports from the shared contracts. */
function contractImports(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@storeops\/shared\/contracts'/g)) {
    for (const name of m[1].split(',')) if (name.trim()) names.add(name.trim().replace(/^type\s+/, ''));
  }
  return names;
}

/** Each exported DTO class of a source that does not implement a type imported from the contracts. */
export function dtosWithoutContract(source: string): string[] {
  const imported = contractImports(source);
  const offences: string[] = [];
  for (const m of source.matchAll(/export\s+class\s+(\w+Dto)\b([^{]*)\{/g)) {
    const heritage = m[2];
    const implemented = /\bimplements\s+([\w\s,<>]+)/.exec(heritage)?.[1] ?? '';
    const names = implemented
      .split(',')
      .map((n) => n.trim().replace(/<.*$/, ''))
      .filter(Boolean);
    if (!names.some((n) => imported.has(n))) offences.push(m[1]);
  }
  return offences;
}

/** The request / query types a web source declares itself (they belong in the contracts). */
export function webOnlyRequestTypes(source: string): string[] {
  return [...source.matchAll(/export\s+(?:interface|type)\s+(\w+(?:Request|Query))\b/g)].map((m) => m[1]);
}

describe('the matchers', () => {
  it.each([
    ['export class ADto implements AQuery {}', "import { AQuery } from '@storeops/shared/contracts';", []],
    ['export class ADto extends PageQueryDto implements AQuery {}', "import { AQuery, B } from '@storeops/shared/contracts';", []],
    ['export class ADto {}', "import { AQuery } from '@storeops/shared/contracts';", ['ADto']],
    ['export class ADto extends PageQueryDto {}', '', ['ADto']],
    // A local interface is not the contract the web sends.
    ['interface AQuery { a?: number }\nexport class ADto implements AQuery {}', '', ['ADto']],
    ['export class AValidationPipe extends ValidationPipe {}', '', []],
  ])('%s', (body, imports, expected) => {
    expect(dtosWithoutContract(`${imports}\n${body}`)).toEqual(expected);
  });

  it.each([
    ['export interface InspectionQuery { storeId?: number }', ['InspectionQuery']],
    ['export type ContractRequest = { a: 1 }', ['ContractRequest']],
    ['export interface TemplateForm { name: string }', []],
    ["import { InspectionQuery } from '@storeops/shared/contracts';", []],
  ])('%s', (source, expected) => {
    expect(webOnlyRequestTypes(source)).toEqual(expected);
  });
});

describe('contracts are complete', () => {
  it('every DTO of the API implements its shared contract', () => {
    const offences = sources(join(ROOT, 'libs', 'api')).flatMap((path) =>
      dtosWithoutContract(readFileSync(path, 'utf8')).map((dto) => `${relative(ROOT, path)}: ${dto}`),
    );
    expect(offences).toEqual([]);
  });

  it('the web declares no request or query type of its own', () => {
    const offences = [join(ROOT, 'libs', 'web'), join(ROOT, 'apps', 'web', 'src')].flatMap((dir) =>
      sources(dir).flatMap((path) => webOnlyRequestTypes(readFileSync(path, 'utf8')).map((name) => `${relative(ROOT, path)}: ${name}`)),
    );
    expect(offences).toEqual([]);
  });
});
