import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  Patch,
  Post,
  Put,
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
import { contentDisposition, CurrentUser, limitValue, MB, RequestUser, Roles, storeScopeOf } from '@storeops/api/core';
import {
  ComplaintAttachmentResponse,
  ComplaintCategoryResponse,
  ComplaintCauseResponse,
  ComplaintListItem,
  ComplaintPhoneResponse,
  ComplaintResponse,
  ComplaintSettings,
  ComplaintStatsResponse,
  Page,
  Role,
  SupplierComplaintRow,
} from '@storeops/shared/contracts';
import { ComplaintStatsService } from './complaint-stats.service';
import { ComplaintsService } from './complaints.service';
import {
  ComplaintMergeDto,
  ComplaintPauseDto,
  ComplaintQueryDto,
  ComplaintResumeDto,
  ComplaintRevealDto,
  ComplaintSettingsDto,
  ComplaintStatsQueryDto,
  ComplaintTransitionDto,
  CreateComplaintDto,
  CreateComplaintCategoryDto,
  CreateKeyCustomerDto,
  UpdateComplaintCategoryDto,
} from './dto/complaint.dto';

const { Admin, AdminOffice, Buyer, Director, OpsManager, StoreManager } = Role;

/** Who reads complaints: the office and the store managers work them (a 店长 their store's), the heads read. */
export const COMPLAINT_READERS: readonly Role[] = [AdminOffice, StoreManager, Director, OpsManager, Admin];
/** Who records and works them. */
export const COMPLAINT_WORKERS: readonly Role[] = [AdminOffice, StoreManager];

const MAX_PHOTO_BYTES = limitValue('attachmentMaxMb') * MB;

@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    private readonly complaints: ComplaintsService,
    private readonly stats: ComplaintStatsService,
  ) {}

  @Get()
  @Roles(...COMPLAINT_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: ComplaintQueryDto): Promise<Page<ComplaintListItem>> {
    return this.complaints.list(user, query);
  }

  /** 投诉分析: a 店长 gets their own store's figures only. */
  @Get('stats')
  @Roles(...COMPLAINT_READERS)
  statistics(@CurrentUser() user: RequestUser, @Query() query: ComplaintStatsQueryDto): Promise<ComplaintStatsResponse> {
    return this.stats.stats(query.period, query.groupBy, storeScopeOf(user));
  }

  @Get('stats/export')
  @Roles(...COMPLAINT_READERS)
  async exportStats(@CurrentUser() user: RequestUser, @Query() query: ComplaintStatsQueryDto): Promise<StreamableFile> {
    const file = await this.stats.statsWorkbook(query.period, query.groupBy, storeScopeOf(user));
    return new StreamableFile(file.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: contentDisposition('attachment', file.fileName),
    });
  }

  /** The complaints about a supplier's products, for the supplier's page (buyers too: no customer data). */
  @Get('by-supplier/:supplierId')
  @Roles(AdminOffice, Buyer, Director, Admin)
  bySupplier(@Param('supplierId', ParseIntPipe) supplierId: number): Promise<SupplierComplaintRow[]> {
    return this.complaints.bySupplier(supplierId);
  }

  @Post()
  @Roles(...COMPLAINT_WORKERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateComplaintDto): Promise<ComplaintResponse> {
    return this.complaints.create(user, dto);
  }

  @Get(':id')
  @Roles(...COMPLAINT_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<ComplaintResponse> {
    return this.complaints.get(user, id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...COMPLAINT_WORKERS)
  transition(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ComplaintTransitionDto,
  ): Promise<ComplaintResponse> {
    return this.complaints.transition(user, id, dto);
  }

  /** 等待顾客: the running stage's clock stops until resumed. */
  @Post(':id/pause')
  @HttpCode(200)
  @Roles(...COMPLAINT_WORKERS)
  pause(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ComplaintPauseDto,
  ): Promise<ComplaintResponse> {
    return this.complaints.pause(user, id, dto);
  }

  @Post(':id/resume')
  @HttpCode(200)
  @Roles(...COMPLAINT_WORKERS)
  resume(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ComplaintResumeDto,
  ): Promise<ComplaintResponse> {
    return this.complaints.resume(user, id, dto.version);
  }

  /** 合并重复投诉 (the office). */
  @Post(':id/merge')
  @HttpCode(200)
  @Roles(AdminOffice)
  merge(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ComplaintMergeDto,
  ): Promise<ComplaintResponse> {
    return this.complaints.merge(user, id, dto);
  }

  /** 显示号码: the handler and the office only; every reveal is audited. */
  @Post(':id/phone')
  @HttpCode(200)
  @Roles(...COMPLAINT_WORKERS)
  phone(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ComplaintRevealDto,
  ): Promise<ComplaintPhoneResponse> {
    return this.complaints.revealPhone(user, id, dto.reason ?? null);
  }

  /** A photo or a receipt: JPEG, PNG or PDF (field `file`), checked by its first bytes. */
  @Post(':id/attachments')
  @Roles(...COMPLAINT_WORKERS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } }))
  attach(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: { buffer: Buffer; originalname?: string } | undefined,
  ): Promise<ComplaintAttachmentResponse> {
    return this.complaints.attach(user, id, file);
  }

  @Get(':id/attachments/:attachmentId')
  @Roles(...COMPLAINT_READERS)
  async attachment(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Param('attachmentId', ParseIntPipe) attachmentId: number,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.complaints.openAttachment(user, id, attachmentId);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(createReadStream(file.path), {
      type: file.mimeType,
      disposition: contentDisposition('inline', file.fileName),
    });
  }
}

@ApiTags('complaints')
@Controller()
export class ComplaintListsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Get('complaint-categories')
  @Roles(...COMPLAINT_READERS)
  categories(): Promise<ComplaintCategoryResponse[]> {
    return this.complaints.categories();
  }

  @Post('complaint-categories')
  @Roles(AdminOffice)
  createCategory(@CurrentUser() user: RequestUser, @Body() dto: CreateComplaintCategoryDto): Promise<ComplaintCategoryResponse> {
    return this.complaints.createCategory(user, dto);
  }

  @Patch('complaint-categories/:id')
  @Roles(AdminOffice)
  updateCategory(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateComplaintCategoryDto,
  ): Promise<ComplaintCategoryResponse> {
    return this.complaints.updateCategory(user, id, dto);
  }

  @Get('complaint-causes')
  @Roles(...COMPLAINT_READERS)
  causes(): Promise<ComplaintCauseResponse[]> {
    return this.complaints.causes();
  }

  @Get('complaint-settings')
  @Roles(...COMPLAINT_READERS)
  settings(): Promise<ComplaintSettings> {
    return this.complaints.settings();
  }

  @Put('complaint-settings')
  @Roles(AdminOffice, Admin)
  saveSettings(@CurrentUser() user: RequestUser, @Body() dto: ComplaintSettingsDto): Promise<ComplaintSettings> {
    return this.complaints.saveSettings(user, dto);
  }

  /** 重点顾客名单: phones in full, so the office only. */
  @Get('complaint-key-customers')
  @Roles(AdminOffice)
  keyCustomers() {
    return this.complaints.keyCustomers();
  }

  @Post('complaint-key-customers')
  @Roles(AdminOffice)
  addKeyCustomer(@CurrentUser() user: RequestUser, @Body() dto: CreateKeyCustomerDto) {
    return this.complaints.addKeyCustomer(user, dto);
  }

  @Delete('complaint-key-customers/:id')
  @HttpCode(204)
  @Roles(AdminOffice)
  removeKeyCustomer(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<void> {
    return this.complaints.removeKeyCustomer(user, id);
  }
}
