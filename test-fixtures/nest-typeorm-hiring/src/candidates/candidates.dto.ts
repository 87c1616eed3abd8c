import { IsEmail, IsOptional, IsString, IsUUID } from 'class-validator';

export class CreateCandidateDto {
  @IsString()
  fullName: string;

  @IsEmail()
  email: string;

  @IsOptional()
  @IsString()
  phone?: string;

  @IsUUID()
  jobId: string;
}
