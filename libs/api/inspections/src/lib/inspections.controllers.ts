import {
  Body,
  Controller,
  Get,
  Headers,
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
import { AnyRole, CurrentUser, limitValue, MB, RequestUser, Roles } from '@storeops/api/core';
import {
  BulkVerifyCorrectiveActionsResponse,
  CorrectiveActionResponse,
  CorrectiveActionSummary,
  InspectionPlanDueResponse,
  InspectionPlanResponse,
  InspectionRankingResponse,
  InspectionResponse,
  InspectionTemplateResponse,
  Page,
  PlanBoardResponse,
  Role,
} from '@storeops/shared/contracts';
import { INSPECTION_READERS } from './access';
import { CorrectiveActionsService } from './corrective-actions.service';
import {
  BulkVerifyCorrectiveActionsDto,
  CloseCorrectiveActionDto,
  CorrectiveActionFilterDto,
  CorrectiveActionQueryDto,
  CreateInspectionDto,
  InspectionQueryDto,
  InspectionRankingQueryDto,
  VerifyCorrectiveActionDto,
} from './dto/inspection.dto';
import { CreatePlanDto, PlanBoardQueryDto, PlanDueQueryDto, UpdatePlanDto } from './dto/plan.dto';
import { CreateTemplateDto, TemplateQueryDto, UpdateTemplateDto } from './dto/template.dto';
import { InspectionsService } from './inspections.service';
import { MAX_PHOTO_BYTES, PhotosService } from './photos.service';
import { PlansService } from './plans.service';
import { InspectionRankingsService } from './rankings.service';
import { attachmentDisposition } from './templates-excel';
import { TemplatesService } from './templates.service';

const { Admin, Director, OpsManager, Specialist, StoreManager } = Role;
const MAX_TEMPLATE_SHEET_BYTES = limitValue('sheetUploadMaxMb') * MB;

@ApiTags('inspections')
@Controller('inspection-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  /** The latest active version of each family; `?all=true` for every version. */
  @Get()
  @Roles(...INSPECTION_READERS)
  list(@Query() query: TemplateQueryDto): Promise<InspectionTemplateResponse[]> {
    return this.templates.list(query);
  }

  @Get(':id')
  @Roles(...INSPECTION_READERS)
  get(@Param('id', ParseIntPipe) id: number): Promise<InspectionTemplateResponse> {
    return this.templates.get(id);
  }

  /** The version as an .xlsx 检查表, named after the template (UTF-8 file name). */
  @Get(':id/export')
  @Roles(OpsManager, Admin, Director, Specialist)
  async export(@Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const sheet = await this.templates.exportSheet(id);
    return new StreamableFile(sheet.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: attachmentDisposition(sheet.fileName, sheet.asciiFileName),
    });
  }

  /** A 检查表 workbook (field `file`, ≤ 5 MB) becomes the family's next version, or a new family; 400 names every bad cell. */
  @Post('import')
  @Roles(OpsManager, Admin)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_TEMPLATE_SHEET_BYTES, files: 1, fields: 2 } }))
  import(@CurrentUser() user: RequestUser, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<InspectionTemplateResponse> {
    return this.templates.importSheet(user, file?.buffer);
  }

  @Post()
  @Roles(OpsManager, Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateTemplateDto): Promise<InspectionTemplateResponse> {
    return this.templates.create(user, dto);
  }

  /** Edits in place, or, when the version has been used, answers with the new version it created. */
  @Put(':id')
  @Roles(OpsManager, Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateTemplateDto,
  ): Promise<InspectionTemplateResponse> {
    return this.templates.update(user, id, dto);
  }
}

@ApiTags('inspections')
@Controller('photos')
export class PhotosController {
  constructor(private readonly photos: PhotosService) {}

  /**
   * The roles that attach photos upload them: specialists and ops managers (inspections), store managers (corrective
   * actions). The photo stays private until attached; unattached ones are removed after a day.
   */
  @Post()
  @Roles(Specialist, OpsManager, StoreManager)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 2 } }))
  upload(@CurrentUser() user: RequestUser, @UploadedFile() file: { buffer: Buffer } | undefined): Promise<{ id: number }> {
    return this.photos.upload(user, file?.buffer);
  }

  @Get(':id')
  @AnyRole()
  async get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const photo = await this.photos.open(user, id);
    return new StreamableFile(createReadStream(photo.path), { type: photo.mimeType, disposition: 'inline' });
  }
}

@ApiTags('inspections')
@Controller('inspections')
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  /** Needs an Idempotency-Key header: a retry after a lost response gets the first answer and creates nothing. */
  @Post()
  @Roles(Specialist, OpsManager)
  async create(
    @CurrentUser() user: RequestUser,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateInspectionDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<InspectionResponse> {
    const outcome = await this.inspections.submit(user, key, dto);
    res.status(outcome.statusCode);
    if (outcome.replayed) res.setHeader('Idempotent-Replayed', 'true');
    return outcome.body;
  }

  @Get()
  @Roles(...INSPECTION_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: InspectionQueryDto): Promise<Page<InspectionResponse>> {
    return this.inspections.list(user, query);
  }

  @Get(':id')
  @Roles(...INSPECTION_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<InspectionResponse> {
    return this.inspections.get(user, id);
  }
}

@ApiTags('inspections')
@Controller('corrective-actions')
export class CorrectiveActionsController {
  constructor(private readonly actions: CorrectiveActionsService) {}

  @Get()
  @Roles(...INSPECTION_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: CorrectiveActionQueryDto): Promise<Page<CorrectiveActionResponse>> {
    return this.actions.list(user, query);
  }

  /** Counts by status (and overdue) for the list's filters; a store manager's are their store's. */
  @Get('summary')
  @Roles(...INSPECTION_READERS)
  summary(@CurrentUser() user: RequestUser, @Query() query: CorrectiveActionFilterDto): Promise<CorrectiveActionSummary> {
    return this.actions.summary(user, query);
  }

  /** 批量验收: accept (or reopen with one reason) several closed actions; all or nothing. */
  @Post('verify')
  @HttpCode(200)
  @Roles(Specialist, OpsManager)
  verifyMany(@CurrentUser() user: RequestUser, @Body() dto: BulkVerifyCorrectiveActionsDto): Promise<BulkVerifyCorrectiveActionsResponse> {
    return this.actions.verifyMany(user, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles(StoreManager)
  close(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: CloseCorrectiveActionDto,
  ): Promise<CorrectiveActionResponse> {
    return this.actions.close(user, id, dto);
  }

  @Post(':id/verify')
  @HttpCode(200)
  @Roles(Specialist, OpsManager)
  verify(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: VerifyCorrectiveActionDto,
  ): Promise<CorrectiveActionResponse> {
    return this.actions.verify(user, id, dto);
  }
}

@ApiTags('inspections')
@Controller('rankings')
export class InspectionRankingsController {
  constructor(private readonly rankings: InspectionRankingsService) {}

  @Get('inspections')
  @Roles(Director, OpsManager, Specialist, Admin)
  inspections(@Query() query: InspectionRankingQueryDto): Promise<InspectionRankingResponse> {
    return this.rankings.rank(query);
  }
}

@ApiTags('inspections')
@Controller('inspection-plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Get()
  @Roles(Specialist, OpsManager, Admin)
  list(@CurrentUser() user: RequestUser): Promise<InspectionPlanResponse[]> {
    return this.plans.list(user);
  }

  @Post()
  @Roles(OpsManager, Admin)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreatePlanDto): Promise<InspectionPlanResponse> {
    return this.plans.create(user, dto);
  }

  /** 改派 / edit / switch off a rule, with the version read (stale: 409). */
  @Patch(':id')
  @Roles(OpsManager, Admin)
  update(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdatePlanDto,
  ): Promise<InspectionPlanResponse> {
    return this.plans.update(user, id, dto);
  }

  /** The month board: every item of the month's periods, due, done, done late or overdue, with who closed it. */
  @Get('board')
  @Roles(Specialist, OpsManager, Admin)
  board(@CurrentUser() user: RequestUser, @Query() query: PlanBoardQueryDto): Promise<PlanBoardResponse> {
    return this.plans.board(user, query);
  }

  /** 今日待检: the caller's due and overdue pairs (ops managers: everyone's, with coverage by specialist). */
  @Get('due')
  @Roles(Specialist, OpsManager, Admin)
  due(@CurrentUser() user: RequestUser, @Query() query: PlanDueQueryDto): Promise<InspectionPlanDueResponse> {
    return this.plans.due(user, query);
  }
}
