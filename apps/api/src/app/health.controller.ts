import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '@storeops/api/core';
import { HealthResponse } from '@storeops/shared/contracts';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /** Answers only when the database answers. */
  @Get()
  @Public()
  async health(): Promise<HealthResponse> {
    await this.db.query('SELECT 1');
    return { status: 'ok', database: this.db.options.type === 'postgres' ? 'postgres' : 'sqlite' };
  }
}
