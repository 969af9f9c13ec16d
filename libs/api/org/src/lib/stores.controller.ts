import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Page, Role, StoreResponse } from '@storeops/shared/contracts';
import { CreateStoreDto, StoreQueryDto, UpdateStoreDto } from './dto/store.dto';
import { StoresService } from './stores.service';

@ApiTags('org')
@Controller('stores')
export class StoresController {
  constructor(private readonly stores: StoresService) {}

  /** Every role lists stores; a store manager's list holds their own store only. */
  @Get()
  @AnyRole()
  list(@CurrentUser() user: RequestUser, @Query() query: StoreQueryDto): Promise<Page<StoreResponse>> {
    return this.stores.list(user, query);
  }

  @Get(':id')
  @AnyRole()
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<StoreResponse> {
    return this.stores.get(user, id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateStoreDto): Promise<StoreResponse> {
    return this.stores.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateStoreDto): Promise<StoreResponse> {
    return this.stores.update(user, id, dto);
  }
}
