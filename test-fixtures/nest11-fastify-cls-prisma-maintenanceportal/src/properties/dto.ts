import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CreatePropertyDto {
  @IsString()
  @MaxLength(120)
  name!: string;

  @IsString()
  street!: string;

  @IsString()
  city!: string;
}

export class CreateUnitDto {
  @IsString()
  @MaxLength(40)
  label!: string;

  @IsOptional()
  @IsString()
  tenantName?: string;
}
