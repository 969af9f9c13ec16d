import { Logger, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { parseDatabaseUrl } from '@storeops/api/core';
import { DEMO_PASSWORD, generateDemoChain } from '@storeops/tools/demo-data';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app/app.module';
import { configureApp, webRoot } from './app/configure-app';
import { shouldSeedDemo } from './app/demo/demo-seed.service';

/** Nest's start-up chatter (every module and route) drowns the lines a person needs; LOG_LEVEL=debug brings it back. */
class QuietStartLogger implements LoggerService {
  private static readonly CHATTY = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory']);
  constructor(private readonly inner: PinoLogger) {}
  log(message: unknown, ...rest: unknown[]): void {
    const context = rest[rest.length - 1];
    if (process.env['LOG_LEVEL'] !== 'debug' && typeof context === 'string' && QuietStartLogger.CHATTY.has(context)) return;
    this.inner.log(message, ...rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.inner.error(message, ...rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.inner.warn(message, ...rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.inner.debug(message, ...rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.inner.verbose(message, ...rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.inner.fatal(message, ...rest);
  }
}

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true });
  app.useLogger(new QuietStartLogger(app.get(PinoLogger)));
  configureApp(app);
  // SIGTERM / SIGINT: readiness turns 503, requests in flight finish, a job still reading goes back to the queue.
  app.enableShutdownHooks();
  const port = Number(process.env['PORT'] ?? 3000);
  await app.listen(port, process.env['HOST'] ?? '0.0.0.0');

  const db = parseDatabaseUrl();
  const lines = [
    '',
    `  门店营运 KPI 看板 is running: http://localhost:${port}/`,
    `  API: http://localhost:${port}/api  ·  OpenAPI: http://localhost:${port}/api/docs`,
    `  Database: ${db.kind} ${db.kind === 'sqlite' ? db.location : '(DATABASE_URL)'}`,
  ];
  if (!webRoot()) lines.push('  (web app not built: run `npm start` or `npx nx build web`)');
  if (shouldSeedDemo()) {
    const chain = generateDemoChain();
    const accounts = ['admin', 'director', 'ops', 'office', 'buyer', 'specialist', 'manager'];
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`);
    for (const name of accounts) {
      const user = chain.users.find((u) => u.username === name);
      if (user) lines.push(`    ${name.padEnd(11)} ${user.role.padEnd(14)} ${user.displayName}`);
    }
    lines.push('    sm-<store code>, e.g. sm-sh001: the 店长 of every other store');
  }
  lines.push('');
  console.log(lines.join('\n'));
}

bootstrap().catch((error) => {
  Logger.error(error instanceof Error ? error.stack : String(error), 'Bootstrap');
  process.exit(1);
});
