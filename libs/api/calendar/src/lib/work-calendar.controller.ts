import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import {
  ALL_ROLES,
  Role,
  StoreClosureResponse,
  WorkCalendarAddResponse,
  WorkCalendarImportResponse,
  WorkCalendarResponse,
  WorkCalendarYearsResponse,
  WorkingHoursResponse,
} from '@storeops/shared/contracts';
import {
  ClosureIdParamDto,
  CreateStoreClosureDto,
  ReplaceWorkCalendarDto,
  StoreClosureQueryDto,
  WorkCalendarAddQueryDto,
  WorkCalendarQueryDto,
  WorkCalendarYearParamDto,
  WorkingHoursDto,
} from './dto/work-calendar.dto';
import { MAX_CALENDAR_SHEET_BYTES } from './calendar-sheet';
import { WorkCalendarService } from './work-calendar.service';

/** Everyone reads the calendar (deadlines are shown to every role); the office and the admin keep it. */
@ApiTags('calendar')
@Controller('work-calendar')
export class WorkCalendarController {
  constructor(private readonly calendar: WorkCalendarService) {}

  @Get()
  @Roles(...ALL_ROLES)
  year(@Query() query: WorkCalendarQueryDto): Promise<WorkCalendarResponse> {
    return this.calendar.year(query.year);
  }

  /** The years entered, and whether next year's schedule is still missing (said from December on). */
  @Get('years')
  @Roles(...ALL_ROLES)
  years(): Promise<WorkCalendarYearsResponse> {
    return this.calendar.years();
  }

  /** The engine, for checks: `from` plus working days (same time of day) or working hours. */
  @Get('add')
  @Roles(...ALL_ROLES)
  add(@Query() query: WorkCalendarAddQueryDto): Promise<WorkCalendarAddResponse> {
    return this.calendar.add(query);
  }

  /** The working hours every deadline counts in; the admin sets them. */
  @Get('hours')
  @Roles(...ALL_ROLES)
  hours(): Promise<WorkingHoursResponse> {
    return this.calendar.hours();
  }

  @Put('hours')
  @Roles(Role.Admin)
  replaceHours(@CurrentUser() user: RequestUser, @Body() dto: WorkingHoursDto): Promise<WorkingHoursResponse> {
    return this.calendar.replaceHours(user, dto);
  }

  /** Stores' days off outside the calendar (闭店装修); a 店长 sees their own store's. */
  @Get('closures')
  @Roles(...ALL_ROLES)
  closures(@CurrentUser() user: RequestUser, @Query() query: StoreClosureQueryDto): Promise<StoreClosureResponse[]> {
    return this.calendar.closures(user, query.storeId);
  }

  @Post('closures')
  @Roles(Role.AdminOffice, Role.OpsManager, Role.Admin)
  addClosure(@CurrentUser() user: RequestUser, @Body() dto: CreateStoreClosureDto): Promise<StoreClosureResponse> {
    return this.calendar.addClosure(user, dto);
  }

  @Delete('closures/:id')
  @HttpCode(204)
  @Roles(Role.AdminOffice, Role.OpsManager, Role.Admin)
  removeClosure(@CurrentUser() user: RequestUser, @Param() params: ClosureIdParamDto): Promise<void> {
    return this.calendar.removeClosure(user, params.id);
  }

  /** Next year's schedule from a sheet (.xlsx or .csv: 日期, 类型, 名称; field `file`): replaces the year, or 400 naming every bad cell. */
  @Post(':year/import')
  @Roles(Role.AdminOffice, Role.Admin)
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_CALENDAR_SHEET_BYTES, files: 1, fields: 2 } }))
  importSheet(
    @CurrentUser() user: RequestUser,
    @Param() params: WorkCalendarYearParamDto,
    @UploadedFile() file: { buffer: Buffer } | undefined,
  ): Promise<WorkCalendarImportResponse> {
    return this.calendar.importSheet(user, params.year, file?.buffer);
  }

  @Put(':year')
  @Roles(Role.AdminOffice, Role.Admin)
  replace(
    @CurrentUser() user: RequestUser,
    @Param() params: WorkCalendarYearParamDto,
    @Body() dto: ReplaceWorkCalendarDto,
  ): Promise<WorkCalendarResponse> {
    return this.calendar.replaceYear(user, params.year, dto);
  }
}
