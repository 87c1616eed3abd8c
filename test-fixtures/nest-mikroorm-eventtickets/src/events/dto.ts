import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateEventDto {
  @IsString()
  @MaxLength(160)
  title!: string;

  @IsString()
  @MaxLength(5000)
  @IsOptional()
  description?: string;

  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @IsString()
  @MaxLength(200)
  @IsOptional()
  venue?: string;

  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;
}

export class UpdateEventDto {
  @IsString()
  @MaxLength(160)
  @IsOptional()
  title?: string;

  @IsString()
  @MaxLength(5000)
  @IsOptional()
  description?: string;

  @Type(() => Date)
  @IsDate()
  @IsOptional()
  startsAt?: Date;

  @IsString()
  @MaxLength(200)
  @IsOptional()
  venue?: string;
}
