import { Body, Controller, Get, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  Page,
  Role,
  SUPPLIER_ISSUE_ACTORS,
  SUPPLIER_ISSUE_READERS,
  SUPPLIER_ISSUE_WRITERS,
  SupplierIssueListItem,
  SupplierIssueResponse,
  SupplierIssueSettingsResponse,
} from '@storeops/shared/contracts';
import {
  CreateSupplierIssueDto,
  SupplierIssueQueryDto,
  SupplierIssueSettingsDto,
  SupplierIssueTransitionDto,
} from './dto/supplier-issue.dto';
import { SupplierIssuesService } from './supplier-issues.service';
import { SUPPLIER_READERS } from './suppliers-http';

const { Admin, AdminOffice } = Role;

/** 供应商问题: the office and buyers raise and chase; a 店长 reads the issues that name their store. */
@ApiTags('suppliers')
@Controller('supplier-issues')
export class SupplierIssuesController {
  constructor(private readonly issues: SupplierIssuesService) {}

  @Get()
  @Roles(...SUPPLIER_ISSUE_READERS)
  list(@CurrentUser() user: RequestUser, @Query() query: SupplierIssueQueryDto): Promise<Page<SupplierIssueListItem>> {
    return this.issues.list(user, query);
  }

  @Get(':id')
  @Roles(...SUPPLIER_ISSUE_READERS)
  get(@CurrentUser() user: RequestUser, @Param('id', ParseIntPipe) id: number): Promise<SupplierIssueResponse> {
    return this.issues.get(user, id);
  }

  @Post()
  @Roles(...SUPPLIER_ISSUE_WRITERS)
  create(@CurrentUser() user: RequestUser, @Body() dto: CreateSupplierIssueDto): Promise<SupplierIssueResponse> {
    return this.issues.create(user, dto);
  }

  /** respond / fix / verify / reopen / escalate, as SUPPLIER_ISSUE_WORKFLOW allows (wrong state: 409 naming the allowed). */
  @Post(':id/transitions')
  @Roles(...SUPPLIER_ISSUE_ACTORS)
  transition(
    @CurrentUser() user: RequestUser,
    @Param('id', ParseIntPipe) id: number,
    @Body() dto: SupplierIssueTransitionDto,
  ): Promise<SupplierIssueResponse> {
    return this.issues.transition(user, id, dto);
  }
}

/** The office's deadlines for supplier issues (response and default fix, in working days). */
@ApiTags('suppliers')
@Controller('supplier-issue-settings')
export class SupplierIssueSettingsController {
  constructor(private readonly issues: SupplierIssuesService) {}

  @Get()
  @Roles(...SUPPLIER_READERS)
  get(): Promise<SupplierIssueSettingsResponse> {
    return this.issues.settings();
  }

  @Put()
  @Roles(AdminOffice, Admin)
  put(@CurrentUser() user: RequestUser, @Body() dto: SupplierIssueSettingsDto): Promise<SupplierIssueSettingsResponse> {
    return this.issues.updateSettings(user, dto);
  }
}
