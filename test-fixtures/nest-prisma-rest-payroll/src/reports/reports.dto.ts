import { PartialType } from '@nestjs/mapped-types';
import { IsInt, IsString, Length, Min } from 'class-validator';

export class CreateAllowanceDto {
  @IsString()
  @Length(1, 60)
  label!: string;

  @IsInt()
  @Min(0)
  amountCents!: number;
}

export class UpdateAllowanceDto extends PartialType(CreateAllowanceDto) {}
