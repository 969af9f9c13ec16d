import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '@storeops/api/core';
import { AuditQuery } from '@storeops/shared/contracts';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @IsOptional() @IsString() @MaxLength(64) entity?: string;
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @IsOptional() @Type(() => Number) @IsInt() actorUserId?: number;
  @IsOptional() @IsIn(['create', 'update', 'delete', 'login', 'logout']) action?: string;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
}
