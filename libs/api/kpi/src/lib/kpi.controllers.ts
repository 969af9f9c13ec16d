import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { mkdirSync } from 'node:fs';
import { diskStorage } from 'multer';
import { AnyRole, CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { ImportResponse, KpiResponse, Page, Role } from '@storeops/shared/contracts';
import { CreateImportDto, ImportQueryDto } from './dto/import.dto';
import { KpiQueryDto } from './dto/kpi-query.dto';
import { ImportsService, UploadedFile as StoredFile } from './imports.service';
import { KpisService } from './kpis.service';
import { UPLOAD_DIR } from './import/uploads';

/** Upload limit: IMPORT_MAX_MB (default 2048); larger files get 413. */
export const IMPORT_MAX_BYTES = Number(process.env['IMPORT_MAX_MB'] ?? 2048) * 1024 * 1024;

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
}

@ApiTags('kpi')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @Roles(Role.OpsManager, Role.Admin)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(
    FileInterceptor('file', {
      storage: diskStorage({
        destination: (_req, _file, done) => {
          mkdirSync(UPLOAD_DIR, { recursive: true });
          done(null, UPLOAD_DIR);
        },
      }),
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5 },
    }),
  )
  create(
    @CurrentUser() user: RequestUser,
    @UploadedFile() file: StoredFile | undefined,
    @Body() dto: CreateImportDto,
  ): Promise<ImportResponse> {
    return this.imports.create(user, file, dto);
  }

  @Get()
  @Roles(Role.OpsManager, Role.Admin, Role.Director)
  list(@Query() query: ImportQueryDto): Promise<Page<ImportResponse>> {
    return this.imports.list(query);
  }

  @Get(':id')
  @Roles(Role.OpsManager, Role.Admin, Role.Director)
  get(@Param('id', ParseIntPipe) id: number): Promise<ImportResponse> {
    return this.imports.get(id);
  }
}
