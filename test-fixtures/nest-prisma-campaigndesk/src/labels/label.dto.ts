import { IsHexColor, IsString, MaxLength } from 'class-validator';

export class LabelDto {
  @IsString()
  @MaxLength(40)
  name!: string;

  @IsHexColor()
  color!: string;
}
