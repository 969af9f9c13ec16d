import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  ApproveSchemeRequest,
  COMPONENT_KINDS,
  ComponentKind,
  CreateSchemeRequest,
  DashboardQuery,
  MissingRule,
  RANKING_SORT_PATTERN,
  RankingExportQuery,
  RankingQuery,
  RankTrendQuery,
  SchemeComponentConfig,
  SortDirection,
  UpdateSchemeRequest,
} from '@storeops/shared/contracts';
import { IsCalendarDay, IsPeriod, MultiLine } from '@storeops/api/core';

const MISSING_RULES: readonly MissingRule[] = ['zero', 'reweight'];

export class SchemeComponentDto implements SchemeComponentConfig {
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key must be 1–40 lower-case letters, digits or _' })
  key!: string;

  @IsIn(COMPONENT_KINDS, { message: `kind must be one of ${COMPONENT_KINDS.join(', ')}` })
  kind!: ComponentKind;

  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000)
  @Max(1_000_000)
  floor!: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000)
  @Max(1_000_000)
  ceiling!: number;

  @IsIn(['higher', 'lower'], { message: 'direction must be higher or lower' })
  direction!: 'higher' | 'lower';

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsInt({ each: true })
  categoryIds?: number[];

  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(100)
  targetRate?: number;
}

export class CreateSchemeDto implements CreateSchemeRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @IsIn(MISSING_RULES, { message: 'missingRule must be zero or reweight' })
  missingRule!: MissingRule;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SchemeComponentDto)
  components!: SchemeComponentDto[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @MultiLine()
  description?: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  basedOnId?: number;
}

export class UpdateSchemeDto implements UpdateSchemeRequest {
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name?: string;

  @IsOptional()
  @IsIn(MISSING_RULES, { message: 'missingRule must be zero or reweight' })
  missingRule?: MissingRule;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SchemeComponentDto)
  components?: SchemeComponentDto[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @MultiLine()
  description?: string;

  @IsInt()
  @Min(1)
  version!: number;
}

export class ApproveSchemeDto implements ApproveSchemeRequest {
  @IsInt()
  @Min(1)
  version!: number;
}

export class RankingQueryDto implements RankingQuery {
  /** Without it: the last complete month that has facts (RankingsService.defaultPeriod), named in the answer. */
  @IsOptional()
  @IsPeriod()
  period?: string;

  @IsOptional()
  @Matches(/^(all|region:\d{1,9}|format:(hypermarket|supermarket|convenience))$/, {
    message: 'scope must be all, region:<id> or format:<hypermarket|supermarket|convenience>',
  })
  scope?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  schemeId?: number;
}

export class RankingExportQueryDto extends RankingQueryDto implements RankingExportQuery {
  /** The page's sort, so the file lists the rows in the order the page shows them. */
  @IsOptional()
  @Matches(RANKING_SORT_PATTERN, { message: 'sort must be rank, composite, change or c:<component key>' })
  sort?: string;

  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'dir must be asc or desc' })
  dir?: SortDirection;
}

export class RankTrendQueryDto extends RankingQueryDto implements RankTrendQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(36)
  periods?: number;
}

export class DashboardQueryDto implements DashboardQuery {
  @IsOptional()
  @IsCalendarDay()
  date?: string;
}
