import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { WorkCalendarDayEntity } from './entities/work-calendar-day.entity';
import { WorkCalendarYearEntity } from './entities/work-calendar-year.entity';
import { AlertsController } from './alerts.controller';
import { DeadlinesService } from './deadlines.service';
import { WorkCalendarController } from './work-calendar.controller';
import { WorkCalendarService } from './work-calendar.service';

export const CALENDAR_ENTITIES = [WorkCalendarYearEntity, WorkCalendarDayEntity];

/**
 * The working calendar (workdays, holidays and 调休 per year) and the deadline engine on it: every domain's deadlines,
 * read through their deadline sources, and each person's alerts.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES), AuditModule, DiscoveryModule],
  controllers: [WorkCalendarController, AlertsController],
  providers: [WorkCalendarService, DeadlinesService],
  exports: [WorkCalendarService, DeadlinesService],
})
export class CalendarModule {}
