import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { Nullable, toBoolean } from '@storeops/api/core';
import {
  CreateTemplateRequest,
  ItemKind,
  StarThresholds,
  TemplateItemInput,
  TemplateQuery,
  TemplateSectionInput,
  UpdateTemplateRequest,
} from '@storeops/shared/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class TemplateItemDto implements TemplateItemInput {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @IsIn(['pass_fail', 'scale'])
  kind!: ItemKind;

  @IsInt()
  @Min(1)
  @Max(100)
  maxPoints!: number;

  @IsBoolean()
  allowNa!: boolean;

  @IsBoolean()
  critical!: boolean;

  @IsBoolean()
  photoOnFail!: boolean;

  @IsInt()
  @Min(0)
  @Max(90)
  dueDays!: number;

  /** Sent back by an editor that loaded the template; ignored (items are rewritten). */
  @IsOptional()
  @IsInt()
  id?: number;
}

export class TemplateSectionDto implements TemplateSectionInput {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TemplateItemDto)
  items!: TemplateItemDto[];
}

/** The editable body of a template (PUT). */
export class UpdateTemplateDto implements UpdateTemplateRequest {
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @IsOptional()
  @Nullable()
  @IsInt()
  @Min(1)
  categoryId?: number | null;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  criticalCap?: number;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(4)
  @ArrayMaxSize(4)
  @IsNumber({}, { each: true })
  @Min(0, { each: true })
  @Max(100, { each: true })
  starThresholds?: StarThresholds;

  @IsOptional()
  @IsBoolean()
  active?: boolean;

  /** A submit needs the on-duty person's signature (default true). */
  @IsOptional()
  @IsBoolean()
  requireSignature?: boolean;

  /** A submit needs the on-duty person's name (default true). */
  @IsOptional()
  @IsBoolean()
  requireDutyPerson?: boolean;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => TemplateSectionDto)
  sections!: TemplateSectionDto[];
}

export class CreateTemplateDto extends UpdateTemplateDto implements CreateTemplateRequest {
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,31}$/, { message: 'code must be 2–32 capital letters, digits, - or _' })
  code!: string;
}

export class TemplateQueryDto implements TemplateQuery {
  /** Every version of every family, not only the latest active one. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  all?: boolean;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  categoryId?: number;
}
