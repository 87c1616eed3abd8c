import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @IsEmail()
  email!: string;

  @IsString()
  @MinLength(8)
  password!: string;
}

export class RegisterClinicDto extends LoginDto {
  @IsString()
  @MaxLength(120)
  clinicName!: string;

  @IsString()
  @MaxLength(80)
  name!: string;
}

export class ForgotPasswordDto {
  @IsEmail()
  email!: string;
}
