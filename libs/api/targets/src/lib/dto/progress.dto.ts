import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDay } from '@storeops/api/core';
import { BehindPaceQuery, ProgressQuery, TARGET_METRICS, TargetMetric } from '@storeops/shared/contracts';

export class ProgressQueryDto implements ProgressQuery {
  @IsOptional()
  @IsCalendarDay()
  date?: string;
}

export class BehindPaceQueryDto extends ProgressQueryDto implements BehindPaceQuery {
  @IsOptional()
  @IsIn(TARGET_METRICS, { message: `metric must be one of ${TARGET_METRICS.join(', ')}` })
  metric?: TargetMetric;
}
