import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail() email: string;
  @IsString() @MinLength(8) password: string;
}

export class SignupDto extends LoginDto {
  @IsString() @Length(2, 80) partnerName: string;
}

export class ForgotPasswordDto {
  @IsEmail() email: string;
}

export class VerifyMfaDto {
  @IsString() @Length(6, 6) code: string;
}
