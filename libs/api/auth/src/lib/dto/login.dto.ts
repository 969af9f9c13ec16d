import { IsString, MaxLength, MinLength } from 'class-validator';
import { LoginRequest, PASSWORD_MAX_LENGTH } from '@storeops/shared/contracts';

export class LoginDto implements LoginRequest {
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username!: string;

  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}
