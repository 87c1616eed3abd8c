import { IsEmail, IsOptional, IsString, Matches } from 'class-validator';

export class CreateContractorDto {
  @IsString()
  company!: string;

  @IsString()
  trade!: string;

  @IsEmail()
  email!: string;

  @IsOptional()
  @Matches(/^\+?[0-9 ]{6,20}$/)
  phone?: string;
}
