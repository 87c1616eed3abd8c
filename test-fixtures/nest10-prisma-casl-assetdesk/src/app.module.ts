import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { PrismaService } from './prisma.service';
import { JwtAuthGuard, JwtStrategy } from './auth/auth.guards';
import { AuthController } from './auth/auth.controller';
import { CaslAbilityFactory } from './casl/casl-ability.factory';
import { AssetsController } from './assets/assets.controller';
import { AssetsService } from './assets/assets.service';
import { BillingController } from './billing/billing.controller';
import { AdminController } from './admin/admin.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    PassportModule,
    ThrottlerModule.forRoot([{ ttl: 60_000, limit: 20 }]),
    JwtModule.register({
      // expect: insecure-jwt
      secret: process.env.JWT_SECRET || 'assetdesk-local-jwt',
      signOptions: { expiresIn: '15m' },
    }),
  ],
  controllers: [AuthController, AssetsController, BillingController, AdminController],
  providers: [
    PrismaService,
    JwtStrategy,
    CaslAbilityFactory,
    AssetsService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
  ],
})
export class AppModule {}
