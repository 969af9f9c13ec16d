import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Page, Role, SupplierResponse, SupplierScorecardRow } from '@storeops/shared/contracts';
import { CreateSupplierDto, SupplierQueryDto, UpdateSupplierDto } from './dto/supplier.dto';
import { SuppliersService } from './suppliers.service';
import { SUPPLIER_READERS } from './suppliers-http';

const { Admin, Buyer } = Role;

@ApiTags('suppliers')
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get()
  @Roles(...SUPPLIER_READERS)
  list(@Query() query: SupplierQueryDto): Promise<Page<SupplierResponse>> {
    return this.suppliers.list(query);
  }

  @Get(':id')
  @Roles(...SUPPLIER_READERS)
  get(@Param('id', ParseIntPipe) id: number): Promise<SupplierResponse> {
    return this.suppliers.get(id);
  }

  /** The supplier's monthly scorecards of the last twelve months, newest first, with its rank each month. */
  @Get(':id/scorecards')
  @Roles(...SUPPLIER_READERS)
  scorecards(@Param('id', ParseIntPipe) id: number): Promise<SupplierScorecardRow[]> {
    return this.suppliers.history(id);
  }

  @Post()
  @Roles(Buyer, Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateSupplierDto): Promise<SupplierResponse> {
    return this.suppliers.create(user, dto);
  }

  @Patch(':id')
  @Roles(Buyer, Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateSupplierDto,
  ): Promise<SupplierResponse> {
    return this.suppliers.update(user, id, dto);
  }
}
