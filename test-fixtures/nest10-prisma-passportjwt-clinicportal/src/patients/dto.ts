import { IsDateString, IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreatePatientDto {
  @IsString()
  @MaxLength(80)
  firstName!: string;

  @IsString()
  @MaxLength(80)
  lastName!: string;

  @IsDateString()
  birthDate!: string;

  @IsOptional()
  @IsEmail()
  email?: string;
}

export type PatientNotesInput = { notes: string; flagged?: boolean };
