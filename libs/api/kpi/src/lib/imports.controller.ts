import {
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { mkdirSync } from 'node:fs';
import { diskStorage } from 'multer';
import type { Response } from 'express';
import { CurrentUser, RequestLang, RequestUser, Roles } from '@storeops/api/core';
import { ImportResponse, Lang, Page, Role } from '@storeops/shared/contracts';
import { CreateImportDto, ImportQueryDto } from './dto/import.dto';
import { ImportsService, UploadedFile as StoredFile } from './imports.service';
import { UPLOAD_DIR } from './import/uploads';

/** Upload limit: IMPORT_MAX_MB (default 2048); larger files get 413. */
export const IMPORT_MAX_BYTES = Number(process.env['IMPORT_MAX_MB'] ?? 2048) * 1024 * 1024;

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
      limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 8 },
    }),
  )
  create(
    @CurrentUser() user: RequestUser,
    @UploadedFile() file: StoredFile | undefined,
    @Body() dto: CreateImportDto,
    @RequestLang() lang: Lang,
  ): Promise<ImportResponse> {
    return this.imports.create(user, file, dto, lang);
  }

  @Get()
  @Roles(Role.OpsManager, Role.Admin, Role.Director)
  list(@Query() query: ImportQueryDto, @RequestLang() lang: Lang): Promise<Page<ImportResponse>> {
    return this.imports.list(query, lang);
  }

  @Get(':id')
  @Roles(Role.OpsManager, Role.Admin, Role.Director)
  get(@Param('id', ParseIntPipe) id: number, @RequestLang() lang: Lang): Promise<ImportResponse> {
    return this.imports.get(id, lang);
  }

  /** Every kept problem of the job as an XLSX (行, 列, 值, 问题), in the caller's language. */
  @Get(':id/problems')
  @Roles(Role.OpsManager, Role.Admin, Role.Director)
  async problems(
    @Param('id', ParseIntPipe) id: number,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const { fileName, body } = await this.imports.problemsWorkbook(id, lang);
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    return new StreamableFile(body);
  }
}
