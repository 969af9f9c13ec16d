import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '@storeops/api/core';
import { CreateRegionRequest, RegionQuery, UpdateRegionRequest } from '@storeops/shared/contracts';
import { toBoolean, trim } from './transforms';

export class CreateRegionDto implements CreateRegionRequest {
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{0,15}$/, { message: 'code must be 1-16 capital letters, digits or _' })
  code!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name!: string;
}

export class UpdateRegionDto implements UpdateRegionRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) name?: string;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class RegionQueryDto extends PageQueryDto implements RegionQuery {
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  @IsOptional() @Transform(toBoolean) @IsBoolean() active?: boolean;
}
