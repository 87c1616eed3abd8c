import { IsIn, IsNumber, IsOptional, IsPositive, IsString, Length } from 'class-validator';

export class CreateDealDto {
  @IsString() @Length(3, 120) title: string;
  @IsNumber() @IsPositive() amount: number;
}

export class UpdateStageDto {
  @IsIn(['open', 'won', 'lost']) stage: string;
  @IsOptional() @IsString() reason?: string;
}
