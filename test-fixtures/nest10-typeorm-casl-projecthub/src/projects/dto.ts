import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateProjectDto {
  @IsString() @MaxLength(120) name: string;
  @IsOptional() @IsString() @MaxLength(2000) description?: string;
}

export class UpdateProjectDto {
  @IsOptional() @IsString() @MaxLength(120) name?: string;
  @IsOptional() @IsString() description?: string;
  @IsOptional() @IsBoolean() archived?: boolean;
}
