import { Module } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { CheckinsController } from './checkins.controller';

@Module({
  controllers: [CheckinsController],
  providers: [PrismaService],
})
export class CheckinsModule {}
