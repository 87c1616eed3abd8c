import { IsEmail, IsString, MinLength, MaxLength, IsEnum } from 'class-validator';
import { Role } from './decorators';

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(8)
  password!: string;
}

export class RegisterDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(12)
  password!: string;

  @IsString()
  @MaxLength(120)
  organizationName!: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  email!: string;
}

export class ResetPasswordDto {
  @IsString()
  token!: string;

  @IsString()
  @MinLength(12)
  password!: string;
}

export class ChangeRoleDto {
  @IsEnum(Role)
  role!: Role;
}
