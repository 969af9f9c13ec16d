import { Controller, Get, Logger } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { DetailedError, pingDatabase, Public } from '@storeops/api/core';
import { HealthResponse } from '@storeops/shared/contracts';

@ApiTags('health')
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(private readonly db: DataSource) {}

  /** Answers only when the database answers; otherwise a deliberate 503, so a load balancer takes the process out. */
  @Get()
  @Public()
  async health(): Promise<HealthResponse> {
    try {
      await pingDatabase(this.db);
    } catch (error) {
      this.logger.error(`database does not answer: ${error instanceof Error ? error.message : String(error)}`);
      throw new DetailedError(503, 'db.unavailable', [
        { field: 'database', problem: 'does not answer', code: 'database_down', params: {} },
      ]);
    }
    return { status: 'ok', database: this.db.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
