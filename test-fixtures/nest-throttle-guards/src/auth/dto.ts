import { IsEmail, IsString, Length, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail() email!: string;
  @IsString() @MinLength(8) password!: string;
}

export class OtpDto {
  @IsString() @Length(6, 6) code!: string;
  @IsString() challengeId!: string;
}

export class ResetRequestDto {
  @IsEmail() email!: string;
}
