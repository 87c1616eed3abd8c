import { IsIn, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class UpdateEmployeeDto {
  @IsOptional() @IsString() @Length(2, 120) fullName?: string;
  @IsOptional() @IsString() @Length(15, 34) iban?: string;
  @IsOptional() @IsInt() @Min(0) salaryCents?: number;
}

export class ChangeRoleDto {
  @IsIn(['admin', 'payroll', 'employee']) role: 'admin' | 'payroll' | 'employee';
}
