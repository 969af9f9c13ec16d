import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DATA_VERSION_CHANNEL, observeDataVersion, syncDataVersions } from './data-version';

const RECONNECT_MS = 1_000;

/**
 * PostgreSQL: a connection of its own that LISTENs for data-version changes, so this process learns of another's
 * write as soon as it commits. While it is down (a restart of the database, a network cut) nothing is lost: every
 * request reads the rows when what the process knows is older than a second, and a reconnect reads them at once.
 * SQLite has one process and no listener.
 */
@Injectable()
export class DataVersionListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DataVersions');
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly db: DataSource) {}

  /** Reads the rows once at start (on PostgreSQL once listening, so nothing committed in between is missed). */
  async onApplicationBootstrap(): Promise<void> {
    if (this.db.options.type === 'postgres') await this.connect();
    else await syncDataVersions(this.db);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Whether notifications are arriving (for /api/metrics and the logs). */
  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const url = (this.db.options as { url?: string }).url;
    const client = new Client({ connectionString: url });
    const lost = (error?: unknown) => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.logger.warn(`listener lost${error instanceof Error ? `: ${error.message}` : ''}; reconnecting`);
      this.retry = setTimeout(() => void this.connect(), RECONNECT_MS);
      this.retry.unref();
    };
    client.on('notification', (message) => {
      if (message.channel !== DATA_VERSION_CHANNEL || !message.payload) return;
      const [kind, version] = message.payload.split(':');
      observeDataVersion(kind, Number(version));
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
      this.client = client;
      // What changed while nobody listened.
      await syncDataVersions(this.db);
    } catch (error) {
      this.client = client;
      lost(error);
    }
  }
}
