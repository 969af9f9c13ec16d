import { Body, Controller, Get, Param, ParseIntPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Page, RegionResponse, Role } from '@storeops/shared/contracts';
import { CreateRegionDto, RegionQueryDto, UpdateRegionDto } from './dto/region.dto';
import { RegionsService } from './regions.service';

@ApiTags('org')
@Controller('regions')
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  @Get()
  @AnyRole()
  list(@Query() query: RegionQueryDto): Promise<Page<RegionResponse>> {
    return this.regions.list(query);
  }

  @Get(':id')
  @AnyRole()
  get(@Param('id', ParseIntPipe) id: number): Promise<RegionResponse> {
    return this.regions.get(id);
  }

  @Post()
  @Roles(Role.Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateRegionDto): Promise<RegionResponse> {
    return this.regions.create(user, dto);
  }

  @Patch(':id')
  @Roles(Role.Admin)
  update(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: UpdateRegionDto): Promise<RegionResponse> {
    return this.regions.update(user, id, dto);
  }
}
