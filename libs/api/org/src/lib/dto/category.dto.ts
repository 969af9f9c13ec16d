import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@storeops/api/core';
import { CategoryQuery, CreateCategoryRequest, UpdateCategoryRequest } from '@storeops/shared/contracts';
import { toBoolean, trim } from './transforms';

export class CreateCategoryDto implements CreateCategoryRequest {
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Z0-9]{2,16}$/, { message: 'code must be 2-16 capital letters or digits' })
  code!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name!: string;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  parentId?: number | null;
}

export class UpdateCategoryDto implements UpdateCategoryRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) name?: string;
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class CategoryQueryDto extends PageQueryDto implements CategoryQuery {
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  /** `0` lists the top level only. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) parentId?: number;
  @IsOptional() @Transform(toBoolean) @IsBoolean() active?: boolean;
}
