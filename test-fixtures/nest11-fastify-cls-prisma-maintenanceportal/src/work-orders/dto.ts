import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CreateWorkOrderDto {
  @IsString()
  unitId!: string;

  @IsString()
  @MaxLength(140)
  title!: string;

  @IsString()
  @MaxLength(4000)
  details!: string;

  @IsOptional()
  @IsIn(['low', 'normal', 'urgent'])
  priority?: string;
}

export class AssignContractorDto {
  @IsString()
  contractorId!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  quotedCents?: number;
}
