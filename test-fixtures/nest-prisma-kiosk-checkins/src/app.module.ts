import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CheckinsModule } from './checkins/checkins.module';
import { RequiresPlanInterceptor } from './common/requires-plan.interceptor';
import { PrismaService } from './prisma/prisma.service';

@Module({
  imports: [CheckinsModule],
  providers: [PrismaService, { provide: APP_INTERCEPTOR, useClass: RequiresPlanInterceptor }],
})
export class AppModule {}
