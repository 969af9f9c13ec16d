import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, RequestUser } from '@storeops/api/core';
import { FactRangeResponse, KpiResponse } from '@storeops/shared/contracts';
import { KpiQueryDto } from './dto/kpi-query.dto';
import { KpisService } from './kpis.service';

@ApiTags('kpi')
@Controller('kpis')
export class KpisController {
  constructor(private readonly kpis: KpisService) {}

  /** Every role; a store manager's figures are their own store's, whatever the filters say. */
  @Get()
  @AnyRole()
  query(@CurrentUser() user: RequestUser, @Query() query: KpiQueryDto): Promise<KpiResponse> {
    return this.kpis.query(user, query);
  }

  /** The first and last day with facts: what every period picker offers. */
  @Get('range')
  @AnyRole()
  range(): Promise<FactRangeResponse> {
    return this.kpis.range();
  }
}
