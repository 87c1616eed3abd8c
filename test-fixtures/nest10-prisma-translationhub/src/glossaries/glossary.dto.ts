import { IsString, Length } from 'class-validator';

export class CreateTermDto {
  @IsString()
  @Length(1, 200)
  source!: string;

  @IsString()
  @Length(1, 200)
  target!: string;
}

export class RenameGlossaryDto {
  @IsString()
  @Length(1, 80)
  name!: string;
}
