import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class CreateNoteDto {
  @IsString()
  @Length(1, 5000)
  body: string;

  @IsOptional()
  @IsBoolean()
  internal?: boolean;
}
