import { IsEmail, IsHexadecimal, IsString, Length, MaxLength, MinLength } from 'class-validator';

export class SignupDto {
  @IsString()
  @MaxLength(120)
  organizerName!: string;

  @IsString()
  @MaxLength(120)
  name!: string;

  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(10)
  @MaxLength(128)
  password!: string;
}

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MaxLength(128)
  password!: string;
}

export class EmailDto {
  @IsEmail()
  email!: string;
}

export class ResetPasswordDto {
  @IsHexadecimal()
  @Length(64, 64)
  token!: string;

  @IsString()
  @MinLength(10)
  @MaxLength(128)
  password!: string;
}
