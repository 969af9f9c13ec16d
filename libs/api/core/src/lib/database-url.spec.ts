import { resolve } from 'node:path';
import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it.each([
    [undefined, 'sqlite', resolve('data/storeops.sqlite')],
    ['', 'sqlite', resolve('data/storeops.sqlite')],
    ['sqlite::memory:', 'sqlite', ':memory:'],
    ['sqlite:/tmp/x.sqlite', 'sqlite', '/tmp/x.sqlite'],
    ['sqlite:///tmp/y.sqlite', 'sqlite', '/tmp/y.sqlite'],
    ['postgres://u:p@127.0.0.1:5432/db', 'postgres', 'postgres://u:p@127.0.0.1:5432/db'],
    ['postgresql://u@localhost/db', 'postgres', 'postgresql://u@localhost/db'],
  ])('%p → %s %s', (url, kind, location) => {
    expect(parseDatabaseUrl(url)).toEqual({ kind, location });
  });

  it('refuses an unknown scheme, naming it', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/mysql:\/\/x/);
  });
});
