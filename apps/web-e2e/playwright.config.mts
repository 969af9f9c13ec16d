import { defineConfig, devices } from '@playwright/test';
import { nxE2EPreset } from '@nx/playwright/preset';
import { workspaceRoot } from '@nx/devkit';

/**
 * Browser tests against the real thing: the built API serving the built web app on one port, on a fresh
 * SQLite database seeded with the demo chain, driven in Debian's Chromium (Playwright cannot download its own).
 */
const port = Number(process.env['E2E_PORT'] ?? 3111);
process.env['E2E_RUN'] ??= String(Date.now());
const baseURL = process.env['BASE_URL'] ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  ...nxE2EPreset(import.meta.dirname, { testDir: './src' }),
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node dist/apps/api/main.js',
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        cwd: workspaceRoot,
        timeout: 120_000,
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:tmp/e2e/storeops-${process.env['E2E_RUN']}.sqlite`,
          SEED_DEMO: 'true',
          SCRYPT_LOG_N: '12',
          NODE_ENV: 'test',
          // The server's clock starts where the browsers' does (support.ts E2E_NOW).
          STOREOPS_NOW: process.env['E2E_NOW'] ?? '2026-11-18T10:00:00+08:00',
        },
      },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
