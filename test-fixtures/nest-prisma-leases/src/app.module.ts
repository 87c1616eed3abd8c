import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthModule } from './auth/auth.module';
import { BillingController } from './billing/billing.controller';
import { DocumentsModule } from './documents/documents.module';
import { HealthController } from './health.controller';
import { LeasesModule } from './leases/leases.module';
import { PrismaModule } from './prisma/prisma.service';
import { PropertiesModule } from './properties/properties.module';
import { TeamController } from './team/team.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    // Limits are defined here; ThrottlerGuard is attached per controller / route.
    ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 60 }]),
    PrismaModule,
    AuthModule,
    PropertiesModule,
    LeasesModule,
    DocumentsModule,
  ],
  controllers: [HealthController, BillingController, TeamController],
})
export class AppModule {}
