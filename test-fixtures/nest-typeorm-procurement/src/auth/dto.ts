import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email: string;

  @IsString()
  password: string;
}

export class RegisterCompanyDto {
  @IsString()
  @Length(2, 120)
  companyName: string;

  @IsEmail()
  email: string;

  @IsString()
  @MinLength(12)
  password: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  email: string;
}

export class ResetPasswordDto {
  @IsString()
  token: string;

  @IsString()
  @MinLength(12)
  password: string;
}
