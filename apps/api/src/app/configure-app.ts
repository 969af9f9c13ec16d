import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Reflector } from '@nestjs/core';
import { AUTH_CONFIG, AuthConfig, csrfMiddleware, isSecureRequest, SESSION_COOKIE, SessionsService } from '@storeops/api/auth';
import { AlertScheduler } from '@storeops/api/calendar';
import { ImportsService } from '@storeops/api/kpi';
import { AllExceptionsFilter, ContentTypeInterceptor, createValidationPipe } from '@storeops/api/core';
import { ApiError } from '@storeops/shared/contracts';
import { DataSource } from 'typeorm';
import { assignRequestId } from './logging';
import { freshDataVersions, metricsEndpoint, observeRequests, RequestMetrics } from './operations';
import { bodyErrors, jsonBody, noStore } from './request-guards';
import { webAppFiles } from './static-files';

/** Where the built web app lives: beside the built API (dist/apps/web/browser), or WEB_DIST. */
export function webRoot(): string | null {
  const candidates = [process.env['WEB_DIST'], join(__dirname, '..', 'web', 'browser'), join(process.cwd(), 'dist/apps/web/browser')];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'index.html'))) ?? null;
}

/**
 * Whether /api/docs needs a signed-in user: API_DOCS=signed-in or public says so; by default it does when
 * NODE_ENV=production (the description names every route and field, which is for the chain's own developers).
 */
export function docsNeedSignIn(): boolean {
  const setting = process.env['API_DOCS'];
  if (setting === 'public') return false;
  if (setting === 'signed-in') return true;
  return process.env['NODE_ENV'] === 'production';
}

/**
 * Everything between the socket and the controllers, shared by main.ts and the integration tests so the tests
 * meet the same headers, CSRF check, validation and error shape as a browser does.
 */
export function configureApp(app: NestExpressApplication): INestApplication {
  const config = app.get<AuthConfig>(AUTH_CONFIG);
  if (process.env['TRUST_PROXY']) app.set('trust proxy', process.env['TRUST_PROXY']);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const metrics = app.get(RequestMetrics);
  const db = app.get(DataSource);
  app.use(assignRequestId());
  app.use(observeRequests(metrics));
  app.use(cookieParser());
  app.use(noStore());
  app.use(freshDataVersions(db));
  app.use(
    '/api/metrics',
    metricsEndpoint({ sessions: app.get(SessionsService), imports: app.get(ImportsService), scheduler: app.get(AlertScheduler), metrics }),
  );
  app.use(jsonBody());
  app.use(bodyErrors());
  app.use(csrfMiddleware((req) => isSecureRequest(req, config)));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new ContentTypeInterceptor(app.get(Reflector)));
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('门店营运 KPI 看板 API')
      .setDescription('Session cookie auth (POST /api/auth/login); writes need the X-XSRF-TOKEN header.')
      .setVersion('1')
      .addCookieAuth('storeops_sid')
      .build(),
  );
  const sessions = app.get(SessionsService);
  app.use('/api/docs', (req: Request, res: Response, next: NextFunction) => {
    if (!docsNeedSignIn()) return next();
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const signedIn = token ? sessions.resolve(token) : Promise.resolve(null);
    signedIn.then(
      (user) => {
        if (user) return next();
        const body: ApiError = {
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Please sign in to read the API description',
          details: [],
        };
        res.status(401).json(body);
      },
      (error: unknown) => next(error),
    );
  });
  // GET /api/docs: the OpenAPI JSON for programs, Swagger UI for a browser.
  app.use('/api/docs', (req: Request, res: Response, next: NextFunction) => {
    if ((req.path === '/' || req.path === '') && !(req.get('accept') ?? '').includes('text/html')) {
      res.json(document);
      return;
    }
    next();
  });
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  const root = webRoot();
  // The built files, precompressed (br/gzip) and cached by name; index.html for the SPA's routes.
  if (root) app.use(webAppFiles(root));
  return app;
}
