import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MAX_DB_INT, MultiLine, PageQueryDto, toWholeNumber, trim } from '@storeops/api/core';
import {
  CreateSupplierIssueRequest,
  MAX_SUPPLIER_ISSUE_DAYS,
  SUPPLIER_ISSUE_ACTIONS,
  SUPPLIER_ISSUE_KINDS,
  SUPPLIER_ISSUE_SOURCE_KINDS,
  SUPPLIER_ISSUE_STATUSES,
  SupplierIssueAction,
  SupplierIssueKind,
  SupplierIssueQuery,
  SupplierIssueSourceInput,
  SupplierIssueSourceKind,
  SupplierIssueStatus,
  SupplierIssueTransitionRequest,
  UpdateSupplierIssueSettingsRequest,
} from '@storeops/shared/contracts';

export class SupplierIssueSourceDto implements SupplierIssueSourceInput {
  @IsIn(SUPPLIER_ISSUE_SOURCE_KINDS) kind!: SupplierIssueSourceKind;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) id?: number;
}

export class CreateSupplierIssueDto implements CreateSupplierIssueRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) supplierId!: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) contractId?: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsIn(SUPPLIER_ISSUE_KINDS) kind!: SupplierIssueKind;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000) @MultiLine() description!: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => SupplierIssueSourceDto) source?: SupplierIssueSourceDto;
}

export class SupplierIssueTransitionDto implements SupplierIssueTransitionRequest {
  @IsIn(SUPPLIER_ISSUE_ACTIONS) action!: SupplierIssueAction;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) @MultiLine() note?: string;
  @IsInt() @Min(1) @Max(MAX_DB_INT) version!: number;
}

export class SupplierIssueQueryDto extends PageQueryDto implements SupplierIssueQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) supplierId?: number;
  @IsOptional() @IsIn(SUPPLIER_ISSUE_STATUSES) status?: SupplierIssueStatus;
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
}

export class SupplierIssueSettingsDto implements UpdateSupplierIssueSettingsRequest {
  @IsInt() @Min(1) @Max(MAX_SUPPLIER_ISSUE_DAYS) responseWorkingDays!: number;
  @IsInt() @Min(1) @Max(MAX_SUPPLIER_ISSUE_DAYS) fixWorkingDays!: number;
}
