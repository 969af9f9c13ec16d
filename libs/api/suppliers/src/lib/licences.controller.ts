import {
  Body,
  Controller,
  Get,
  HttpCode,
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
import { createReadStream } from 'node:fs';
import type { Response } from 'express';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { LicenceResponse, Page, Role } from '@storeops/shared/contracts';
import { CreateLicenceDto, RenewLicenceDto, LicenceQueryDto } from './dto/contract.dto';
import { MAX_ATTACHMENT_BYTES, RecordsService, UploadedDocument } from './records.service';
import { SUPPLIER_READERS, contentDisposition } from './suppliers-http';

const { AdminOffice, Buyer } = Role;

@ApiTags('suppliers')
@Controller('licences')
export class LicencesController {
  constructor(private readonly records: RecordsService) {}

  /** `?expiringWithinDays=30`: licences whose validity ends within that many days, or has ended; soonest first. */
  @Get()
  @Roles(...SUPPLIER_READERS)
  list(@Query() query: LicenceQueryDto): Promise<Page<LicenceResponse>> {
    return this.records.licences(query);
  }

  @Post()
  @Roles(AdminOffice, Buyer)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateLicenceDto): Promise<LicenceResponse> {
    return this.records.createLicence(user, dto);
  }

  /** 换证: a new licence replaces this one, which stays in the history (`?history=true`). */
  @Post(':id/renew')
  @Roles(AdminOffice, Buyer)
  renew(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number, @Body() dto: RenewLicenceDto): Promise<LicenceResponse> {
    return this.records.renewLicence(user, id, dto);
  }

  /** The scanned licence: a PDF, JPEG or PNG (field `file`, ≤ 10 MB), checked by its first bytes; replaces an earlier scan. */
  @Post(':id/file')
  @HttpCode(200)
  @Roles(AdminOffice, Buyer)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 2 } }))
  attachFile(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: UploadedDocument,
  ): Promise<LicenceResponse> {
    return this.records.attachLicenceFile(user, id, file);
  }

  @Get(':id/file')
  @Roles(...SUPPLIER_READERS)
  async file(@Param('id', ParseIntPipe) id: number, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const file = await this.records.openLicenceFile(id);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(createReadStream(file.path), {
      type: file.mimeType,
      disposition: contentDisposition('inline', file.fileName),
    });
  }
}
