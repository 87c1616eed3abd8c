import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(8)
  password!: string;
}

export class ResetRequestDto {
  @IsEmail()
  email!: string;
}

export class ResetConfirmDto {
  @IsString()
  @Length(32, 128)
  token!: string;

  @IsString()
  @MinLength(12)
  newPassword!: string;
}
