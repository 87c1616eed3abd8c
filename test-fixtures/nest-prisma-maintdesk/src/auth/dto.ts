import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(1)
  password!: string;
}

export class RegisterCompanyDto {
  @IsString()
  @Length(2, 120)
  companyName!: string;

  @IsString()
  @Length(1, 120)
  fullName!: string;

  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(12)
  password!: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  email!: string;
}
