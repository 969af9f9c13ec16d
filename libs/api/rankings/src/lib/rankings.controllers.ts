import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  DashboardResponse,
  Role,
  ScorecardSchemeResponse,
  StoreRankingExplanation,
  StoreRankTrendResponse,
} from '@storeops/shared/contracts';
import { DashboardService } from './dashboard.service';
import {
  ApproveSchemeDto,
  CreateSchemeDto,
  DashboardQueryDto,
  RankingExportQueryDto,
  RankingQueryDto,
  RankTrendQueryDto,
  UpdateSchemeDto,
} from './dto/rankings.dto';
import { RankingsService } from './rankings.service';
import { SchemesService } from './schemes.service';

const { Admin, Director, OpsManager, Specialist, StoreManager } = Role;
/** Who reads the whole chain's ranking (NAV_ACCESS rankings). */
const RANKING_READERS = [Director, OpsManager, Specialist, Admin];

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

@ApiTags('rankings')
@Controller('rankings/stores')
export class StoreRankingsController {
  constructor(private readonly rankings: RankingsService) {}

  /** Sent from the serialized cache (a StoreRankingResponse). */
  @Get()
  @Roles(...RANKING_READERS)
  @ApiOkResponse({ description: 'StoreRankingResponse: the ranked stores of the period, scope and scheme' })
  async rank(@Query() query: RankingQueryDto): Promise<StreamableFile> {
    const body = await this.rankings.rankJson(query);
    return new StreamableFile(body, { type: 'application/json; charset=utf-8', length: body.length });
  }

  @Get('export')
  @Roles(...RANKING_READERS)
  async export(@Query() query: RankingExportQueryDto): Promise<StreamableFile> {
    const file = await this.rankings.export(query);
    return new StreamableFile(file.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${file.fileName}"`,
    });
  }

  /** A store manager may read their own store's explanation and trend (the store profile), no other. */
  @Get(':storeId/explanation')
  @Roles(...RANKING_READERS, StoreManager)
  explain(
    @CurrentUser() user: RequestUser,
    @Param('storeId', ParseIntPipe) storeId: number,
    @Query() query: RankingQueryDto,
  ): Promise<StoreRankingExplanation> {
    return this.rankings.explain(user, storeId, query);
  }

  @Get(':storeId/trend')
  @Roles(...RANKING_READERS, StoreManager)
  trend(
    @CurrentUser() user: RequestUser,
    @Param('storeId', ParseIntPipe) storeId: number,
    @Query() query: RankTrendQueryDto,
  ): Promise<StoreRankTrendResponse> {
    return this.rankings.trend(user, storeId, query);
  }
}

@ApiTags('rankings')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @Roles(Director, OpsManager, Admin)
  get(@Query() query: DashboardQueryDto): Promise<DashboardResponse> {
    return this.dashboard.dashboard(query.date);
  }
}
