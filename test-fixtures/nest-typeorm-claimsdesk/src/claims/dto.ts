import { IsInt, IsOptional, IsString, Length, Max, Min, IsIn } from 'class-validator';

export class CreateClaimDto {
  @IsString()
  @Length(4, 32)
  policyNumber: string;

  @IsString()
  @Length(1, 120)
  claimantName: string;
}

export class UpdateClaimDto {
  @IsOptional()
  @IsIn(['open', 'investigating', 'approved', 'denied', 'closed'])
  status?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  reserveCents?: number;
}

export interface AssignClaimBody {
  adjusterId: string;
}
