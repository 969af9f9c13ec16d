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
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant, MAX_DB_INT, MultiLine, toWholeNumber, trim } from '@storeops/api/core';
import {
  CreatePriceCheckRequest,
  CreateQualityCheckRequest,
  PRICE_DEFECT_CODES,
  PRICE_SAMPLE_MODES,
  PriceCheckItemInput,
  PriceCheckQuery,
  PriceCheckSettingsRequest,
  PriceDefectCode,
  PriceSampleMode,
  PriceSampleRequest,
  QUALITY_ACTIONS,
  QUALITY_FINDING_KINDS,
  QualityAction,
  QualityCheckQuery,
  QualityFindingInput,
  QualityFindingKind,
} from '@storeops/shared/contracts';

/** A shelf price of at most ¥100,000 (in 分). */
export const MAX_PRICE_FEN = 10_000_000;
/** A check samples at most this many items; a quality check records at most this many findings. */
export const MAX_CHECK_ITEMS = 500;
const SKU = /^[0-9A-Za-z-]{1,32}$/;

export class PriceCheckItemDto implements PriceCheckItemInput {
  @Transform(trim) @IsString() @Matches(SKU) sku!: string;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @IsInt() @Min(0) @Max(MAX_PRICE_FEN) shelfPriceFen!: number;
  @IsInt() @Min(0) @Max(MAX_PRICE_FEN) systemPriceFen!: number;
  @IsInt() @Min(0) @Max(MAX_PRICE_FEN) tillPriceFen!: number;
  @IsOptional() @IsIn(PRICE_DEFECT_CODES) defectCode?: PriceDefectCode;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(16) unitOnTag?: string;
  @IsOptional() @IsBoolean() promotionSignOk?: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) photoId?: number;
}

export class CreatePriceCheckDto implements CreatePriceCheckRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) storeId!: number;
  @IsInstant() checkedAt!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECK_ITEMS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => PriceCheckItemDto)
  items!: PriceCheckItemDto[];
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() note?: string;
}

export class PriceCheckQueryDto implements PriceCheckQuery {
  @IsOptional() @Transform(toWholeNumber) @IsInt() @Min(1) @Max(MAX_DB_INT) storeId?: number;
  @IsOptional() @IsInstant() from?: string;
  @IsOptional() @IsInstant() to?: string;
}

export class QualityCheckQueryDto extends PriceCheckQueryDto implements QualityCheckQuery {}

export class PriceCheckSettingsDto implements PriceCheckSettingsRequest {
  /** A percentage with up to 2 decimals (98, 97.5). */
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }) @Min(50) @Max(100) accuracyThreshold!: number;
  @IsInt() @Min(1) @Max(365) recheckDays!: number;
  @IsInt() @Min(1) @Max(90) actionDays!: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) version?: number;
}

export class PriceSampleDto implements PriceSampleRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) storeId!: number;
  @IsInt() @Min(1) @Max(200) count!: number;
  @IsIn(PRICE_SAMPLE_MODES) mode!: PriceSampleMode;
}

/** A temperature of -60 °C to 60 °C with one decimal. */
const TEMPERATURE = { maxDecimalPlaces: 1, allowNaN: false, allowInfinity: false };

export class QualityFindingDto implements QualityFindingInput {
  @IsIn(QUALITY_FINDING_KINDS) kind!: QualityFindingKind;
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(100) product!: string;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(50) batch?: string;
  @IsInt() @Min(0) @Max(1_000_000) quantity!: number;
  @IsIn(QUALITY_ACTIONS) action!: QualityAction;
  @IsOptional() @IsNumber(TEMPERATURE) @Min(-60) @Max(60) temperatureC?: number;
  @IsOptional() @IsNumber(TEMPERATURE) @Min(-60) @Max(60) limitMinC?: number;
  @IsOptional() @IsNumber(TEMPERATURE) @Min(-60) @Max(60) limitMaxC?: number;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_DB_INT) supplierId?: number;
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() note?: string;
}

export class CreateQualityCheckDto implements CreateQualityCheckRequest {
  @IsInt() @Min(1) @Max(MAX_DB_INT) storeId!: number;
  @IsInstant() checkedAt!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECK_ITEMS)
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => QualityFindingDto)
  findings!: QualityFindingDto[];
  @IsOptional() @Transform(trim) @IsString() @MaxLength(500) @MultiLine() note?: string;
}
