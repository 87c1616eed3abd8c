import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail() email: string;
  @IsString() @MinLength(8) password: string;
}

export class RegisterDto {
  @IsEmail() email: string;
  @IsString() @MinLength(10) @MaxLength(128) password: string;
  @IsString() @MaxLength(80) workspaceName: string;
}

export class ForgotPasswordDto {
  @IsEmail() email: string;
}
