import { Body, Controller, Get, Headers, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { InspectionResponse, Page, Role } from '@storeops/shared/contracts';
import { INSPECTION_READERS } from './inspection-access';
import { CreateInspectionDto, InspectionQueryDto } from './dto/inspection.dto';
import { InspectionsService } from './inspections.service';

const { OpsManager, Specialist } = Role;

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
