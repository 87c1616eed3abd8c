import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class CreateAssetDto {
  @IsString() @Length(1, 40) tag: string;
  @IsString() @Length(1, 120) name: string;
  @IsOptional() @IsString() location?: string;
}

export class UpdateAssetDto {
  @IsOptional() @IsString() @Length(1, 120) name?: string;
  @IsOptional() @IsString() location?: string;
  @IsOptional() @IsIn(['active', 'retired', 'repair']) status?: string;
}

export class CreateTicketDto {
  @IsString() @Length(3, 140) title: string;
  @IsString() @Length(1, 5000) body: string;
}

export interface TicketStatusBody {
  status: string;
}
