import { IsEmail, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { Role } from '@prisma/client';

export class UpdateProfileDto {
  @IsOptional()
  @IsString()
  @Length(1, 80)
  name?: string;

  @IsOptional()
  @IsString({ each: true })
  languages?: string[];
}

export class ChangeRoleDto {
  @IsEnum(Role)
  role!: Role;
}

export class InviteUserDto {
  @IsEmail()
  email!: string;

  @IsString()
  @Length(1, 80)
  name!: string;

  @IsEnum(Role)
  role!: Role;
}
