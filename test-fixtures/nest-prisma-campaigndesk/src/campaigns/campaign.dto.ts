import { IsDateString, IsOptional, IsString, MaxLength } from 'class-validator';

export class CampaignDto {
  @IsString()
  @MaxLength(120)
  title!: string;

  @IsString()
  body!: string;

  @IsOptional()
  @IsDateString()
  scheduledAt?: string;
}
