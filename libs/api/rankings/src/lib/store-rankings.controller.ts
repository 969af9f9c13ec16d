import { Controller, Get, Param, ParseIntPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { Role, StoreRankingExplanation, StoreRankTrendResponse } from '@storeops/shared/contracts';
import { RankingExportQueryDto, RankingQueryDto, RankTrendQueryDto } from './dto/rankings.dto';
import { RankingsService } from './rankings.service';
import { RANKING_READERS } from './rankings-http';

const { StoreManager } = Role;

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
