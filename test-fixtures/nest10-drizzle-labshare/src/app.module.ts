import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DrizzleModule } from './db/drizzle.module';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { InstrumentsModule } from './instruments/instruments';
import { BookingsModule } from './bookings/bookings.controller';
import { SamplesModule } from './samples/samples';
import { ReportsModule } from './reports/reports';
import { AdminModule } from './admin/admin';
import { WebhooksModule } from './webhooks/webhooks';
import { HealthController } from './common/health.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
    DrizzleModule,
    AuthModule,
    InstrumentsModule,
    BookingsModule,
    SamplesModule,
    ReportsModule,
    AdminModule,
    WebhooksModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AppModule {}
