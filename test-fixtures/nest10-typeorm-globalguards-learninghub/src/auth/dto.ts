import { IsEmail, IsEnum, IsString, Length, MinLength } from 'class-validator';
import { Role } from '../entities';

export class SignupDto {
  @IsString() @Length(2, 80) organization: string;
  @IsString() @Length(1, 80) displayName: string;
  @IsEmail() email: string;
  @IsString() @MinLength(12) password: string;
}

export class ForgotPasswordDto {
  @IsEmail() email: string;
}

export class ResetPasswordDto {
  @IsString() @Length(64, 64) token: string;
  @IsString() @MinLength(12) password: string;
}

export class ChangeRoleDto {
  @IsEnum(Role) role: Role;
}

export class InviteMemberDto {
  @IsEmail() email: string;
  @IsEnum(Role) role: Role;
}
