import { IsNumber, IsPositive, IsString, MaxLength, IsIn } from 'class-validator';

export class CreateExpenseDto {
  @IsNumber()
  @IsPositive()
  amount!: number;

  @IsString()
  @MaxLength(500)
  description!: string;
}

export class ReviewExpenseDto {
  @IsIn(['approved', 'rejected'])
  status!: 'approved' | 'rejected';
}
