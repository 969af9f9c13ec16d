import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  CreatePriceCheckResponse,
  CreateQualityCheckResponse,
  PriceChangeImportResponse,
  PriceChangeResponse,
  PriceCheckListItem,
  PriceCheckResponse,
  PriceCheckSettings,
  PriceDefectResponse,
  PriceSampleResponse,
  QualityCheckListItem,
  QualityCheckResponse,
  Role,
} from '@storeops/shared/contracts';
import {
  CreatePriceCheckDto,
  CreateQualityCheckDto,
  PriceCheckQueryDto,
  PriceCheckSettingsDto,
  PriceSampleDto,
  QualityCheckQueryDto,
} from './dto/price-check.dto';
import { MAX_PRICE_CHANGE_BYTES } from './price-change-sheet';
import { PriceChecksService } from './price-checks.service';
import { QualityChecksService } from './quality-checks.service';

const { Admin, AdminOffice, Director, OpsManager, Specialist, StoreManager } = Role;

/** Who reads price and quality checks (a 店长 their own store's only). */
export const CHECK_READERS: readonly Role[] = [AdminOffice, Admin, StoreManager, Specialist, Director, OpsManager];
/** Who records them: the office (and the admin). */
export const CHECK_WRITERS: readonly Role[] = [AdminOffice, Admin];

@ApiTags('price-checks')
@Controller()
export class PriceChecksController {
  constructor(private readonly checks: PriceChecksService) {}

  @Get('price-checks')
  @Roles(...CHECK_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: PriceCheckQueryDto): Promise<PriceCheckListItem[]> {
    return this.checks.list(user, query);
  }

  @Post('price-checks')
  @Roles(...CHECK_WRITERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreatePriceCheckDto): Promise<CreatePriceCheckResponse> {
    return this.checks.create(user, dto);
  }

  /** N items to check in a store, at random or the recently re-priced first. */
  @Post('price-checks/sample')
  @HttpCode(200)
  @Roles(...CHECK_WRITERS)
  sample(@CurrentUser() user: RequestUser, @Body() dto: PriceSampleDto): Promise<PriceSampleResponse> {
    return this.checks.sample(user, dto);
  }

  @Get('price-checks/:id')
  @Roles(...CHECK_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<PriceCheckResponse> {
    return this.checks.get(user, id);
  }

  @Get('price-check-defects')
  @Roles(...CHECK_READERS)
  defects(): PriceDefectResponse[] {
    return this.checks.defects();
  }

  @Get('price-check-settings')
  @Roles(...CHECK_READERS)
  settings(): Promise<PriceCheckSettings> {
    return this.checks.settings();
  }

  @Put('price-check-settings')
  @Roles(...CHECK_WRITERS)
  saveSettings(@CurrentUser() user: RequestUser, @Body() dto: PriceCheckSettingsDto): Promise<PriceCheckSettings> {
    return this.checks.saveSettings(user, dto);
  }

  @Get('price-changes')
  @Roles(...CHECK_WRITERS)
  priceChanges(): Promise<PriceChangeResponse[]> {
    return this.checks.priceChanges();
  }

  /** 调价单: .xlsx or .csv (field `file`) with 商品编码, 商品名称, 门店 (or 全部), 原价, 新价, 生效日期. */
  @Post('price-changes/import')
  @HttpCode(200)
  @Roles(...CHECK_WRITERS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PRICE_CHANGE_BYTES, files: 1, fields: 2 } }))
  importPriceChanges(
    @CurrentUser() user: RequestUser,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<PriceChangeImportResponse> {
    return this.checks.importPriceChanges(user, file?.buffer);
  }
}

@ApiTags('quality-checks')
@Controller('quality-checks')
export class QualityChecksController {
  constructor(private readonly checks: QualityChecksService) {}

  @Get()
  @Roles(...CHECK_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: QualityCheckQueryDto): Promise<QualityCheckListItem[]> {
    return this.checks.list(user, query);
  }

  @Post()
  @Roles(...CHECK_WRITERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateQualityCheckDto): Promise<CreateQualityCheckResponse> {
    return this.checks.create(user, dto);
  }

  @Get(':id')
  @Roles(...CHECK_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<QualityCheckResponse> {
    return this.checks.get(user, id);
  }
}
