import { ArrayMaxSize, IsArray, IsDateString, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class CreateProjectDto {
  @IsString()
  @Length(2, 120)
  name!: string;

  @IsString()
  @Length(2, 8)
  sourceLang!: string;

  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  targetLangs!: string[];

  @IsOptional()
  @IsDateString()
  dueDate?: string;
}

export class UpdateProjectDto {
  @IsOptional()
  @IsString()
  @Length(2, 120)
  name?: string;

  @IsOptional()
  @IsIn(['open', 'in_progress', 'delivered', 'archived'])
  status?: string;

  @IsOptional()
  @IsDateString()
  dueDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export interface GlossaryImport {
  name: string;
  terms: Array<{ source: string; target: string }>;
}
