import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateProjectDto {
  @IsString() @MaxLength(120) name!: string;
}

export class InviteDto {
  @IsEmail() email!: string;
}

export class RenameProjectDto {
  @IsOptional() @IsString() @MaxLength(120) name?: string;
}
