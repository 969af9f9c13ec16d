import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDay, IsPeriod, MultiLine, Nullable, PageQueryDto, toBoolean } from '@storeops/api/core';
import {
  CLAUSE_RESULTS,
  ClauseResult,
  CloseFollowUpRequest,
  CONTRACT_ACTIONS,
  CONTRACT_KINDS,
  CONTRACT_STATUSES,
  CONTRACT_STORE_SCOPES,
  ContractAction,
  ContractClauseInput,
  ContractKind,
  ContractQuery,
  ContractStatus,
  ContractStoreScope,
  ContractTransitionRequest,
  CreateClauseCheckRequest,
  CreateContractRequest,
  CreateLicenceRequest,
  LicenceOwnerKind,
  LicenceQuery,
  RenewLicenceRequest,
  ReviewChecklist,
  UpdateContractRequest,
} from '@storeops/shared/contracts';
import { trim } from './supplier.dto';

export class ContractClauseDto implements ContractClauseInput {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500) @MultiLine() text!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) commitment!: string;
}

/** 合同金额 at most ¥1,000 亿 (in 分). */
export const MAX_CONTRACT_AMOUNT_FEN = 10_000_000_000_000;

export class CreateContractDto implements CreateContractRequest {
  @IsInt() @Min(1) supplierId!: number;
  @IsIn(CONTRACT_KINDS) kind!: ContractKind;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title!: string;
  @IsCalendarDay() startDate!: string;
  @IsCalendarDay() endDate!: string;
  @IsInt() @Min(0) @Max(365) paymentDays!: number;
  @IsNumber({ maxDecimalPlaces: 4 }) @Min(0) @Max(100) rebateRate!: number;
  /** 合同金额 in whole 分. */
  @IsInt() @Min(0) @Max(MAX_CONTRACT_AMOUNT_FEN) amount!: number;
  @IsOptional() @IsIn(CONTRACT_STORE_SCOPES) storeScope?: ContractStoreScope;
  @IsOptional() @Nullable() @IsInt() @Min(1) regionId?: number | null;
  @IsArray() @ArrayMaxSize(5000) @IsInt({ each: true }) storeIds!: number[];
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContractClauseDto)
  clauses!: ContractClauseDto[];
}

export class UpdateContractDto implements UpdateContractRequest {
  @IsInt() @Min(1) version!: number;
  @IsOptional() @IsInt() @Min(1) supplierId?: number;
  @IsOptional() @IsIn(CONTRACT_KINDS) kind?: ContractKind;
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200) title?: string;
  @IsOptional() @IsCalendarDay() startDate?: string;
  @IsOptional() @IsCalendarDay() endDate?: string;
  @IsOptional() @IsInt() @Min(0) @Max(365) paymentDays?: number;
  @IsOptional() @IsNumber({ maxDecimalPlaces: 4 }) @Min(0) @Max(100) rebateRate?: number;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CONTRACT_AMOUNT_FEN) amount?: number;
  @IsOptional() @IsIn(CONTRACT_STORE_SCOPES) storeScope?: ContractStoreScope;
  @IsOptional() @Nullable() @IsInt() @Min(1) regionId?: number | null;
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @IsInt({ each: true }) storeIds?: number[];
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContractClauseDto)
  clauses?: ContractClauseDto[];
}

export class ReviewChecklistDto implements ReviewChecklist {
  @IsOptional() @IsBoolean() qualification?: boolean;
  @IsOptional() @IsBoolean() price?: boolean;
  @IsOptional() @IsBoolean() paymentDays?: boolean;
  @IsOptional() @IsBoolean() rebate?: boolean;
  @IsOptional() @IsBoolean() liability?: boolean;
  /** The reviewer has looked at the overlapping contracts (required to approve when there are any). */
  @IsOptional() @IsBoolean() overlapsReviewed?: boolean;
}

export class ContractTransitionDto implements ContractTransitionRequest {
  @IsIn(CONTRACT_ACTIONS) action!: ContractAction;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) @MultiLine() comment?: string;
  @IsOptional() @IsObject() @ValidateNested() @Type(() => ReviewChecklistDto) checklist?: ReviewChecklistDto;
  /** Optional guard: the version the reviewer looked at. */
  @IsOptional() @IsInt() @Min(1) version?: number;
  /** sign only (then all three are required): the signing day, the supplier's signatory, the stamped scan's attachment id. */
  @IsOptional() @IsCalendarDay() signedAt?: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100) signatory?: string;
  @IsOptional() @IsInt() @Min(1) scanAttachmentId?: number;
}

export class ContractQueryDto extends PageQueryDto implements ContractQuery {
  @IsOptional() @IsIn(CONTRACT_STATUSES) status?: ContractStatus;
  @IsOptional() @IsIn(CONTRACT_KINDS) kind?: ContractKind;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) supplierId?: number;
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  /** In force (or approved) and ending within this many days: the renewal list. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) expiringWithinDays?: number;
  @IsOptional() @Transform(toBoolean) @IsBoolean() mine?: boolean;
}

export class CreateLicenceDto implements CreateLicenceRequest {
  @IsIn(['supplier', 'store']) ownerKind!: LicenceOwnerKind;
  @IsOptional() @IsInt() @Min(1) supplierId?: number;
  @IsOptional() @IsInt() @Min(1) storeId?: number;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(50) type!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) number!: string;
  @IsCalendarDay() validFrom!: string;
  @IsCalendarDay() validTo!: string;
}

export class LicenceQueryDto extends PageQueryDto implements LicenceQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) expiringWithinDays?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) supplierId?: number;
  @IsOptional() @IsIn(['supplier', 'store']) ownerKind?: LicenceOwnerKind;
  /** Also the licences renewals replaced. */
  @IsOptional() @Transform(toBoolean) @IsBoolean() history?: boolean;
}

/** 换证: the renewed licence's number and validity (owner and type stay). */
export class RenewLicenceDto implements RenewLicenceRequest {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) number!: string;
  @IsCalendarDay() validFrom!: string;
  @IsCalendarDay() validTo!: string;
}

export class CreateClauseCheckDto implements CreateClauseCheckRequest {
  @IsInt() @Min(1) clauseId!: number;
  @IsPeriod(['month']) period!: string;
  @IsIn(CLAUSE_RESULTS) result!: ClauseResult;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() evidence?: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(1000) @MultiLine() note?: string;
  @IsOptional() @IsInt() @Min(1) followUpOwnerId?: number;
}

export class CloseFollowUpDto implements CloseFollowUpRequest {
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000) @MultiLine() note!: string;
}
