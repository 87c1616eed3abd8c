import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { TrackerThrottlerGuard } from './common/tracker-throttler.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';

@Module({
  imports: [ThrottlerModule.forRoot([{ ttl: 60_000, limit: 60 }])],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: TrackerThrottlerGuard }],
})
export class AppModule {}
