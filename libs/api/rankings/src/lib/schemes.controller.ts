import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Role, ScorecardSchemeResponse } from '@storeops/shared/contracts';
import { ApproveSchemeDto, CreateSchemeDto, UpdateSchemeDto } from './dto/rankings.dto';
import { SchemesService } from './schemes.service';
import { RANKING_READERS } from './rankings-http';

const { Admin, Director, OpsManager } = Role;

@ApiTags('rankings')
@Controller('scorecard-schemes')
export class SchemesController {
  constructor(private readonly schemes: SchemesService) {}

  @Get()
  @Roles(...RANKING_READERS)
  list(): Promise<ScorecardSchemeResponse[]> {
    return this.schemes.list();
  }

  @Get(':id')
  @Roles(...RANKING_READERS)
  get(@Param('id', ParseIntPipe) id: number): Promise<ScorecardSchemeResponse> {
    return this.schemes.get(id);
  }

  @Post()
  @Roles(OpsManager, Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateSchemeDto): Promise<ScorecardSchemeResponse> {
    return this.schemes.create(user, dto);
  }

  @Patch(':id')
  @Roles(OpsManager, Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateSchemeDto,
  ): Promise<ScorecardSchemeResponse> {
    return this.schemes.update(user, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(Director)
  approve(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ApproveSchemeDto,
  ): Promise<ScorecardSchemeResponse> {
    return this.schemes.approve(user, id, dto);
  }
}
