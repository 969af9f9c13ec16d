import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@storeops/api/audit';
import { WorkCalendarDayEntity } from './entities/work-calendar-day.entity';
import { WorkCalendarYearEntity } from './entities/work-calendar-year.entity';
import { WorkCalendarController } from './work-calendar.controller';
import { WorkCalendarService } from './work-calendar.service';

export const CALENDAR_ENTITIES = [WorkCalendarYearEntity, WorkCalendarDayEntity];

/** The working calendar: workdays, holidays and 调休 per year, and the working-time arithmetic every deadline uses. */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES), AuditModule],
  controllers: [WorkCalendarController],
  providers: [WorkCalendarService],
  exports: [WorkCalendarService],
})
export class CalendarModule {}
