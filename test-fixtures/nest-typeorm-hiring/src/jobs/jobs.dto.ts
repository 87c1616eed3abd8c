import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateJobDto {
  @IsString()
  @MaxLength(120)
  title: string;

  @IsString()
  description: string;

  @IsOptional()
  @IsString()
  salaryRange?: string;
}

export class UpdateJobStatusDto {
  @IsIn(['draft', 'open', 'closed'])
  status: 'draft' | 'open' | 'closed';
}
