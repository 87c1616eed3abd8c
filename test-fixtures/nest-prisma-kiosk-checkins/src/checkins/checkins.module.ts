import { Module } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CheckinsController } from './checkins.controller';
import { OpeningHours } from './opening-hours.usecase';

@Module({
  controllers: [CheckinsController],
  providers: [PrismaService, OpeningHours],
})
export class CheckinsModule {}
