import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '@storeops/api/core';
import { Role } from '@storeops/shared/contracts';
import { DEMO_PASSWORD } from '@storeops/tools/demo-data';
import { AppModule } from '../app/app.module';
import { configureApp } from '../app/configure-app';

/**
 * The API as a browser meets it: the real module, middleware, validation and database (SQLite in memory by
 * default; PostgreSQL when DATABASE_URL says so, wiped first), seeded with the demo chain.
 */
export interface ProviderOverride {
  provide: unknown;
  useValue: unknown;
}

/** `wipe: false` starts a second API process on the same PostgreSQL database (the first one seeded it). */
export async function startTestApp(overrides: ProviderOverride[] = [], { wipe = true } = {}): Promise<TestApp> {
  const target = parseDatabaseUrl();
  if (target.kind === 'postgres' && wipe) {
    const pg = new Client({ connectionString: target.location });
    await pg.connect();
    await pg.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
    await pg.end();
  }
  let builder = Test.createTestingModule({ imports: [AppModule, DiscoveryModule] });
  for (const o of overrides) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: ['error'] });
  configureApp(app);
  await app.init();
  return new TestApp(app);
}

export class TestApp {
  constructor(readonly app: INestApplication) {}

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  /** A client with its own cookie jar; anonymous until it logs in. */
  client(): ApiClient {
    return new ApiClient(this.app);
  }

  async as(username: string, password = DEMO_PASSWORD): Promise<ApiClient> {
    const client = this.client();
    const res = await client.login(username, password);
    if (res.status !== 200) throw new Error(`login ${username} → ${res.status} ${JSON.stringify(res.body)}`);
    return client;
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** The demo account of each role (BJ001's manager for the store manager). */
export const DEMO_USERNAMES: Readonly<Record<Role, string>> = {
  [Role.Admin]: 'admin',
  [Role.Director]: 'director',
  [Role.OpsManager]: 'ops',
  [Role.Specialist]: 'specialist',
  [Role.AdminOffice]: 'office',
  [Role.Buyer]: 'buyer',
  [Role.StoreManager]: 'manager',
};

export class ApiClient {
  readonly cookies = new Map<string, string>();
  /** Accept-Language of every request when set (the API answers zh-CN without it). */
  lang: string | null = null;

  /** The same client asking for English answers (for assertions on the API's English wording). */
  inEnglish(): this {
    this.lang = 'en';
    return this;
  }

  constructor(private readonly app: INestApplication) {}

  get xsrf(): string | undefined {
    return this.cookies.get('XSRF-TOKEN');
  }

  /** The jar as a Cookie header. */
  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** A GET whose body is read as a Buffer (supertest leaves XLSX, PDF and image bodies unread otherwise). */
  download(path: string): Promise<request.Response> {
    return request(this.app.getHttpServer())
      .get(path)
      .set('Cookie', this.cookieHeader)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  async login(username: string, password: string): Promise<request.Response> {
    if (!this.xsrf) await this.get('/api/health');
    return this.post('/api/auth/login', { username, password });
  }

  get(path: string) {
    return this.send('get', path);
  }
  post(path: string, body?: object) {
    return this.send('post', path, body);
  }
  patch(path: string, body?: object) {
    return this.send('patch', path, body);
  }
  put(path: string, body?: object) {
    return this.send('put', path, body);
  }

  /** Sends with the jar's cookies and, for writes, the CSRF header unless told not to. */
  async send(
    method: Method,
    path: string,
    body?: object,
    opts: { csrf?: boolean | string; headers?: Record<string, string> } = {},
  ): Promise<request.Response> {
    let req = request(this.app.getHttpServer())[method](path);
    if (this.cookies.size) req = req.set('Cookie', this.cookieHeader);
    if (this.lang) req = req.set('Accept-Language', this.lang);
    for (const [k, v] of Object.entries(opts.headers ?? {})) req = req.set(k, v);
    const csrf = opts.csrf ?? true;
    if (method !== 'get' && csrf !== false) {
      const token = typeof csrf === 'string' ? csrf : this.xsrf;
      if (token) req = req.set('X-XSRF-TOKEN', token);
    }
    const res = await (body !== undefined ? req.send(body) : req);
    this.absorb(res.headers['set-cookie'] as unknown as string[] | undefined);
    return res;
  }

  /** A multipart upload, as the import page sends it. */
  async upload(path: string, file: { name: string; content: Buffer }, fields: Record<string, string> = {}): Promise<request.Response> {
    let req = request(this.app.getHttpServer()).post(path);
    if (this.cookies.size) req = req.set('Cookie', this.cookieHeader);
    if (this.lang) req = req.set('Accept-Language', this.lang);
    if (this.xsrf) req = req.set('X-XSRF-TOKEN', this.xsrf);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    const res = await req.attach('file', file.content, file.name);
    this.absorb(res.headers['set-cookie'] as unknown as string[] | undefined);
    return res;
  }

  /** A multipart request with text fields only (an upload route without its file). */
  async form(path: string, fields: Record<string, string>): Promise<request.Response> {
    let req = request(this.app.getHttpServer()).post(path);
    if (this.cookies.size) req = req.set('Cookie', this.cookieHeader);
    if (this.xsrf) req = req.set('X-XSRF-TOKEN', this.xsrf);
    for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
    const res = await req;
    this.absorb(res.headers['set-cookie'] as unknown as string[] | undefined);
    return res;
  }

  private absorb(setCookies: string[] | undefined): void {
    for (const line of setCookies ?? []) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Ids of seeded records by their business keys. */
export async function idOf(
  t: TestApp,
  table: 'store' | 'region' | 'category' | 'app_user' | 'complaint_category',
  column: string,
  value: string,
): Promise<number> {
  const rows: Array<{ id: number }> = await t.db.query(
    `SELECT id FROM "${table}" WHERE "${column}" = ${t.db.options.type === 'postgres' ? '$1' : '?'}`,
    [value],
  );
  if (!rows.length) throw new Error(`${table}.${column} = ${value} not found`);
  return Number(rows[0].id);
}

/**
 * The on-duty person's sign-off a template asks for by default (issue 12): a signature photo uploaded by `client`
 * (each inspection needs its own) and the person's name.
 */
export async function signOff(
  client: ApiClient,
  dutyPersonName = '值班经理 王芳',
): Promise<{ dutyPersonName: string; signaturePhotoId: number }> {
  const content = await sharp({ create: { width: 16, height: 8, channels: 3, background: '#fff' } })
    .jpeg()
    .toBuffer();
  const res = await client.upload('/api/photos', { name: 'signature.jpg', content });
  if (res.status !== 201) throw new Error(`signature upload → ${res.status} ${JSON.stringify(res.body)}`);
  return { dutyPersonName, signaturePhotoId: res.body.id };
}
