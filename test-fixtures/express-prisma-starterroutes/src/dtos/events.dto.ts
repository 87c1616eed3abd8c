import { IsDateString, IsString, MaxLength } from 'class-validator';

export class CreateEventDto {
  @IsString()
  @MaxLength(120)
  public title!: string;

  @IsDateString()
  public startsAt!: string;
}

export class BookTicketDto {
  @IsString()
  @MaxLength(8)
  public seat!: string;
}
