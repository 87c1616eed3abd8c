import { IsIn } from 'class-validator';

export class TriageDto {
  @IsIn(['triaged', 'converted', 'rejected'])
  status!: string;
}
