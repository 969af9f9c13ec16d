import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { MultiLine, PageQueryDto } from '@storeops/api/core';
import { CreateImportFields, DateOrder, DecimalSeparator, ImportKind, ImportQuery, ImportStatus } from '@storeops/shared/contracts';

/** The text fields of the multipart upload (the file itself is `file`). */
export class CreateImportDto implements CreateImportFields {
  @IsOptional() @IsEnum(ImportKind) kind?: ImportKind;
  /** JSON object: header text in the file → field (date, store_code, …) or "ignore". */
  @IsOptional() @IsString() @MaxLength(10_000) @MultiLine() mapping?: string;
  /** JSON object: a store value of the file (a POS number …) → store id; remembered as the store's external code. */
  @IsOptional() @IsString() @MaxLength(100_000) @MultiLine() storeMapping?: string;
  /** How to read dates like 03/04/2015: ymd, dmy or mdy (default: as the file shows). */
  @IsOptional() @IsIn(['ymd', 'dmy', 'mdy']) dateOrder?: DateOrder;
  /** How to read amounts: "." (1,234.56) or "," (1.234,56) (default: as the file shows). */
  @IsOptional() @IsIn(['.', ',']) decimalSeparator?: DecimalSeparator;
}

export class ImportQueryDto extends PageQueryDto implements ImportQuery {
  @IsOptional() @IsIn(['queued', 'running', 'succeeded', 'failed']) status?: ImportStatus;
  @IsOptional() @Type(() => String) @IsEnum(ImportKind) kind?: ImportKind;
}
