import { Injectable } from '@nestjs/common';
import { IsInt, Max, Min } from 'class-validator';
import { BaseCommand } from '../common/base.command';

export class OpeningHoursCommand extends BaseCommand {
  @IsInt()
  @Min(0)
  @Max(6)
  weekday!: number;
}

const HOURS: Record<number, [string, string]> = {
  0: ['08:00', '14:00'],
  6: ['08:00', '18:00'],
};

@Injectable()
export class OpeningHours {
  execute(command: OpeningHoursCommand) {
    const [opens, closes] = HOURS[command.weekday] ?? ['06:00', '22:00'];
    return { weekday: command.weekday, opens, closes };
  }
}
