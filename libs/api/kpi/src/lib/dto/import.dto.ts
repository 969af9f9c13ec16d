import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MultiLine, PageQueryDto } from '@storeops/api/core';
import { ImportKind, ImportStatus } from '@storeops/shared/contracts';

/** The text fields of the multipart upload (the file itself is `file`). */
export class CreateImportDto {
  @IsOptional() @IsEnum(ImportKind) kind?: ImportKind;
  /** JSON object: header text in the file → field (date, store_code, …). */
  @IsOptional() @IsString() @MaxLength(10_000) @MultiLine() mapping?: string;
}

export class ImportQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(['queued', 'running', 'succeeded', 'failed']) status?: ImportStatus;
  @IsOptional() @Type(() => String) @IsEnum(ImportKind) kind?: ImportKind;
}
