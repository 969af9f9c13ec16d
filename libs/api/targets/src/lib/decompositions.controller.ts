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
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, limitValue, MB, RequestUser, Roles } from '@storeops/api/core';
import { Page, Role, TargetChangeResponse, TargetDecompositionResponse, UpdateCellsResponse } from '@storeops/shared/contracts';
import {
  CreateDecompositionDto,
  DecompositionQueryDto,
  ImportCellsDto,
  PublishDto,
  ResplitDto,
  ReturnDto,
  UpdateCellsDto,
  WorkflowStepDto,
} from './dto/decomposition.dto';
import { DecompositionsService } from './decompositions.service';

const { Admin, Director, OpsManager, Specialist } = Role;

const READERS = [Director, OpsManager, Admin, Specialist];

const EDITORS = [OpsManager, Admin];

/** The part of multer's file the import reads. */
interface UploadedSheet {
  buffer: Buffer;
}

const MAX_IMPORT_BYTES = limitValue('sheetUploadMaxMb') * MB;

@ApiTags('targets')
@Controller('target-decompositions')
export class DecompositionsController {
  constructor(private readonly decompositions: DecompositionsService) {}

  @Get()
  @Roles(...READERS)
  list(@Query() query: DecompositionQueryDto): Promise<Page<TargetDecompositionResponse>> {
    return this.decompositions.list(query);
  }

  @Get(':id')
  @Roles(...READERS)
  get(@Param('id', ParseIntPipe) id: number): Promise<TargetDecompositionResponse> {
    return this.decompositions.get(id);
  }

  /** The history, newest first: edits made after publishing, returns with their comments, settled totals. */
  @Get(':id/changes')
  @Roles(...READERS)
  changes(@Param('id', ParseIntPipe) id: number): Promise<TargetChangeResponse[]> {
    return this.decompositions.changes(id);
  }

  @Get(':id/export')
  @Roles(...READERS)
  async export(@Param('id', ParseIntPipe) id: number): Promise<StreamableFile> {
    const sheet = await this.decompositions.exportSheet(id);
    return new StreamableFile(sheet.content, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${sheet.fileName}"`,
    });
  }

  @Post()
  @Roles(...EDITORS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateDecompositionDto): Promise<TargetDecompositionResponse> {
    return this.decompositions.create(user, dto);
  }

  @Patch(':id/cells')
  @Roles(...EDITORS)
  updateCells(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: UpdateCellsDto,
  ): Promise<UpdateCellsResponse> {
    return this.decompositions.updateCells(user, id, dto);
  }

  @Post(':id/resplit')
  @HttpCode(200)
  @Roles(...EDITORS)
  resplit(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ResplitDto,
  ): Promise<TargetDecompositionResponse> {
    return this.decompositions.resplit(user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(...EDITORS)
  publish(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: PublishDto,
  ): Promise<TargetDecompositionResponse> {
    return this.decompositions.publish(user, id, dto);
  }

  /** The director sends a published split back to draft with a comment (on the split and in its history). */
  @Post(':id/return')
  @HttpCode(200)
  @Roles(Director)
  returnToDraft(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: ReturnDto,
  ): Promise<TargetDecompositionResponse> {
    return this.decompositions.returnToDraft(user, id, dto);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles(Director, Admin)
  approve(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: WorkflowStepDto,
  ): Promise<TargetDecompositionResponse> {
    return this.decompositions.approve(user, id, dto);
  }

  @Post(':id/import')
  @HttpCode(200)
  @Roles(...EDITORS)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @UploadedFile() file: UploadedSheet | undefined,
    @Body() dto: ImportCellsDto,
  ): Promise<UpdateCellsResponse> {
    return this.decompositions.importSheet(user, id, file?.buffer, dto);
  }
}
