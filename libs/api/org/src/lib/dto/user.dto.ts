import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '@storeops/api/core';
import { CreateUserRequest, Role, UpdateUserRequest, UserQuery } from '@storeops/shared/contracts';
import { toBoolean, trim } from './transforms';

export class CreateUserDto implements CreateUserRequest {
  @Transform(trim)
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: 'username must be 3-64 lower-case letters, digits, . _ or -' })
  username!: string;

  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  displayName!: string;

  @IsEnum(Role)
  role!: Role;

  /** Length and commonness are checked by the service, which names the field. */
  @IsString()
  password!: string;

  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  storeId?: number | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  categoryIds?: number[];
}

export class UpdateUserDto implements UpdateUserRequest {
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(64) displayName?: string;
  @IsOptional() @IsEnum(Role) role?: Role;
  @IsOptional() @IsString() password?: string;
  @IsOptional() @ValidateIf((_, v) => v !== null) @IsInt() @Min(1) storeId?: number | null;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsInt({ each: true }) categoryIds?: number[];
  @IsOptional() @IsBoolean() active?: boolean;
  @IsOptional() @IsInt() @Min(1) version?: number;
}

export class UserQueryDto extends PageQueryDto implements UserQuery {
  @IsOptional() @IsString() @MaxLength(64) q?: string;
  @IsOptional() @IsEnum(Role) role?: Role;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) storeId?: number;
  @IsOptional() @Transform(toBoolean) @IsBoolean() active?: boolean;
}
