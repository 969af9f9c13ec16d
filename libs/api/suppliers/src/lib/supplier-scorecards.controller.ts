import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '@storeops/api/core';
import { SupplierScorecardRow } from '@storeops/shared/contracts';
import { PeriodQueryDto } from './dto/supplier.dto';
import { SuppliersService } from './suppliers.service';
import { SUPPLIER_READERS } from './suppliers-http';

@ApiTags('suppliers')
@Controller('supplier-scorecards')
export class SupplierScorecardsController {
  constructor(private readonly suppliers: SuppliersService) {}

  /** Every supplier's scorecard of a month (default: the last month with clause checks), ranked with the stores' ranking rules. */
  @Get()
  @Roles(...SUPPLIER_READERS)
  ranking(@Query() query: PeriodQueryDto): Promise<SupplierScorecardRow[]> {
    return this.suppliers.ranking(query.period);
  }
}
