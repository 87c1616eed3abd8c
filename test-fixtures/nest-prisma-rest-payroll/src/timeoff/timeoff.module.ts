import { Module } from '@nestjs/common';
import { TimeOffController } from './timeoff.controller';
import { TimeOffService } from './timeoff.service';

@Module({ controllers: [TimeOffController], providers: [TimeOffService] })
export class TimeOffModule {}
