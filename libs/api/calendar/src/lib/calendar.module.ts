import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import {
  AlertEscalationEntity,
  AlertNoticeEntity,
  AlertSettingEntity,
  AlertSnoozeEntity,
  ScheduledJobEntity,
} from './entities/alerts.entity';
import { StoreClosureEntity, WorkingHoursEntity } from './entities/calendar-settings.entity';
import { WorkCalendarDayEntity } from './entities/work-calendar-day.entity';
import { WorkCalendarYearEntity } from './entities/work-calendar-year.entity';
import { AlertsController } from './alerts.controller';
import { AlertChannels } from './alert-channels';
import { AlertNotifier } from './alert-notifier.service';
import { DeadlinesService } from './deadlines.service';
import { EscalationService } from './escalation.service';
import { AlertScheduler } from './scheduler.service';
import { OrgPort } from './org-port';
import { WorkCalendarController } from './work-calendar.controller';
import { WorkCalendarService } from './work-calendar.service';

export const CALENDAR_ENTITIES = [
  WorkCalendarYearEntity,
  WorkCalendarDayEntity,
  AlertSnoozeEntity,
  AlertSettingEntity,
  AlertEscalationEntity,
  AlertNoticeEntity,
  ScheduledJobEntity,
  WorkingHoursEntity,
  StoreClosureEntity,
];

/**
 * The working calendar (workdays, holidays and 调休 per year) and the deadline engine on it: every domain's deadlines,
 * read through their deadline sources, and each person's alerts.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES), AuditModule, DiscoveryModule],
  controllers: [WorkCalendarController, AlertsController],
  providers: [OrgPort, WorkCalendarService, DeadlinesService, EscalationService, AlertChannels, AlertNotifier, AlertScheduler],
  exports: [WorkCalendarService, DeadlinesService, AlertNotifier, AlertScheduler],
})
export class CalendarModule {}
