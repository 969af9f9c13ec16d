import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_CONFIG, AuthConfig, csrfMiddleware, isSecureRequest } from '@storeops/api/auth';
import { AllExceptionsFilter, createValidationPipe } from '@storeops/api/core';

/** Where the built web app lives: beside the built API (dist/apps/web/browser), or WEB_DIST. */
export function webRoot(): string | null {
  const candidates = [process.env['WEB_DIST'], join(__dirname, '..', 'web', 'browser'), join(process.cwd(), 'dist/apps/web/browser')];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'index.html'))) ?? null;
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
  app.use(cookieParser());
  app.use(express.json({ limit: '1mb' }));
  app.use(csrfMiddleware((req) => isSecureRequest(req, config)));
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
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
  if (root) {
    app.use(express.static(root, { index: false, maxAge: '1h' }));
    // The SPA owns every other GET that is not under /api.
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/api/') || req.path === '/api') return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(root, 'index.html'));
    });
  }
  return app;
}
