import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class CreateCourseDto {
  @IsString() @Length(3, 120) title: string;
  @IsOptional() @IsString() description?: string;
}

export class UpdateCourseDto {
  @IsOptional() @IsString() @Length(3, 120) title?: string;
  @IsOptional() @IsString() description?: string;
  @IsOptional() @IsBoolean() published?: boolean;
}

export class CreateLessonDto {
  @IsString() @Length(3, 120) title: string;
  @IsString() body: string;
}

export interface ProgressUpdate {
  progress: number;
}
