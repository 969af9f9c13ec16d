import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  BulkVerifyCorrectiveActionsResponse,
  CorrectiveActionResponse,
  CorrectiveActionSummary,
  Page,
  Role,
} from '@storeops/shared/contracts';
import { INSPECTION_READERS } from './inspection-access';
import { CorrectiveActionsService } from './corrective-actions.service';
import {
  BulkVerifyCorrectiveActionsDto,
  CloseCorrectiveActionDto,
  CorrectiveActionFilterDto,
  CorrectiveActionQueryDto,
  VerifyCorrectiveActionDto,
} from './dto/inspection.dto';

const { AdminOffice, OpsManager, Specialist, StoreManager } = Role;

/** Who reads 整改: the inspection readers and the office (it verifies the findings of its price and quality checks). */
const ACTION_READERS: readonly Role[] = [...INSPECTION_READERS, AdminOffice];

@ApiTags('inspections')
@Controller('corrective-actions')
export class CorrectiveActionsController {
  constructor(private readonly actions: CorrectiveActionsService) {}

  @Get()
  @Roles(...ACTION_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: CorrectiveActionQueryDto): Promise<Page<CorrectiveActionResponse>> {
    return this.actions.list(user, query);
  }

  /** Counts by status (and overdue) for the list's filters; a store manager's are their store's. */
  @Get('summary')
  @Roles(...ACTION_READERS)
  summary(@CurrentUser() user: RequestUser, @Query() query: CorrectiveActionFilterDto): Promise<CorrectiveActionSummary> {
    return this.actions.summary(user, query);
  }

  /** 批量验收: accept (or reopen with one reason) several closed actions; all or nothing. */
  @Post('verify')
  @HttpCode(200)
  @Roles(Specialist, OpsManager, AdminOffice)
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
  @Roles(Specialist, OpsManager, AdminOffice)
  verify(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: VerifyCorrectiveActionDto,
  ): Promise<CorrectiveActionResponse> {
    return this.actions.verify(user, id, dto);
  }
}
