import { Module } from '@nestjs/common';
import { PropertyAccessGuard } from './org-member.guard';
import { SchedulesController } from './schedules.controller';

@Module({ controllers: [SchedulesController], providers: [PropertyAccessGuard] })
export class SchedulesModule {}
