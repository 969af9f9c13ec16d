import {
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, limitValue, MB, RequestUser, Roles } from '@storeops/api/core';
import { InspectionTemplateResponse, Role } from '@storeops/shared/contracts';
import { INSPECTION_READERS } from './inspection-access';
import { CreateTemplateDto, TemplateQueryDto, UpdateTemplateDto } from './dto/template.dto';
import { attachmentDisposition } from './templates-excel';
import { TemplatesService } from './templates.service';

const { Admin, Director, OpsManager, Specialist } = Role;

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
