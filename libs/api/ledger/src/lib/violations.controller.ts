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
import { contentDisposition, CurrentUser, limitValue, MB, RequestUser, Roles } from '@storeops/api/core';
import {
  Page,
  Role,
  ViolationAttachmentResponse,
  ViolationDepartmentResponse,
  ViolationListItem,
  ViolationPreviewResponse,
  ViolationResponse,
  ViolationRuleResponse,
  ViolationSubjectOption,
} from '@storeops/shared/contracts';
import {
  AppealViolationDto,
  ApproveViolationDto,
  CreateViolationDto,
  CreateViolationRuleDto,
  DecideAppealDto,
  UpdateViolationRuleDto,
  ViolationPreviewQueryDto,
  ViolationQueryDto,
  ViolationSubjectQueryDto,
} from './dto/violation.dto';
import { ViolationsService } from './violations.service';

const { Admin, AdminOffice, Director, OpsManager, StoreManager } = Role;

/** Who reads violations: the office and the admin, the heads, and a 店长 their own store's. */
export const VIOLATION_READERS: readonly Role[] = [AdminOffice, Admin, Director, OpsManager, StoreManager];
/** Who records them and maintains the rule book. */
export const VIOLATION_WRITERS: readonly Role[] = [AdminOffice, Admin];
/** Who may appeal (the service checks that the caller is the subject's manager). */
export const VIOLATION_APPEALERS: readonly Role[] = [StoreManager, OpsManager, Director];

const MAX_EVIDENCE_BYTES = limitValue('attachmentMaxMb') * MB;

@ApiTags('violations')
@Controller('violations')
export class ViolationsController {
  constructor(private readonly violations: ViolationsService) {}

  @Get()
  @Roles(...VIOLATION_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: ViolationQueryDto): Promise<Page<ViolationListItem>> {
    return this.violations.list(user, query);
  }

  /** 预览: the prior count and the penalty that recording would propose; nothing is saved. */
  @Get('preview')
  @Roles(...VIOLATION_WRITERS)
  preview(@Query() query: ViolationPreviewQueryDto): Promise<ViolationPreviewResponse> {
    return this.violations.preview(query);
  }

  @Post()
  @Roles(...VIOLATION_WRITERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateViolationDto): Promise<ViolationResponse> {
    return this.violations.create(user, dto);
  }

  @Get(':id')
  @Roles(...VIOLATION_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<ViolationResponse> {
    return this.violations.get(user, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(...VIOLATION_WRITERS)
  approve(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ApproveViolationDto,
  ): Promise<ViolationResponse> {
    return this.violations.approve(user, id, dto);
  }

  @Post(':id/appeal')
  @HttpCode(200)
  @Roles(...VIOLATION_APPEALERS)
  appeal(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: AppealViolationDto,
  ): Promise<ViolationResponse> {
    return this.violations.appeal(user, id, dto);
  }

  @Post(':id/decide-appeal')
  @HttpCode(200)
  @Roles(...VIOLATION_WRITERS)
  decideAppeal(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: DecideAppealDto,
  ): Promise<ViolationResponse> {
    return this.violations.decideAppeal(user, id, dto);
  }

  /** Evidence: a photo or a document, JPEG, PNG or PDF (field `file`), checked by its first bytes. */
  @Post(':id/attachments')
  @Roles(...VIOLATION_WRITERS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 2 } }))
  attach(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: { buffer: Buffer; originalname?: string } | undefined,
  ): Promise<ViolationAttachmentResponse> {
    return this.violations.attach(user, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...VIOLATION_READERS)
  async attachment(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.violations.openAttachment(user, id, attachmentId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(createReadStream(file.path), {
      type: file.mimeType,
      disposition: contentDisposition('inline', file.fileName),
    });
  }
}

@ApiTags('violations')
@Controller()
export class ViolationListsController {
  constructor(private readonly violations: ViolationsService) {}

  @Get('violation-rules')
  @Roles(...VIOLATION_READERS)
  rules(): Promise<ViolationRuleResponse[]> {
    return this.violations.rules();
  }

  @Post('violation-rules')
  @Roles(...VIOLATION_WRITERS)
  createRule(@CurrentUser() user: RequestUser, @Body() dto: CreateViolationRuleDto): Promise<ViolationRuleResponse> {
    return this.violations.createRule(user, dto);
  }

  @Patch('violation-rules/:id')
  @Roles(...VIOLATION_WRITERS)
  updateRule(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateViolationRuleDto,
  ): Promise<ViolationRuleResponse> {
    return this.violations.updateRule(user, id, dto);
  }

  @Get('violation-departments')
  @Roles(...VIOLATION_READERS)
  departments(): Promise<ViolationDepartmentResponse[]> {
    return this.violations.departments();
  }

  /** The subject picker of the recording form. */
  @Get('violation-subjects')
  @Roles(...VIOLATION_WRITERS)
  subjects(@Query() query: ViolationSubjectQueryDto): Promise<ViolationSubjectOption[]> {
    return this.violations.subjects(query);
  }
}
