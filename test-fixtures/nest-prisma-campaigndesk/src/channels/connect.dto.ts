import { IsString, Length } from 'class-validator';

export class ConnectCallbackDto {
  @IsString()
  code!: string;

  @IsString()
  @Length(48, 48)
  state!: string;
}
