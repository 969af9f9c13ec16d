import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, RequestUser, Roles } from '@storeops/api/core';
import { ALL_ROLES, Role, WorkCalendarAddResponse, WorkCalendarResponse, WorkCalendarYearsResponse } from '@storeops/shared/contracts';
import { ReplaceWorkCalendarDto, WorkCalendarAddQueryDto, WorkCalendarQueryDto, WorkCalendarYearParamDto } from './dto/work-calendar.dto';
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
