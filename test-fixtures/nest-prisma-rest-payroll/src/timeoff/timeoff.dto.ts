import { IsDateString, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class RequestTimeOffDto {
  @IsDateString()
  from!: string;

  @IsDateString()
  to!: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ListTimeOffQuery {
  @IsOptional()
  @IsIn(['pending', 'approved', 'rejected'])
  status?: string;

  @IsOptional()
  @IsString()
  employeeId?: string;
}

export interface DecisionInput {
  status: 'approved' | 'rejected';
  reason?: string;
}
