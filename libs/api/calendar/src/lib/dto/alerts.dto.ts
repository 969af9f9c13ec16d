import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_DB_INT, PageQueryDto, toBoolean, toWholeNumber } from '@storeops/api/core';
import { ALERT_STATUSES, AlertQuery, AlertStatus, DEADLINE_KINDS, DeadlineKind } from '@storeops/shared/contracts';

export class AlertQueryDto extends PageQueryDto implements AlertQuery {
  @IsOptional() @Transform(toBoolean) @IsBoolean() mine?: boolean;
  @IsOptional() @IsIn(DEADLINE_KINDS) kind?: DeadlineKind;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsOptional() @IsIn(ALERT_STATUSES) status?: AlertStatus;
}
