import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email: string;

  @IsString()
  @MinLength(1)
  password: string;
}

export class RegisterDto {
  @IsEmail()
  email: string;

  @IsString()
  @Length(10, 200)
  password: string;

  @IsString()
  @Length(2, 120)
  organizationName: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  email: string;
}

export class AcceptInviteDto {
  @IsString()
  @Length(20, 2000)
  token: string;

  @IsString()
  @Length(10, 200)
  password: string;
}
