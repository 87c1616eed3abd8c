import { IsIn, IsString, Length } from 'class-validator';

export class CreateJobDto {
  @IsString()
  documentId!: string;

  @IsString()
  @Length(2, 8)
  targetLang!: string;
}

export class AssignJobDto {
  @IsString()
  assigneeId!: string;
}

export class DeliverJobDto {
  @IsIn(['delivered', 'needs_review'])
  status!: 'delivered' | 'needs_review';
}
