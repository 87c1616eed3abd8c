import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Deal, Listing, Partner, PartnerDocument, Payout, User } from './entities';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { AuthController, MfaController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { DealsController } from './deals/deals.controller';
import { DealsService } from './deals/deals.service';
import { DealAccessService } from './deals/deal-access.service';
import { AdminPartnersController, AdminReportsController, AdminUsersController, StatusController } from './admin/admin.controller';
import { DocumentsController } from './documents/documents.controller';
import { StripeWebhookController } from './webhooks/stripe.controller';
import { ListingsController, HealthController } from './listings/listings.controller';
import { PayoutsController, StatementsController } from './payouts/payouts.controller';

import { RequestLoggerInterceptor } from './common/request-logger.interceptor';
import { AllExceptionsFilter } from './common/all-exceptions.filter';

const entities = [Partner, User, Deal, Payout, PartnerDocument, Listing];

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        type: 'postgres',
        url: config.getOrThrow<string>('DATABASE_URL'),
        entities,
        synchronize: false,
      }),
    }),
    TypeOrmModule.forFeature(entities),
    PassportModule,
    // ok: insecure-jwt
    JwtModule.registerAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        secret: config.getOrThrow<string>('JWT_SECRET'),
        signOptions: { expiresIn: '30m' },
      }),
    }),
    ThrottlerModule.forRoot([{ name: 'auth', ttl: 60_000, limit: 10 }]),
  ],
  controllers: [
    AuthController,
    MfaController,
    DealsController,
    AdminPartnersController,
    AdminUsersController,
    AdminReportsController,
    StatusController,
    DocumentsController,
    StripeWebhookController,
    ListingsController,
    HealthController,
    PayoutsController,
    StatementsController,
  ],
  providers: [
    AuthService,
    DealsService,
    DealAccessService,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_INTERCEPTOR, useClass: RequestLoggerInterceptor },
  ],
})
export class AppModule {}
