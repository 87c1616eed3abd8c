import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';

export class BookAppointmentDto {
  @IsString()
  patientId!: string;

  @Type(() => Date)
  @IsDate()
  startsAt!: Date;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class RescheduleDto {
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;
}
