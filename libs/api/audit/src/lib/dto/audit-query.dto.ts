import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant, PageQueryDto } from '@storeops/api/core';
import { AuditQuery } from '@storeops/shared/contracts';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @IsOptional() @IsString() @MaxLength(64) entity?: string;
  @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @IsOptional() @Type(() => Number) @IsInt() actorUserId?: number;
  @IsOptional() @IsIn(['create', 'update', 'delete', 'login', 'logout', 'read']) action?: string;
  @IsOptional() @IsInstant() from?: string;
  @IsOptional() @IsInstant() to?: string;
}
