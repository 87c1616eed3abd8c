import { IsArray, IsString } from 'class-validator';

export class MergeGlossariesDto {
  @IsString()
  name!: string;

  @IsArray()
  @IsString({ each: true })
  sourceIds!: string[];
}
