import { BeforeApplicationShutdown, Controller, Get, Logger } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DetailedError, pingDatabase, Public } from '@storeops/api/core';
import { HealthResponse, ReadyResponse } from '@storeops/shared/contracts';

@ApiTags('health')
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  private readonly logger = new Logger('Health');
  private migrated = false;
  private stopping = false;

  constructor(private readonly db: DataSource) {}

  /** A process that is shutting down says so at once: the load balancer stops sending before the server closes. */
  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  private async databaseAnswers(): Promise<void> {
    try {
      await pingDatabase(this.db);
    } catch (error) {
      this.logger.error(`database does not answer: ${error instanceof Error ? error.message : String(error)}`);
      throw new DetailedError(503, 'db.unavailable', [
        { field: 'database', problem: 'does not answer', code: 'database_down', params: {} },
      ]);
    }
  }

  /** Answers only when the database answers; otherwise a deliberate 503, so a load balancer takes the process out. */
  @Get()
  @Public()
  async health(): Promise<HealthResponse> {
    await this.databaseAnswers();
    return { status: 'ok', database: this.db.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }

  /**
   * For a load balancer's readiness check: 200 `{ status: "ready" }` when the database answers and every migration
   * this version carries is applied; 503 otherwise, and from the moment a graceful shutdown begins.
   */
  @Get('ready')
  @Public()
  async ready(): Promise<ReadyResponse> {
    if (this.stopping) {
      throw new DetailedError(503, 'server.shutting_down', [
        { field: 'server', problem: 'is shutting down', code: 'shutting_down', params: {} },
      ]);
    }
    await this.databaseAnswers();
    if (!this.migrated) {
      const pending = await this.db.showMigrations().catch(() => true);
      if (pending) {
        throw new DetailedError(503, 'db.migrations_pending', [
          { field: 'database', problem: 'has migrations not yet applied', code: 'migrations_pending', params: {} },
        ]);
      }
      this.migrated = true;
    }
    return { status: 'ready' };
  }
}
