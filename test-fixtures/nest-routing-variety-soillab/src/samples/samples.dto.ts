import { IsInt, IsString, IsUUID, Max, Min } from 'class-validator';

export class CreateSampleDto {
  @IsUUID()
  projectId!: string;

  @IsString()
  code!: string;

  @IsInt()
  @Min(0)
  @Max(300)
  depthCm!: number;
}
