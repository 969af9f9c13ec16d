export * from './lib/calendar.module';
export * from './lib/work-calendar.service';
export * from './lib/entities/work-calendar-day.entity';
export * from './lib/entities/work-calendar-year.entity';
export * from './lib/deadlines.service';
