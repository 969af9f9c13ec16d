import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsPeriod, MultiLine, PageQueryDto, toBoolean } from '@storeops/api/core';
import {
  CreateSupplierRequest,
  SUPPLIER_STATUSES,
  SupplierContact,
  SupplierQuery,
  SupplierScorecardQuery,
  SupplierStatus,
  UpdateSupplierRequest,
} from '@storeops/shared/contracts';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class SupplierContactDto implements SupplierContact {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) name!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(30) phone!: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(50) role?: string;
}

export class CreateSupplierDto implements CreateSupplierRequest {
  @Transform(upper) @IsString() @Matches(/^[A-Z0-9-]{2,32}$/, { message: 'code must be 2-32 letters, digits or dashes' }) code!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  /** The check digit is verified by the service (GB 32100-2015). */
  @Transform(upper) @IsString() creditCode!: string;
  @IsArray() @ArrayMaxSize(50) @IsInt({ each: true }) categoryIds!: number[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupplierContactDto)
  contacts?: SupplierContactDto[];
}

export class UpdateSupplierDto implements UpdateSupplierRequest {
  @IsInt() @Min(1) version!: number;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name?: string;
  @IsOptional() @Transform(upper) @IsString() creditCode?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(50) @IsInt({ each: true }) categoryIds?: number[];
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SupplierContactDto)
  contacts?: SupplierContactDto[];
  @IsOptional() @IsIn(SUPPLIER_STATUSES) status?: SupplierStatus;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() statusReason?: string;
}

export class SupplierQueryDto extends PageQueryDto implements SupplierQuery {
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  @IsOptional() @IsIn(SUPPLIER_STATUSES) status?: SupplierStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) categoryId?: number;
  /** Only suppliers with an expired licence and live contracts. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() flagged?: boolean;
}

export class PeriodQueryDto implements SupplierScorecardQuery {
  /** YYYY-MM; default: the last month. */
  @IsOptional() @IsPeriod(['month']) period?: string;
}
