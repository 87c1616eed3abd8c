import { IsBoolean, IsEmail, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class CreateEmployeeDto {
  @IsString()
  @Length(1, 80)
  firstName!: string;

  @IsString()
  @Length(1, 80)
  lastName!: string;

  @IsEmail()
  email!: string;

  @IsInt()
  @Min(0)
  salaryCents!: number;
}

export class UpdateEmployeeDto {
  @IsOptional()
  @IsString()
  @Length(1, 80)
  firstName?: string;

  @IsOptional()
  @IsString()
  @Length(1, 80)
  lastName?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  salaryCents?: number;

  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
