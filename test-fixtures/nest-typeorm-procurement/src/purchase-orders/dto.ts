import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class CreatePurchaseOrderDto {
  @IsUUID()
  vendorId: string;

  @IsInt()
  @Min(1)
  @Max(100_000_000)
  totalCents: number;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class ListPurchaseOrdersQuery {
  @IsOptional()
  @IsIn(['draft', 'submitted', 'approved', 'rejected', 'paid'])
  status?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;
}

export class DecisionDto {
  @IsIn(['approved', 'rejected'])
  decision: 'approved' | 'rejected';
}
