import { IsEmail, IsString, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

export class RegisterDto extends LoginDto {
  @IsString() @MinLength(2) workspaceName!: string;
}

export class ForgotPasswordDto {
  @IsEmail() email!: string;
}

export class ExchangeKeyDto {
  @IsString() @MinLength(32) secret!: string;
}
