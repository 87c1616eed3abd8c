import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import ormConfig from './mikro-orm.config';
import { ENTITIES } from './entities';
import { AuthController, MagicLinkController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { JwtAuthGuard, RolesGuard } from './auth/guards';
import { EventsController } from './events/events.controller';
import { EventsService } from './events/events.service';
import { OrdersController, ReportsController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { TeamController } from './team/team.controller';
import { CheckinController } from './checkin/checkin.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { StorefrontController } from './storefront/storefront.controller';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { PromoCodesController } from './promo/promo-codes.controller';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    MikroOrmModule.forRoot(ormConfig),
    MikroOrmModule.forFeature(ENTITIES),
    ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 10 }]),
    JwtModule.registerAsync({
      global: true,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        // expect: insecure-jwt
        secret: config.get<string>('JWT_SECRET', 'eventtickets-dev-jwt'),
        signOptions: { expiresIn: '15m', issuer: 'eventtickets' },
      }),
    }),
  ],
  controllers: [
    AuthController,
    MagicLinkController,
    EventsController,
    OrdersController,
    ReportsController,
    TeamController,
    CheckinController,
    WebhooksController,
    StorefrontController,
    PromoCodesController,
  ],
  providers: [
    AuthService,
    EventsService,
    OrdersService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class AppModule {}
