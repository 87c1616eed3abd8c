import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { ApiModule } from './api/api.module';
import { DbModule } from './db/db.module';
import { PlanGuard } from './auth/plan.guard';

@Module({
  imports: [DbModule, ApiModule, ThrottlerModule.forRoot([{ ttl: 60000, limit: 120 }])],
  providers: [
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: PlanGuard },
  ],
})
export class AppModule {}
