import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
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
import {
  ClauseCheckResponse,
  ContractAttachmentResponse,
  ContractResponse,
  ContractRevisionResponse,
  Page,
  Role,
} from '@storeops/shared/contracts';
import { ContractsService } from './contracts.service';
import {
  CloseFollowUpDto,
  ContractQueryDto,
  ContractTransitionDto,
  CreateClauseCheckDto,
  CreateContractDto,
  UpdateContractDto,
} from './dto/contract.dto';
import { MAX_ATTACHMENT_BYTES, RecordsService, UploadedDocument } from './records.service';
import { SUPPLIER_READERS, contentDisposition } from './suppliers-http';

const { AdminOffice, Buyer } = Role;

@ApiTags('suppliers')
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly records: RecordsService,
  ) {}

  /** `?expiringWithinDays=60`: approved or in-force contracts ending within that many days (the renewal list). */
  @Get()
  @Roles(...SUPPLIER_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: ContractQueryDto): Promise<Page<ContractResponse>> {
    return this.contracts.list(user, query);
  }

  @Get(':id')
  @Roles(...SUPPLIER_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<ContractResponse> {
    return this.contracts.get(user, id);
  }

  @Post()
  @Roles(Buyer)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateContractDto): Promise<ContractResponse> {
    return this.contracts.create(user, dto);
  }

  @Patch(':id')
  @Roles(Buyer)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateContractDto,
  ): Promise<ContractResponse> {
    return this.contracts.update(user, id, dto);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(Buyer, AdminOffice)
  transition(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ContractTransitionDto,
  ): Promise<ContractResponse> {
    return this.contracts.transition(user, id, dto);
  }

  @Get(':id/revisions')
  @Roles(...SUPPLIER_READERS)
  revisions(@Param('id', ParseIntPipe) id: number): Promise<ContractRevisionResponse[]> {
    return this.contracts.revisions(id);
  }

  @Get(':id/clause-checks')
  @Roles(...SUPPLIER_READERS)
  clauseChecks(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<ClauseCheckResponse[]> {
    return this.records.clauseChecks(user, id);
  }

  @Post(':id/clause-checks')
  @Roles(AdminOffice)
  createClauseCheck(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CreateClauseCheckDto,
  ): Promise<ClauseCheckResponse> {
    return this.records.createClauseCheck(user, id, dto);
  }

  /** Closes the follow-up a breach opened: its owner or 综合管理处 (others of the area get 403 from the service). */
  @Post(':id/clause-checks/:checkId/follow-up/close')
  @HttpCode(200)
  @Roles(...SUPPLIER_READERS)
  closeFollowUp(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('checkId', ParseIntPipe) checkId: number,
    @Body() dto: CloseFollowUpDto,
  ): Promise<ClauseCheckResponse> {
    return this.records.closeFollowUp(user, id, checkId, dto);
  }

  /** A PDF, JPEG or PNG (field `file`, ≤ 10 MB), checked by its first bytes. */
  @Post(':id/attachments')
  @Roles(Buyer, AdminOffice)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 2 } }))
  attach(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: UploadedDocument,
  ): Promise<ContractAttachmentResponse> {
    return this.records.attach(user, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...SUPPLIER_READERS)
  async attachment(
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.records.openAttachment(id, attachmentId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(createReadStream(file.path), {
      type: file.mimeType,
      disposition: contentDisposition('inline', file.fileName),
    });
  }
}
