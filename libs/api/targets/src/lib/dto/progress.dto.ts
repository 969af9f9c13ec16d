import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { BehindPaceQuery, TARGET_METRICS, TargetMetric } from '@storeops/shared/contracts';

export class ProgressQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string;
}

export class BehindPaceQueryDto extends ProgressQueryDto implements BehindPaceQuery {
  @IsOptional()
  @IsIn(TARGET_METRICS, { message: `metric must be one of ${TARGET_METRICS.join(', ')}` })
  metric?: TargetMetric;
}
